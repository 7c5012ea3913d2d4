"""The journal of policy changes: undo and redo as stacks (the dashboard's ctrl+z and ctrl+y, `mailmoat journal
undo` and `redo` walk the same ones), an undo of one named change, and each change in plain words."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from ..store import journal as journal_store
from ..store.journal import Change, JournalEntry
from .core import Admin, AdminError, Done, NotFound

SHOWN_ROWS = 4


class UndoConflict(AdminError, journal_store.JournalConflict):
    """A row the change touched has been changed again since: undo the later change first, or force it."""


class SecretNotRestorable(AdminError, journal_store.SecretNotJournaled):
    """The change set a secret, whose value the journal never keeps: no undo brings it back."""  # rows of a change the confirm dialog describes; "and N more" for the rest


@dataclass(frozen=True)
class JournalStep:
    """What ctrl+z (or ctrl+y) would do, before it is done."""

    change: int  # the journal change to reverse
    redo: bool
    actor: str  # who made the change that would be undone (or, for a redo, who undid it)
    ts: float
    words: tuple[str, ...]  # the change as the operator made it, in plain words

    def question(self) -> str:
        when = datetime.datetime.fromtimestamp(self.ts).strftime("%Y-%m-%d %H:%M:%S")
        if self.redo:
            head = f"Redo what {self.actor} undid at {when}?"
        else:
            head = f"Undo this change by {self.actor}, made at {when}?"
        return "\n".join((head, *(f"  - {line}" for line in self.words), f"(journal change {self.change})"))


async def changes(admin: Admin, limit: int = 20) -> list[Change]:
    return await journal_store.recent_changes(admin.store, limit)


async def entries(admin: Admin, change: int) -> list[JournalEntry]:
    found = await journal_store.entries(admin.store, change)
    if not found:
        raise NotFound(f"no change {change}")
    return found


async def last_change(admin: Admin) -> int:
    last = await journal_store.last_change(admin.store)
    if last is None:
        raise NotFound("the journal is empty")
    return last


async def next_step(admin: Admin, redo: bool = False) -> JournalStep | None:
    """The top of the undo stack (or of the redo stack), described; None when the stack is empty."""
    tops = await journal_store.stack_tops(admin.store)
    change = tops.redo if redo else tops.undo
    if change is None:
        return None
    done = await journal_store.entries(admin.store, change, SHOWN_ROWS)
    described = change
    if redo:  # the redo brings back the change that undo reversed: describe that one
        original = await journal_store.undone_by(admin.store, change)
        described = original if original is not None else change
    shown = done if described == change else await journal_store.entries(admin.store, described, SHOWN_ROWS)
    words = [plain_words(entry) for entry in shown]
    rows = await journal_store.change_size(admin.store, described)
    if rows > len(shown):
        words.append(f"and {rows - len(shown)} more row(s)")
    return JournalStep(change, redo, done[0].actor, done[0].ts, tuple(words))


async def undo(admin: Admin, change: int, *, force: bool = False) -> Done:
    """Reverses one change (undoing an undo redoes it). Raises UndoConflict when a row changed again since, unless
    forced, NotFound for an unknown change, SecretNotRestorable for a change that set a secret."""
    try:
        restored = await journal_store.undo(admin.store, change, force=force)
    except KeyError:
        raise NotFound(f"no change {change}") from None
    except journal_store.SecretNotJournaled as exc:
        raise SecretNotRestorable(str(exc)) from None
    except journal_store.JournalConflict as exc:
        raise UndoConflict(str(exc)) from None
    await admin.changed()
    return Done(f"change {change} undone: {restored} row(s) restored", count=restored)


async def step(admin: Admin, *, redo: bool = False, force: bool = False) -> Done:
    """One step back on the undo stack, or (redo) forward again: the same stacks as the dashboard's."""
    top = await next_step(admin, redo=redo)
    if top is None:
        raise NotFound("nothing to redo: no undo since the last change" if redo else "nothing to undo")
    done = await undo(admin, top.change, force=force)
    verb = "redone" if redo else "undone"
    return Done(
        f"{verb}: " + "; ".join(top.words) + f" (journal change {top.change}, {done.count} row(s))", count=done.count
    )


def _scope(scope: str) -> str:
    if not scope:
        return "for the whole gateway"
    kind, _, value = scope.partition(":")
    return f"for mail to {value} only" if kind == "rcpt" else f"for {value}"


def _noun(table: str, row: dict, key: dict) -> str:
    """A policy row named as the operator knows it."""
    if table == "list_entries":
        value = ("." if row.get("subdomains") else "") + str(row.get("value", ""))
        return f"{row.get('list', '')} list entry {row.get('kind', '')} {value} {_scope(str(row.get('scope') or ''))}"
    if table == "content_rules":
        return f"content rule {row.get('name', key.get('id'))!r} ({row.get('field', '')}: {row.get('pattern', '')})"
    names = {
        "accounts": "account",
        "trusted_networks": "trusted network",
        "local_domains": "local domain",
        "relay_routes": "relay route for",
        "sender_relay_exceptions": "relay exception for",
        "dnsbl_zones": "DNS blocklist",
        "account_aliases": "alias",
        "sender_limits": "sending limit for",
        "held_senders": "hold on the mail of",
        "recipients": "recipient",
        "bayes_trainings": "learned message",
    }
    value = " ".join(str(v) for v in key.values())
    if table == "relay_routes":
        value += f" via {row.get('nexthop', '')}"
    elif table == "bayes_trainings":
        value = f"{row.get('subject', '')!r} as {row.get('label', '')}"
    return f"{names.get(table, table)} {value}"


_HIDDEN = ("created", "password_hash", "tokens", "digest", "mode_since")


def plain_words(entry: JournalEntry) -> str:
    """One journal row as a sentence: "added block list entry domain junk.example for the whole gateway",
    "changed setting spam.threshold from 5 to 6". Never a secret's value, never raw JSON."""
    before, after = entry.before or {}, entry.after or {}  # None on an insert (before) and a delete (after)
    if entry.table == "settings":
        name = entry.key.get("key", "")
        if entry.secret:
            return f"{'unset' if entry.op == 'delete' else 'set'} setting {name} (a secret: no value kept)"
        if entry.op == "insert":
            return f"set setting {name} to {after.get('value')}"
        if entry.op == "delete":
            return f"unset setting {name} (was {before.get('value')})"
        return f"changed setting {name} from {before.get('value')} to {after.get('value')}"
    row = entry.after if entry.op != "delete" else entry.before
    noun = _noun(entry.table, row or {}, entry.key)
    if entry.op == "insert":
        return f"added {noun}"
    if entry.op == "delete":
        return f"removed {noun}"
    changes = []
    for column, new in after.items():
        old = before.get(column)
        if old == new or column in entry.key:
            continue
        if column == "password_hash":
            changes.append("a new password")
        elif column not in _HIDDEN:
            changes.append(
                f"{column} from {old if old not in (None, '') else '(none)'} to "
                f"{new if new not in (None, '') else '(none)'}"
            )
    return f"changed {_noun(entry.table, entry.before or {}, entry.key)}: " + ", ".join(
        changes or ["(no visible change)"]
    )
