"""The statistical filter's honest marks in the running gateway (app.classify.honest): a personal note that
asks for nothing, in the words of the fraud it mirrors, is delivered tagged; the fraud itself is quarantined."""

from __future__ import annotations

import asyncio

from app.store import quarantine as quarantine_store

from tests.conftest import wait_for
from tests.gateway.test_learn import VARIANTS, model_totals, ok, write_messages
from tests.support.corpus import text_message

FRAUD = (
    "오빠 나 폰 고장나서 이걸로 연락해",
    "오빠 나야. 폰이 물에 빠져서 서비스센터 맡겼어. 엄마 신분증 사진이랑 계좌 비밀번호 이 메일로 보내줘 {n}",
)
NOTE = text_message(
    "오빠 나 폰 고장나서 이걸로 연락해",
    "오빠 나야. 폰이 물에 빠져서 서비스센터 맡겼어. 엄마한테 말 좀 해 줘. 돈 필요한 거 아니야 ㅋㅋ",
    sender="Hyejin <hyejin.jung.92@gmail.com>",
)
ASKING = text_message(
    "오빠 나 폰 고장나서 이걸로 연락해",
    "오빠 나야. 폰이 물에 빠져서 서비스센터 맡겼어. 엄마 신분증 사진이랑 계좌 비밀번호 이 메일로 보내줘",
    sender="Hyejin <hyejin.jung.92@gmail.com>",
)


async def test_a_note_asking_for_nothing_is_tagged_where_the_fraud_is_quarantined(gateway, sink, tmp_path):
    await gateway.configure(bayes__enabled="yes", bayes__min_learned="3")
    spam_dir = tmp_path / "spam"
    spam_dir.mkdir()
    spam = []
    for n, variant in enumerate(VARIANTS[:12]):
        path = spam_dir / f"fraud-{n:02d}.eml"
        subject, body = FRAUD
        path.write_bytes(text_message(subject, body.format(n=variant), sender=f"kim{n}@gmail.com"))
        spam.append(path)
    ham = write_messages(tmp_path / "ham", "ham", 12)
    base = model_totals(gateway.db)
    await asyncio.to_thread(ok, "learn", "spam", *map(str, spam), db=gateway.db)
    await asyncio.to_thread(ok, "learn", "ham", *map(str, ham), db=gateway.db)
    policy = gateway.gateway.policy
    await wait_for(lambda: (policy.current.bayes.nspam, policy.current.bayes.nham) == (base[0] + 12, base[1] + 12))

    await asyncio.to_thread(gateway.send, "hyejin.jung.92@gmail.com", ["bob@corp.example"], ASKING)
    [held] = await quarantine_store.list_quarantine(gateway.store)
    assert "bayes(+10)" in held.rules

    await asyncio.to_thread(gateway.send, "hyejin.jung.92@gmail.com", ["bob@corp.example"], NOTE)
    await wait_for(lambda: sink.messages)
    delivered = sink.messages[0].content.decode()
    tags = [line for line in delivered.splitlines() if line.startswith("X-Mailmoat-Rules: ")]
    # the note is delivered: tagged by the band below its own, or untagged when its own band was the lowest (how the
    # starter's weights judge such a note moves with the corpus), never quarantined like the fraud
    assert not tags or "bayes(+8)" in tags[0] or "bayes(+4)" in tags[0], tags
    assert len(await quarantine_store.list_quarantine(gateway.store)) == 1
    note = tmp_path / "note.eml"
    note.write_bytes(NOTE)
    explained = await asyncio.to_thread(ok, "check", str(note), "--to", "bob@corp.example", db=gateway.db)
    assert "one band lower" in explained, explained  # the honest mark did the lowering
