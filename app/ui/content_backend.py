"""Content rules and the quarantine, for the dashboard (mixed into ui.backend.Backend).

Drafts are tried before they are saved: on a pasted text, on a stored message, and on the content samples of
the last day's mail. Decoding and matching many samples is CPU work: it runs in a thread, never on the loop.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from ..mail.decode import Attachment, DecodedMessage, decode_message
from ..policy.content_rules import (
    ContentRule,
    RuleHit,
    compile_rules,
    rule_from_row,
    validate_rule,
)
from ..monitor.lint import word_form_advice
from ..store import content_rules as rules_store
from ..store import quarantine as quarantine_store
from ..store.quarantine import QuarantinedMessage
from ..store.samples import Sample, samples_since
from ..admin import AdminError, NotFound, learn, quarantine, rules
from ..admin.rules import rule_from_fields
from .backend_base import BackendBase

PREVIEW_EXAMPLES = 5


@dataclass(frozen=True)
class RulePreview:
    hits: int  # messages of the window the draft would have hit
    total: int  # messages of the window the content rules looked at
    examples: list[tuple[str, str, str]]  # (sender, subject, snippet), newest first
    hours: float
    advice: str = ""  # for a short bare Korean keyword: its hits on legitimate mail as a word, and the suggestion


@dataclass(frozen=True)
class RuleTest:
    draft: list[RuleHit]  # hits of the draft rule (empty when no draft was given)
    rules: list[RuleHit]  # hits of the rules in force (enabled; the ad tag signal too)
    source: str  # what was tested: "pasted text" or "message ID (subject)"


def message_for_field(field_name: str, text: str) -> DecodedMessage:
    """A message holding `text` in the one field a rule looks at (subject, body, header:NAME, attachment)."""
    field_name = field_name.strip().lower()
    if field_name == "subject":
        return DecodedMessage(subject=" ".join(text.split()))
    if field_name == "body":
        return DecodedMessage(text=text)
    if field_name == "hidden":
        return DecodedMessage(hidden_text=text)
    if field_name == "attachment":
        return DecodedMessage(attachments=[_attachment(line) for line in text.splitlines() if line.strip()])
    if field_name.startswith("header:"):
        name = field_name[7:]
        return DecodedMessage(headers=[(name, line) for line in text.splitlines() if line.strip()] or [(name, text)])
    return DecodedMessage(text=text)


def message_with_text_everywhere(text: str, header_names: set[str]) -> DecodedMessage:
    """A pasted text put in every field the rules look at, so that each rule sees it where it looks."""
    lines = [line for line in text.splitlines() if line.strip()]
    return DecodedMessage(
        subject=" ".join(text.split()),
        text=text,
        headers=[(name, line) for name in sorted(header_names) for line in lines or [text]],
        attachments=[_attachment(line) for line in lines],
    )


def _attachment(line: str) -> Attachment:
    """`content/type filename` or just a file name."""
    first, _, rest = line.strip().partition(" ")
    if "/" in first and rest.strip():
        return Attachment(rest.strip(), first, 0, b"")
    return Attachment(line.strip(), "application/octet-stream", 0, b"")


def message_from_sample(sample: Sample) -> DecodedMessage:
    return DecodedMessage(
        subject=sample.subject,
        headers=list(sample.headers),
        text=sample.body,
        attachments=[
            Attachment(filename or None, content_type, 0, b"") for content_type, filename in sample.attachments
        ],
    )


def preview_samples(rule: ContentRule, samples: list[Sample], hours: float) -> RulePreview:
    """CPU work: run it in a thread."""
    compiled = compile_rules([rule], ad_tag_enabled=False)
    hits = 0
    examples: list[tuple[str, str, str]] = []
    for sample in samples:
        found = compiled.evaluate(message_from_sample(sample))
        if found:
            hits += 1
            if len(examples) < PREVIEW_EXAMPLES:
                examples.append((sample.sender, sample.subject, found[0].snippet))
    advice = word_form_advice(rule, samples, hours)
    return RulePreview(hits, len(samples), examples, hours, advice.text if advice is not None else "")


class ContentBackend(BackendBase):
    """Content rules and quarantined mail (mixed into Backend, which provides store, policy, clock and admin)."""

    # --- content rules --------------------------------------------------------------------
    async def rules(self) -> list[rules_store.RuleRow]:
        return await rules_store.load_rules(self.store)

    async def save_rule(self, fields: dict, replaces: str | None = None) -> str:
        """Adds a rule, or replaces the rule named `replaces` (an edit, maybe renaming it; its enabled state
        is kept). Raises AdminError on bad input."""
        try:
            return (await rules.save(self.admin, fields, replaces)).summary
        except NotFound:
            raise
        except AdminError as exc:
            if "exists already" in str(exc):
                raise AdminError(f"{exc} (edit it with e)") from None
            raise

    async def delete_rule(self, name: str) -> bool:
        try:
            await rules.remove(self.admin, name)
        except NotFound:
            return False
        return True

    async def toggle_rule_enabled(self, name: str) -> bool | None:
        """Switches the rule on or off; its new state, or None if it is gone. A rule that no longer compiles, or
        whose regex backtracks badly, stays off (AdminError)."""
        row = await rules_store.find_rule(self.store, name)
        if row is None:
            return None
        try:
            await rules.set_enabled(self.admin, name, not row.enabled)
        except NotFound:
            return None
        return not row.enabled

    async def toggle_rule_mode(self, name: str) -> str | None:
        """Switches the rule between enforce and monitor; its new mode, or None if it is gone."""
        row = await rules_store.find_rule(self.store, name)
        if row is None:
            return None
        mode = "enforce" if row.mode == "monitor" else "monitor"
        try:
            await rules.set_mode(self.admin, name, mode)
        except NotFound:
            return None
        return mode

    async def preview_rule(self, fields: dict, hours: float = 24) -> RulePreview:
        """How many of the last `hours`' messages the draft would have hit, with a few examples.
        Raises ValueError on a bad draft."""
        rule = rule_from_fields(fields)
        samples = await samples_since(self.store, self.clock() - hours * 3600)
        return await asyncio.to_thread(preview_samples, rule, samples, hours)

    async def test_rule(self, fields: dict | None, text: str = "", message_id: str = "") -> RuleTest:
        """The hits of the draft (if any) and of the rules in force on a pasted text, or on a stored message
        (quarantined or queued) when `message_id` is given. The pasted text is put in every field the rules
        look at. Raises ValueError on a bad draft or an unknown message."""
        draft = rule_from_fields(fields) if fields else None
        rows = await rules_store.load_rules(self.store)
        rules = []
        for row in rows:
            if not row.enabled or (draft is not None and row.name == draft.name):
                continue
            rule = rule_from_row(row, enabled=True)
            try:
                validate_rule(rule)
            except ValueError:
                continue
            rules.append(rule)
        ad_tag = (await self.admin.snapshot()).settings.ad_tag_score
        message_id = message_id.strip()
        if message_id:
            raw = await self._stored_message(message_id)
            if raw is None:
                raise ValueError(f"no message {message_id} in the quarantine or the queue")
            message = await asyncio.to_thread(decode_message, raw)
            source = f"message {message_id} ({message.subject})"
            return await asyncio.to_thread(_test_on_message, draft, rules, ad_tag, message, source)
        if not text.strip():
            raise ValueError("paste a text to test, or give a stored message ID")
        return await asyncio.to_thread(_test_on_text, draft, rules, ad_tag, text)

    async def _stored_message(self, message_id: str) -> bytes | None:
        return await learn.stored_message(self.admin, message_id)

    async def learn_stored(self, message_id: str, label: str) -> str:
        """Learns a quarantined or queued message as spam or ham. Raises NotFound if it is gone."""
        return (await learn.stored(self.admin, message_id, label, source=f"dashboard {message_id.strip()}")).summary

    async def learn_session(self, session: str, queue_ids: list[str], label: str) -> str:
        """Learns the message of a Live row: as stored (queue or quarantine) while it is, else as its content
        sample recorded. Raises NotFound when neither is there any more."""
        return (await learn.session(self.admin, session, queue_ids, label)).summary

    # --- quarantine -------------------------------------------------------------------------
    async def quarantine_rows(self) -> list[QuarantinedMessage]:
        return await quarantine_store.list_quarantine(self.store)

    async def quarantined_message(self, message_id: str) -> tuple[QuarantinedMessage, DecodedMessage] | None:
        found = await quarantine_store.get(self.store, message_id)
        if found is None:
            return None
        meta, raw = found
        return meta, await asyncio.to_thread(decode_message, raw)

    async def release(self, message_id: str, allow_sender: bool = False) -> str:
        """Moves the message to the delivery queue; with allow_sender, also allow-lists its sender for the
        whole gateway (as `mailmoat quarantine allow`). Raises NotFound if the message is gone."""
        return (await quarantine.release(self.admin, message_id, allow_sender=allow_sender)).text()

    async def delete_quarantined(self, message_id: str) -> bool:
        try:
            await quarantine.delete(self.admin, message_id)
        except NotFound:
            return False
        return True


def _test_on_text(draft: ContentRule | None, rules: list[ContentRule], ad_tag: float, text: str) -> RuleTest:
    everyone = rules + ([draft] if draft is not None else [])
    headers = {r.field.strip().lower()[7:] for r in everyone if r.field.strip().lower().startswith("header:")}
    message = message_with_text_everywhere(text, headers)
    in_force = compile_rules(rules, ad_tag_score=ad_tag, ad_tag_enabled=ad_tag > 0).evaluate(message)
    draft_hits = (
        compile_rules([draft], ad_tag_enabled=False).evaluate(message_for_field(draft.field, text))
        if draft is not None
        else []
    )
    return RuleTest(draft_hits, in_force, "pasted text")


def _test_on_message(
    draft: ContentRule | None, rules: list[ContentRule], ad_tag: float, message: DecodedMessage, source: str
) -> RuleTest:
    in_force = compile_rules(rules, ad_tag_score=ad_tag, ad_tag_enabled=ad_tag > 0).evaluate(message)
    draft_hits = compile_rules([draft], ad_tag_enabled=False).evaluate(message) if draft is not None else []
    return RuleTest(draft_hits, in_force, source)
