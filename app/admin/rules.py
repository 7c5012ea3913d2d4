"""Content rules: keywords and patterns on the subject, headers, body and attachments; tried before saved."""

from __future__ import annotations

import asyncio
import time

from ..monitor.lint import LEGIT_WINDOW, word_form_advice
from ..policy.content_rules import (
    ACTIONS,
    CATEGORIES,
    MODES,
    ContentRule,
    is_short_keyword,
    rule_from_row,
    validate_new_rule,
    validate_rule,
)
from ..store import content_rules as rules_store
from ..store.samples import samples_since
from .core import Admin, AdminError, Done, NotFound

YES = ("y", "yes", "true", "1", "on", "regex")
NO = ("", "n", "no", "false", "0", "off", "keyword", "word")


def rule_from_fields(fields: dict, *, enabled: bool = True) -> ContentRule:
    """A ContentRule from text fields (name, field, pattern, regex, word, category, score, action, mode, comment).
    Raises AdminError with a one-line reason."""

    def text(key: str, default: str = "") -> str:
        return str(fields.get(key) if fields.get(key) is not None else default).strip()

    field_name = text("field").lower()
    category = text("category", "custom").lower() or "custom"
    if category not in CATEGORIES:
        raise AdminError(f"unknown category {category!r} ({', '.join(CATEGORIES)})")
    regex = text("regex").lower()
    if regex not in YES + NO:
        raise AdminError(f"regex must be yes or no, not {regex!r}")
    try:
        score = float(text("score", "5") or "5")
    except ValueError:
        raise AdminError(f"score {text('score')!r} is not a number") from None
    action: str | None = text("action").lower()
    if action in ("", "none", "-"):
        action = None
    elif action not in ACTIONS:
        raise AdminError(f"unknown action {action!r} ({', '.join(ACTIONS)} or none)")
    mode = text("mode", "enforce").lower() or "enforce"
    if mode not in MODES:
        raise AdminError(f"mode must be enforce or monitor, not {mode!r}")
    name = text("name") or f"{category}-{field_name.replace(':', '-')}-{int(time.time() * 1000) % 10**8}"
    # whole words only: a `word` field saying yes, or "word" in the regex field (a keyword, as a word)
    word = text("word").lower() in YES or regex == "word"
    rule = ContentRule(
        None,
        name,
        field_name,
        str(fields.get("pattern") or ""),
        regex in YES,
        category,
        score,
        action,
        enabled,
        mode,
        text("comment"),
        word=word and regex not in YES,
    )
    try:
        validate_rule(rule)
    except ValueError as exc:
        raise AdminError(str(exc)) from None
    return rule


async def regex_timeout(admin: Admin) -> float:
    return (await admin.snapshot()).settings.regex_timeout


async def _refuse_if_slow(admin: Admin, rule: ContentRule) -> None:
    """A rule that does not compile, or whose regex backtracks badly, is refused (AdminError)."""
    try:
        await asyncio.to_thread(validate_new_rule, rule, regex_timeout=await regex_timeout(admin))
    except ValueError as exc:
        raise AdminError(str(exc)) from None


async def rules(admin: Admin) -> list[rules_store.RuleRow]:
    return await rules_store.load_rules(admin.store)


async def save(admin: Admin, fields: dict, replaces: str | None = None, *, advise: bool = False) -> Done:
    """Adds a rule, or replaces the rule named `replaces` (an edit, maybe renaming it; its enabled state is kept
    unless `fields` says "enabled").
    A new rule may not take the name of another. With `advise`, a short bare keyword is looked for in the last
    weeks' legitimate mail, and the warnings say how often it would have hit inside longer words."""
    old = await rules_store.find_rule(admin.store, replaces) if replaces else None
    enabled = fields.get("enabled")
    rule = rule_from_fields(fields, enabled=bool(enabled) if enabled is not None else old is None or old.enabled)
    if old is None or old.name != rule.name:
        if await rules_store.find_rule(admin.store, rule.name) is not None:
            raise AdminError(f"a rule named {rule.name!r} exists already")
    if rule.enabled:
        await _refuse_if_slow(admin, rule)
    await rules_store.save_rule(admin.store, rule)
    if old is not None and old.name != rule.name:
        await rules_store.remove_rule(admin.store, old.name)
    await admin.changed()
    warnings: tuple[str, ...] = ()
    if advise and is_short_keyword(rule):
        samples = await samples_since(admin.store, admin.clock() - LEGIT_WINDOW)
        advice = await asyncio.to_thread(word_form_advice, rule, samples)
        warnings = (advice.text,) if advice is not None else ()
    return Done(rule.describe(), warnings=warnings)


async def remove(admin: Admin, name: str) -> Done:
    return await admin.finish(
        await rules_store.remove_rule(admin.store, name), f"rule {name}: remove done", missing=f"no rule {name!r}"
    )


async def set_enabled(admin: Admin, name: str, enabled: bool) -> Done:
    """On or off; a rule switched on is checked first (it may no longer compile, or backtrack badly)."""
    row = await rules_store.find_rule(admin.store, name)
    if row is None:
        raise NotFound(f"no rule {name!r}")
    if enabled and not row.enabled:
        try:
            await _refuse_if_slow(admin, rule_from_row(row, enabled=True))
        except AdminError as exc:
            raise AdminError(f"{name}: {exc}") from None
    await rules_store.set_enabled(admin.store, name, enabled)
    await admin.changed()
    return Done(f"rule {name}: {'enable' if enabled else 'disable'} done")


async def set_mode(admin: Admin, name: str, mode: str) -> Done:
    """enforce, or monitor: the rule logs what it would do, without acting."""
    if mode not in MODES:
        raise AdminError(f"mode must be enforce or monitor, not {mode!r}")
    return await admin.finish(
        await rules_store.set_mode(admin.store, name, mode), f"rule {name}: {mode} done", missing=f"no rule {name!r}"
    )
