"""`mailmoat init`: a database ready to run, with a hostname and a STARTTLS certificate."""
from __future__ import annotations

import os
import socket

from .policy.settings import validate
from .smtp.tls import make_self_signed
from .store import settings as settings_store
from .store.database import Store


async def initialise(store: Store, hostname: str | None = None) -> list[str]:
    """Idempotent: fills in what is missing, keeps what the operator set. Returns what it did.

    Raises SettingError for a bad hostname.
    """
    done = []
    if hostname:
        await settings_store.set_setting(store, "hostname", validate("hostname", hostname))
    else:
        await settings_store.set_default(store, "hostname", validate("hostname", socket.getfqdn()))
    name = await settings_store.get_setting(store, "hostname")
    if not await settings_store.get_setting(store, "tls.cert"):
        base = os.path.splitext(os.path.abspath(store.path))[0]
        cert, key = base + "-tls.crt", base + "-tls.key"
        make_self_signed(name, cert, key)
        await settings_store.set_setting(store, "tls.cert", cert)
        await settings_store.set_setting(store, "tls.key", key)
        done.append(f"made a self-signed certificate for {name}: {cert}")
    done.append(f"database {store.path} ready (hostname {name})")
    return done
