"""Content rules and the quarantine, for the dashboard (mixed into ui.backend.Backend).

Drafts are tried before they are saved: on a pasted text, on a stored message, and on the content samples of
the last day's mail. Decoding and matching many samples is CPU work: it runs in a thread, never on the loop.
"""

from __future__ import annotations

import asyncio
import getpass
import time
from dataclasses import dataclass

from ..classify.learning import describe_learned, learn, learn_decoded, learn_released
from ..mail.decode import Attachment, DecodedMessage, decode_message
from ..policy.content_rules import (
    ACTIONS,
    CATEGORIES,
    MODES,
    ContentRule,
    RuleHit,
    compile_rules,
    rule_from_row,
    validate_new_rule,
    validate_rule,
)
from ..monitor.lint import word_form_advice
from ..policy.list_files import entry_from_row
from ..policy.loader import load_snapshot
from ..store import content_rules as rules_store
from ..store import lists as lists_store
from ..store import quarantine as quarantine_store
from ..store import queue as queue_store
from ..store.quarantine import QuarantinedMessage
from ..store.samples import Sample, sample_of_session, samples_since
from .backend_base import BackendBase

PREVIEW_EXAMPLES = 5
_YES = ("y", "yes", "true", "1", "on", "regex")
_NO = ("", "n", "no", "false", "0", "off", "keyword", "word")


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


def rule_from_fields(fields: dict, *, enabled: bool = True) -> ContentRule:
    """A ContentRule from the form's text fields (name, field, pattern, regex, category, score, action, mode).
    Raises ValueError with a one-line reason."""

    def text(key: str, default: str = "") -> str:
        return str(fields.get(key) if fields.get(key) is not None else default).strip()

    field_name = text("field").lower()
    category = text("category", "custom").lower() or "custom"
    if category not in CATEGORIES:
        raise ValueError(f"unknown category {category!r} ({', '.join(CATEGORIES)})")
    regex = text("regex").lower()
    if regex not in _YES + _NO:
        raise ValueError(f"regex must be yes or no, not {regex!r}")
    try:
        score = float(text("score", "5") or "5")
    except ValueError:
        raise ValueError(f"score {text('score')!r} is not a number") from None
    action: str | None = text("action").lower()
    if action in ("", "none", "-"):
        action = None
    elif action not in ACTIONS:
        raise ValueError(f"unknown action {action!r} ({', '.join(ACTIONS)} or none)")
    mode = text("mode", "enforce").lower() or "enforce"
    if mode not in MODES:
        raise ValueError(f"mode must be enforce or monitor, not {mode!r}")
    name = text("name") or f"{category}-{field_name.replace(':', '-')}-{int(time.time() * 1000) % 10**8}"
    pattern = str(fields.get("pattern") or "")
    # whole words only: a `word` field saying yes, or "word" in the regex field (a keyword, as a word)
    word = text("word").lower() in _YES or regex == "word"
    rule = ContentRule(
        None,
        name,
        field_name,
        pattern,
        regex in _YES,
        category,
        score,
        action,
        enabled,
        mode,
        word=word and regex not in _YES,
    )
    validate_rule(rule)
    return rule


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
    """Content rules and quarantined mail (mixed into Backend, which provides store, policy, clock, _changed)."""

    # --- content rules --------------------------------------------------------------------
    async def rules(self) -> list[rules_store.RuleRow]:
        return await rules_store.load_rules(self.store)

    async def save_rule(self, fields: dict, replaces: str | None = None) -> str:
        """Adds a rule, or replaces the rule named `replaces` (an edit, maybe renaming it; its enabled state
        is kept). Raises ValueError on bad input."""
        old = await rules_store.find_rule(self.store, replaces) if replaces else None
        rule = rule_from_fields(fields, enabled=old.enabled if old is not None else True)
        if old is None or old.name != rule.name:
            clash = await rules_store.find_rule(self.store, rule.name)
            if clash is not None:
                raise ValueError(f"a rule named {rule.name!r} exists already (edit it with e)")
        rule.comment = str(fields.get("comment") or "").strip()
        if rule.enabled:  # a regex that backtracks badly is refused here
            await asyncio.to_thread(validate_new_rule, rule, regex_timeout=await self._regex_timeout())
        await rules_store.save_rule(self.store, rule)
        if old is not None and old.name != rule.name:
            await rules_store.remove_rule(self.store, old.name)
        await self._changed()
        return rule.describe()

    async def _regex_timeout(self) -> float:
        policy = self.policy.current if self.policy is not None else await load_snapshot(self.store)
        return policy.settings.regex_timeout

    async def delete_rule(self, name: str) -> bool:
        removed = await rules_store.remove_rule(self.store, name)
        await self._changed()
        return removed

    async def toggle_rule_enabled(self, name: str) -> bool | None:
        """Switches the rule on or off; its new state, or None if it is gone."""
        row = await rules_store.find_rule(self.store, name)
        if row is None:
            return None
        if not row.enabled:
            rule = rule_from_row(row, enabled=True)
            # a rule that no longer compiles, or whose regex backtracks badly, stays off (raises ValueError)
            await asyncio.to_thread(validate_new_rule, rule, regex_timeout=await self._regex_timeout())
        await rules_store.set_enabled(self.store, name, not row.enabled)
        await self._changed()
        return not row.enabled

    async def toggle_rule_mode(self, name: str) -> str | None:
        """Switches the rule between enforce and monitor; its new mode, or None if it is gone."""
        row = await rules_store.find_rule(self.store, name)
        if row is None:
            return None
        mode = "enforce" if row.mode == "monitor" else "monitor"
        await rules_store.set_mode(self.store, name, mode)
        await self._changed()
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
        policy = self.policy.current if self.policy is not None else await load_snapshot(self.store)
        ad_tag = policy.settings.ad_tag_score
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
        found = await quarantine_store.get(self.store, message_id)
        if found is not None:
            return found[1]
        queued = await queue_store.get_message(self.store, message_id)
        if queued is not None:
            content = queued.get("content")
            return bytes(content) if content is not None else None
        return None

    async def learn_stored(self, message_id: str, label: str) -> str:
        """Learns a quarantined or queued message as spam or ham. Raises ValueError if it is gone."""
        raw = await self._stored_message(message_id.strip())
        if raw is None:
            raise ValueError(f"message {message_id} is no longer in the quarantine or the queue")
        learned = await learn(self.store, raw, label, f"dashboard {message_id}")
        await self._changed()
        return f"message {message_id}: {describe_learned(learned, label)}"

    async def learn_session(self, session: str, queue_ids: list[str], label: str) -> str:
        """Learns the message of a Live row: as stored (queue or quarantine) while it is, else as its content
        sample recorded. Raises ValueError when neither is there any more."""
        for message_id in reversed(queue_ids):
            if await self._stored_message(message_id) is not None:
                return await self.learn_stored(message_id, label)
        sample = await sample_of_session(self.store, session) if session else None
        if sample is None:
            raise ValueError("this session's message is neither stored nor sampled: nothing to learn from")
        message = DecodedMessage(
            subject=sample.subject,
            headers=list(sample.headers),
            text=sample.body,
            attachments=[Attachment(name or None, ctype, 0, b"") for ctype, name in sample.attachments],
        )
        message.from_address = next(
            (v.rpartition("<")[2].rstrip(">").strip().lower() for k, v in sample.headers if k == "from"), ""
        )
        learned = await learn_decoded(self.store, message, label, f"dashboard session {session}")
        await self._changed()
        return f"session {session}: {describe_learned(learned, label)}"

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
        whole gateway (as `mailmoat quarantine allow`). Raises ValueError if the message is gone."""
        now = self.clock()
        released = await quarantine_store.release(self.store, message_id, f"{getpass.getuser()} (dashboard)", now)
        if released is None:
            raise ValueError(f"message {message_id} is no longer in the quarantine")
        learned = await learn_released(self.store, released.content, message_id)
        done = f"message {message_id} released to the queue; {learned}"
        await self._changed()
        if allow_sender:
            if not released.sender:
                return done + "; the null sender cannot be allow-listed"
            entry = entry_from_row(
                {"kind": "email", "value": released.sender, "comment": f"released from quarantine ({message_id})"},
                "allow",
                None,
                now,
            )
            await lists_store.add_entries(self.store, [entry])
            await self._changed()
            done += f"; allow: email {released.sender} for the whole gateway"
        return done

    async def delete_quarantined(self, message_id: str) -> bool:
        return await quarantine_store.delete(self.store, message_id)


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
