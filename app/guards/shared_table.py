"""Counters that hold across the worker processes of `serve --workers`: fixed-size hash tables in one mmap'd file.

Three kinds of entry, each in its own region of the file:
- windowed counts (connections per network per minute, unknown recipients, failed logins): a ring of 60 time
  buckets per key and their running total, so a count over a window is exact to 1/60 of the window;
- gauges (live connections per network): one cell per worker, so that a restarted worker clears its own
  cells and a worker killed mid-session leaves no connection counted forever;
- values with an expiry (a lockout's end, how many lockouts an address had).

Every operation holds an exclusive flock on the file: tens of microseconds on a loaded box, measured against
the database in bench/shared_counters.py. Keys are hashed (BLAKE2b, 8 bytes); a full probe run evicts its stalest entry, so a
flood of new keys can make the table forget, never grow. The supervisor makes the file afresh at each start:
like the single process's memory, a restart forgets.
"""

from __future__ import annotations

import fcntl
import hashlib
import mmap
import os
import struct
import time

from ..store.dialect import file_beside, is_postgres_url

MAGIC = b"MMCTR\x00\x01\x00"
BUCKETS = 60  # a window is this many buckets, the one in progress included
MAX_WORKERS = 64
PROBE = 32  # slots looked at from a key's home slot

_HEADER = struct.Struct("<8sIII")  # magic, slots per table, workers, reserved
_COUNT_HEAD = struct.Struct("<QIII4x")  # key hash, last update (whole seconds), newest bucket number, total
_CELL = struct.Struct("<I")  # one bucket's count
_GAUGE = struct.Struct("<Q" + "i" * MAX_WORKERS)
_VALUE = struct.Struct("<Qdd")  # key hash, value, expires
COUNT_SIZE = _COUNT_HEAD.size + BUCKETS * _CELL.size
HEADER_SIZE = 64


def counters_path(db_path: str) -> str:
    """The table of the workers on the database at `db_path`, beside it (for a PostgreSQL URL: the workers
    of this box, in the current directory)."""
    if is_postgres_url(db_path):
        return file_beside(db_path, "-counters")
    return f"{db_path}-counters"


def _hash(kind: str, key: str) -> int:
    digest = int.from_bytes(
        hashlib.blake2b(f"{kind}\x00{key}".encode(errors="surrogatepass"), digest_size=8).digest(), "little"
    )
    return digest or 1  # 0 marks an empty slot


class SharedTable:
    """One per process, on the file the supervisor made (`create`) before it started the workers."""

    def __init__(self, path: str, worker: int = 0):
        self.path = path
        if not 0 <= worker < MAX_WORKERS:
            raise ValueError(f"worker {worker} out of range (0 to {MAX_WORKERS - 1})")
        self.worker = worker
        self._fd = os.open(path, os.O_RDWR)
        try:
            size = os.fstat(self._fd).st_size
            self._map = mmap.mmap(self._fd, size)
        except (OSError, ValueError):
            os.close(self._fd)
            raise
        magic, self.slots, workers, _ = _HEADER.unpack_from(self._map, 0)
        if magic != MAGIC or workers != MAX_WORKERS or size != _file_size(self.slots):
            self.close()
            raise ValueError(f"{path} is not a Mailmoat counter table")
        self._counts = HEADER_SIZE
        self._gauges = self._counts + self.slots * COUNT_SIZE
        self._values = self._gauges + self.slots * _GAUGE.size

    @classmethod
    def create(cls, path: str, slots: int = 16384) -> None:
        """A fresh, empty table (the old one, if any, is replaced: workers that still map it keep theirs)."""
        tmp = f"{path}.{os.getpid()}.tmp"
        fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.ftruncate(fd, _file_size(slots))
            os.pwrite(fd, _HEADER.pack(MAGIC, slots, MAX_WORKERS, 0), 0)
        finally:
            os.close(fd)
        os.replace(tmp, path)

    def close(self) -> None:
        try:
            self._map.close()
        finally:
            os.close(self._fd)

    # windowed counts

    def add(self, kind: str, key: str, window: float, now: float | None = None, amount: int = 1) -> int:
        """Counts `amount` events for the key now; returns the count over the last `window` seconds, these
        included."""
        return self._count(kind, key, window, time.time() if now is None else now, amount, 0)[1]

    def take(self, kind: str, key: str, window: float, limit: int, now: float | None = None) -> bool:
        """Counts one event unless `limit` were already counted in the window; True if it was counted. The
        test and the count are one step, so two workers never both take the last place."""
        return self._count(kind, key, window, time.time() if now is None else now, 1, limit)[0]

    def count(self, kind: str, key: str, window: float, now: float | None = None) -> int:
        return self._count(kind, key, window, time.time() if now is None else now, 0, 0)[1]

    def buckets(self, kind: str, key: str, window: float, now: float | None = None) -> list[tuple[float, int]]:
        """The key's counts in the window, oldest first, each with the time it leaves the window."""
        now = time.time() if now is None else now
        width = max(window / BUCKETS, 1e-3)
        current = int(now / width)
        digest = _hash(f"{kind}/{window:g}", key)
        with self._locked():
            offset = self._find(self._counts, COUNT_SIZE, digest, create=False)
            if offset is None:
                return []
            newest = _COUNT_HEAD.unpack_from(self._map, offset)[2]
            cells = offset + _COUNT_HEAD.size
            counts = [_CELL.unpack_from(self._map, cells + index * _CELL.size)[0] for index in range(BUCKETS)]
        behind = (current - newest) & 0xFFFFFFFF  # buckets the newest stored one is behind now
        found = []
        for age in range(BUCKETS - 1, behind - 1, -1):  # oldest first; a bucket `age` behind now leaves in
            bucket = current - age  # BUCKETS - age buckets
            amount = counts[(bucket & 0xFFFFFFFF) % BUCKETS]  # stored by the bucket's number in 32 bits
            if amount:
                found.append(((bucket + BUCKETS) * width, amount))
        return found

    def clear(self, kind: str, key: str, window: float) -> None:
        """Forgets the key's events (a successful login clears the failures before it)."""
        digest = _hash(f"{kind}/{window:g}", key)
        with self._locked():
            offset = self._find(self._counts, COUNT_SIZE, digest, create=False)
            if offset is not None:
                self._map[offset : offset + COUNT_SIZE] = bytes(COUNT_SIZE)

    def _count(self, kind: str, key: str, window: float, now: float, amount: int, limit: int) -> tuple[bool, int]:
        """(counted, the count over the window afterwards)."""
        width = max(window / BUCKETS, 1e-3)
        current = int(now / width) & 0xFFFFFFFF
        digest = _hash(f"{kind}/{window:g}", key)  # the width is part of the key: a changed window starts afresh
        with self._locked():
            offset = self._find(self._counts, COUNT_SIZE, digest, create=bool(amount), now=now)
            if offset is None:
                return False, 0
            _digest, _updated, newest, total = _COUNT_HEAD.unpack_from(self._map, offset)
            cells = offset + _COUNT_HEAD.size
            if current != newest:
                if not 0 < current - newest < BUCKETS:  # the window has moved past every bucket (or time went back)
                    self._map[cells : cells + BUCKETS * _CELL.size] = bytes(BUCKETS * _CELL.size)
                    total = 0
                else:
                    for bucket in range(newest + 1, current + 1):  # buckets that leave the ring as these enter
                        cell = cells + (bucket % BUCKETS) * _CELL.size
                        total -= _CELL.unpack_from(self._map, cell)[0]
                        _CELL.pack_into(self._map, cell, 0)
            counted = bool(amount) and not (limit and total >= limit)
            if counted:
                cell = cells + (current % BUCKETS) * _CELL.size
                _CELL.pack_into(self._map, cell, _CELL.unpack_from(self._map, cell)[0] + amount)
                total += amount
            if counted or current != newest:
                _COUNT_HEAD.pack_into(self._map, offset, digest, int(now) & 0xFFFFFFFF, current, total)
        return counted, total

    # gauges

    def gauge_add(self, kind: str, key: str, delta: int) -> int:
        """Adds `delta` to this worker's cell of the key; returns the sum over every worker."""
        with self._locked():
            return self._gauge_add(_hash(kind, key), delta)

    def gauge(self, kind: str, key: str) -> int:
        with self._locked():
            return self._gauge_sum(_hash(kind, key))

    def gauge_admit(self, kind: str, key: str, limit: int, total_key: str, total_limit: int) -> str | None:
        """One more for `key` and for `total_key` unless either is at its limit (0: none): "key" or "total" when
        refused, None when added. The test and the count are one step, so two workers never both take the last
        place (checking with gauge() and then adding would let each of N workers through)."""
        digest, total_digest = _hash(kind, key), _hash(kind, total_key)
        with self._locked():
            if limit and self._gauge_sum(digest) >= limit:
                return "key"
            if total_limit and self._gauge_sum(total_digest) >= total_limit:
                return "total"
            self._gauge_add(digest, 1)
            self._gauge_add(total_digest, 1)
            return None

    def _gauge_add(self, digest: int, delta: int) -> int:
        offset = self._find(self._gauges, _GAUGE.size, digest, create=delta > 0)
        if offset is None:
            return 0
        cells = list(_GAUGE.unpack_from(self._map, offset)[1:])
        cells[self.worker] = max(0, cells[self.worker] + delta)
        total = sum(cells)
        if total:
            _GAUGE.pack_into(self._map, offset, digest, *cells)
        else:
            self._map[offset : offset + _GAUGE.size] = bytes(_GAUGE.size)  # the slot is free again
        return total

    def _gauge_sum(self, digest: int) -> int:
        offset = self._find(self._gauges, _GAUGE.size, digest, create=False)
        return 0 if offset is None else sum(_GAUGE.unpack_from(self._map, offset)[1:])

    def reset_worker(self) -> None:
        """Zeroes this worker's cells: a worker starting afresh (after a crash, say) holds no connection."""
        with self._locked():
            for index in range(self.slots):
                offset = self._gauges + index * _GAUGE.size
                entry = _GAUGE.unpack_from(self._map, offset)
                if entry[0] and entry[1 + self.worker]:
                    cells = list(entry[1:])
                    cells[self.worker] = 0
                    if sum(cells):
                        _GAUGE.pack_into(self._map, offset, entry[0], *cells)
                    else:
                        self._map[offset : offset + _GAUGE.size] = bytes(_GAUGE.size)

    # values

    def set_value(self, kind: str, key: str, value: float, expires: float) -> None:
        digest = _hash(kind, key)
        with self._locked():
            offset = self._find(self._values, _VALUE.size, digest, create=True, now=time.time())
            assert offset is not None  # create=True always finds or makes a slot
            _VALUE.pack_into(self._map, offset, digest, value, expires)

    def value(self, kind: str, key: str, now: float | None = None, default: float = 0.0) -> float:
        now = time.time() if now is None else now
        digest = _hash(kind, key)
        with self._locked():
            offset = self._find(self._values, _VALUE.size, digest, create=False)
            if offset is None:
                return default
            _digest, value, expires = _VALUE.unpack_from(self._map, offset)
        return value if expires > now else default

    # the table

    def _find(self, region: int, size: int, digest: int, *, create: bool, now: float = 0.0) -> int | None:
        """The key's slot; with `create`, an empty or the stalest slot of its probe run, taken over."""
        home = digest % self.slots
        empty = None
        stalest, stalest_age = None, -1.0
        for step in range(PROBE):
            offset = region + ((home + step) % self.slots) * size
            stored = int.from_bytes(self._map[offset : offset + 8], "little")
            if stored == digest:
                return offset
            if not create:
                if stored == 0 and empty is None:
                    empty = offset
                continue
            if stored == 0:
                if empty is None:
                    empty = offset
                continue
            age = self._age(region, offset, now)
            if age > stalest_age:
                stalest, stalest_age = offset, age
        if not create:
            return None
        offset = empty if empty is not None else stalest
        assert offset is not None  # the region has slots: an empty one or the stalest
        self._map[offset : offset + size] = bytes(size)
        self._map[offset : offset + 8] = digest.to_bytes(8, "little")
        return offset

    def _age(self, region: int, offset: int, now: float) -> float:
        if region == self._counts:
            return now - _COUNT_HEAD.unpack_from(self._map, offset)[1]
        if region == self._values:
            return now - _VALUE.unpack_from(self._map, offset)[2]
        return -sum(_GAUGE.unpack_from(self._map, offset)[1:])  # a gauge: the fewest live connections goes

    def _locked(self) -> "_FileLock":
        return _FileLock(self._fd)


class _FileLock:
    __slots__ = ("fd",)

    def __init__(self, fd: int):
        self.fd = fd

    def __enter__(self) -> None:
        fcntl.flock(self.fd, fcntl.LOCK_EX)

    def __exit__(self, *exc) -> None:
        fcntl.flock(self.fd, fcntl.LOCK_UN)


def _file_size(slots: int) -> int:
    return HEADER_SIZE + slots * (COUNT_SIZE + _GAUGE.size + _VALUE.size)
