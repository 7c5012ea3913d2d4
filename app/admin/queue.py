"""The outgoing queue: hold, release, delete one message or every one of a sender, domain or client; flush;
hold and release all mail of one sender."""

from __future__ import annotations

from ..policy.names import parse_ip, validate_domain
from ..store import queue as queue_store
from ..store.queue import QueueScope
from .core import Admin, AdminError, Done, NotFound

OPERATOR_HOLD = "held by the operator"


def scope(kind: str, value: str) -> QueueScope:
    """The messages of one sender (an address), one sender domain or one client IP; AdminError otherwise."""
    if kind == "sender":
        sender = value.strip().strip("<>")
        if "@" not in sender:
            raise AdminError("--sender needs an address (local@domain)")
        return QueueScope("sender", sender)
    if kind == "domain":
        domain = value.strip().lstrip("@").lower().rstrip(".")
        try:
            validate_domain(domain)
        except ValueError:
            raise AdminError(f"--domain needs a domain name, not {value!r}") from None
        return QueueScope("domain", domain)  # as typed: the store asks its other IDNA form too
    address = parse_ip(value.strip().strip("[]"))
    if kind != "client" or address is None:
        raise AdminError(f"--client needs an IP address, not {value!r}")
    return QueueScope("client", str(address))


async def messages(admin: Admin) -> list[dict]:
    return await queue_store.list_queue(admin.store)


async def message(admin: Admin, message_id: str) -> dict:
    found = await queue_store.get_message(admin.store, message_id)
    if found is None:
        raise NotFound(f"no message {message_id}")
    return found


async def flush(admin: Admin) -> Done:
    due = await queue_store.flush(admin.store, admin.clock())
    return Done(f"{due} recipient(s) due now", count=due)


async def set_held(admin: Admin, message_id: str, held: bool) -> Done:
    if not await queue_store.set_held(admin.store, message_id, held):
        raise NotFound(f"no message {message_id}")
    return Done(f"message {message_id}: {'hold' if held else 'release'} done")


async def delete(admin: Admin, message_id: str) -> Done:
    if not await queue_store.delete_message(admin.store, message_id):
        raise NotFound(f"no message {message_id}")
    return Done(f"message {message_id}: delete done")


async def hold_scope(admin: Admin, chosen: QueueScope, held: bool) -> Done:
    count = await queue_store.hold_scope(admin.store, chosen, held)
    return Done(f"{count} message(s) {chosen.describe()} {'held' if held else 'released'}", count=count)


async def delete_scope(admin: Admin, chosen: QueueScope) -> Done:
    count = await queue_store.delete_scope(admin.store, chosen)
    return Done(f"{count} message(s) {chosen.describe()} deleted", count=count)


async def hold_sender(admin: Admin, sender: str, reason: str = OPERATOR_HOLD) -> Done:
    """From now on the sender's mail waits for the operator, and so does its queued mail."""
    sender = sender.strip().strip("<>")
    if not sender:
        raise AdminError("missing sender address")
    count = await queue_store.hold_sender(admin.store, sender, reason, admin.clock())
    await admin.changed()
    return Done(f"mail from <{sender}> is held ({count} queued message(s) now held)", count=count)


async def release_sender(admin: Admin, sender: str) -> Done:
    sender = sender.strip().strip("<>")
    if not sender:
        raise AdminError("missing sender address")
    count = await queue_store.release_sender(admin.store, sender)
    await admin.changed()
    return Done(f"mail from <{sender}> flows again ({count} message(s) released)", count=count)
