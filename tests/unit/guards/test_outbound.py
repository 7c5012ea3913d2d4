"""Outbound abuse control with an injected clock: the customer's incident replayed,
ordinary office traffic that must stay quiet, rate limits, cooldowns, persistence, memory."""

from __future__ import annotations

import itertools
import json

import pytest

from app.guards.outbound import (
    Alert,
    BaselineTracker,
    Limits,
    OutboundMonitor,
    RateLimiter,
    Thresholds,
    account_key,
    alert_as_dict,
    format_key,
    parse_key,
    sender_key,
)

DAY = 86400.0
# Monday 2026-06-01 00:00 UTC: all schedules below are in UTC days.
T0 = 1_780_272_000.0
assert int(T0) % 86400 == 0


class Clock:
    def __init__(self, t: float = T0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


def office_month(
    mon: OutboundMonitor,
    clock: Clock,
    who: str,
    partners: list[str],
    days: int = 30,
    per_day: int = 12,
    start: float = T0,
) -> list[Alert]:
    """An employee's month: weekdays 09:00-17:00, a message every 40 minutes to a usual
    partner, and one message to a new domain every third day."""
    alerts: list[Alert] = []
    key = account_key(who)
    for day in range(days):
        if day % 7 in (5, 6):
            continue
        for n in range(per_day):
            clock.t = start + day * DAY + 9 * 3600 + n * 2400
            domain = partners[(day + n) % len(partners)]
            if n == 5 and day % 3 == 0:
                domain = f"new-customer-{day}.example"
            alerts += mon.message_sent(key, [domain], f"Kim <{who}>", who)
    return alerts


def trickle(
    mon: OutboundMonitor,
    clock: Clock,
    key,
    start: float,
    minutes: float,
    every: float = 15.0,
    authenticated_as: str | None = None,
) -> list[Alert]:
    """The spam run: a message `every` seconds (4 a minute), each to a different outside domain."""
    alerts: list[Alert] = []
    step = every
    for i in range(int(minutes * 60 / every)):
        clock.t = start + i * step
        alerts += mon.message_sent(key, [f"victim-{i}.example"], None, authenticated_as)
    return alerts


# --- the customer's incident -------------------------------------------------------------


@pytest.mark.parametrize(
    "key, auth",
    [
        (account_key("webmaster@corp.example"), "webmaster@corp.example"),  # SMTP AUTH
        (sender_key("webmaster@corp.example"), None),  # relayed by the trusted Exchange
    ],
)
def test_incident_after_a_week_of_silence_alerts_within_five_minutes(key, auth):
    clock = Clock()
    mon = OutboundMonitor(clock)
    # The account sent two ordinary messages a month ago, then nothing.
    for i in range(2):
        clock.t = T0 + i * 600
        assert mon.message_sent(key, ["partner.example"], None, auth) == []
    # Other staff keep working in the meantime.
    assert office_month(mon, clock, "kim@corp.example", ["a.example", "b.example", "c.example"], days=20) == []
    start = T0 + 30 * DAY + 14 * 3600
    alerts = trickle(mon, clock, key, start, minutes=5, authenticated_as=auth)
    dormant = [a for a in alerts if a.kind == "dormant-sender-started"]
    assert len(dormant) == 1
    first = dormant[0]
    # 4 a minute = one every 15 s: the 8th message (to the 8th new domain) at +105 s.
    assert first.at - start == 105.0
    assert first.at - start <= 300
    assert first.severity == "critical"
    assert first.key == key
    assert first.details["messages"] == 8 and first.details["new_domains"] == 8
    assert "webmaster@corp.example" in first.summary and "30 days" in first.summary
    assert json.loads(json.dumps(alert_as_dict(first)))["key"] == list(key)


def test_incident_from_a_never_seen_account():
    clock = Clock()
    mon = OutboundMonitor(clock)
    key = account_key("webmaster@corp.example")
    alerts = trickle(mon, clock, key, T0, minutes=5, authenticated_as="webmaster@corp.example")
    first = next(a for a in alerts if a.kind == "dormant-sender-started")
    assert first.at - T0 == 105.0
    assert "first sent mail through Mailmoat 105 seconds ago" in first.summary


def test_a_repeated_incident_alert_never_claims_the_spam_source_had_never_sent_mail():
    clock = Clock()
    mon = OutboundMonitor(clock)
    key = sender_key("webmaster@corp.example")
    alerts = [a for a in trickle(mon, clock, key, T0, minutes=90) if a.kind == "dormant-sender-started"]
    assert [a.at - T0 for a in alerts] == [105.0, 105.0 + 3600]  # once more after the cooldown
    assert all("never sent" not in a.summary for a in alerts)
    assert "first sent mail through Mailmoat 61 minutes ago" in alerts[1].summary


def test_slower_trickle_is_caught_by_the_hour_window():
    clock = Clock()
    mon = OutboundMonitor(clock)
    key = sender_key("webmaster@corp.example")
    # One message every 3 minutes: never 8 in 10 minutes, but 20 within the hour.
    alerts = trickle(mon, clock, key, T0, minutes=90, every=180.0)
    first = next(a for a in alerts if a.kind == "dormant-sender-started")
    assert first.details["window_seconds"] == 3600.0
    assert first.at - T0 == 19 * 180.0


def test_incident_on_a_recently_active_account_is_a_new_domain_trickle():
    clock = Clock()
    mon = OutboundMonitor(clock)
    who = "webmaster@corp.example"
    office_month(mon, clock, who, ["a.example", "b.example", "c.example"], days=10, per_day=3)
    start = T0 + 11 * DAY + 20 * 3600  # the day after its last ordinary message
    alerts = trickle(mon, clock, account_key(who), start, minutes=5, authenticated_as=who)
    kinds = [a.kind for a in alerts]
    assert "dormant-sender-started" not in kinds
    first = next(a for a in alerts if a.kind == "new-domain-trickle")
    # 10 new domains within 10 minutes: the 10th message, at +135 s.
    assert first.at - start == 135.0
    assert first.severity == "critical"


def test_alerts_fire_once_per_cooldown():
    clock = Clock()
    mon = OutboundMonitor(clock)
    key = sender_key("webmaster@corp.example")
    alerts = trickle(mon, clock, key, T0, minutes=150)
    dormant = [a.at - T0 for a in alerts if a.kind == "dormant-sender-started"]
    spikes = [a.at - T0 for a in alerts if a.kind == "volume-spike"]
    # Once at +105 s, then again only after the hour of cooldown.
    assert dormant[0] == 105.0
    assert len(dormant) == 3
    assert all(b - a >= 3600 for a, b in itertools.pairwise(dormant))
    # The volume rule also notices: more than 50 messages in 24 h from a sender without a baseline.
    assert spikes and spikes[0] == 50 * 15.0 and len(spikes) == 3
    # a sender with no day on record has no usual volume, rather than "usually about 0 a day"
    first_spike = next(a for a in alerts if a.kind == "volume-spike")
    assert "no usual volume yet" in first_spike.summary and "usually sends" not in first_spike.summary


def test_cooldown_is_per_sender_and_per_kind():
    clock = Clock()
    mon = OutboundMonitor(clock)
    a = trickle(mon, clock, sender_key("a@corp.example"), T0, minutes=3)
    b = trickle(mon, clock, sender_key("b@corp.example"), T0 + 600, minutes=3)
    assert [x.kind for x in a] == ["dormant-sender-started"]
    assert [x.kind for x in b] == ["dormant-sender-started"]


# --- ordinary office traffic never alerts ------------------------------------------------


def test_employee_month_and_a_normal_hour_never_alert():
    clock = Clock()
    mon = OutboundMonitor(clock)
    who = "kim@corp.example"
    partners = ["hanil.example", "daesung.example", "supplier.example", "bank.example", "tax.example"]
    assert office_month(mon, clock, who, partners) == []
    # Day 31: five messages in an hour to three usual partners.
    for n in range(5):
        clock.t = T0 + 31 * DAY + 10 * 3600 + n * 700
        assert mon.message_sent(account_key(who), [partners[n % 3]], f'"Kim" <{who}>', who) == []
    base = mon.baselines.baseline(account_key(who))
    assert base is not None and 4 < base["usual_per_day"] < 14
    assert 9 in base["usual_hours"]


def test_new_employee_first_hour_does_not_alert():
    clock = Clock()
    mon = OutboundMonitor(clock)
    who = "new.hire@corp.example"
    for n in range(5):  # 5 messages in an hour to 3 partners, never seen before
        clock.t = T0 + 9 * 3600 + n * 720
        assert mon.message_sent(account_key(who), [["a.example", "b.example", "c.example"][n % 3]], who, who) == []


def test_newsletter_burst_from_known_sender_to_known_domains_stays_quiet():
    clock = Clock()
    mon = OutboundMonitor(clock)
    key = account_key("news@corp.example")
    domains = [f"subscriber-{i}.example" for i in range(40)]
    later: list[Alert] = []
    for day in range(30):
        count = 120 + (day % 3) * 10
        for n in range(count):  # a burst: one message every 5 s
            clock.t = T0 + day * DAY + 9 * 3600 + n * 5
            got = mon.message_sent(key, [domains[n % 40]], "news@corp.example", "news@corp.example")
            if day >= 1:  # a brand-new bulk sender is worth one look on its first day
                later += got
    assert later == []
    # Day 31: a bigger issue than usual, still within 5x the baseline.
    for n in range(300):
        clock.t = T0 + 31 * DAY + 9 * 3600 + n * 5
        assert mon.message_sent(key, [domains[n % 40]], "news@corp.example", "news@corp.example") == []


def test_volume_spike_for_a_known_sender():
    clock = Clock()
    mon = OutboundMonitor(clock)
    who = "kim@corp.example"
    office_month(mon, clock, who, ["a.example", "b.example", "c.example"], days=21, per_day=12)
    alerts: list[Alert] = []
    for n in range(200):  # to known domains, so only the volume is unusual
        clock.t = T0 + 22 * DAY + 10 * 3600 + n * 10
        alerts += mon.message_sent(account_key(who), ["a.example"], who, who)
    assert [a.kind for a in alerts] == ["volume-spike"]
    assert alerts[0].severity == "warning"
    assert alerts[0].details["last_24h"] == 51
    assert "it usually sends about" in alerts[0].summary


# --- From: header ------------------------------------------------------------------------


def test_from_mismatch_rules():
    clock = Clock()
    mon = OutboundMonitor(
        clock,
        aliases={"kim@corp.example": ["ceo@corp.example", "@corp-group.example"]},
        thresholds=Thresholds(cooldown=0.0),
    )
    key = account_key("kim@corp.example")

    def kinds(from_header, auth="kim@corp.example", **kw):
        clock.t += 60
        return [(a.kind, a.severity) for a in mon.observe(key, ["a.example"], from_header, auth, **kw)]

    assert kinds("Kim Cheolsu <KIM@corp.example>") == []
    assert kinds("=?utf-8?b?6rmA7LKg7IiY?= <kim@corp.example>") == []
    assert kinds("ceo@corp.example") == []  # alias
    assert kinds("sales@corp-group.example") == []  # alias domain
    assert kinds('"PayPal" <service@paypal.example>') == [("from-mismatch", "critical")]
    assert kinds("lee@corp.example") == [("from-mismatch", "warning")]
    assert kinds("undisclosed") == [("from-mismatch", "warning")]
    assert kinds("lee@corp.example", aliases=["lee@corp.example"]) == []  # per-call aliases
    assert kinds(None) == []  # no From: header is another check's business
    assert kinds("anyone@paypal.example", auth=None) == []  # relayed without AUTH: not judged


def test_from_mismatch_cooldown_and_same_domain_option():
    clock = Clock()
    mon = OutboundMonitor(clock, allow_same_domain_from=True)
    key = account_key("kim@corp.example")
    assert mon.observe(key, [], "lee@corp.example", "kim@corp.example") == []
    first = mon.observe(key, [], "x@evil.example", "kim@corp.example")
    assert [a.kind for a in first] == ["from-mismatch"]
    clock.t += 1800
    assert mon.observe(key, [], "x@evil.example", "kim@corp.example") == []
    clock.t += 1801
    assert [a.kind for a in mon.observe(key, [], "x@evil.example", "kim@corp.example")] == ["from-mismatch"]


# --- rate limits -------------------------------------------------------------------------


def test_rate_limits_per_minute_hour_day():
    clock = Clock()
    rl = RateLimiter(clock, Limits(per_minute=5, per_hour=20, per_day=50))
    key = account_key("kim@corp.example")
    for _ in range(5):
        assert rl.check(key).ok
        rl.record(key, ["a.example"])
    v = rl.check(key)
    assert not v.ok and v.window == "minute" and v.measure == "messages" and v.count == 5 and v.limit == 5
    assert 0 < v.retry_after <= 60
    assert "5 messages" in v.reason
    clock.t += 60
    assert rl.check(key).ok  # the minute window slid on
    # The hour: a message every 20 s passes the minute limit until 20 are in the hour.
    start = T0 + 3600
    sent = 0
    for i in range(40):
        clock.t = start + i * 20
        if rl.check(key).ok:
            rl.record(key, ["a.example"])
            sent += 1
    assert sent == 20 and rl.counts(key)["hour"][0] == 20
    v = rl.check(key)
    assert not v.ok and v.window == "hour" and v.limit == 20
    # The day: after 50 messages nothing more today, whatever the minute and hour say.
    for h in range(2, 6):
        for i in range(15):
            clock.t = T0 + h * 3600 + 3600 * 0.5 + i * 20
            if rl.check(key).ok:
                rl.record(key, ["a.example"])
    assert rl.counts(key)["day"][0] == 50
    v = rl.check(key)
    assert not v.ok and v.window == "day" and v.limit == 50
    clock.t = T0 + DAY + 3600
    assert rl.check(key).ok


def test_recipient_limits_and_overrides():
    clock = Clock()
    default = Limits(per_minute=10, recipients_per_hour=30)
    vip = account_key("newsletter@corp.example")
    rl = RateLimiter(clock, default, {vip: Limits(per_minute=1000)})
    key = account_key("kim@corp.example")
    rl.record(key, ["a.example"] * 25)
    assert rl.check(key, recipients=5).ok
    v = rl.check(key, recipients=6)
    assert not v.ok and v.measure == "recipients" and v.window == "hour" and v.count == 25
    for _ in range(500):
        rl.record(vip, ["a.example"] * 10)
    assert rl.check(vip, recipients=10).ok  # the override replaces the default entirely
    rl.set_limits(vip, None)
    assert not rl.check(vip).ok
    rl.set_limits(key, Limits())  # unlimited
    assert rl.check(key, recipients=10_000).ok
    assert rl.check(account_key("never@corp.example")).ok


def test_limit_zero_blocks_and_unlimited_default():
    clock = Clock()
    rl = RateLimiter(clock)
    key = account_key("webmaster@corp.example")
    for _ in range(1000):
        rl.record(key, ["x.example"])
    assert rl.check(key).ok
    rl.set_limits(key, Limits(per_day=0))
    v = rl.check(key)
    assert not v.ok and v.window == "day"


def test_monitor_check_and_record_share_the_limiter():
    clock = Clock()
    mon = OutboundMonitor(clock, default_limits=Limits(per_minute=3))
    key = sender_key("webmaster@corp.example")
    for i in range(3):
        clock.t = T0 + i
        assert mon.check(key).ok
        mon.message_sent(key, [f"d{i}.example"])
    assert not mon.check(key).ok


# --- persistence -------------------------------------------------------------------------


def test_snapshot_restore_roundtrip():
    clock = Clock()
    mon = OutboundMonitor(clock, default_limits=Limits(per_hour=100))
    office_month(mon, clock, "kim@corp.example", ["a.example", "b.example"], days=14)
    trickle(mon, clock, sender_key("webmaster@corp.example"), clock.t + 600, minutes=3)
    data = json.loads(json.dumps(mon.snapshot()))
    clone = OutboundMonitor(clock, default_limits=Limits(per_hour=100))
    clone.restore(data)
    assert json.loads(json.dumps(clone.snapshot())) == data
    for key in (account_key("kim@corp.example"), sender_key("webmaster@corp.example")):
        assert clone.baselines.baseline(key) == mon.baselines.baseline(key)
        assert clone.rates.counts(key) == mon.rates.counts(key)
        assert clone.baselines.known_domains(key) == mon.baselines.known_domains(key)
    # Both go on to judge the same way: the webmaster alert is in cooldown in both,
    # the volume rule sees the same 24 h.
    start = clock.t + 60
    a = trickle(mon, clock, sender_key("webmaster@corp.example"), start, minutes=20)
    b = trickle(clone, clock, sender_key("webmaster@corp.example"), start, minutes=20)
    assert [(x.kind, x.at) for x in a] == [(x.kind, x.at) for x in b]


def test_restored_baseline_prevents_false_dormant_alert():
    clock = Clock()
    mon = OutboundMonitor(clock)
    who = "kim@corp.example"
    partners = ["a.example", "b.example", "c.example", "d.example", "e.example", "f.example", "g.example", "h.example"]
    office_month(mon, clock, who, partners, days=14)
    saved = json.dumps(mon.snapshot())
    fresh = OutboundMonitor(clock)
    fresh.restore(json.loads(saved))
    # After the restart: 8 quick messages to 8 known partners. Known domains: no alert.
    for i in range(8):
        clock.t = T0 + 15 * DAY + 9 * 3600 + i * 30
        assert fresh.message_sent(account_key(who), [partners[i]], who, who) == []


def test_restore_tolerates_garbage():
    mon = OutboundMonitor(Clock())
    mon.restore({})
    mon.restore({"rates": {"senders": [{"key": "x"}, 5]}, "baselines": {"senders": [{"key": ["a"]}, None]}})
    assert len(mon.rates) == 0 and len(mon.baselines) == 0


# --- memory ------------------------------------------------------------------------------


def test_hundred_thousand_senders_are_forgotten_when_idle():
    clock = Clock()
    mon = OutboundMonitor(clock, thresholds=Thresholds(max_senders=200_000))
    for i in range(100_000):
        clock.t = T0 + i * 0.01
        key = sender_key(f"user{i}@spam.example")
        mon.record(key, ["x.example"])
        mon.baselines.observe(key, ["x.example"])
    assert len(mon.rates) == 100_000 and len(mon.baselines) == 100_000
    # A day later the rate limiter has let them go (swept on the next message) ...
    clock.t = T0 + DAY + 1000 + 61
    mon.record(account_key("kim@corp.example"), ["a.example"])
    assert len(mon.rates) == 1
    # ... and after 90 silent days the baselines too.
    clock.t = T0 + 91 * DAY
    mon.baselines.observe(account_key("kim@corp.example"), ["a.example"])
    assert len(mon.baselines) == 1


def test_hard_caps_on_senders_known_domains_and_buckets():
    clock = Clock()
    tracker = BaselineTracker(clock, Thresholds(max_senders=1000, known_domains_max=100))
    for i in range(5000):
        clock.t = T0 + i
        tracker.observe(sender_key(f"u{i}@x.example"), ["a.example"])
    assert len(tracker) == 1000
    assert sender_key("u4999@x.example") in tracker and sender_key("u0@x.example") not in tracker
    key = account_key("bulk@corp.example")
    for i in range(3000):
        clock.t = T0 + 10_000 + i * 30
        tracker.observe(key, [f"d{i}.example", f"e{i}.example"])
    assert len(tracker.known_domains(key)) <= 100
    snap = next(e for e in tracker.snapshot()["senders"] if e["key"] == list(key))
    assert len(snap["recent"]) <= 360 and len(snap["hourly"]) <= 24

    rl = RateLimiter(clock)
    for i in range(3 * 86400 // 7):
        clock.t = T0 + i * 7
        rl.record(key, ["a.example"])
    windows = rl.snapshot()["senders"][0]["windows"]
    assert [len(w) <= n for w, n in zip(windows, (6, 60, 24))] == [True, True, True]
    assert rl.counts(key)["day"][0] <= 86400 // 7 + 3600 // 7 + 1


def test_key_text_roundtrip():
    key = account_key(" <WebMaster@Corp.Example> ")
    assert key == ("account", "webmaster@corp.example")
    assert format_key(key) == "account:webmaster@corp.example"
    assert parse_key(format_key(key)) == key
    assert parse_key("sender:x@y.example") == sender_key("x@y.example")
    with pytest.raises(ValueError):
        parse_key("client:1.2.3.4")
