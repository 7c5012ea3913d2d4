"""The statistical filter in use: `mailmoat learn`, undo through the journal, the quarantine release, the
running gateway picking up a new model, `explain` naming the tokens, and `learn --rebuild`."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from app.store import bayes as bayes_store
from app.store import quarantine as quarantine_store

from tests.conftest import db_rows, wait_for
from tests.support.corpus import text_message
from tests.support.processes import mailmoat

SPAM_TEXTS = [
    ("바카라 첫충 30% 지급 이벤트", "카지노 바카라 무료 가입머니 지급! 지금 바로 http://vip-casino.xyz 접속 {n}"),
    ("주식 리딩방 무료 초대", "급등주 무료 리딩방 초대합니다. 수익 보장 https://stock-vip.top/join 카톡 문의 {n}"),
    ("대출 한도 조회 즉시 승인", "무직자 대출 당일 승인 가능. 신용 조회 없음 http://loan-fast.click 상담 {n}"),
    ("카지노 가입머니 즉시 지급", "바카라 슬롯 카지노 가입머니 지급 http://vip-casino.xyz 고객센터 {n}"),
]
HAM_TEXTS = [
    (
        "거래처 미팅 일정 공유",
        "안녕하세요, 다음 주 화요일 오후 2시에 거래처 미팅이 있어 일정 공유드립니다. 회의실 {n}층",
    ),
    ("견적서 송부드립니다", "요청하신 견적서를 첨부로 보내드립니다. 검토 후 회신 부탁드립니다. 문서번호 {n}"),
    ("회계팀 청구서 확인 요청", "지난달 청구서 금액에 차이가 있어 확인 부탁드립니다. 회계팀 드림 {n}"),
    ("주간 회의록 공유", "이번 주 회의록을 공유드립니다. 다음 회의는 목요일 오전입니다. 안건 {n}"),
]
VARIANTS = [
    "alpha",
    "bravo",
    "charlie",
    "delta",
    "echo",
    "foxtrot",
    "golf",
    "hotel",
    "india",
    "juliet",
    "kilo",
    "lima",
    "mike",
    "november",
    "oscar",
    "papa",
]
SPAM_PROBE = text_message(
    "카지노 바카라 이벤트", "바카라 카지노 지급 http://vip-casino.xyz 지금 접속"
)  # no word of the lexicon


def write_messages(directory: Path, label: str, count: int) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    texts = SPAM_TEXTS if label == "spam" else HAM_TEXTS
    paths = []
    for n in range(count):
        subject, body = texts[n % len(texts)]
        path = directory / f"{label}-{n:03d}.eml"
        path.write_bytes(text_message(subject, body.format(n=VARIANTS[n % len(VARIANTS)])))
        paths.append(path)
    return paths


def ok(*args: str, db) -> str:
    result = mailmoat(*args, db=db)
    assert result.returncode == 0, (args, result.stdout, result.stderr)
    assert "Traceback" not in result.stdout + result.stderr
    return result.stdout


def model_totals(db: str) -> tuple[int, int]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT spam, ham FROM bayes_totals").fetchone()


async def test_learn_from_the_cli_reaches_the_running_gateway_and_scores_mail(gateway, sink, tmp_path):
    await gateway.configure(bayes__enabled="yes", bayes__min_learned="3", bayes__spam_score="6", content__tag_score="5")
    spam = write_messages(tmp_path / "spam", "spam", 8)
    ham = write_messages(tmp_path / "ham", "ham", 8)
    base = model_totals(gateway.db)  # the starter model, when this build has one
    out = await asyncio.to_thread(ok, "learn", "spam", *map(str, spam), db=gateway.db)
    assert out.count(": learned as spam") == 8
    await asyncio.to_thread(ok, "learn", "ham", *map(str, ham), db=gateway.db)
    policy = gateway.gateway.policy
    await wait_for(lambda: (policy.current.bayes.nspam, policy.current.bayes.nham) == (base[0] + 8, base[1] + 8))
    await asyncio.to_thread(gateway.send, "kim@other.example", ["bob@corp.example"], SPAM_PROBE)
    await wait_for(lambda: sink.messages)
    delivered = sink.messages[0].content.decode()
    rules = next(line for line in delivered.splitlines() if line.startswith("X-Mailmoat-Rules: "))
    assert "bayes(+6)" in rules  # the filter's full score (p >= 0.95), beside a structural signal at most


async def test_a_training_is_one_journal_change_and_undo_unlearns_it(tmp_path):
    db = str(tmp_path / "m.db")
    ok("init", "--hostname", "mx.test", db=db)
    base = model_totals(db)
    spam = write_messages(tmp_path / "spam", "spam", 2)
    ok("learn", "spam", *map(str, spam), db=db)
    assert model_totals(db) == (base[0] + 2, base[1])
    listed = ok("journal", "list", db=db)
    assert "bayes_trainings" in listed and "tokens" not in listed.split("\n")[0][:0]
    ok("journal", "undo", "last", db=db)
    assert model_totals(db) == base
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM bayes_trainings").fetchone()[0] == 0
        learned = conn.execute("SELECT COUNT(*) FROM bayes_tokens WHERE token = 'host:vip-casino.xyz'").fetchone()[0]
        assert learned == (1 if base[0] else 0) or learned == 0
    ok("journal", "redo", db=db)  # the undo undone: learned again
    assert model_totals(db) == (base[0] + 2, base[1])


async def test_learning_twice_is_one_training_and_the_other_label_replaces_it(tmp_path):
    db = str(tmp_path / "m.db")
    ok("init", "--hostname", "mx.test", db=db)
    base = model_totals(db)
    [path] = write_messages(tmp_path / "spam", "spam", 1)
    ok("learn", "spam", str(path), db=db)
    assert "already learned as spam" in ok("learn", "spam", str(path), db=db)
    assert "replaces 1 earlier training" in ok("learn", "ham", str(path), db=db)
    assert model_totals(db) == (base[0], base[1] + 1)
    listing = ok("learn", "--list", db=db)
    assert "ham" in listing and "file " in listing
    training = int(listing.split()[0])
    ok("learn", "--forget", str(training), db=db)
    assert model_totals(db) == base


async def test_learn_refuses_bad_input_with_a_clear_error(tmp_path):
    db = str(tmp_path / "m.db")
    ok("init", "--hostname", "mx.test", db=db)
    cases = [
        (["learn"], "say spam or ham"),
        (["learn", "spam"], "give FILE.eml"),
        (["learn", "spam", str(tmp_path / "missing.eml")], "No such file"),
        (["learn", "spam", "--quarantine", "NOPE"], "no message NOPE in the quarantine"),
        (["learn", "spam", "--queue", "NOPE"], "no message NOPE in the queue"),
        (["learn", "eggs", "x"], "invalid choice"),
        (["learn", "--forget", "999"], "no training 999"),
        (["learn", "--rebuild", "--corpus", str(tmp_path / "nothing")], "need .eml files"),
    ]
    for args, expected in cases:
        result = mailmoat(*args, db=db)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert expected in result.stderr and "Traceback" not in result.stderr, (args, result.stderr)
    empty = tmp_path / "empty.eml"
    empty.write_bytes(b"")
    result = mailmoat("learn", "spam", str(empty), db=db)
    assert result.returncode == 1 and "not learned" in result.stdout and "Traceback" not in result.stderr


async def test_releasing_from_the_quarantine_learns_ham(gateway, sink):
    await gateway.configure(content__quarantine_score="1")
    raw = text_message("(광고) 회의실 예약 안내", "다음 주 회의실 예약 현황을 알려드립니다.")
    await asyncio.to_thread(gateway.send, "kim@other.example", ["bob@corp.example"], raw)
    held = await wait_for(lambda: quarantine_store.list_quarantine(gateway.store))
    before = await bayes_store.load_model(gateway.store)
    first = await asyncio.to_thread(mailmoat, "learn", "spam", "--quarantine", held[0].id, db=gateway.db)
    assert first.returncode == 0 and f"quarantine {held[0].id}: learned as spam" in first.stdout, first.stdout
    result = await asyncio.to_thread(mailmoat, "quarantine", "release", held[0].id, db=gateway.db)
    assert result.returncode == 0 and "learned as ham" in result.stdout, result.stdout + result.stderr
    assert "replaces 1 earlier training" in result.stdout  # the operator's mind changed: one training, now ham
    after = await bayes_store.load_model(gateway.store)
    assert (after.nspam, after.nham) == (before.nspam, before.nham + 1)
    assert after.counts["s:회의"][1] == before.counts.get("s:회의", (0, 0))[1] + 1
    assert after.counts["sig:ad-tag"][1] >= 1  # the structural signal is a token


async def test_rebuild_from_a_corpus_keeps_what_was_learned_and_explain_names_the_tokens(tmp_path):
    db = str(tmp_path / "m.db")
    ok("init", "--hostname", "mx.test", db=db)
    ok("domain", "add", "corp.example", db=db)
    write_messages(tmp_path / "corpus" / "train" / "spam", "spam", 12)
    write_messages(tmp_path / "corpus" / "train" / "ham", "ham", 12)
    [extra] = write_messages(tmp_path / "more", "ham", 1)
    ok("learn", "ham", str(extra), db=db)
    ok("set", "bayes.spam_score", "6", db=db)
    out = ok("learn", "--rebuild", "--corpus", str(tmp_path / "corpus"), db=db)
    assert "plus 1 training(s): 12 spam, 13 ham" in out
    probe = tmp_path / "probe.eml"
    probe.write_bytes(SPAM_PROBE)
    result = mailmoat("explain", "--ip", "192.0.2.1", "--to", "bob@corp.example", "--message", str(probe), db=db)
    assert "Traceback" not in result.stdout + result.stderr
    assert "bayes(+6)" in result.stdout, result.stdout
    assert "p=0.99" in result.stdout or "p=1.00" in result.stdout, result.stdout
    assert "바카" in result.stdout or "host:vip-casino.xyz" in result.stdout or "카지" in result.stdout
    check = mailmoat("check", str(probe), "--to", "bob@corp.example", db=db)
    assert "bayes" in check.stdout and "+6" in check.stdout, check.stdout


async def test_mail_to_a_spam_trap_is_accepted_learned_as_spam_and_not_delivered(gateway, sink):
    await gateway.configure(spamtrap__addresses="trap@corp.example, Honey@corp.example")
    before = await bayes_store.load_model(gateway.store)
    raw = text_message("바카라 가입머니 즉시 지급", "카지노 바카라 가입머니 http://trap-casino.xyz 지금 접속")
    refused = await asyncio.to_thread(gateway.send, "kim@other.example", ["trap@corp.example"], raw)
    assert refused == {}
    policy = gateway.gateway.policy
    await wait_for(lambda: policy.current.bayes.nspam == before.nspam + 1)  # the gateway's own model, swapped in
    assert policy.current.bayes.counts["host:trap-casino.xyz"][0] >= 1
    await asyncio.to_thread(
        gateway.send,
        "kim@other.example",
        ["honey@corp.example", "bob@corp.example"],
        raw.replace(b"Subject:", b"X-Again: 1\r\nSubject:"),
    )
    await wait_for(lambda: sink.messages)
    assert [m.recipients for m in sink.messages] == [["bob@corp.example"]]  # never to the trap
    trainings = await bayes_store.trainings(gateway.store)
    assert len(trainings) == 1 and trainings[0].source == "spamtrap trap@corp.example"  # the same text: learned once


async def test_spamtrap_addresses_setting_is_validated(tmp_path):
    db = str(tmp_path / "m.db")
    ok("init", "--hostname", "mx.test", db=db)
    result = mailmoat("set", "spamtrap.addresses", "not an address", db=db)
    assert result.returncode == 2 and "not an email address" in result.stderr
    ok("set", "spamtrap.addresses", "Trap@Corp.Example,x@corp.example", db=db)
    assert "trap@corp.example,x@corp.example" in ok("get", "spamtrap.addresses", db=db)


async def test_a_delivered_message_is_learned_from_its_content_sample(gateway, sink):
    from app.ui.backend import Backend

    raw = text_message("주간 회의록 zyxwv", "이번 주 회의록입니다. zyxwv 프로젝트 일정 공유")
    await asyncio.to_thread(gateway.send, "kim@other.example", ["bob@corp.example"], raw)
    await wait_for(lambda: sink.messages)  # delivered: no longer in the queue
    rows = await wait_for(lambda: db_rows(gateway.store, "SELECT session FROM content_samples"))
    backend = Backend(gateway.store, gateway.gateway.policy, attached=False)
    before = gateway.gateway.policy.current.bayes
    done = await backend.learn_session(rows[0][0], [], "ham")
    assert "learned as ham" in done
    after = gateway.gateway.policy.current.bayes  # swapped in by the backend's reload
    assert after.nham == before.nham + 1 and after.counts["zyxwv"] == (0, 1)
    try:
        await backend.learn_session("no-such-session", [], "spam")
    except ValueError as exc:
        assert "nothing to learn from" in str(exc)
    else:
        raise AssertionError("an unknown session must be refused")
