"""The statistical filter taught by the operator: learn a message as spam or ham, forget a training, rebuild."""

from __future__ import annotations

from pathlib import Path

from ..classify import starter
from ..classify.learning import describe_learned, learn, learn_decoded
from ..install import STARTER_MODEL_LOADED
from ..mail.decode import Attachment, DecodedMessage
from ..store import bayes as bayes_store
from ..store import quarantine as quarantine_store
from ..store import queue as queue_store
from ..store import settings as settings_store
from ..store.samples import sample_of_session
from .core import Admin, AdminError, Done, NotFound

LABELS = ("spam", "ham")


def _label(label: str) -> str:
    if label not in LABELS:
        raise AdminError(f"learn spam or ham, not {label!r}")
    return label


async def stored_message(admin: Admin, message_id: str, where: str = "") -> bytes | None:
    """A quarantined or queued message's bytes (`where`: "quarantine" or "queue" to look only there)."""
    if where in ("", "quarantine"):
        found = await quarantine_store.get(admin.store, message_id)
        if found is not None:
            return found[1]
    if where in ("", "queue"):
        queued = await queue_store.get_message(admin.store, message_id)
        if queued is not None and queued.get("content") is not None:
            return bytes(queued["content"])
    return None


async def message(admin: Admin, raw: bytes, label: str, source: str, shown: str = "") -> Done:
    """Learns the message's bytes (`source` recorded with the training, `shown` names it in the summary);
    AdminError for a message with no text to learn from."""
    try:
        learned = await learn(admin.store, raw, _label(label), source)
    except ValueError as exc:
        raise AdminError(str(exc)) from None
    await admin.changed()
    return Done(f"{shown or source}: {describe_learned(learned, label)}", changed=learned.training is not None)


async def stored(admin: Admin, message_id: str, label: str, where: str = "", source: str = "") -> Done:
    """Learns a quarantined or queued message (`where` as stored_message). NotFound when it has left."""
    message_id = message_id.strip()
    raw = await stored_message(admin, message_id, where)
    if raw is None:
        place = {"quarantine": "the quarantine", "queue": "the queue"}.get(where, "the quarantine or the queue")
        raise NotFound(f"no message {message_id} in {place}")
    return await message(admin, raw, label, source or f"message {message_id}", f"message {message_id}")


async def session(admin: Admin, session_id: str, queue_ids: list[str], label: str) -> Done:
    """Learns the message of a logged session: as stored (queue or quarantine) while it is, else as its content
    sample recorded. NotFound when neither is there any more."""
    for message_id in reversed(queue_ids):
        if await stored_message(admin, message_id) is not None:
            return await stored(admin, message_id, label, source=f"dashboard {message_id}")
    sample = await sample_of_session(admin.store, session_id) if session_id else None
    if sample is None:
        raise NotFound("this session's message is neither stored nor sampled: nothing to learn from")
    decoded = DecodedMessage(
        subject=sample.subject,
        headers=list(sample.headers),
        text=sample.body,
        attachments=[Attachment(name or None, ctype, 0, b"") for ctype, name in sample.attachments],
    )
    decoded.from_address = next(
        (v.rpartition("<")[2].rstrip(">").strip().lower() for k, v in sample.headers if k == "from"), ""
    )
    learned = await learn_decoded(admin.store, decoded, _label(label), f"dashboard session {session_id}")
    await admin.changed()
    return Done(f"session {session_id}: {describe_learned(learned, label)}")


async def forget(admin: Admin, training: int) -> Done:
    return await admin.finish(
        await bayes_store.forget(admin.store, training),
        f"training {training} unlearned",
        missing=f"no training {training}",
    )


async def rebuild(admin: Admin, corpus: str | None = None) -> Done:
    """Counts = the starter model (or the corpus directory's train/) plus every training on record."""
    try:
        if corpus:
            built = starter.build(Path(corpus) / "train")
            base: tuple[dict[str, tuple[int, int]], int, int] | None = (
                {t: (c[0], c[1]) for t, c in built["tokens"].items()},
                built["nspam"],
                built["nham"],
            )
            origin = f"{corpus}/train"
        else:
            base = starter.shipped()
            origin = "the starter model"
    except starter.StarterError as exc:
        raise AdminError(str(exc)) from None
    if base is None:
        base, origin = ({}, 0, 0), "no starter model (this build has none)"
    await bayes_store.replace_base(admin.store, *base)
    await settings_store.set_setting(admin.store, STARTER_MODEL_LOADED, "1")
    await admin.changed()
    model = await bayes_store.load_model(admin.store)
    return Done(
        f"rebuilt from {origin} plus {len(await bayes_store.trainings(admin.store, 10**9))} training(s): "
        f"{model.nspam} spam, {model.nham} ham, {len(model.counts)} tokens"
    )
