"""Operator regexes with a safety net (issue 13, item 7): a catastrophic pattern is refused when added; one
that gets into the database anyway runs under a time limit on a worker thread, is disabled with a reason,
raises an alert, and the message it could not finish is handled by policy (`rule-timeout`)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import smtplib
import sqlite3
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cli import main
from app.mail.decode import decode_message
from app.policy.content_rules import ContentRule, compile_rules, validate_new_rule, validate_rule
from app.policy.rule_regex import SlowRegex, probe_regex
from app.policy.starter_rules import STARTER_RULES
from app.store import alerts as alerts_store
from app.store import content_rules as rules_store
from app.store import quarantine as quarantine_store
from app.store import relay as relay_store
from app.store import settings as settings_store
from app.store.database import Store
from app.install import initialise

from tests.conftest import message, start_gateway, wait_for
from tests.support.processes import ServeProcess, closed_port, mailmoat

ATTACK_42 = "a" * 41 + "!"  # 42 bytes of body


def regex_rule(
    name: str, pattern: str, *, mode: str = "enforce", field: str = "body", score: float = 5.0, enabled: bool = True
) -> ContentRule:
    return ContentRule(None, name, field, pattern, True, "custom", score, None, enabled, mode)


def decoded(body: str) -> object:
    return decode_message(message("hello", body + "\r\n"))


# --- the validator -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("pattern", [r"(a+)+$", r"(a|aa)+$", r"(\w+\s?)+$", r"(.*a){12}$", r"(x+x+)+y"])
def test_a_catastrophic_pattern_is_refused_when_added(pattern):
    with pytest.raises(SlowRegex, match="backtracks catastrophically"):
        validate_new_rule(regex_rule("slow", pattern))
    validate_rule(regex_rule("slow", pattern))  # the load-time check lets it through: the time limit handles it


@pytest.mark.parametrize(
    "pattern",
    [
        r"수신[\W_]*거부",
        r"\S",
        r"\d{3}-\d{3,4}-\d{4}",
        r"(?:bit\.ly|han\.gl)/\w+",
        r"\b(\w+)\s+\1\b",
        r"(?:a*)*b",
        r"\p{Hangul}{2}광고",
    ],
)
def test_ordinary_patterns_pass_the_probe(pattern):
    validate_new_rule(regex_rule("fine", pattern))


def test_every_starter_regex_passes_the_probe():
    for rule in STARTER_RULES:
        if rule.is_regex:
            probe_regex(rule.pattern)


def test_the_regex_keeps_the_unicode_meaning_the_korean_rules_rely_on():
    compiled = compile_rules([regex_rule("optout", r"수신[\W_]*거부")], ad_tag_enabled=False)
    assert [h.name for h in compiled.evaluate(decoded("무료 수신 거부"))] == ["optout"]
    assert compiled.evaluate(decoded("수신광고거부")) == []  # Hangul is a word character: [\W_]* won't cross it


_REGEX_TEXT = st.text(alphabet="a(|)+*?{}[]^$\\.1,!w:<=", max_size=24)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pattern=_REGEX_TEXT, body=st.text(alphabet="a1 !", max_size=60))
def test_any_pattern_is_refused_cleanly_or_runs_within_its_limits(pattern, body):
    rule = regex_rule("prop", pattern)
    try:
        validate_rule(rule)
    except ValueError:
        return  # a one-line refusal, never another exception
    compiled = compile_rules([rule], ad_tag_enabled=False)
    scan = compiled.scan(decoded(body), budget=0.1, rule_timeout=0.02)
    assert len(scan.hits) <= 1
    assert all(t.rule.name == "prop" for t in scan.timeouts)
    try:
        validate_new_rule(rule)
    except ValueError as exc:
        assert str(exc) and "\n" not in str(exc)


# --- scanning under limits ---------------------------------------------------------------------------------


def test_a_rule_that_times_out_is_reported_tripped_and_not_run_again():
    compiled = compile_rules([regex_rule("slow", r"(a|aa)+$"), regex_rule("fine", r"a!")], ad_tag_enabled=False)
    scan = compiled.scan(decoded(ATTACK_42))
    assert [t.rule.name for t in scan.timeouts] == ["slow"] and "timed out" in scan.timeouts[0].reason
    assert [h.name for h in scan.hits] == ["fine"]  # the other rules still run
    hit = scan.timeout_hit(10.0)
    assert hit is not None and (hit.name, hit.mode, hit.score) == ("rule-timeout", "enforce", 10.0)
    again = compiled.scan(decoded(ATTACK_42))
    assert not again.incomplete and [h.name for h in again.hits] == ["fine"]


def test_the_message_budget_skips_the_rest_and_counts_as_incomplete():
    rules = [regex_rule(f"slow{i}", r"(a|aa)+$") for i in range(4)] + [regex_rule("fine", r"a!")]
    scan = compile_rules(rules, ad_tag_enabled=False).scan(decoded(ATTACK_42), budget=0.05, rule_timeout=0.04)
    assert 1 <= len(scan.timeouts) <= 2  # no rule starts once 50 ms are spent; each one started gets its 40 ms
    assert len(scan.timeouts) + len(scan.skipped) == 5 and scan.skipped[-1].name == "fine"
    assert scan.incomplete and scan.timeout_hit(10.0).mode == "enforce"


def test_a_monitor_rule_timing_out_alone_is_logged_not_counted():
    compiled = compile_rules([regex_rule("slow", r"(a|aa)+$", mode="monitor")], ad_tag_enabled=False)
    hit = compiled.scan(decoded(ATTACK_42)).timeout_hit(10.0)
    assert hit is not None and hit.mode == "monitor"


# --- over SMTP, against the live gateway -------------------------------------------------------------------


def _send(gateway, body: str) -> tuple[int, str]:
    with gateway.smtp() as client:
        assert client.mail("kim@other.example")[0] == 250
        assert client.rcpt("bob@corp.example")[0] == 250
        code, text = client.data(message("attack", body + "\r\n"))
        return code, text.decode()


def _bystander(gateway, noops: int = 20) -> tuple[int, float]:
    """Another client: NOOPs, then a whole transaction; its reply code and worst NOOP round trip."""
    worst = 0.0
    with gateway.smtp() as client:
        for _ in range(noops):
            started = time.perf_counter()
            assert client.noop()[0] == 250
            worst = max(worst, time.perf_counter() - started)
        assert client.mail("lee@other.example")[0] == 250
        assert client.rcpt("bob@corp.example")[0] == 250
        code, _ = client.data(message("meanwhile", "Nothing to see here.\r\n"))
    return code, worst


async def _database(path: Path, sink, planted: ContentRule) -> str:
    """A database as the `gateway` fixture makes it, holding `planted` (for tests that restart the gateway)."""
    store = await Store.open(str(path))
    await initialise(store, "mx.corp.example")
    for key, value in (
        ("upstream", sink.address),
        ("smtp.tarpit_after", "1000"),
        ("relay.selftest", "no"),
        ("bayes.enabled", "no"),
    ):
        await settings_store.set_setting(store, key, value)
    await relay_store.add_local_domain(store, "corp.example")
    await rules_store.save_rule(store, planted)
    await store.close()
    return str(path)


async def _plant(gateway, rule: ContentRule) -> None:
    """Straight into the database, past validate_new_rule: an old database, or another tool, put it there."""
    await rules_store.save_rule(gateway.store, rule)
    await gateway.gateway.policy.reload()


async def _attack_with_bystander(gateway, body: str) -> tuple[tuple[int, str], int]:
    attack, (bystander_code, _worst) = await asyncio.gather(
        asyncio.to_thread(_send, gateway, body), asyncio.to_thread(_bystander, gateway)
    )
    return attack, bystander_code


async def _tripped(gateway, name: str) -> bool:
    row = await rules_store.find_rule(gateway.store, name)
    alerts = await alerts_store.list_alerts(gateway.store)
    return (
        row is not None
        and not row.enabled
        and "timed out" in row.disabled_reason
        and any(a.kind == "rule-timeout" and a.subject == f"rule:{name}" for a in alerts)
    )


async def test_an_enforced_catastrophic_rule_is_disabled_alerted_and_its_message_quarantined(gateway, sink):
    await _plant(gateway, regex_rule("redos", r"(a|aa)+$"))
    (code, text), bystander = await _attack_with_bystander(gateway, ATTACK_42)
    assert bystander == 250
    assert code == 250 and text.startswith("2.0.0 Ok: queued as ")
    held = await quarantine_store.list_quarantine(gateway.store)
    assert len(held) == 1 and "rule-timeout(+10)" in held[0].rules  # fail closed: scored like mime-incomplete
    await wait_for(lambda: _tripped(gateway, "redos"), timeout=30)
    await wait_for(lambda: "redos" not in gateway.gateway.policy.current.content_rules.regex_rule_names, timeout=30)
    code, _ = await asyncio.to_thread(_send, gateway, ATTACK_42)  # the rule is off: plain delivery
    assert code == 250
    await wait_for(lambda: any(m.content.find(b"Subject: attack") >= 0 for m in sink.messages), timeout=30)


async def test_a_monitor_mode_rule_obeys_the_same_limits_and_its_message_is_delivered(gateway, sink):
    await _plant(gateway, regex_rule("redos-watch", r"(a|aa)+$", mode="monitor"))
    (code, _), bystander = await _attack_with_bystander(gateway, ATTACK_42)
    assert bystander == 250 and code == 250
    await wait_for(lambda: _tripped(gateway, "redos-watch"), timeout=30)
    assert await quarantine_store.list_quarantine(gateway.store) == []  # monitor rules never change a verdict
    await wait_for(lambda: any(b"Subject: attack" in m.content for m in sink.messages), timeout=30)


async def test_the_issue_s_pattern_is_harmless_on_42_bytes_and_disabled_on_a_long_run(gateway, sink):
    await _plant(gateway, regex_rule("nested", r"(a+)+$"))
    (code, _), bystander = await _attack_with_bystander(gateway, ATTACK_42)
    assert (code, bystander) == (250, 250)
    row = await rules_store.find_rule(gateway.store, "nested")
    assert row.enabled  # the regex module does not backtrack on this one at this length
    (code, _), bystander = await _attack_with_bystander(gateway, "a" * 3000 + "!")
    assert (code, bystander) == (250, 250)
    await wait_for(lambda: _tripped(gateway, "nested"), timeout=30)


async def test_a_disabled_rule_stays_off_after_a_restart_and_the_cli_shows_why(tmp_path, sink, capsys):
    db = await _database(tmp_path / "gw.db", sink, regex_rule("redos", r"(a|aa)+$"))
    first = await start_gateway(db)  # the loader neither crashes nor probes: the rule is in force, limited
    try:
        assert "redos" in first.gateway.policy.current.content_rules.regex_rule_names
        (code, _), bystander = await _attack_with_bystander(first, ATTACK_42)
        assert (code, bystander) == (250, 250)
        await wait_for(lambda: _tripped(first, "redos"), timeout=30)
    finally:
        await first.gateway.stop(grace=1)
    again = await start_gateway(db)
    try:
        assert "redos" not in again.gateway.policy.current.content_rules.regex_rule_names
    finally:
        await again.gateway.stop(grace=1)
    code = await asyncio.to_thread(main, ["--db", db, "rule", "list"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    line = next(i for i, text in enumerate(lines) if text.startswith("redos "))
    assert " off " in lines[line] and "disabled by the gateway: timed out" in lines[line + 1]
    code = await asyncio.to_thread(main, ["--db", db, "rule", "enable", "redos"])
    err = capsys.readouterr().err
    assert code == 2 and "backtracks catastrophically" in err and len(err.strip().splitlines()) == 1


def test_cli_refuses_the_issue_s_pattern_with_one_line(tmp_path, capsys):
    db = str(tmp_path / "gw.db")
    assert main(["--db", db, "init", "--hostname", "mx.corp.example"]) == 0
    capsys.readouterr()
    code = main(["--db", db, "rule", "add", "--field", "body", "--pattern", "(a+)+$", "--regex", "--name", "nested"])
    err = capsys.readouterr().err
    assert code == 2 and "backtracks catastrophically" in err and len(err.strip().splitlines()) == 1
    assert (
        main(
            [
                "--db",
                db,
                "rule",
                "add",
                "--field",
                "body",
                "--pattern",
                r"수신[\W_]*거부",
                "--regex",
                "--name",
                "optout",
            ]
        )
        == 0
    )
    assert "optout" in capsys.readouterr().out


# --- the dashboard -----------------------------------------------------------------------------------------


async def test_the_dashboard_refuses_a_catastrophic_rule_and_shows_one_the_gateway_turned_off(gateway):
    from textual.widgets import DataTable, Label

    from app.ui.backend import Backend

    from tests.ui.test_dashboard import column, dashboard

    backend = Backend(gateway.store, gateway.gateway.policy, attached=False)
    fields = {"name": "nested", "field": "body", "pattern": "(a+)+$", "regex": "yes", "score": "5"}
    with pytest.raises(ValueError, match="backtracks catastrophically"):
        await backend.save_rule(fields)
    assert await rules_store.find_rule(gateway.store, "nested") is None
    await _plant(gateway, regex_rule("redos", r"(a|aa)+$"))
    await asyncio.to_thread(_send, gateway, ATTACK_42)
    await wait_for(lambda: _tripped(gateway, "redos"), timeout=30)
    with pytest.raises(ValueError, match="backtracks catastrophically"):
        await backend.toggle_rule_enabled("redos")  # stays off until its pattern is fixed
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("5")
        await wait_for(lambda: app.screen.query("#rules"))
        rules = app.screen.query_one("#rules", DataTable)
        await wait_for(lambda: "redos" in column(rules, "name"))
        assert column(rules, "on")[column(rules, "name").index("redos")] == "off"
        status = app.screen.query_one("#rules-status", Label)
        await wait_for(lambda: "turned off by the gateway: redos: timed out" in str(status.render()))


async def test_a_rule_fixed_meanwhile_is_not_disabled_by_a_late_report(gateway):
    from app.monitor.rule_guard import disable_timed_out_rules
    from app.policy.content_rules import RuleTimeout

    slow = regex_rule("redos", r"(a|aa)+$")
    await _plant(gateway, slow)
    await rules_store.save_rule(gateway.store, regex_rule("redos", r"a+$"))  # the operator's fix
    late = RuleTimeout(slow, "body", 0.06, 44)
    assert await disable_timed_out_rules(gateway.store, gateway.gateway.policy, None, [late]) == 0
    assert (await rules_store.find_rule(gateway.store, "redos")).enabled


async def test_the_limits_are_settings_and_a_zero_score_only_silences_the_finding(gateway, sink):
    await gateway.configure(content__regex_timeout="0.2s", content__signal_scores="rule-timeout=0")
    assert gateway.gateway.policy.current.content_rules.regex_timeout == 0.2
    await _plant(gateway, regex_rule("redos", r"(a|aa)+$"))
    code, _ = await asyncio.to_thread(_send, gateway, ATTACK_42)
    assert code == 250
    await wait_for(lambda: _tripped(gateway, "redos"), timeout=30)
    row = await rules_store.find_rule(gateway.store, "redos")
    assert "(limit 200 ms)" in row.disabled_reason
    assert await quarantine_store.list_quarantine(gateway.store) == []  # scored 0: delivered
    await wait_for(lambda: any(b"Subject: attack" in m.content for m in sink.messages), timeout=30)


# --- SIGTERM while a rule backtracks -----------------------------------------------------------------------


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def test_sigterm_stops_serve_while_a_rule_backtracks(tmp_path):
    """The regex runs on a worker thread and stops at its limit (here the longest allowed, 5 s), so SIGTERM,
    handled by the event loop, is no longer ignored while it runs."""
    db = tmp_path / "gw.db"
    for args in (
        ("init", "--hostname", "mx.corp.example"),
        ("domain", "add", "corp.example"),
        ("set", "upstream", f"127.0.0.1:{closed_port()}"),
        ("set", "relay.selftest", "no"),
        ("set", "content.regex_timeout", "5s"),
    ):
        assert mailmoat(*args, db=db).returncode == 0
    with sqlite3.connect(db) as conn:  # planted past the CLI's probe
        conn.execute(
            "INSERT INTO content_rules(name, field, pattern, is_regex, category, score, enabled, mode,"
            " created) VALUES('redos', 'body', '(a|aa)+$', 1, 'custom', 5, 1, 'enforce', 0)"
        )
    server = ServeProcess(db, tmp_path)
    try:
        cpu_before = _cpu_seconds(server.proc.pid)

        def attack() -> None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                with server.smtp() as client:
                    client.mail("kim@other.example")
                    client.rcpt("bob@corp.example")
                    client.data(message("attack", ATTACK_42 + "\r\n"))

        attacker = asyncio.ensure_future(asyncio.to_thread(attack))
        await wait_for(lambda: _cpu_seconds(server.proc.pid) - cpu_before > 0.5, timeout=60)  # it backtracks
        server.proc.send_signal(signal.SIGTERM)
        assert await asyncio.to_thread(server.proc.wait, 60) == 0
        assert "mailmoat: stopped" in server.output()
        await attacker
    finally:
        server.kill()


class _EngineStandIn:
    """Stands in for a compiled pattern: each attempt takes `wall` seconds, spinning the CPU or sleeping. A spinning
    one burns `wall` seconds of its thread's CPU time, however long a busy box makes that take on the clock."""

    def __init__(self, *, starved_attempts: int, spin: bool, wall: float | None):
        self.starved_attempts, self.spin, self.wall = starved_attempts, spin, wall  # wall None: the attempt's limit
        self.timeouts: list[float] = []

    def search(self, text, *, timeout, concurrent):
        self.timeouts.append(timeout)
        if len(self.timeouts) > self.starved_attempts:
            return "match"
        wall = timeout if self.wall is None else self.wall
        if self.spin:
            burnt = time.thread_time() + wall
            while time.thread_time() < burnt:
                pass
        else:
            time.sleep(wall)  # the clock runs, this thread gets no processor: a starved search
        raise TimeoutError("regular expression timed out")


def test_a_search_starved_of_the_processor_is_retried_not_called_catastrophic():
    from app.policy.rule_regex import search

    engine = _EngineStandIn(starved_attempts=2, spin=False, wall=0.02)
    assert search(engine, "text", 0.02) == "match"
    assert engine.timeouts == [0.02, 0.04, 0.08]  # each retry gets twice the time


def test_a_search_that_burns_its_cpu_time_is_stopped_at_once():
    from app.policy.rule_regex import search

    engine = _EngineStandIn(starved_attempts=5, spin=True, wall=0.03)
    with pytest.raises(TimeoutError):
        search(engine, "text", 0.02)
    assert len(engine.timeouts) == 1


def test_a_starved_search_still_gives_up_after_its_patience():
    from app.policy.rule_regex import search

    engine = _EngineStandIn(starved_attempts=1000, spin=False, wall=0.02)
    started = time.perf_counter()
    with pytest.raises(TimeoutError):
        search(engine, "text", 0.01, patience=6)
    assert len(engine.timeouts) < 10 and time.perf_counter() - started < 5


def test_a_starved_search_stops_at_the_message_deadline_before_its_patience():
    from app.policy.rule_regex import search

    engine = _EngineStandIn(starved_attempts=1000, spin=False, wall=None)
    deadline = time.perf_counter() + 0.05
    with pytest.raises(TimeoutError):
        search(engine, "text", 0.02, patience=1000, deadline=deadline)
    assert sum(engine.timeouts) <= 0.05 + 1e-9  # no attempt was given time past the deadline
    assert len(engine.timeouts) < 10
    late = _EngineStandIn(starved_attempts=0, spin=False, wall=0.0)
    with pytest.raises(TimeoutError):  # a deadline already gone: one token attempt of 1 ms at most
        search(_EngineStandIn(starved_attempts=1000, spin=True, wall=0.001), "text", 0.02, deadline=0.0)
    assert search(late, "text", 0.02, deadline=time.perf_counter() + 10) == "match"


def _starved_rules(count: int) -> tuple[object, list[_EngineStandIn]]:
    """Compiled regex rules whose engines are starved of the processor on every attempt (a busy box)."""
    rules = [regex_rule(f"starved{i}", "x") for i in range(count)] + [regex_rule("fine", r"a!")]
    compiled = compile_rules(rules, ad_tag_enabled=False)
    engines = []
    matcher = compiled._fields["body"]
    for index, (regex, rule) in enumerate(matcher.regexes[:count]):
        engine = _EngineStandIn(starved_attempts=1000, spin=False, wall=None)
        engines.append(engine)
        matcher.regexes[index] = (engine, rule)
    return compiled, engines


def test_starved_rules_share_one_wall_clock_cap_per_message():
    compiled, engines = _starved_rules(5)
    # Each rule alone would be retried for 20 x 50 ms; together they are stopped at the message's 0.12 s.
    scan = compiled.scan(decoded(ATTACK_42), budget=10.0, rule_timeout=0.05, wall_cap=0.12)
    assert 1 <= len(scan.timeouts) <= 3 and len(scan.timeouts) + len(scan.skipped) == 6
    assert scan.skipped[-1].name == "fine" and not scan.hits  # not matched: nothing read past the cap
    assert "wall-clock cap" in scan.timeouts[-1].reason and scan.timeouts[-1].wall_cap == 0.12
    assert sum(sum(engine.timeouts) for engine in engines) <= 0.12 + 1e-6  # time given, all rules together
    hit = scan.timeout_hit(10.0)
    assert hit is not None and (hit.name, hit.mode) == ("rule-timeout", "enforce")


def test_a_pathological_rule_on_a_busy_thread_keeps_within_the_wall_clock_cap():
    """Real catastrophic patterns, scanned on a worker thread while another thread keeps the interpreter busy:
    whatever the box's load, the message's regex work ends at its cap, with every rule reported or skipped."""
    import threading

    rules = [regex_rule(f"slow{i}", r"(a|aa)+$") for i in range(6)] + [regex_rule("fine", r"a!")]
    compiled = compile_rules(rules, ad_tag_enabled=False, regex_timeout=0.5, regex_budget=100.0, regex_wall_cap=0.3)
    stop = threading.Event()

    def busy() -> None:
        while not stop.is_set():
            sum(range(1000))

    spinner = threading.Thread(target=busy)
    spinner.start()
    try:
        scan = compiled.scan(decoded(ATTACK_42 * 3))
    finally:
        stop.set()
        spinner.join()
    assert 1 <= len(scan.timeouts) and len(scan.timeouts) + len(scan.skipped) == 7
    assert [s.name for s in scan.skipped][-1:] == ["fine"] and not scan.hits
    assert scan.timeouts[-1].wall_cap == 0.3 and "wall-clock cap" in scan.timeouts[-1].reason
