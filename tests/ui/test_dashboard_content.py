"""The Rules and Quarantine screens driven with the keyboard (Textual Pilot) over a real gateway."""

from __future__ import annotations

import asyncio
import getpass
import time

from textual import events
from textual.widgets import DataTable, Input, Label, TextArea

from app.policy.content_rules import ContentRule
from app.store import content_rules as rules_store
from app.store import lists as lists_store
from app.store import quarantine as quarantine_store
from app.store.queue import queue_size
from app.store.samples import Sample
from app.ui.content_backend import preview_samples, rule_from_fields

from tests.conftest import wait_for
from tests.support.corpus import b_word, text_message
from tests.ui.test_dashboard import column, dashboard, rendered


def data_reply(gateway, raw: bytes, sender: str = "kim@other.example") -> tuple[int, str]:
    with gateway.smtp() as client:
        assert client.mail(sender)[0] == 250
        assert client.rcpt("bob@corp.example")[0] == 250
        code, text = client.data(raw)
        return code, text.decode()


async def open_screen(app, pilot, key: str, table_id: str) -> DataTable:
    await pilot.press(key)
    await wait_for(lambda: app.screen.query(table_id))
    return app.screen.query_one(table_id, DataTable)


def policy_mode(gateway, name: str) -> str | None:
    """The rule's mode in the gateway's policy ("enforce", "monitor"), None when it is not in force. The screen may
    show a stored change a moment before the policy reloads: a test sends mail only once the policy has it."""
    return gateway.gateway.policy.current.content_rules.modes.get(name)


async def rule_in_force(gateway, name: str, field: str, pattern: str, score: float = 4) -> None:
    """A custom keyword rule, on and enforced, stored and in the gateway's policy."""
    await rules_store.save_rule(
        gateway.store, ContentRule(None, name, field, pattern, False, "custom", score, None, True, "enforce")
    )
    await gateway.gateway.policy.reload()


async def test_a_rule_added_with_a_preview_of_the_last_day_then_toggled_and_deleted(gateway):
    # mail before the rule: two of three carry the made-up word in the subject
    for subject in ("zorblax 특가 안내", "회의 일정", "오늘만 ZORBLAX"):
        code, _ = await asyncio.to_thread(data_reply, gateway, text_message(b_word(subject), "본문입니다"))
        assert code == 250
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        rules = await open_screen(app, pilot, "5", "#rules")
        await wait_for(lambda: rules.row_count > 0)  # the starter rules
        await pilot.press("a")
        await pilot.pause()
        # name, field, pattern, regex (empty: no), category (empty: custom), score, action
        await pilot.press(
            *"zorblax-reject",
            "tab",
            *"subject",
            "tab",
            *"zorblax",
            "tab",
            "tab",
            "tab",
            *"20",
            "tab",
            *"reject",
            "enter",
        )
        await wait_for(lambda: app.screen.query("#preview-text"))
        preview = rendered(app, "#preview-text")
        assert "In the last 24 hours this rule would have hit 2 of 3 messages" in preview
        assert "zorblax 특가 안내" in preview and "오늘만 ZORBLAX" in preview and "회의 일정" not in preview
        await pilot.press("y")
        await wait_for(lambda: "zorblax-reject" in column(rules, "name"))
        await wait_for(lambda: policy_mode(gateway, "zorblax-reject") == "enforce")
        row = column(rules, "name").index("zorblax-reject")
        assert [
            column(rules, key)[row] for key in ("on", "mode", "category", "score", "action", "field", "pattern")
        ] == ["on", "enforce", "custom", "20", "reject", "subject", "zorblax"]
        spam = text_message(b_word("새 zorblax 소식"), "본문")
        assert await asyncio.to_thread(data_reply, gateway, spam) == (
            550,
            "5.7.1 Message content rejected (rule zorblax-reject)",
        )
        await gateway.gateway.hits.flush()  # hit counts are stored in batches; the screen rereads them
        await wait_for(lambda: column(rules, "hits")[column(rules, "name").index("zorblax-reject")] == "1", timeout=30)

        rules.move_cursor(row=column(rules, "name").index("zorblax-reject"))
        await pilot.press("m")  # monitor: logged, not acted upon
        await wait_for(lambda: column(rules, "mode")[column(rules, "name").index("zorblax-reject")] == "monitor")
        await wait_for(lambda: policy_mode(gateway, "zorblax-reject") == "monitor")
        assert (await asyncio.to_thread(data_reply, gateway, spam))[0] == 250
        await pilot.press("m")
        await wait_for(lambda: column(rules, "mode")[column(rules, "name").index("zorblax-reject")] == "enforce")
        await wait_for(lambda: policy_mode(gateway, "zorblax-reject") == "enforce")
        assert (await asyncio.to_thread(data_reply, gateway, spam))[0] == 550
        await pilot.press("space")  # off
        await wait_for(lambda: column(rules, "on")[column(rules, "name").index("zorblax-reject")] == "off")
        await wait_for(lambda: policy_mode(gateway, "zorblax-reject") is None)
        assert (await asyncio.to_thread(data_reply, gateway, spam))[0] == 250
        await pilot.press("x")  # on again
        await wait_for(lambda: column(rules, "on")[column(rules, "name").index("zorblax-reject")] == "on")
        await wait_for(lambda: policy_mode(gateway, "zorblax-reject") == "enforce")
        assert (await asyncio.to_thread(data_reply, gateway, spam))[0] == 550

        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await wait_for(lambda: "zorblax-reject" not in column(rules, "name"))
        assert await rules_store.find_rule(gateway.store, "zorblax-reject") is None
        await wait_for(lambda: policy_mode(gateway, "zorblax-reject") is None)
        assert (await asyncio.to_thread(data_reply, gateway, spam))[0] == 250


async def test_editing_a_rule_keeps_it_and_a_bad_draft_is_refused_back_into_the_form(gateway):
    await rule_in_force(gateway, "frobnic", "body", "frobnicate")
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        rules = await open_screen(app, pilot, "5", "#rules")
        await wait_for(lambda: "frobnic" in column(rules, "name"))
        rules.move_cursor(row=column(rules, "name").index("frobnic"))
        await pilot.press("e")
        await pilot.pause()
        # the form comes filled in: go to the pattern, make it a broken regex
        await pilot.press("tab", "tab", "end", "ctrl+u", *"(unclosed", "tab", "end", "ctrl+u", *"yes", "enter")
        await wait_for(lambda: "bad regular expression" in str(app.screen.query_one("#form-error", Label).render()))
        assert app.screen.query_one("#field-pattern", Input).value == "(unclosed"  # the form stays open, as typed
        app.screen.query_one("#field-pattern", Input).value = "frob+le"
        await pilot.press("enter")
        await wait_for(lambda: app.screen.query("#preview-text"))
        await pilot.press("y")
        await wait_for(lambda: "/frob+le/" in column(rules, "pattern"))
        row = await rules_store.find_rule(gateway.store, "frobnic")
        assert (row.pattern, row.is_regex, row.score, row.field) == ("frob+le", True, 4.0, "body")


async def test_the_test_modal_shows_which_rules_and_the_selected_rule_hit_a_pasted_text(gateway):
    await rules_store.save_rule(
        gateway.store,
        ContentRule(None, "ko-flarp", "body", "플라프특가", False, "advertising", 6, None, False, "enforce"),
    )  # off: tested as selected
    await gateway.gateway.policy.reload()
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        rules = await open_screen(app, pilot, "5", "#rules")
        await wait_for(lambda: "ko-flarp" in column(rules, "name"))
        rules.move_cursor(row=column(rules, "name").index("ko-flarp"))
        assert column(rules, "pattern")[column(rules, "name").index("ko-flarp")] == "플라프특가"
        await pilot.press("t")
        await wait_for(lambda: app.screen.query("#test-text"))
        area = app.screen.query_one("#test-text", TextArea)
        pasted = "안녕하세요\n오늘의 [플 라 프 특 가] 안내입니다. 무료 수신 거부"
        app.post_message(events.Paste(pasted))  # as the terminal delivers a paste: to the focused widget
        await wait_for(lambda: area.text == pasted)
        await pilot.press("ctrl+t")
        await wait_for(lambda: "Tested: pasted text" in rendered(app, "#test-result"))
        result = rendered(app, "#test-result")
        assert "The selected rule ko-flarp HITS (+6 advertising) in body" in result
        assert "플 라 프 특 가" in result  # the snippet, as the text had it (case folded)
        assert "ko-ad-free-optout" in result  # a starter rule in force that hits too
        # a stored message by its ID: none here
        await pilot.press("tab", *"NOSUCHID", "enter")
        await wait_for(lambda: "no message NOSUCHID" in rendered(app, "#test-result"))
        await pilot.press("escape")
        await wait_for(lambda: app.screen.query("#rules"))


async def test_quarantine_view_release_allow_and_delete(gateway, sink):
    await rule_in_force(gateway, "quux", "body", "quuxwibble", score=12)
    ids = {}
    for who, subject in (("released", "격리된 편지"), ("allowed", "두번째"), ("deleted", "세번째")):
        raw = text_message(b_word(subject), f"안녕하세요, quuxwibble 입니다 ({who})")
        code, text = await asyncio.to_thread(data_reply, gateway, raw, f"{who}@other.example")
        assert code == 250
        ids[who] = text.rsplit(" ", 1)[1]
    assert len(await quarantine_store.list_quarantine(gateway.store)) == 3
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        table = await open_screen(app, pilot, "6", "#quarantine")
        await wait_for(lambda: table.row_count == 3)
        assert set(column(table, "subject")) == {"격리된 편지", "두번째", "세번째"}
        assert set(column(table, "rules")) == {"quux(+12)"}

        table.move_cursor(row=column(table, "id").index(ids["released"]))
        await wait_for(lambda: "quuxwibble 입니다 (released)" in rendered(app, "#quarantine-message"))
        view = rendered(app, "#quarantine-message")
        assert "Subject:    격리된 편지" in view and "score 12: quux(+12)" in view
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("y")
        await wait_for(lambda: ids["released"] not in column(table, "id"))
        await wait_for(lambda: sink.messages)
        assert sink.messages[0].content.startswith(f"X-Mailmoat-Released: by {getpass.getuser()} (dashboard)".encode())
        assert b"(released)" in sink.messages[0].content

        table.move_cursor(row=column(table, "id").index(ids["allowed"]))
        await wait_for(lambda: "(allowed)" in rendered(app, "#quarantine-message"))
        await pilot.press("A")  # or l
        await pilot.pause()
        await pilot.press("y")
        await wait_for(lambda: ids["allowed"] not in column(table, "id"))
        await wait_for(lambda: len(sink.messages) == 2)
        allowed = [(e.list, e.kind, e.value) for e in await lists_store.load_entries(gateway.store)]
        assert ("allow", "email", "allowed@other.example") in allowed
        await wait_for(lambda: gateway.gateway.policy.current.lists.allow.size == 1)  # the screen can be ahead of it
        # the allow entry is in force: the same content from that sender now passes the content rules
        again = text_message(b_word("다시"), "quuxwibble again")
        assert (await asyncio.to_thread(data_reply, gateway, again, "allowed@other.example"))[0] == 250
        await wait_for(lambda: len(sink.messages) == 3)

        await wait_for(lambda: column(table, "id") == [ids["deleted"]])
        # the Rules screen tests the selected rule on a stored message, by its ID
        rules = await open_screen(app, pilot, "5", "#rules")
        await wait_for(lambda: "quux" in column(rules, "name"))
        rules.move_cursor(row=column(rules, "name").index("quux"))
        await pilot.press("t")
        await wait_for(lambda: app.screen.query("#test-message"))
        await pilot.press("tab", *ids["deleted"], "enter")
        await wait_for(lambda: "Tested: message" in rendered(app, "#test-result"))
        result = rendered(app, "#test-result")
        assert f"Tested: message {ids['deleted']} (세번째)" in result
        assert "The selected rule quux HITS (+12 custom) in body: … 안녕하세요, quuxwibble 입니다 (deleted) …" in result
        await pilot.press("escape")
        table = await open_screen(app, pilot, "6", "#quarantine")
        table.move_cursor(row=0)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await wait_for(lambda: table.row_count == 0)
        assert await quarantine_store.count(gateway.store) == 0
        await wait_for(lambda: "empty" in rendered(app, "#quarantine-message"))

        async def queue_empty() -> bool:  # the released ones are delivered and gone; the deleted one went nowhere
            return await queue_size(gateway.store) == 0

        await wait_for(queue_empty)
        assert len(sink.messages) == 3


def test_preview_of_a_short_keyword_tells_its_word_form() -> None:
    samples = [
        Sample(time.time(), f"s{i}", "a@partner.example", "bob@corp.example", subject, [], body, [], 0.0, "accept")
        for i, (subject, body) in enumerate(
            [("행사", "성인식 행사 안내"), ("문의", "성인 인증 문의"), ("회의", "회의 자료")]
        )
    ]
    bare = preview_samples(rule_from_fields({"field": "body", "pattern": "성인"}), samples, 24)
    assert bare.hits == 2 and "it hit 2 of the 3 messages" in bare.advice and "as a whole word 1" in bare.advice
    word = rule_from_fields({"field": "body", "pattern": "성인", "regex": "word"})
    assert word.word and not word.is_regex
    assert preview_samples(word, samples, 24).hits == 1 and preview_samples(word, samples, 24).advice == ""


async def test_the_learn_keys_teach_the_filter_from_the_quarantine_and_the_live_screen(gateway, sink):
    from app.store import bayes as bayes_store

    await gateway.configure(content__quarantine_score="1")
    raw = text_message("(광고) 오늘의 특가 zorblax", "zorblax 특가 상품을 소개합니다")
    code, _ = await asyncio.to_thread(data_reply, gateway, raw)
    assert code == 250
    before = await bayes_store.load_model(gateway.store)
    app = dashboard(gateway)
    async with app.run_test(size=(120, 40)) as pilot:
        table = await open_screen(app, pilot, "6", "#quarantine")
        await wait_for(lambda: table.row_count == 1)
        await pilot.press("S")
        await wait_for(lambda: gateway.gateway.policy.current.bayes.nspam == before.nspam + 1)
        assert gateway.gateway.policy.current.bayes.counts["zorblax"][0] >= 1
        await pilot.press("S")  # again: one training, not two
        await pilot.pause()
        await pilot.press("N")  # changed its mind: the spam training is replaced by a ham one
        await wait_for(lambda: gateway.gateway.policy.current.bayes.nham == before.nham + 1)
        assert gateway.gateway.policy.current.bayes.nspam == before.nspam
        await pilot.press("1")  # Live: a new session's row; its message is in the quarantine
        await wait_for(lambda: app.screen.query("#log"))
        log = app.screen.query_one("#log", DataTable)
        other = text_message("(광고) 새 상품 quuxfrob", "quuxfrob 신상품 안내")
        code, text = await asyncio.to_thread(data_reply, gateway, other)
        assert code == 250
        queue_id = text.rsplit(" ", 1)[1]

        def row_of_message():
            keys = [
                key
                for key, row in app.screen.model.rows.items()
                if any(e.get("queue_id") == queue_id for e in row.events)
            ]
            return keys[0] if keys else None

        key = await wait_for(row_of_message)
        await wait_for(lambda: key in [k.value for k in log.rows])
        log.focus()
        log.move_cursor(row=[k.value for k in log.rows].index(key))
        await pilot.press("S")
        await wait_for(lambda: gateway.gateway.policy.current.bayes.nspam == before.nspam + 1)
        assert gateway.gateway.policy.current.bayes.counts["quuxfrob"][0] >= 1
    trainings = await bayes_store.trainings(gateway.store)
    assert [t.label for t in trainings] == ["spam", "ham"] and trainings[0].source.startswith("dashboard ")
