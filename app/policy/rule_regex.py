"""Operator-written regular expressions under limits: compiled with the `regex` module, searched with a timeout.

Python's `re` cannot be stopped once a search backtracks catastrophically: `(a|aa)+$` on 40 characters runs
for minutes, and on the gateway's one event loop that is minutes of silence for every client. The `regex`
module takes the same syntax with the same Unicode meaning of `\\w`, `\\b`, `\\d` and `\\s` (which the Korean
rules rely on: `수신[\\W_]*거부`), a `timeout=` per search, and releases the GIL while it matches
(`concurrent=True`), so the content stage runs the rules on a worker thread and the loop keeps serving.
google-re2 (linear time) was the other candidate: its `\\w`, `\\W`, `\\b` and `\\d` are ASCII only, so
`[\\W_]*` would cross Hangul and `수신[\\W_]*거부` would match `수신광고거부`; the same pattern meaning two
things depending on the engine that accepted it was the worse risk.

Limits (settings content.regex_timeout and content.regex_budget; the defaults here): one rule's search stops
after RULE_TIMEOUT; no further regex rule starts on a message once they have taken MESSAGE_BUDGET together
(so at most MESSAGE_BUDGET + RULE_TIMEOUT, and every timeout is the rule's own). A rule that runs into its
limit is disabled and raises an alert (app.monitor.rule_guard).

Those limits are CPU time, and a search starved of the processor is retried (see `search`), each rule for up to
PATIENCE times its limit on the wall clock: on a busy box ten regex rules could hold the message, and the worker
thread of the shared default executor, for ten seconds. So the whole message's regex work also stops at a
wall-clock cap, MESSAGE_WALL_CAP: the rule searching then counts as not matched and is reported as a timeout
(the message scores `rule-timeout`, the rule is disabled with the reason), and the rules after it are not run.

When a rule is added or enabled, `probe_regex` tries it on hostile texts built from its own characters
(`aaaa…!` for `(a+)+$`) and refuses one that runs into the limit there: the operator hears about the
problem at once instead of from the first message that trips it.
"""

from __future__ import annotations

import re
import time

import regex

RULE_TIMEOUT = 0.05  # seconds one rule may search one field of one message
MESSAGE_BUDGET = 0.2  # seconds all operator regexes together may take on one message
PROBE_CHARS = 2000  # length of a hostile probe text; (a+)+$ needs ~1000 in the regex module to go slow
PROBE_BUDGET = 0.5  # seconds all probes of one pattern may take together
STARVED_SHARE = 0.5  # an attempt stopped with less CPU time than this share of the limit was starved, not slow
PATIENCE = 20  # a starved search is retried until this many times its limit has gone by on the wall clock
MESSAGE_WALL_CAP = 1.0  # seconds of wall-clock time all regex rules together may hold one message, retries included
_REPRESENTATIVES = ("a", "A", "1", " ", "가", ".", "-", "_", "a ", "a1", "가 ")
_PROBE_TAILS = ("!", "\n!", "\x00")
_LITERAL_RUN = re.compile(r"[^\W_]{2,8}")
_CAPITAL = re.compile(r"(?<!\\)[A-Z]")

Pattern = regex.Pattern


class SlowRegex(ValueError):
    """A pattern that ran into the time limit on a probe text."""


def compile_operator_regex(pattern: str) -> regex.Pattern:
    """Multi-line; case-insensitive only if the pattern has capitals (the text is case-folded already, and
    IGNORECASE turns off the engine's literal-prefix scan, 3-5x slower on a Korean body). regex.error
    (a ValueError) for a bad pattern."""
    flags = regex.MULTILINE | (regex.IGNORECASE if _CAPITAL.search(pattern) else 0)
    try:
        return regex.compile(pattern, flags)
    except (OverflowError, RecursionError, MemoryError) as exc:  # a{99999999999}, thousands of nested groups
        raise regex.error(f"pattern too large ({type(exc).__name__})") from None


def search(
    compiled: regex.Pattern, text: str, timeout: float, *, patience: float = PATIENCE, deadline: float | None = None
):
    """compiled.search with the GIL released; TimeoutError once one attempt has used most of `timeout` seconds
    of this thread's CPU time.

    The engine's own timeout is wall-clock time. On a busy box a harmless search can be starved of the
    processor past it, and neither should the rule be disabled nor the message quarantined for the box's load
    (it happened under a benchmark at load average 5). So an attempt the clock stopped before it had used
    STARVED_SHARE of its CPU time is run again with twice the time, until `patience` x `timeout` of wall-clock
    time has gone by: a catastrophic pattern burns its CPU time and is stopped at the first attempt. Never past
    `deadline` (a time.perf_counter() value: the message's wall-clock cap), also not on the first attempt.
    """
    timeout = max(timeout, 0.001)
    now = time.perf_counter()
    give_up = now + timeout * patience if deadline is None else min(now + timeout * patience, deadline)
    attempt = max(min(timeout, give_up - now), 0.001)
    while True:
        cpu_started = time.thread_time()
        try:
            return compiled.search(text, timeout=attempt, concurrent=True)
        except TimeoutError:
            used = time.thread_time() - cpu_started
            left = give_up - time.perf_counter()
            if used >= timeout * STARVED_SHARE or left <= 0:
                raise
            attempt = min(attempt * 2, left)


def probe_texts(pattern: str) -> list[str]:
    """Hostile texts for `pattern`: runs of its own letters and of common class members, then a character
    that makes the match fail at the very end (what drives a backtracking engine through every split)."""
    units = dict.fromkeys(_REPRESENTATIVES)
    units.update(dict.fromkeys(ch for ch in pattern if ch.isalnum()))
    units.update(dict.fromkeys(_LITERAL_RUN.findall(pattern)))
    return [unit * (PROBE_CHARS // len(unit)) + tail for unit in list(units)[:60] for tail in _PROBE_TAILS]


def probe_regex(pattern: str, *, timeout: float = RULE_TIMEOUT, budget: float = PROBE_BUDGET) -> None:
    """Raise SlowRegex if `pattern` runs into the per-rule limit on a hostile text (or all probes together
    take longer than `budget`). Call it when a rule is added or enabled, not at load time."""
    compiled = compile_operator_regex(pattern)
    started = time.thread_time()
    for text in probe_texts(pattern):
        try:
            search(compiled, text, timeout)
        except TimeoutError:
            shown = text[:6] + "…" + repr(text[-1])[1:-1]
            raise SlowRegex(
                f"regular expression backtracks catastrophically: over {timeout * 1000:g} ms on "
                f"{len(text)} characters of {shown!r} (nested repetition such as (a+)+ or (a|aa)+; "
                "write it without a repeat inside a repeat)"
            ) from None
        if time.thread_time() - started > budget:
            raise SlowRegex(
                f"regular expression too slow: its probes took over {budget * 1000:g} ms "
                "(nested or stacked repetition such as (.*a){5} or .*.*.*=)"
            )
