"""Part of issue 15's fourth signal pass: structure that generalises over the lures that still pass, tried on
hand-made messages through the DATA stage's content checks (decode, rules, signals, statistical filter)."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

from app.classify.bayes import trained
from app.classify.learning import tokens_of
from app.install import initialise
from app.mail.addresses import parse_forward_path
from app.pipeline import content as content_stage
from app.pipeline.context import AcceptedRecipient, SessionContext
from app.policy.loader import load_snapshot
from app.store import relay as relay_store
from app.store.database import Store

PAYROLL = (
    "안녕하세요, 인사총무팀입니다. 11월 급여명세서가 발행되었습니다. 명세서 확인 후 연말정산 동의 항목을 "
    "체크해 주세요. 문의는 내선 2210으로 부탁드립니다. 감사합니다."
)


def raw(text: str, sender: str = "hr@corp.example", subject: str = "11월 급여명세서 발행 안내") -> bytes:
    return (
        f"From: 인사총무팀 <{sender}>\r\nTo: bob@corp.example\r\nSubject: {subject}\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
    ).encode()


async def outcome(message: bytes, ham_like: bytes):
    """The content outcome of `message` with a filter that learned `ham_like` as ham (and other text as spam)."""
    with tempfile.TemporaryDirectory() as tmp:
        store = await Store.open(Path(tmp) / "t.db", create=True)
        try:
            await initialise(store, "mx.corp.example")
            await relay_store.add_local_domain(store, "corp.example")
            policy = await load_snapshot(store)
            model = policy.bayes.__class__()
            ham_tokens = tokens_of(ham_like)[0]
            spam_tokens = tokens_of(raw("카지노 첫충 20% 바카라 슬롯 가입머니 즉시 지급", "x@casino.example"))[0]
            for _ in range(30):
                model = trained(trained(model, ham_tokens, "ham"), spam_tokens, "spam")
            ctx = SessionContext("s", "203.0.113.5", "127.0.0.1", dataclasses.replace(policy, bayes=model))
            ctx.recipients = [AcceptedRecipient(parse_forward_path("<bob@corp.example>"), "upstream")]
            await content_stage.check(ctx, message)
            return ctx.content
        finally:
            await store.close()


async def test_signals_that_quarantine_on_their_own_are_not_taken_back_by_the_filter_s_ham_lean():
    lure = raw(PAYROLL + " 명세서 확인: http://nid-naver.com/payslip", sender="hr@corp.example")
    found = await outcome(lure, raw(PAYROLL))
    assert "link-brand-lookalike" in found.signals and found.action == "quarantine"
    [learned] = [h for h in found.monitored if h.name == "bayes"]  # shown, not counted
    assert learned.score < 0 and "bayes" not in [h.name for h in found.hits]
    # Below the quarantine score the ham lean counts as before: a shortener (1) is no reason to ignore it.
    weak = await outcome(raw(PAYROLL + " 명세서 확인: https://bit.ly/3xPay"), raw(PAYROLL))
    assert any(h.name == "bayes" and h.score < 0 for h in weak.hits) and weak.action == ""


def test_a_threat_of_loss_unless_the_reader_acts_is_a_clause_not_a_word():
    from app.policy.lures import threat

    assert threat("", "여권 정보 확인이 필요합니다. 확인하지 않을 경우 출국이 제한될 수 있습니다.").startswith(
        "않을 경우"
    )
    assert threat("", "48시간 안에 등록하세요. 등록하지 않으면 메일과 Teams 접속이 차단됩니다.")
    assert threat("[안내] 미등록 시 서비스 이용이 제한됩니다", "")
    assert threat("", "If you do not confirm within 24 hours, your mailbox will be suspended.")
    for honest in (
        "회의 자료를 미리 확인해 주세요. 참석하지 않으신 분은 회신 부탁드립니다.",
        "차단 설정이 완료되었습니다. 변경하지 않으면 지금 설정이 유지됩니다.",  # the loss is not in the clause
        "비밀번호는 제한 없이 변경할 수 있습니다.",
        "Please review the attached deck. If you do not have access, let me know.",
    ):
        assert threat("", honest) == "", honest


async def test_a_threat_is_a_nudge_alone_and_stands_in_for_a_lure_phrase_beside_a_lure_target():
    from app.policy.signals import message_signals
    from app.mail.decode import decode_message

    text = "귀하의 여권 정보가 일치하지 않습니다. 확인하지 않을 경우 출국이 제한될 수 있습니다."
    alone = message_signals(decode_message(raw(text, sender="moj@immigration-notice.example")))
    assert alone.names == ["threat-unless"] and alone.hits[0].score == 2
    linked = message_signals(decode_message(raw(text + " https://bit.ly/3xMoj", sender="moj@immigration.example")))
    [lure] = [h for h in linked.hits if h.name == "credential-lure"]
    assert lure.snippet.startswith("않을 경우 출국이 제한 -> bit.ly")


def test_a_stock_tip_room_claims_profit_and_gives_a_personal_channel():
    from app.mail.decode import decode_message
    from app.policy.lures import stock_tip
    from app.policy.signals import message_signals

    assert (
        stock_tip("", "지난 달 VIP 추천 종목 평균 수익률 +46.8%. 지금 VIP 신청하시면 첫 달 50% 할인")
        == "추천 종목 + VIP 신청"
    )
    assert stock_tip("[무료 세미나] 2027 급등 예상 테마주 5선 공개", "참석 신청 : 010-3382-7716 (성함 문자)")
    assert stock_tip("", "원금 보장 상품, 상담은 카톡 ID money77") == "원금 보장 + 카톡"
    for honest in (
        "3분기 펀드 수익률 +14.6%입니다. 문의: 고객센터 1588-9999",  # a return, but the firm's own number
        "이번 주 추천 종목 리포트를 첨부합니다. 리서치센터 드림",  # a report, no channel to join
        "회의는 목요일입니다. 급한 일은 010-2931-5804로 연락 주세요.",  # a phone, no claim
        # a colleague's digest of filings that mentions 상한가, signed with a mobile beside the office's numbers
        "4. 경쟁사 - 무상증자 결정, 주가 상한가\n경영지원팀 최수진 대리\nT. 031-8017-0214  M. 010-7718-2046",
        "주가 상한가 기록\n최수진 드림\nM. 010-7718-2046\nE. sj.choi@corp.example",
    ):
        assert stock_tip("", honest) == "", honest
    assert (
        stock_tip("", "추천 종목 평균 수익률 +46.8% 문의 HP 010-3382-7716") == "추천 종목 + 010-3382-7716"
    )  # no office
    text = "VIP 투자 클럽 12월 세미나: 2027 급등 예상 테마주 공개. 참석 신청 010-3382-7716"
    signals = message_signals(decode_message(raw(text, sender="club@securities-club.example", subject="초대")))
    assert [(h.name, h.score) for h in signals.hits] == [("stock-tip-contact", 4.0)]


def test_an_outside_offer_that_names_the_office_domain_and_a_price():
    from app.mail.decode import decode_message
    from app.policy.signals import message_signals

    def names(text: str, subject: str, sender: str, local=("corp.example",)) -> list[str]:
        message = decode_message(raw(text, sender=sender, subject=subject))
        return message_signals(message, local_domains=local).names

    pitch = "I can build 100 high DA backlinks to boost your Google ranking. Package: $49, delivered in 5 days."
    assert names(pitch, "100 backlinks for corp.example", "seo.pro@gmail.com") == ["our-domain-offer"]
    renewal = "corp.example 도메인의 검색엔진 등록이 만료되었습니다. 연장 비용 : 1년 396,000원"
    assert "our-domain-offer" in names(renewal, "도메인 만료 안내", "renew@registry.example")
    assert names(pitch, "100 backlinks for corp.example", "seo.pro@gmail.com", local=()) == []  # not at the gateway
    assert names(pitch, "100 backlinks for your site", "seo.pro@gmail.com") == []  # the domain is not named
    down = "Monitor is DOWN: www.corp.example has been down since 02:13 KST (connection timeout)."
    assert names(down, "Monitor is DOWN", "alert@uptime.example") == []  # no price
    own = names(pitch, "backlinks for corp.example", "kim@mail.corp.example")  # the office's own people
    assert own == []


def test_a_sender_that_names_a_service_and_spells_it_into_its_own_domain():
    from app.mail.decode import decode_message
    from app.policy.signal_scores import SIGNAL_SCORES
    from app.policy.signals import message_signals

    def hits(sender: str, name: str) -> dict[str, float]:
        message = (
            f"From: {name} <{sender}>\r\nSubject: 파일이 공유되었습니다\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n이은정 님이 세금계산서_11월.pdf 파일을 공유했습니다.\r\n"
        ).encode()
        return {h.name: h.score for h in message_signals(decode_message(message)).hits}

    forged = hits("no-reply@dropbox-transfer.org", "Dropbox")
    assert set(forged) == {"service-word-domain", "sender-name-mismatch", "sender-service-lookalike"}
    assert (
        sum(forged.values()) >= 10 and forged["sender-service-lookalike"] == SIGNAL_SCORES["sender-service-lookalike"]
    )
    assert "sender-service-lookalike" not in hits("no-reply@dropbox.com", "Dropbox")
    assert set(hits("news@partner-shop.example", "Dropbox")) == {"sender-name-mismatch"}  # a name only
    assert set(hits("sales@dropbox-reseller.com", "김민수")) == {"service-word-domain"}  # a domain only
    korean = hits("noreply@jandi-team.co", "잔디")  # a Korean service called by its Korean name
    assert {"service-word-domain", "sender-service-lookalike", "pseudo-korean-sender"} <= set(korean)
    assert "sender-service-lookalike" not in hits("noreply@jandi-team.co", "하이웍스")  # the name is another's


def test_check_shows_the_filter_s_ham_lean_it_did_not_count(tmp_path, capsys):
    """`mailmoat check` lists the withheld filter score as a monitored hit, with its sign, and quarantines."""
    from app.cli import main

    db = tmp_path / "m.db"
    assert main(["--db", str(db), "init", "--hostname", "mx.corp.example"]) == 0
    assert main(["--db", str(db), "domain", "add", "corp.example"]) == 0
    names = ("김민수", "이영희", "박지훈", "최수진", "정우성", "강하늘", "조은비", "윤서준")
    for number, name in enumerate(names):  # the office's payroll notices to eight people, learned as ham
        ham = tmp_path / f"ham{number}.eml"
        ham.write_bytes(raw(f"{name}님, " + PAYROLL))
        assert main(["--db", str(db), "learn", "ham", str(ham)]) == 0
    eml = tmp_path / "lure.eml"
    eml.write_bytes(raw(PAYROLL + " 명세서 확인: http://nid-naver.com/payslip"))
    capsys.readouterr()
    main(["--db", str(db), "check", str(eml), "--to", "bob@corp.example"])
    out = capsys.readouterr().out
    [withheld] = [line for line in out.splitlines() if line.strip().startswith("bayes")]
    assert "(monitor, -" in withheld and "verdict: quarantine" in out
