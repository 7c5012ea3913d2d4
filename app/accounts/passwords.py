"""Password hashing for SMTP AUTH accounts: argon2id through argon2-cffi.

Every function here is synchronous and deliberately slow (argon2 costs tens of
milliseconds and 64 MiB by default). Never call them on the event loop: run them
in an executor, e.g. ``await loop.run_in_executor(None, verify_password, stored, pw)``.

Tests pass a cheap hasher (``make_hasher(time_cost=1, memory_cost=8, parallelism=1)``)
through the ``hasher=`` parameter; the production defaults are never weakened.
"""

from __future__ import annotations

from argon2 import PasswordHasher, Type
from argon2 import exceptions as _argon2_errors

__all__ = [
    "DEFAULT_HASHER",
    "hash_password",
    "make_hasher",
    "needs_rehash",
    "verify_dummy",
    "verify_password",
]

# argon2-cffi's defaults are the RFC 9106 "low memory" profile:
# argon2id, t=3, m=64 MiB, p=4, 16-byte salt, 32-byte hash.
DEFAULT_HASHER = PasswordHasher(type=Type.ID)


def make_hasher(*, time_cost: int = 3, memory_cost: int = 65536, parallelism: int = 4) -> PasswordHasher:
    """An argon2id hasher with explicit cost parameters (memory_cost in KiB)."""
    return PasswordHasher(time_cost=time_cost, memory_cost=memory_cost, parallelism=parallelism, type=Type.ID)


def hash_password(password: str, *, hasher: PasswordHasher | None = None) -> str:
    """Return an encoded ``$argon2id$...`` string with a fresh random salt.

    Synchronous and CPU/memory heavy: run it in an executor.
    Raises ``ValueError`` for text that cannot be encoded as UTF-8 (lone surrogates).
    """
    if not isinstance(password, str):
        raise TypeError("password must be str")
    password.encode("utf-8")  # lone surrogates raise UnicodeEncodeError (a ValueError)
    return (hasher or DEFAULT_HASHER).hash(password)


def verify_password(stored_hash: str, password: str, *, hasher: PasswordHasher | None = None) -> bool:
    """True when ``password`` matches ``stored_hash``; False otherwise.

    Never raises: a wrong password, an empty, truncated or foreign hash, a hash of
    another argon2 variant that does not verify, non-str input or unencodable text
    all give False. Synchronous and slow: run it in an executor.
    """
    if not isinstance(stored_hash, str) or not isinstance(password, str):
        return False
    if not stored_hash.startswith("$argon2"):
        return False
    try:
        password.encode("utf-8")
        return bool((hasher or DEFAULT_HASHER).verify(stored_hash, password))
    except (_argon2_errors.VerificationError, _argon2_errors.InvalidHashError):
        return False
    except (ValueError, TypeError, OverflowError, MemoryError):
        # Malformed parameters in the hash (absurd memory cost, bad base64, ...).
        return False


def needs_rehash(stored_hash: str, *, hasher: PasswordHasher | None = None) -> bool:
    """True when ``stored_hash`` was made with other parameters than ``hasher``'s.

    Call it after a successful ``verify_password`` and, if True, store
    ``hash_password(password)``. A malformed hash also answers True.
    """
    if not isinstance(stored_hash, str):
        return True
    try:
        return bool((hasher or DEFAULT_HASHER).check_needs_rehash(stored_hash))
    except Exception:  # noqa: BLE001 - any unparsable hash simply needs replacing
        return True


_DUMMY_HASHES: dict[tuple[int, int, int], str] = {}


def verify_dummy(password: str, *, hasher: PasswordHasher | None = None) -> bool:
    """Spend the same time as a real verification, for unknown user names.

    Answering "no such user" faster than "wrong password" tells a guesser which
    accounts exist. Always returns False. Synchronous and slow: run it in an executor.
    """
    h = hasher or DEFAULT_HASHER
    params = (h.time_cost, h.memory_cost, h.parallelism)
    dummy = _DUMMY_HASHES.get(params)
    if dummy is None:
        dummy = _DUMMY_HASHES.setdefault(params, h.hash("mailmoat-dummy-password"))
    verify_password(dummy, password if isinstance(password, str) else "", hasher=h)
    return False
