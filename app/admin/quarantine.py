"""Quarantined mail: release it to the queue (learned as ham), maybe allow-listing its sender; delete it."""

from __future__ import annotations

from ..classify.learning import learn_released
from ..store import quarantine as quarantine_store
from ..store.quarantine import QuarantinedMessage
from . import lists
from .core import Admin, Done, NotFound


async def messages(admin: Admin) -> list[QuarantinedMessage]:
    return await quarantine_store.list_quarantine(admin.store)


async def message(admin: Admin, message_id: str) -> tuple[QuarantinedMessage, bytes]:
    found = await quarantine_store.get(admin.store, message_id)
    if found is None:
        raise NotFound(f"no message {message_id}")
    return found


async def release(admin: Admin, message_id: str, *, allow_sender: bool = False) -> Done:
    """Moves the message to the delivery queue and learns it as ham; with allow_sender, also allow-lists its sender
    for the whole gateway. NotFound if it has left the quarantine."""
    released = await quarantine_store.release(admin.store, message_id, admin.operator, admin.clock())
    if released is None:
        raise NotFound(f"no message {message_id} in the quarantine")
    done = (
        f"message {message_id} released to the queue; {await learn_released(admin.store, released.content, message_id)}"
    )
    await admin.changed()
    if not allow_sender:
        return Done(done)
    if not released.sender:
        return Done(done, warnings=("the null sender cannot be allow-listed",))
    allowed = await lists.add(
        admin,
        "allow",
        {"kind": "email", "value": released.sender, "comment": f"released from quarantine ({message_id})"},
    )
    return Done(f"{done}; {allowed.summary}")


async def delete(admin: Admin, message_id: str) -> Done:
    if not await quarantine_store.delete(admin.store, message_id):
        raise NotFound(f"no message {message_id}")
    return Done(f"message {message_id} deleted")
