"""`mailmoat rule`, `mailmoat check` (on the whole test corpus) and `mailmoat quarantine`."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.policy.starter_lexicon import LEXICON
from app.policy.starter_rules import STARTER_RULES

from tests.support.corpus import CASES, text_message
from tests.support.processes import mailmoat


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("content") / "gw.db"
    assert main(["--db", str(path), "init", "--hostname", "mx.corp.example"]) == 0
    assert main(["--db", str(path), "domain", "add", "corp.example"]) == 0
    assert (
        main(["--db", str(path), "set", "bayes.enabled", "no"]) == 0
    )  # the rules alone; tests/gateway/test_learn.py: the filter
    return path


def run(db: Path, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name)
def test_check_gives_each_corpus_message_its_verdict(db, tmp_path, capsys, case):
    """The starter rules, as `init` installs them, find exactly the expected rules in each corpus message."""
    path = tmp_path / "message.eml"
    path.write_bytes(case.raw)
    code, out, err = run(db, capsys, "check", str(path))
    assert err == ""
    if "attachment: reject" in out:  # the attachment policy refuses before the rules run
        assert case.expect_rules and all(name.startswith("attachment-") for name in case.expect_rules), out
        assert code == 1 and "reply: 554 5.7.1 Attachment " in out
        return
    found = {line.split()[0] for line in out.splitlines() if line.startswith("  ") and "(monitor" not in line}
    lexicon = {r.name for r in STARTER_RULES if r.name.partition(":")[0] in LEXICON}
    # spam may also hit words of the lexicon, and its tricks (zero-width, loose jamo) the obfuscation signal;
    # a clean message neither
    tricks = {"obfuscated-text"} if case.expect_rules else set()
    assert found - lexicon - tricks == set(case.expect_rules) - lexicon, out
    assert "verdict: " in out and code in (0, 1)


def test_rule_add_list_test_and_remove(db, tmp_path, capsys):
    code, out, _ = run(
        db,
        capsys,
        "rule",
        "add",
        "--field",
        "subject",
        "--pattern",
        "광고",
        "--category",
        "advertising",
        "--score",
        "20",
        "--name",
        "ko-subject-ad",
    )
    assert code == 0 and "rule ko-subject-ad: subject keyword '광고', advertising, score 20" in out
    spam = tmp_path / "spam.eml"
    spam.write_bytes(text_message("이번 주 광 고 특가", "본문"))
    code, out, _ = run(db, capsys, "check", str(spam))
    assert code == 1 and "verdict: reject" in out
    assert "reply: 550 5.7.1 Message content rejected (rule ko-subject-ad)" in out
    assert "ko-subject-ad" in run(db, capsys, "rule", "list")[1]
    assert run(db, capsys, "rule", "monitor", "ko-subject-ad")[0] == 0
    code, out, _ = run(db, capsys, "check", str(spam))
    assert code == 0 and "(monitor, +20)" in out
    assert run(db, capsys, "rule", "remove", "ko-subject-ad")[0] == 0
    code, _, err = run(db, capsys, "rule", "remove", "ko-subject-ad")
    assert code == 2 and err.strip() == "mailmoat rule remove: no rule 'ko-subject-ad'"


def test_rule_add_word_and_short_keyword_advice(db, tmp_path, capsys):
    code, out, _ = run(
        db,
        capsys,
        "rule",
        "add",
        "--field",
        "body",
        "--pattern",
        "성인",
        "--category",
        "adult",
        "--score",
        "20",
        "--name",
        "ko-adult-bare",
    )
    assert code == 0 and "rule ko-adult-bare: body keyword '성인'" in out
    assert "is short and matches inside longer words" in out and "--word" in out
    code, out, _ = run(
        db,
        capsys,
        "rule",
        "add",
        "--field",
        "body",
        "--pattern",
        "성인",
        "--category",
        "adult",
        "--score",
        "20",
        "--name",
        "ko-adult-bare",
        "--word",
    )
    assert code == 0 and "rule ko-adult-bare: body word '성인'" in out and "is short" not in out
    listed = run(db, capsys, "rule", "list")[1]
    assert any(line.startswith("ko-adult-bare") and " word " in line for line in listed.splitlines())
    ham, spam = tmp_path / "ham.eml", tmp_path / "spam.eml"
    ham.write_bytes(text_message("보고", "완성 인원 보고, 성인식 행사 안내"))
    spam.write_bytes(text_message("안내", "무료 성인 영상"))
    code, out, _ = run(db, capsys, "check", str(ham))
    assert "ko-adult-bare" not in out
    code, out, _ = run(db, capsys, "check", str(spam))
    assert "ko-adult-bare" in out and code == 1
    assert run(db, capsys, "rule", "remove", "ko-adult-bare")[0] == 0


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("rule", "add", "--field", "body", "--pattern", "a+", "--regex", "--word"), "--word is for keywords"),
        (("rule", "add", "--field", "subject"), "--field and --pattern are required"),
        (("rule", "add", "--field", "nowhere", "--pattern", "x"), "field"),
        (("rule", "add", "--field", "body", "--pattern", "(", "--regex"), "bad regular expression"),
        (("rule", "add", "--field", "body", "--pattern", "x", "--score", "lots"), "not a number"),
        (("rule", "add", "--field", "body", "--pattern", "x", "--category", "food"), "invalid choice"),
        (("check", "/nonexistent.eml"), "No such file"),
        (("check", __file__, "--to", "not an address"), "bad recipient"),
        (("quarantine", "release", "NOPE"), "no message NOPE"),
        (("quarantine", "show"), "missing message ID"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(db, capsys, args, needle):
    code, out, err = run(db, capsys, *args)
    assert code == 2 and needle in err and len(err.strip().splitlines()) == 1, err


def test_quarantine_list_show_allow_and_delete(tmp_path):
    """Through the real command line, in a subprocess, against messages put in quarantine by the gateway's store."""
    from app.store import quarantine as quarantine_store
    from app.store.database import Store
    from app.store.queue import NewMessage

    db = tmp_path / "gw.db"
    assert mailmoat("init", db=db).returncode == 0

    async def put() -> None:
        store = await Store.open(db)
        for qid, sender in (("Q1", "promo@ads.example"), ("Q2", "other@ads.example")):
            msg = NewMessage(
                qid,
                1.0,
                sender,
                "203.0.113.5",
                "ads.example",
                text_message("할인 행사", "본문입니다"),
                [("bob@corp.example", "upstream")],
            )
            await store.commit_batched(quarantine_statements(msg, 4e9, "할인 행사", 12.0, "x(+12)"))
        await store.close()

    quarantine_statements = quarantine_store.quarantine_statements
    asyncio.run(put())
    listed = mailmoat("quarantine", "list", db=db)
    assert listed.returncode == 0 and "Q1" in listed.stdout and "'할인 행사'" in listed.stdout
    shown = mailmoat("quarantine", "show", "Q1", db=db)
    assert "rules: x(+12)" in shown.stdout and "본문입니다" in shown.stdout
    allowed = mailmoat("quarantine", "allow", "Q1", db=db)
    assert allowed.returncode == 0 and "allow: email promo@ads.example" in allowed.stdout
    assert mailmoat("quarantine", "delete", "Q2", db=db).returncode == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM quarantine").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM queue_messages WHERE id = 'Q1'").fetchone()[0] == 1
        assert conn.execute("SELECT value FROM list_entries WHERE list = 'allow'").fetchall() == [
            ("promo@ads.example",)
        ]
