"""Per-sender outbound abuse control: rate limits, baselines and anomaly alerts.

Pure logic: no SQL, no sockets, no asyncio. Time comes from an injected clock
(``clock() -> unix seconds``); every method also takes an explicit ``now`` so tests and
replays can drive it. All methods are O(1) amortised per message (the largest loop is
over at most 360 ten-second buckets) and safe to call on the event loop.

A sender is a ``SenderKey``: ``("account", address)`` for mail sent after SMTP AUTH,
``("sender", address)`` for mail relayed without AUTH (e.g. from the trusted Exchange
server), keyed by envelope sender. Use ``account_key()`` / ``sender_key()`` to build them
(they lowercase). Skip the null sender ``<>`` (bounces): it is not a person.

Two independent parts, combined in ``OutboundMonitor``:

* ``RateLimiter``: messages and external recipients per minute / hour / day, sliding
  windows of 10 s / 1 min / 1 h buckets (at most 6 + 60 + 24 buckets per sender);
  ``check()`` before accepting, ``record()`` after. Senders idle for a day are forgotten.
* ``BaselineTracker``: per sender the usual daily volume (EWMA over days), usual hours,
  known recipient domains (bounded), last seen; ``observe()`` returns ``Alert`` objects:

  - ``dormant-sender-started`` (critical): a sender with no mail in the previous 7 days,
    or never seen, that within 24 h of starting sends >= 8 messages to >= 6 domains it
    never wrote to within 10 minutes (or >= 20 messages / >= 15 new domains within an
    hour). The customer's incident (4 messages a minute, each to a different outside
    domain) alerts on the 8th message, 105 s after the first.
  - ``new-domain-trickle`` (critical): a sender outside that 24 h window writes to
    >= 10 new domains within 10 minutes or >= 25 within an hour, and at least 3x the
    number of new domains it usually adds per day.
  - ``volume-spike`` (warning): messages in the last 24 h > max(50, 5 x usual per day).
  - ``from-mismatch``: the From: header address is not the authenticated account nor one
    of its aliases (critical when the domain differs too, warning within the domain).

  Each kind fires at most once per sender per cooldown (1 h).

"New domain" means not among the sender's known recipient domains (the 512 most recently
used are kept). ``snapshot()`` / ``restore()`` carry everything across restarts as plain
JSON-serialisable data; without a restored snapshot every sender is "never seen", so
busy legitimate senders may raise one ``dormant-sender-started`` or ``volume-spike``
after a restart.
"""

from __future__ import annotations

import math
import sys
import time
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from email.utils import getaddresses
from typing import Any

from .counters import Counters, MemoryCounters, Window

__all__ = [
    "Alert",
    "BaselineTracker",
    "Limits",
    "OutboundMonitor",
    "RateLimiter",
    "SenderKey",
    "Thresholds",
    "Verdict",
    "account_key",
    "alert_as_dict",
    "format_key",
    "parse_key",
    "sender_key",
]

SenderKey = tuple[str, str]
Clock = Callable[[], float]
AliasSource = Callable[[str], Iterable[str]] | Mapping[str, Iterable[str]]

SNAPSHOT_VERSION = 1


def _addr(address: str) -> str:
    return str(address or "").strip().strip("<>").strip().casefold()


def account_key(address: str) -> SenderKey:
    """Key for mail sent by an SMTP-AUTH account."""
    return ("account", _addr(address))


def sender_key(address: str) -> SenderKey:
    """Key for mail relayed without AUTH, by envelope sender (MAIL FROM)."""
    return ("sender", _addr(address))


def format_key(key: SenderKey) -> str:
    """``("account", "kim@corp.example")`` -> ``"account:kim@corp.example"`` (for SQL, alerts)."""
    return f"{key[0]}:{key[1]}"


def parse_key(text: str) -> SenderKey:
    """Inverse of ``format_key``; raises ValueError for anything else."""
    kind, sep, address = str(text).partition(":")
    if not sep or kind not in ("account", "sender"):
        raise ValueError(f"not a sender key: {text!r}")
    return (kind, _addr(address))


def _norm_domains(domains: Iterable[str]) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    for d in domains or ():
        d = str(d).strip().casefold().rstrip(".")
        if "@" in d:
            d = d.rpartition("@")[2]
        if d and d not in seen:
            seen.add(d)
            out.append(sys.intern(d))  # one copy per domain across all senders
    return out


# ---------------------------------------------------------------------------------------
# Rate limits
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Limits:
    """Most messages (and external recipients) per sliding window; None = unlimited.

    An override replaces the default entirely; to change one field keep the others with
    ``dataclasses.replace(default, per_hour=500)``.
    """

    per_minute: int | None = None
    per_hour: int | None = None
    per_day: int | None = None
    recipients_per_minute: int | None = None
    recipients_per_hour: int | None = None
    recipients_per_day: int | None = None

    def limit(self, window: str, measure: str) -> int | None:
        name = f"per_{window}" if measure == "messages" else f"recipients_per_{window}"
        return getattr(self, name)


@dataclass(frozen=True)
class Verdict:
    """The answer of ``check``: ok, or which window and measure are over their limit."""

    ok: bool
    key: SenderKey
    window: str | None = None  # "minute" | "hour" | "day"
    measure: str | None = None  # "messages" | "recipients"
    count: int = 0  # already sent in the window
    limit: int | None = None
    retry_after: float = 0.0  # seconds until the message would fit

    @property
    def reason(self) -> str:
        if self.ok:
            return "within limits"
        return f"{self.key[1]} sent {self.count} {self.measure} in the last {self.window}; the limit is {self.limit}"


# (name, span in seconds, bucket width in seconds)
_WINDOWS: tuple[tuple[str, int, int], ...] = (
    ("minute", 60, 10),
    ("hour", 3600, 60),
    ("day", 86400, 3600),
)


_MEASURES = ("messages", "recipients")


class RateLimiter:
    """Sliding-window message and recipient counts per sender, with limits: one bucketed window per window and
    measure."""

    def __init__(
        self,
        clock: Clock = time.time,
        default: Limits | None = None,
        overrides: Mapping[SenderKey, Limits] | None = None,
        *,
        idle_after: float = 86400.0,
        sweep_every: float = 60.0,
        max_senders: int = 200_000,
        counters: Counters | None = None,
    ) -> None:
        """``max_senders`` bounds memory (about 0.9 KB per sender): beyond it the least
        recently active sender is dropped, as if idle. ``counters``: where the counts are kept (default: this
        process's memory)."""
        self.clock = clock
        self.max_senders = max_senders
        self.default = default or Limits()
        self.overrides: dict[SenderKey, Limits] = dict(overrides or {})
        # Never forget a sender before its day window has emptied.
        self.idle_after = max(float(idle_after), 86400.0)
        self.sweep_every = sweep_every
        self._last: OrderedDict[SenderKey, float] = OrderedDict()  # least recently active first
        self.counters = counters = counters or MemoryCounters(clock)
        self._windows: dict[tuple[str, str], Window[SenderKey]] = {
            (name, measure): counters.window(f"out-{measure}-{name}", span, bucket=width, max_keys=max_senders + 1)
            for name, span, width in _WINDOWS
            for measure in _MEASURES
        }
        self._last_sweep = -math.inf

    def __len__(self) -> int:
        return len(self._last)

    async def refresh(self, key: SenderKey) -> None:
        """Before a check: the cluster's counts of this sender (a no-op on one box)."""
        await self.counters.refresh(*((window, key) for window in self._windows.values()))

    async def settle(self) -> None:
        """After a message is recorded: its counts written where the cluster counts (a no-op on one box)."""
        await self.counters.flush()

    def limits_for(self, key: SenderKey) -> Limits:
        return self.overrides.get(key, self.default)

    def set_limits(self, key: SenderKey, limits: Limits | None) -> None:
        """Set (or with None remove) a per-sender override."""
        if limits is None:
            self.overrides.pop(key, None)
        else:
            self.overrides[key] = limits

    def record(self, key: SenderKey, recipient_domains: list[str], now: float | None = None) -> None:
        """Count one accepted message; one ``recipient_domains`` entry per external recipient."""
        now = self.clock() if now is None else now
        rcpts = len(recipient_domains or ())
        last = self._last.get(key)
        if last is None:
            self._last[key] = now
            if len(self._last) > self.max_senders:
                self._drop(self._last.popitem(last=False)[0])
        else:
            self._last.move_to_end(key)
            self._last[key] = max(last, now)
        for name, _span, _width in _WINDOWS:
            self._windows[name, "messages"].hit(key, now, 1)
            self._windows[name, "recipients"].hit(key, now, rcpts)
        self._maybe_sweep(now)

    def counts(self, key: SenderKey, now: float | None = None) -> dict[str, tuple[int, int]]:
        """{window: (messages, recipients)} over the sliding windows."""
        now = self.clock() if now is None else now
        return {
            name: (self._windows[name, "messages"].count(key, now), self._windows[name, "recipients"].count(key, now))
            for name, _span, _width in _WINDOWS
        }

    def check(self, key: SenderKey, now: float | None = None, *, messages: int = 1, recipients: int = 0) -> Verdict:
        """Would one more message (with ``recipients`` external recipients) exceed a limit?

        When several limits are exceeded the verdict names the one that lasts longest.
        """
        now = self.clock() if now is None else now
        limits = self.limits_for(key)
        worst: Verdict | None = None
        for name, _span, _width in _WINDOWS:
            for measure, extra in (("messages", messages), ("recipients", recipients)):
                limit = limits.limit(name, measure)
                if limit is None:
                    continue
                window = self._windows[name, measure]
                count = window.count(key, now)
                if count + extra > limit:
                    retry = window.retry_after(key, limit, now, extra=extra)
                    v = Verdict(False, key, name, measure, count, limit, retry)
                    if worst is None or v.retry_after >= worst.retry_after:
                        worst = v
        return worst or Verdict(True, key)

    def forget_idle(self, now: float | None = None) -> int:
        """Drop senders idle longer than ``idle_after``; returns how many."""
        now = self.clock() if now is None else now
        cutoff = now - self.idle_after
        n = 0
        while self._last:
            key, last = next(iter(self._last.items()))
            if last >= cutoff:
                break
            self._last.popitem(last=False)
            self._drop(key)
            n += 1
        self._last_sweep = now
        return n

    def _drop(self, key: SenderKey) -> None:
        for window in self._windows.values():
            window.forget(key)

    def _maybe_sweep(self, now: float) -> None:
        if now - self._last_sweep >= self.sweep_every:
            self.forget_idle(now)

    def _buckets(self, key: SenderKey, name: str) -> list[list[int]]:
        """[bucket index, messages, recipients], oldest first: the snapshot's form."""
        merged: dict[int, list[int]] = {}
        for pos, measure in enumerate(_MEASURES, start=1):
            for index, amount in self._windows[name, measure].entries(key):
                merged.setdefault(int(index), [int(index), 0, 0])[pos] += amount
        return [merged[index] for index in sorted(merged)]

    def snapshot(self) -> dict[str, Any]:
        return {
            "version": SNAPSHOT_VERSION,
            "senders": [
                {"key": list(k), "last": last, "windows": [self._buckets(k, name) for name, _s, _w in _WINDOWS]}
                for k, last in self._last.items()
            ],
        }

    def restore(self, data: Mapping[str, Any]) -> None:
        """Replace the state by a snapshot; malformed entries are skipped."""
        for key in list(self._last):
            self._drop(key)
        self._last.clear()
        entries = sorted(
            (e for e in (data or {}).get("senders", ()) if isinstance(e, Mapping)),
            key=lambda e: e.get("last", 0) if isinstance(e.get("last"), (int, float)) else 0,
        )
        for e in entries[-self.max_senders :]:
            try:
                key = (str(e["key"][0]), str(e["key"][1]))
                last = float(e["last"])
                windows = [[(int(i), int(m), int(r)) for i, m, r in buckets] for buckets in e["windows"]]
            except (KeyError, IndexError, TypeError, ValueError):
                continue
            for (name, _span, _width), buckets in zip(_WINDOWS, windows):
                self._windows[name, "messages"].load(key, [(i, m) for i, m, _r in buckets])
                self._windows[name, "recipients"].load(key, [(i, r) for i, _m, r in buckets])
            self._last[key] = last

    def absorb(self, other: RateLimiter) -> None:
        """Adds the counts of `other` (learnt from other mail) to these."""
        for key, last in other._last.items():
            for window_key, window in self._windows.items():
                summed: dict[float, int] = defaultdict(int)
                for stamp, amount in [*window.entries(key), *other._windows[window_key].entries(key)]:
                    summed[stamp] += amount
                window.load(key, sorted(summed.items()))
            self._last[key] = max(last, self._last.get(key, last))
            self._last.move_to_end(key)
        self._last = OrderedDict(sorted(self._last.items(), key=lambda item: item[1]))


# ---------------------------------------------------------------------------------------
# Baselines and alerts
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Thresholds:
    """Tuning of the anomaly rules (see the module docstring for the reasoning)."""

    dormant_after: float = 7 * 86400.0
    dormant_watch: float = 86400.0
    # (window seconds, at least messages, at least new domains)
    dormant_windows: tuple[tuple[float, int, int], ...] = ((600.0, 8, 6), (3600.0, 20, 15))
    # (window seconds, at least new domains)
    trickle_windows: tuple[tuple[float, int], ...] = ((600.0, 10), (3600.0, 25))
    trickle_baseline_factor: float = 3.0
    spike_factor: float = 5.0
    spike_min: int = 50
    cooldown: float = 3600.0
    ewma_days: int = 14
    known_domains_max: int = 512
    forget_after: float = 90 * 86400.0
    max_senders: int = 50_000


@dataclass(frozen=True)
class Alert:
    kind: str  # dormant-sender-started | new-domain-trickle | volume-spike | from-mismatch
    key: SenderKey
    severity: str  # critical | warning
    summary: str  # one or two sentences for a non-specialist
    details: dict[str, Any] = field(default_factory=dict)  # JSON-serialisable
    at: float = 0.0


_RECENT_WIDTH = 10  # seconds per bucket of the recent-activity list


class _Sender:
    __slots__ = (
        "day",
        "day_count",
        "day_new",
        "days",
        "episode_prev",
        "episode_start",
        "ewma_daily",
        "ewma_new",
        "fired",
        "first_seen",
        "hourly",
        "hours",
        "known",
        "last_seen",
        "recent",
    )

    def __init__(self, now: float, day: int) -> None:
        self.first_seen = now
        self.last_seen = now
        self.episode_start = now  # first message after >= dormant_after of silence
        self.episode_prev: float | None = None  # last message before that silence
        self.day = day
        self.day_count = 0
        self.day_new = 0
        self.ewma_daily: float | None = None
        self.ewma_new: float | None = None
        self.days = 0  # completed days folded into the EWMAs
        self.hours = [0] * 24  # messages per local hour of day (halved when large)
        self.hourly: list[list[int]] = []  # [hour index, messages] for the last 24 h
        self.known: dict[str, int] = {}  # recipient domain -> last used (unix seconds)
        self.recent: list[list[int]] = []  # [10 s index, messages, new domains], last hour
        self.fired: dict[str, float] | None = None  # alert kind -> last fired


def _window_sum(recent: list[list[int]], now: float, span: float) -> tuple[int, int]:
    oldest = int(now // _RECENT_WIDTH) - int(span // _RECENT_WIDTH) + 1
    msgs = new = 0
    for idx, m, n in reversed(recent):
        if idx < oldest:
            break
        msgs += m
        new += n
    return msgs, new


def _summed(a: list[list[int]], b: list[list[int]]) -> list[list[int]]:
    """[index, counts...] lists (oldest first) with the counts of equal indexes added."""
    summed: dict[int, list[int]] = {}
    for row in [*a, *b]:
        known = summed.get(row[0])
        summed[row[0]] = list(row) if known is None else [row[0], *(x + y for x, y in zip(known[1:], row[1:]))]
    return [summed[index] for index in sorted(summed)]


def _fmt_duration(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 120:
        return f"{seconds} seconds"
    if seconds < 7200:
        return f"{seconds // 60} minutes"
    if seconds < 2 * 86400:
        return f"{seconds // 3600} hours"
    return f"{seconds // 86400} days"


class BaselineTracker:
    """Per-sender habits and the anomaly rules built on them."""

    def __init__(
        self,
        clock: Clock = time.time,
        thresholds: Thresholds | None = None,
        *,
        aliases: AliasSource | None = None,
        allow_same_domain_from: bool = False,
        utc_offset: float = 0.0,
        sweep_every: float = 3600.0,
    ) -> None:
        """``aliases(account) -> addresses or domains`` the account may use in From:
        (``"boss@corp.example"``; ``"@corp.example"`` or ``"corp.example"`` for a whole
        domain). ``allow_same_domain_from`` accepts any From: in the account's own domain.
        ``utc_offset`` (seconds, e.g. 9*3600 for Korea) sets day boundaries and hours."""
        self.clock = clock
        self.t = thresholds or Thresholds()
        self.aliases = aliases
        self.allow_same_domain_from = allow_same_domain_from
        self.utc_offset = float(utc_offset)
        self.sweep_every = sweep_every
        self._alpha = 2.0 / (self.t.ewma_days + 1)
        self._senders: OrderedDict[SenderKey, _Sender] = OrderedDict()
        self._last_sweep = -math.inf

    def __len__(self) -> int:
        return len(self._senders)

    def __contains__(self, key: object) -> bool:
        return key in self._senders

    # -- time helpers ---------------------------------------------------------------
    def _day(self, now: float) -> int:
        return int((now + self.utc_offset) // 86400)

    def _hour_of_day(self, now: float) -> int:
        return int((now + self.utc_offset) // 3600) % 24

    # -- public ---------------------------------------------------------------------
    def observe(
        self,
        key: SenderKey,
        recipient_domains: list[str],
        from_header: str | None = None,
        authenticated_as: str | None = None,
        now: float | None = None,
        *,
        aliases: Iterable[str] | None = None,
    ) -> list[Alert]:
        """Learn from one accepted outgoing message; return the alerts it raises.

        ``recipient_domains``: the domains of its external recipients (internal ones
        left out by the caller). ``aliases`` overrides the constructor's alias source
        for this call.
        """
        now = self.clock() if now is None else float(now)
        t = self.t
        domains = _norm_domains(recipient_domains)
        st = self._senders.get(key)
        if st is None:
            st = self._senders[key] = _Sender(now, self._day(now))
            if len(self._senders) > t.max_senders:
                self._senders.popitem(last=False)
        else:
            self._senders.move_to_end(key)
            if now - st.last_seen >= t.dormant_after:
                st.episode_prev = st.last_seen
                st.episode_start = now
            self._roll_day(st, now)

        new = 0
        stamp = int(now)
        known = st.known
        for d in domains:
            if d not in known:
                new += 1
            known[d] = stamp
        if len(known) > t.known_domains_max:
            keep = sorted(known.items(), key=lambda kv: kv[1])[-int(t.known_domains_max * 0.9) :]
            st.known = dict(keep)

        st.day_count += 1
        st.day_new += new
        st.last_seen = max(st.last_seen, now)
        hour_idx = int(now // 3600)
        if st.hourly and st.hourly[-1][0] >= hour_idx:
            st.hourly[-1][1] += 1
        else:
            st.hourly.append([hour_idx, 1])
            while st.hourly and st.hourly[0][0] <= hour_idx - 24:
                st.hourly.pop(0)
        h = self._hour_of_day(now)
        st.hours[h] += 1
        if st.hours[h] > 10_000:
            st.hours = [c // 2 for c in st.hours]
        ridx = int(now // _RECENT_WIDTH)
        if st.recent and st.recent[-1][0] >= ridx:
            st.recent[-1][1] += 1
            st.recent[-1][2] += new
        else:
            st.recent.append([ridx, 1, new])
            longest = max([w[0] for w in t.dormant_windows] + [w[0] for w in t.trickle_windows])
            oldest = ridx - int(longest // _RECENT_WIDTH) + 1
            drop = 0
            while drop < len(st.recent) and st.recent[drop][0] < oldest:
                drop += 1
            if drop:
                del st.recent[:drop]

        alerts: list[Alert] = []
        a = self._rule_activity(key, st, now)
        if a:
            alerts.append(a)
        a = self._rule_volume(key, st, now)
        if a:
            alerts.append(a)
        a = self._rule_from(key, st, from_header, authenticated_as, aliases, now)
        if a:
            alerts.append(a)
        if now - self._last_sweep >= self.sweep_every:
            self.forget_idle(now)
        return alerts

    def baseline(self, key: SenderKey) -> dict[str, Any] | None:
        """What is known about a sender, for display and for ``mailmoat explain``."""
        st = self._senders.get(key)
        if st is None:
            return None
        total = sum(st.hours)
        return {
            "first_seen": st.first_seen,
            "last_seen": st.last_seen,
            "usual_per_day": st.ewma_daily,
            "usual_new_domains_per_day": st.ewma_new,
            "days_learned": st.days,
            "today": st.day_count,
            "usual_hours": [i for i, c in enumerate(st.hours) if total and c / total >= 0.05],
            "known_domains": len(st.known),
        }

    def known_domains(self, key: SenderKey) -> frozenset[str]:
        st = self._senders.get(key)
        return frozenset(st.known) if st else frozenset()

    def forget_idle(self, now: float | None = None) -> int:
        """Drop senders silent for longer than ``forget_after``; returns how many."""
        now = self.clock() if now is None else now
        cutoff = now - self.t.forget_after
        n = 0
        while self._senders:
            _, st = next(iter(self._senders.items()))
            if st.last_seen >= cutoff:
                break
            self._senders.popitem(last=False)
            n += 1
        self._last_sweep = now
        return n

    # -- rules ----------------------------------------------------------------------
    def _roll_day(self, st: _Sender, now: float) -> None:
        today = self._day(now)
        if today <= st.day:
            return
        a = self._alpha
        gap = min(today - st.day, 3650)
        # Fold in the finished day, then one zero for each silent day in between.
        for value_attr, count in (("ewma_daily", st.day_count), ("ewma_new", st.day_new)):
            e = getattr(st, value_attr)
            e = float(count) if e is None else e + a * (count - e)
            e *= (1 - a) ** (gap - 1)
            setattr(st, value_attr, e)
        st.days += gap
        st.day = today
        st.day_count = 0
        st.day_new = 0

    def _fire(self, st: _Sender, kind: str, now: float) -> bool:
        if st.fired is None:
            st.fired = {}
        last = st.fired.get(kind)
        if last is not None and now - last < self.t.cooldown:
            return False
        st.fired[kind] = now
        return True

    def _usual_hour(self, st: _Sender, now: float) -> bool | None:
        total = sum(st.hours)
        if total < 50:
            return None
        return st.hours[self._hour_of_day(now)] / total >= 0.02

    def _rule_activity(self, key: SenderKey, st: _Sender, now: float) -> Alert | None:
        t = self.t
        who = key[1]
        if now - st.episode_start <= t.dormant_watch:
            for span, min_msgs, min_new in t.dormant_windows:
                msgs, new = _window_sum(st.recent, now, span)
                if msgs >= min_msgs and new >= min_new and self._fire(st, "dormant-sender-started", now):
                    # only what the tracker knows: it may have been forgotten (idle, restarted without its state)
                    began = _fmt_duration(now - st.episode_start)
                    silent = (
                        f"had sent no mail for {_fmt_duration(st.episode_start - st.episode_prev)} until {began} ago"
                        if st.episode_prev is not None
                        else f"first sent mail through Mailmoat {began} ago (nothing earlier on record)"
                    )
                    return Alert(
                        "dormant-sender-started",
                        key,
                        "critical",
                        f"{who} {silent} and has now sent {msgs} messages to {new} outside "
                        f"domains it never wrote to, within {_fmt_duration(now - max(st.episode_start, now - span))}. "
                        "This is how a stolen password usually shows: check the account "
                        "and change its password.",
                        {
                            "messages": msgs,
                            "new_domains": new,
                            "window_seconds": span,
                            "episode_start": st.episode_start,
                            "previously_last_seen": st.episode_prev,
                            "usual_hour": self._usual_hour(st, now),
                        },
                        now,
                    )
            return None
        usual_new = st.ewma_new or 0.0
        for span, min_new in t.trickle_windows:
            need = max(min_new, math.ceil(t.trickle_baseline_factor * usual_new))
            msgs, new = _window_sum(st.recent, now, span)
            if new >= need and self._fire(st, "new-domain-trickle", now):
                return Alert(
                    "new-domain-trickle",
                    key,
                    "critical",
                    f"{who} wrote to {new} outside domains it never wrote to before, within "
                    f"{_fmt_duration(span)} ({msgs} messages); it usually adds about "
                    f"{usual_new:.1f} new domains a day. Check whether someone else is "
                    "using this account.",
                    {
                        "messages": msgs,
                        "new_domains": new,
                        "window_seconds": span,
                        "usual_new_domains_per_day": usual_new,
                        "usual_hour": self._usual_hour(st, now),
                    },
                    now,
                )
        return None

    def _rule_volume(self, key: SenderKey, st: _Sender, now: float) -> Alert | None:
        t = self.t
        last24 = sum(c for _, c in st.hourly)
        usual = st.ewma_daily or 0.0
        need = max(t.spike_min, t.spike_factor * usual)
        if last24 > need and self._fire(st, "volume-spike", now):
            return Alert(
                "volume-spike",
                key,
                "warning",
                f"{key[1]} sent {last24} messages in the last 24 hours; "
                + (
                    f"it usually sends about {usual:.0f} a day."
                    if st.ewma_daily is not None
                    else "it has no usual volume yet (no full day on record)."
                )
                + " If nobody planned a mailing, check the account.",
                {
                    "last_24h": last24,
                    "usual_per_day": usual,
                    "threshold": need,
                    "usual_hour": self._usual_hour(st, now),
                },
                now,
            )
        return None

    def _alias_list(self, auth: str, aliases: Iterable[str] | None) -> list[str]:
        if aliases is not None:
            return [_addr(a) for a in aliases]
        src = self.aliases
        if src is None:
            return []
        try:
            got = src.get(auth, ()) if isinstance(src, Mapping) else src(auth)
            return [_addr(a) for a in (got or ())]
        except Exception:  # noqa: BLE001 - a broken alias source must not break mail
            return []

    def _rule_from(
        self,
        key: SenderKey,
        st: _Sender,
        from_header: str | None,
        authenticated_as: str | None,
        aliases: Iterable[str] | None,
        now: float,
    ) -> Alert | None:
        if from_header is None or not authenticated_as:
            return None
        auth = _addr(authenticated_as)
        allowed_addrs = {auth}
        allowed_domains: set[str] = set()
        own_domain = auth.rpartition("@")[2] if "@" in auth else ""
        if self.allow_same_domain_from and own_domain:
            allowed_domains.add(own_domain)
        for a in self._alias_list(auth, aliases):
            if not a:
                continue
            if a.startswith("@"):
                allowed_domains.add(a[1:])
            elif "@" in a:
                allowed_addrs.add(a)
            else:
                allowed_domains.add(a)
        try:
            addrs = [_addr(a) for _, a in getaddresses([str(from_header)]) if a]
        except Exception:  # noqa: BLE001 - hostile headers
            addrs = []
        bad = [a for a in addrs if "@" not in a or not (a in allowed_addrs or a.rpartition("@")[2] in allowed_domains)]
        if addrs and not bad:
            return None
        related = allowed_domains | {x.rpartition("@")[2] for x in allowed_addrs if "@" in x}
        if not addrs or any("@" not in a for a in bad):
            severity = "warning"
            what = "an unreadable From: address"
        elif related and any(a.rpartition("@")[2] not in related for a in bad):
            severity = "critical"
            what = f"From: {', '.join(bad)}, an address of another organisation"
        else:
            severity = "warning"
            what = f"From: {', '.join(bad)}, a colleague's address"
        if not self._fire(st, "from-mismatch", now):
            return None
        return Alert(
            "from-mismatch",
            key,
            severity,
            f"{auth} logged in and sent a message with {what}. Spammers who steal a "
            "password send mail that pretends to come from someone else. If this is "
            "intended, add the address as an alias of the account.",
            {
                "authenticated_as": auth,
                "from": addrs,
                "not_allowed": bad,
                "allowed": sorted(allowed_addrs) + sorted("@" + d for d in allowed_domains),
            },
            now,
        )

    # -- persistence ----------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """All baselines as JSON-serialisable data (least recently active first)."""
        senders = []
        for k, st in self._senders.items():
            senders.append(
                {
                    "key": list(k),
                    "first_seen": st.first_seen,
                    "last_seen": st.last_seen,
                    "episode_start": st.episode_start,
                    "episode_prev": st.episode_prev,
                    "day": st.day,
                    "day_count": st.day_count,
                    "day_new": st.day_new,
                    "ewma_daily": st.ewma_daily,
                    "ewma_new": st.ewma_new,
                    "days": st.days,
                    "hours": list(st.hours),
                    "hourly": [list(x) for x in st.hourly],
                    "known": dict(st.known),
                    "recent": [list(x) for x in st.recent],
                    "fired": dict(st.fired or {}),
                }
            )
        return {"version": SNAPSHOT_VERSION, "senders": senders}

    def restore(self, data: Mapping[str, Any]) -> None:
        """Replace all baselines by a snapshot; malformed entries are skipped."""
        self._senders.clear()
        entries = [e for e in (data or {}).get("senders", ()) if isinstance(e, Mapping)]
        loaded: list[tuple[SenderKey, _Sender]] = []
        for e in entries:
            try:
                key = (str(e["key"][0]), str(e["key"][1]))
                st = _Sender(float(e["first_seen"]), int(e["day"]))
                st.last_seen = float(e["last_seen"])
                st.episode_start = float(e.get("episode_start", st.first_seen))
                prev = e.get("episode_prev")
                st.episode_prev = None if prev is None else float(prev)
                st.day_count = int(e.get("day_count", 0))
                st.day_new = int(e.get("day_new", 0))
                ed, en = e.get("ewma_daily"), e.get("ewma_new")
                st.ewma_daily = None if ed is None else float(ed)
                st.ewma_new = None if en is None else float(en)
                st.days = int(e.get("days", 0))
                hours = [int(x) for x in e.get("hours", [0] * 24)]
                st.hours = hours if len(hours) == 24 else [0] * 24
                st.hourly = [[int(i), int(c)] for i, c in e.get("hourly", ())]
                st.known = {str(d): int(v) for d, v in dict(e.get("known", {})).items()}
                st.recent = [[int(i), int(m), int(n)] for i, m, n in e.get("recent", ())]
                fired = {str(k): float(v) for k, v in dict(e.get("fired", {})).items()}
                st.fired = fired or None
            except (KeyError, IndexError, TypeError, ValueError, AttributeError):
                continue
            loaded.append((key, st))
        loaded.sort(key=lambda kv: kv[1].last_seen)
        for key, st in loaded[-self.t.max_senders :]:
            self._senders[key] = st

    def absorb(self, other: BaselineTracker) -> None:
        """Adds what `other` learnt from other mail (another worker's share) to these baselines: counts summed,
        known domains joined, the later message's episode kept."""
        for key, theirs in other._senders.items():
            mine = self._senders.get(key)
            self._senders[key] = theirs if mine is None else self._merged(mine, theirs)
        ordered = sorted(self._senders.items(), key=lambda kv: kv[1].last_seen)[-self.t.max_senders :]
        self._senders = OrderedDict(ordered)

    def _merged(self, a: _Sender, b: _Sender) -> _Sender:
        later = max(a.last_seen, b.last_seen)
        for st in (a, b):
            self._roll_day(st, later)  # both on the same day: today's counts add up, the EWMAs too
        if b.last_seen > a.last_seen:
            a, b = b, a  # a: the one with the latest message, whose episode goes on
        a.first_seen = min(a.first_seen, b.first_seen)
        a.day_count += b.day_count
        a.day_new += b.day_new
        if b.ewma_daily is not None:
            a.ewma_daily = b.ewma_daily + (a.ewma_daily or 0.0)
        if b.ewma_new is not None:
            a.ewma_new = b.ewma_new + (a.ewma_new or 0.0)
        a.days = max(a.days, b.days)
        a.hours = [x + y for x, y in zip(a.hours, b.hours)]
        a.hourly = _summed(a.hourly, b.hourly)[-24:]
        a.recent = _summed(a.recent, b.recent)
        for domain, stamp in b.known.items():
            a.known[domain] = max(stamp, a.known.get(domain, stamp))
        if len(a.known) > self.t.known_domains_max:
            a.known = dict(sorted(a.known.items(), key=lambda kv: kv[1])[-self.t.known_domains_max :])
        if b.fired:
            a.fired = {**b.fired, **{k: max(v, b.fired.get(k, v)) for k, v in (a.fired or {}).items()}}
        return a


# ---------------------------------------------------------------------------------------
# Facade
# ---------------------------------------------------------------------------------------


class OutboundMonitor:
    """Rate limits and baselines together, with one clock.

    Per outgoing message: ``check()`` before accepting it (at MAIL FROM / after RCPT),
    then, once accepted, ``message_sent()`` (= ``record()`` + ``observe()``), or call
    ``record()`` and ``observe()`` yourself, each exactly once.
    """

    def __init__(
        self,
        clock: Clock = time.time,
        *,
        default_limits: Limits | None = None,
        overrides: Mapping[SenderKey, Limits] | None = None,
        thresholds: Thresholds | None = None,
        aliases: AliasSource | None = None,
        allow_same_domain_from: bool = False,
        utc_offset: float = 0.0,
    ) -> None:
        self.clock = clock
        self.rates = RateLimiter(clock, default_limits, overrides)
        self.baselines = BaselineTracker(
            clock,
            thresholds,
            aliases=aliases,
            allow_same_domain_from=allow_same_domain_from,
            utc_offset=utc_offset,
        )

    def set_limits(self, key: SenderKey, limits: Limits | None) -> None:
        self.rates.set_limits(key, limits)

    def check(self, key: SenderKey, now: float | None = None, *, messages: int = 1, recipients: int = 0) -> Verdict:
        return self.rates.check(key, now, messages=messages, recipients=recipients)

    def record(self, key: SenderKey, recipient_domains: list[str], now: float | None = None) -> None:
        self.rates.record(key, recipient_domains, now)

    def observe(
        self,
        key: SenderKey,
        recipient_domains: list[str],
        from_header: str | None = None,
        authenticated_as: str | None = None,
        now: float | None = None,
        *,
        aliases: Iterable[str] | None = None,
    ) -> list[Alert]:
        return self.baselines.observe(key, recipient_domains, from_header, authenticated_as, now, aliases=aliases)

    def message_sent(
        self,
        key: SenderKey,
        recipient_domains: list[str],
        from_header: str | None = None,
        authenticated_as: str | None = None,
        now: float | None = None,
        *,
        aliases: Iterable[str] | None = None,
    ) -> list[Alert]:
        now = self.clock() if now is None else now
        self.record(key, recipient_domains, now)
        return self.observe(key, recipient_domains, from_header, authenticated_as, now, aliases=aliases)

    def forget_idle(self, now: float | None = None) -> int:
        now = self.clock() if now is None else now
        return self.rates.forget_idle(now) + self.baselines.forget_idle(now)

    def snapshot(self) -> dict[str, Any]:
        return {
            "version": SNAPSHOT_VERSION,
            "saved_at": self.clock(),
            "rates": self.rates.snapshot(),
            "baselines": self.baselines.snapshot(),
        }

    def restore(self, data: Mapping[str, Any] | list[Mapping[str, Any]]) -> None:
        """From a snapshot, or from a list of them (the parts learnt by several workers: added up)."""
        parts = [part for part in (data if isinstance(data, list) else [data]) if isinstance(part, Mapping)] or [{}]
        self.rates.restore(parts[0].get("rates") or {})
        self.baselines.restore(parts[0].get("baselines") or {})
        for part in parts[1:]:
            other = OutboundMonitor(self.clock, thresholds=self.baselines.t, utc_offset=self.baselines.utc_offset)
            other.restore(part)
            self.rates.absorb(other.rates)
            self.baselines.absorb(other.baselines)


def alert_as_dict(alert: Alert) -> dict[str, Any]:
    """An alert as plain JSON-serialisable data (for events and the store)."""
    d = asdict(alert)
    d["key"] = list(alert.key)
    return d
