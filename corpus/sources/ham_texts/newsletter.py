"""newsletter: solicited newsletters and notices (associations, KOTRA, ministries, trade shows, vendors,
webinars, alumni) — bulk HTML with tracking links and unsubscribe (수신거부) links, no (광고) tag."""
import hashlib

from ham_texts import M, P, notice_html


def _h(*parts: str, n: int = 12) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


def track(esp: str, url: str, key: str) -> str:
    """The click-tracking redirect an ESP puts in place of a link."""
    if esp == "stibee":
        return f"https://stib.ee/{_h(esp, url, key, n=6)}"
    if esp == "mailchimp":
        return (f"https://{key}.us21.list-manage.com/track/click?u={_h('u', key, n=25)}&id={_h(url, n=10)}"
                f"&e={_h('e', key, n=10)}")
    if esp == "sendgrid":
        return f"https://u{int(_h(key, n=5), 16) % 90000 + 10000}.ct.sendgrid.net/ls/click?upn={_h(url, key, n=40)}"
    return url


def letter(esp: str, key: str, brand: str, color: str, title: str, intro: str, items: list, footer: str,
           unsub: str, opt_reason: str, webview: str = "") -> str:
    """Newsletter HTML. items: (headline, text, url, label)."""
    cells = []
    for headline, text, url, label in items:
        link = track(esp, url, key)
        cells.append(
            f'<tr><td style="padding:16px 28px;border-bottom:1px solid #eeeeee;">'
            f'<p style="margin:0 0 6px;font-size:16px;font-weight:bold;color:#222;">{headline}</p>'
            f'<p style="margin:0 0 8px;font-size:14px;line-height:1.7;color:#444;">{text}</p>'
            f'<a href="{link}" style="color:{color};font-size:13px;font-weight:bold;">{label} &rarr;</a></td></tr>')
    pixel = ""
    if esp == "mailchimp":
        pixel = (f'<img src="https://{key}.us21.list-manage.com/track/open.php?u={_h("u", key, n=25)}&id='
                 f'{_h("o", key, n=10)}&e={_h("e", key, n=10)}" height="1" width="1" alt="">')
    elif esp == "stibee":
        pixel = f'<img src="https://stibee.com/api/v1.0/emails/{_h("o", key, n=8)}/open" width="1" height="1" alt="">'
    wv = (f'<tr><td style="padding:8px 28px;font-size:11px;color:#999;text-align:right;">메일이 잘 보이지 않나요? '
          f'<a href="{webview}" style="color:#999;">웹에서 보기</a></td></tr>' if webview else "")
    items_html = "\n".join(cells)
    return (
        '<!DOCTYPE html>\n<html lang="ko"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f'<title>{title}</title></head>\n<body style="margin:0;background:#f1f3f5;">\n'
        '<table role="presentation" width="100%" cellspacing="0" cellpadding="0" style="background:#f1f3f5;">'
        '<tr><td align="center">\n<table role="presentation" width="600" cellspacing="0" cellpadding="0" '
        'style="background:#ffffff;font-family:\'Noto Sans KR\',\'Malgun Gothic\',sans-serif;">\n'
        f'{wv}\n<tr><td style="background:{color};padding:22px 28px;color:#fff;font-size:20px;font-weight:bold;">'
        f'{brand}</td></tr>\n<tr><td style="padding:22px 28px 6px;font-size:19px;font-weight:bold;">{title}</td></tr>\n'
        f'<tr><td style="padding:6px 28px 14px;font-size:14px;line-height:1.7;color:#444;">{intro}</td></tr>\n'
        f'{items_html}\n<tr><td style="padding:20px 28px;font-size:11px;line-height:1.7;color:#8a8a8a;'
        f'background:#fafafa;">{opt_reason}<br>{footer}<br>'
        f'{unsub_line(key, unsub)}</td></tr>\n</table>{pixel}\n</td></tr></table>\n</body></html>\n')


# Senders word their opt-out line differently; each sender keeps its own wording.
UNSUB_LINES = (
    '더 이상 받고 싶지 않으시면 <a href="{u}" style="color:#8a8a8a;">수신거부</a>를 눌러주세요.',
    '메일 수신을 원하지 않으시면 <a href="{u}" style="color:#8a8a8a;">[수신거부]</a>를 클릭하십시오. '
    '처리에는 최대 3일이 걸릴 수 있습니다.',
    '<a href="{u}" style="color:#8a8a8a;">구독 해지</a> · 수신 설정은 마이페이지에서 바꿀 수 있습니다.',
    '본 메일은 발신 전용으로 회신되지 않습니다. 메일링 해지를 원하시면 <a href="{u}" style="color:#8a8a8a;">여기</a>를 '
    '눌러 주세요.',
    'If you no longer wish to receive these emails, <a href="{u}" style="color:#8a8a8a;">unsubscribe here</a>.',
    '뉴스레터가 더 필요 없으신가요? <a href="{u}" style="color:#8a8a8a;">구독 취소하기</a>',
    '수신을 원치 않으시면 <a href="{u}" style="color:#8a8a8a;">수신거부</a> 하실 수 있습니다. 수신거부 후에도 '
    '서비스 이용에 필요한 안내 메일은 발송됩니다.',
)


def unsub_line(key: str, unsub: str) -> str:
    return UNSUB_LINES[int(_h("unsub", key, n=6), 16) % len(UNSUB_LINES)].format(u=unsub)


def list_headers(unsub: str, mailto: str = "", list_id: str = "") -> dict:
    value = f"<{unsub}>" + (f", <mailto:{mailto}>" if mailto else "")
    h = {"List-Unsubscribe": value, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"}
    if list_id:
        h["List-Id"] = list_id
    return h


def N(slug, frm, to, subj, date, esp, key, brand, color, title, intro, items, footer, unsub, reason,
      webview="", relay="", **kw):
    # Mailchimp and SendGrid send a generated text part and Q-encoded headers; Stibee and in-house
    # mailers send HTML only.
    relay = relay or {"stibee": "mta.stibee.com", "mailchimp": "mail180-17.suw21.mcdlv.net",
                      "sendgrid": "o1.ptr4471.sendgrid.net"}.get(esp)
    if esp in ("mailchimp", "sendgrid"):
        kw.setdefault("fmt", "alt")
        kw.setdefault("henc", "utf-8/Q")
    M("newsletter", slug, frm, to, subj, date,
      html=letter(esp, key, brand, color, title, intro, items, footer, unsub, reason, webview),
      headers=list_headers(unsub, kw.pop("mailto", ""), kw.pop("list_id", "")),
      client="esp", relay=relay, **kw)


N("kotra-export-news", "KOTRA 해외시장뉴스 <news@kotra.or.kr>", P["bae"], "[KOTRA 해외시장뉴스] 독일 제조업 스마트공장 투자 동향 외",
  "2026-03-18 09:00", "none", "kotra", "KOTRA 해외시장뉴스", "#003c71", "이번 주 해외시장뉴스",
  "배성우 님, 관심 분야로 설정하신 <b>산업기계·자동화</b> 분야 최신 뉴스입니다.", [
      ("독일 제조업, 에너지 비용 부담에 스마트공장 투자 확대", "독일 중견 제조기업의 62%가 향후 2년 내 예지보전 "
       "솔루션 도입을 계획하고 있다. 한국 센서 기업의 진출 기회가 커지고 있다.",
       "https://dream.kotra.or.kr/kotranews/cms/news/actionKotraBoardDetail.do?SITE_NO=3&MENU_ID=180&bbsSn=242",
       "기사 전문 보기"),
      ("베트남 전자부품 공급망 재편과 한국 기업의 기회", "삼성·LG 협력사 중심으로 현지 계측장비 수요가 늘고 있다.",
       "https://dream.kotra.or.kr/kotranews/cms/news/actionKotraBoardDetail.do?SITE_NO=3&MENU_ID=410&bbsSn=243",
       "기사 전문 보기"),
      ("[사업공고] 2026 해외 전시회 한국관 참가기업 모집", "하노버 메세, ACHEMA 등 12개 전시회 한국관 참가기업을 "
       "모집합니다. 부스 임차료 50% 지원.", "https://www.kotra.or.kr/subList/20000005937", "공고 보기"),
  ], "KOTRA(대한무역투자진흥공사) | 서울특별시 서초구 헌릉로 13 | 대표전화 1600-7119",
  "https://www.kotra.or.kr/mailing/unsubscribe?email=sw.bae%40corp.example",
  "본 메일은 KOTRA 해외시장뉴스 뉴스레터 구독을 신청하신 분께 발송됩니다.")

N("mss-support-program", "중소벤처기업부 <webmaster@mss.go.kr>", P["ceo"],
  "[중소벤처기업부] 2026년 스마트공장 구축 및 고도화 지원사업 공고", "2026-01-28 10:00", "none", "mss", "중소벤처기업부",
  "#1a4b8c", "2026년 스마트공장 구축 및 고도화 지원사업 통합공고", "중소기업의 디지털 전환을 지원하기 위한 2026년 "
  "스마트공장 지원사업을 다음과 같이 공고합니다.", [
      ("지원 내용", "기초단계 구축: 최대 1억원(정부 50%), 고도화: 최대 2억원(정부 50%). 공급기업 풀 등록 업체를 통해 "
       "구축해야 합니다.", "https://www.mss.go.kr/site/smba/ex/bbs/View.do?cbIdx=310&bcIdx=1062118", "공고문 보기"),
      ("신청 기간 및 방법", "2026. 2. 2.(월) ~ 2. 27.(금) 18:00, 스마트제조혁신추진단 누리집에서 온라인 신청",
       "https://www.smart-factory.kr", "스마트제조혁신추진단 바로가기"),
      ("설명회", "2월 5일(목) 14시 온라인 설명회(유튜브 생중계)", "https://www.youtube.com/@mssgov", "설명회 보기"),
  ], "중소벤처기업부 | 세종특별자치시 가름로 180 | 중소기업 통합콜센터 1357",
  "https://www.mss.go.kr/site/smba/newsletter/unsubscribe.do",
  "본 메일은 중소벤처기업부 뉴스레터 수신에 동의하신 분께 발송됩니다.")

N("kiea-association", "한국계측기기협회 <newsletter@kiea.or.kr>", P["bae"], "[협회소식] 3월 회원사 소식 및 교육 일정 안내",
  "2026-03-05 08:30", "stibee", "kiea", "한국계측기기협회 뉴스레터", "#0b7a75", "3월 회원사 소식",
  "회원사 여러분 안녕하십니까. 3월 협회 소식을 전해드립니다.", [
      ("계측기 교정 실무자 교육 (4월)", "KOLAS 교정 절차와 불확도 계산 실습. 회원사 교육비 50% 지원.",
       "https://www.kiea.or.kr/edu/2026-04", "교육 신청"),
      ("정기총회 결과 및 신임 이사 선임", "2월 26일 정기총회에서 2026년 사업계획과 예산이 승인되었습니다.",
       "https://www.kiea.or.kr/notice/1182", "자세히 보기"),
      ("회원사 동정", "누리웍스, 진동센서 예지보전 솔루션 PoC 완료 외 4건", "https://www.kiea.or.kr/news/members",
       "회원사 동정 보기"),
  ], "(사)한국계측기기협회 | 서울특별시 구로구 디지털로 288 | 02-2108-0090",
  "https://page.stibee.com/subscriptions/148822/unsubscribe", "본 메일은 협회 회원사 담당자에게 발송됩니다.",
  webview="https://page.stibee.com/emails/4410928")

N("automation-world-invite", "오토메이션월드 2026 <visit@automationworld.co.kr>", P["jung"],
  "[초청] 오토메이션월드 2026 무료 사전등록 (3/25~27, 코엑스)", "2026-02-24 10:00", "mailchimp", "autoworld",
  "AUTOMATION WORLD 2026", "#e4002b", "사전등록하고 무료로 입장하세요", "국내 최대 스마트공장·자동화 전시회 "
  "오토메이션월드 2026에 초대합니다. 3월 20일까지 사전등록하시면 입장료(1만원)가 면제됩니다.", [
      ("500개사 1,800부스", "스마트공장, 산업용 로봇, 머신비전, 센서·계측 기업이 참가합니다.",
       "https://www.automationworld.co.kr/visitors/register", "사전등록 바로가기"),
      ("컨퍼런스: 스마트제조 리더스 포럼", "3월 25일 그랜드볼룸, 제조 AI 도입 사례 발표",
       "https://www.automationworld.co.kr/conference", "프로그램 보기"),
  ], "오토메이션월드 사무국 | 서울 강남구 영동대로 513 코엑스 | 02-6000-1153",
  "https://autoworld.us21.list-manage.com/unsubscribe?u=5f3b1d0e6a4c2b8e9f7a1c3d2&id=7c1e9b2a44",
  "본 메일은 지난 전시회에 방문등록하시면서 전시 소식 수신에 동의하신 분께 발송됩니다.",
  webview="https://mailchi.mp/automationworld/aw2026-preregistration")

N("vendor-release-notes", "Siemens Industry Online Support <support.industry@siemens.com>", P["lim"],
  "TIA Portal V20 Update 2 릴리스 노트", "2026-04-09 07:00 +0200", "sendgrid", "siemens", "SIEMENS", "#009999",
  "TIA Portal V20 Update 2 출시", "구독하신 제품의 새 업데이트가 출시되었습니다.", [
      ("주요 변경 사항", "S7-1500 펌웨어 V3.2 지원, OPC UA 서버 성능 개선, 알려진 문제 14건 수정",
       "https://support.industry.siemens.com/cs/document/109826171", "릴리스 노트 보기"),
      ("보안 권고", "SSA-2026-118: 이전 버전에서 발견된 취약점에 대해 업데이트를 권장합니다.",
       "https://cert-portal.siemens.com/productcert/html/ssa-118203.html", "보안 권고 보기"),
  ], "Siemens AG, Werner-von-Siemens-Straße 1, 80333 München, Germany",
  "https://support.industry.siemens.com/my/ww/ko/newsletter/unsubscribe",
  "You receive this e-mail because you subscribed to product notifications in mySupport.")

N("webinar-invite-aveva", "AVEVA Korea <korea.marketing@aveva.com>", P["lim"], "[웨비나] 제조 데이터 통합, PI System으로 시작하기 (4/22)",
  "2026-04-08 10:00", "mailchimp", "aveva", "AVEVA Korea", "#5f2c82", "무료 웨비나에 초대합니다",
  "임채원 님, 4월 22일(수) 오후 2시 한국어 웨비나에 초대합니다.", [
      ("제조 현장 데이터 통합, 어디서부터 시작할까?", "센서·PLC·MES 데이터를 한곳에 모으는 아키텍처와 국내 고객 사례를 "
       "소개합니다. 라이브 Q&A 포함.", "https://www.aveva.com/ko-kr/events/webinar-pi-system-2026/", "지금 등록하기"),
  ], "AVEVA Korea | 서울특별시 강남구 테헤란로 152 강남파이낸스센터",
  "https://aveva.us21.list-manage.com/unsubscribe?u=2b8d4e6f1a3c5e7b9d1f3a5c7&id=a81c2e3f90",
  "AVEVA 이벤트 소식 수신에 동의하셔서 이 메일을 받으셨습니다.")

N("alumni-letter", "KAIST 총동문회 <alumni@kaist.ac.kr>", P["lim"], "KAIST 동문 소식 2026년 봄호", "2026-04-15 11:00",
  "stibee", "kaistalumni", "KAIST 총동문회", "#004191", "동문 소식 2026 봄",
  "동문 여러분, 캠퍼스에 벚꽃이 한창입니다. 봄호 소식을 전합니다.", [
      ("2026 홈커밍데이 (5/16)", "졸업 10·20·30주년 기수 초청 행사와 학과별 모임이 열립니다.",
       "https://alumni.kaist.ac.kr/homecoming2026", "참가 신청"),
      ("동문 창업 기업 소개: 제조 AI 스타트업 3곳", "예지보전, 비전검사, 공정 최적화 분야 동문 기업을 소개합니다.",
       "https://alumni.kaist.ac.kr/news/startups-2026-spring", "기사 보기"),
      ("장학기금 모금 현황", "후배 사랑 장학기금에 동문 412명이 참여했습니다.", "https://giving.kaist.ac.kr", "기부 안내"),
  ], "KAIST 총동문회 | 대전광역시 유성구 대학로 291 | 042-350-2114",
  "https://page.stibee.com/subscriptions/90117/unsubscribe", "KAIST 동문으로 등록되신 분께 보내드립니다.",
  webview="https://page.stibee.com/emails/3871002")

N("kita-trade-news", "한국무역협회 <kitanews@kita.net>", P["oh"], "[무역뉴스] 환율 전망과 수입 원자재 가격 동향",
  "2026-05-04 07:30", "none", "kita", "KITA 무역뉴스", "#00529b", "오늘의 무역뉴스",
  "회원사를 위한 주요 무역 뉴스입니다.", [
      ("하반기 원/유로 환율 1,480~1,560원 전망", "유럽 경기 회복 지연으로 유로화 약세 가능성. 수입 결제 시기 분산 권고.",
       "https://www.kita.net/cmmrcInfo/cmmrcNews/cmmrcNews/cmmrcNewsDetail.do?nIndex=1892011", "기사 보기"),
      ("FTA 원산지증명 실무 교육 (5/20)", "EU FTA 원산지 증명서(EUR.1) 발급과 인증수출자 제도 실무",
       "https://www.kita.net/edu", "교육 신청"),
  ], "한국무역협회 | 서울특별시 강남구 영동대로 511 | 1566-5114",
  "https://www.kita.net/mailing/reject.do", "무역협회 회원사 뉴스레터 수신에 동의하셨습니다.")

N("aws-summit-invite", "AWS Korea <aws-korea-marketing@amazon.com>", P["yoon"], "AWS Summit Seoul 2026 등록이 시작되었습니다",
  "2026-04-02 10:00", "sendgrid", "aws", "AWS Summit Seoul 2026", "#232f3e", "5월 13~14일, 코엑스에서 만나요",
  "윤태식 님, AWS Summit Seoul 2026 무료 등록이 시작되었습니다.", [
      ("제조 산업 트랙", "IoT 센서 데이터 수집부터 예지보전 ML까지, 국내 제조사 고객 사례 8개 세션",
       "https://aws.amazon.com/ko/events/summits/seoul/", "세션 보기"),
      ("핸즈온 랩", "AWS IoT SiteWise로 공장 데이터 시각화하기 (선착순 200명)",
       "https://aws.amazon.com/ko/events/summits/seoul/labs/", "랩 신청"),
  ], "Amazon Web Services Korea LLC | 서울특별시 강남구 테헤란로 231",
  "https://pages.awscloud.com/communication-preferences.html", "AWS 마케팅 이메일 수신에 동의하셨습니다.")

N("korea-chamber-notice", "대한상공회의소 <webmaster@korcham.net>", P["ceo"], "[대한상의] 중대재해처벌법 대응 실무 설명회 안내",
  "2026-03-10 14:00", "none", "korcham", "대한상공회의소", "#00427a", "중대재해처벌법 대응 실무 설명회",
  "50인 미만 사업장까지 확대 적용된 중대재해처벌법 대응 실무 설명회를 개최합니다.", [
      ("일시·장소", "3월 26일(목) 14:00~17:00, 대한상의 국제회의장 (온라인 동시 중계)",
       "https://www.korcham.net/nCham/Service/EconBrief/appl/KcciReportDetail.asp", "신청하기"),
      ("주요 내용", "안전보건관리체계 구축 가이드, 위험성평가 실무, 도급·용역 시 책임 범위",
       "https://www.korcham.net", "자세히"),
  ], "대한상공회의소 | 서울특별시 중구 세종대로 39 | 02-6050-3114",
  "https://www.korcham.net/nCham/Service/Member/appl/MailReject.asp", "대한상의 회원사 정보 수신에 동의하셨습니다.")

N("startup-newsletter-outstanding", "아웃스탠딩 <news@outstanding.kr>", P["jung"], "B2B 마케팅, 리드는 어디서 오는가",
  "2026-06-03 07:00", "stibee", "outstanding", "OUTSTANDING", "#111111", "오늘의 아웃스탠딩",
  "좋은 아침입니다. 오늘은 B2B 기업의 리드 확보 전략을 다룹니다.", [
      ("제조 B2B, 광고보다 콘텐츠가 먹히는 이유", "검색 광고 단가가 오르면서 기술 블로그와 웨비나로 리드를 만드는 "
       "제조 기업이 늘고 있습니다.", "https://outstanding.kr/b2bleads20260603", "계속 읽기"),
      ("이번 주 투자 소식", "산업 AI 스타트업 3곳이 시리즈 A 투자를 유치했습니다.", "https://outstanding.kr/funding0603",
       "계속 읽기"),
  ], "(주)아웃스탠딩 | 서울시 마포구", "https://page.stibee.com/subscriptions/22019/unsubscribe",
  "아웃스탠딩 뉴스레터를 구독해 주셔서 감사합니다.", webview="https://page.stibee.com/emails/5102233")

N("kotra-buyer-matching", "KOTRA 바이코리아 <buykorea@kotra.or.kr>", P["bae"], "[buyKOREA] 귀사 품목에 대한 해외 바이어 구매 문의가 등록되었습니다",
  "2026-05-21 09:40", "none", "buykorea", "buyKOREA", "#e60012", "새 구매오퍼(인콰이어리) 알림",
  "등록하신 관심 품목(HS 9026: 압력·유량·레벨 측정기기)에 대한 구매오퍼가 등록되었습니다.", [
      ("[베트남] Level transmitter for water treatment plant", "Quantity: 40 units / Target delivery: Q4 2026 / "
       "바이어 검증: KOTRA 하노이 무역관 확인 완료", "https://www.buykorea.org/bk/offer/detail.do?offerNo=2605210044",
       "오퍼 확인"),
  ], "KOTRA buyKOREA | 1600-7119", "https://www.buykorea.org/bk/mypage/mailing.do",
  "buyKOREA 회원 알림 설정에 따라 발송되었습니다.")

N("nipa-support-notice", "정보통신산업진흥원 <news@nipa.kr>", P["lim"], "[NIPA] 2026 AI 바우처 지원사업 수요기업 모집 공고",
  "2026-02-12 10:00", "none", "nipa", "NIPA 정보통신산업진흥원", "#0064b0", "AI 바우처 지원사업 수요기업 모집",
  "AI 솔루션 도입이 필요한 중소·벤처기업을 모집합니다.", [
      ("지원 규모", "과제당 최대 3억원 (일반), 제조 특화 트랙 별도", "https://www.nipa.kr/home/2-2/15288", "공고 보기"),
      ("신청 기간", "2026. 2. 13. ~ 3. 13. 18:00 (AI바우처 누리집)", "https://www.aivoucher.kr", "신청하기"),
  ], "정보통신산업진흥원 | 충청북도 진천군 덕산읍 정통로 10 | 043-931-5000",
  "https://www.nipa.kr/home/newsletter/unsubscribe", "NIPA 사업공고 메일 수신을 신청하셨습니다.")

N("github-universe-newsletter", "The GitHub Insider <noreply@github.com>", P["han"], "GitHub Insider: What’s new in Copilot this month",
  "2026-05-14 09:00 -0700", "sendgrid", "github", "The GitHub Insider", "#24292f", "What's new this month",
  "Hi sy-han, here is your monthly roundup of product news, tips and community stories.", [
      ("Copilot code review is generally available", "Get AI-assisted reviews on every pull request.",
       "https://github.blog/changelog/", "Read the changelog"),
      ("Actions: faster macOS runners", "New arm64 runners cut build times by up to 40%.",
       "https://github.blog/news-insights/product-news/", "Learn more"),
  ], "GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107",
  "https://github.com/settings/emails/subscriptions/unsubscribe", "You are receiving this because you subscribed to "
  "GitHub product updates.")

N("seminar-kosha", "안전보건공단 <webzine@kosha.or.kr>", P["choi"], "[안전보건공단 웹진] 여름철 온열질환 예방 가이드",
  "2026-06-25 09:00", "none", "kosha", "안전보건공단 웹진", "#00874a", "7월호 안전보건 소식",
  "폭염에 대비한 현장 안전 수칙을 확인하세요.", [
      ("온열질환 예방 3대 기본수칙: 물·그늘·휴식", "체감온도 33℃ 이상 시 매시간 10분 휴식. 설치 현장 작업자에게 꼭 "
       "공유해 주세요.", "https://www.kosha.or.kr/kosha/data/heatIllness.do", "가이드 내려받기"),
      ("50인 미만 사업장 안전보건 컨설팅 무료 지원", "신청 시 전문가가 방문해 위험성평가를 지원합니다.",
       "https://www.kosha.or.kr/kosha/business/smallSupport.do", "신청하기"),
  ], "한국산업안전보건공단 | 울산광역시 중구 종가로 400 | 1644-4544",
  "https://www.kosha.or.kr/webzine/unsubscribe.do", "안전보건공단 웹진 구독자에게 발송됩니다.")

N("hannover-messe", "Deutsche Messe <newsletter@messe.de>", P["bae"], "HANNOVER MESSE 2027: Aussteller-Anmeldung geöffnet / Exhibitor registration open",
  "2026-09-15 11:00 +0200", "mailchimp", "messe", "HANNOVER MESSE", "#005a9c", "Exhibitor registration is open",
  "Dear Mr Bae, registration for HANNOVER MESSE 2027 (12–16 April) is now open. 한국 공동관 참가 문의는 "
  "KOTRA 또는 한독상공회의소로 하실 수 있습니다.", [
      ("Book your stand", "Early-bird rates until 30 November 2026.",
       "https://www.hannovermesse.de/en/exhibit/registration/", "Register now"),
  ], "Deutsche Messe AG, Messegelände, 30521 Hannover, Germany",
  "https://messe.us21.list-manage.com/unsubscribe?u=9c1d2e3f4a5b6c7d8e9f0a1b2&id=3d4e5f6a7b",
  "You receive this newsletter because you visited HANNOVER MESSE.")

N("tech-blog-digest", "요즘IT <newsletter@yozm.wishket.com>", P["han"], "[요즘IT] 이번 주 인기 글: 임베디드 개발자의 러스트 전환기",
  "2026-07-07 08:00", "stibee", "yozm", "요즘IT", "#5b5bff", "이번 주 인기 글",
  "IT 실무자를 위한 이번 주 인기 콘텐츠를 모았습니다.", [
      ("임베디드 개발자의 러스트 전환기", "C로 짠 센서 펌웨어를 러스트로 옮기며 배운 것들",
       "https://yozm.wishket.com/magazine/detail/3011/", "읽어보기"),
      ("MQTT vs OPC UA, 무엇을 골라야 할까", "산업 IoT 프로토콜 비교", "https://yozm.wishket.com/magazine/detail/3014/",
       "읽어보기"),
  ], "(주)위시켓 | 서울특별시 강남구 테헤란로 211", "https://page.stibee.com/subscriptions/52331/unsubscribe",
  "요즘IT 뉴스레터를 구독하셨습니다.", webview="https://page.stibee.com/emails/6120113")

N("keit-rnd-notice", "한국산업기술기획평가원 <noreply@keit.re.kr>", P["lim"], "[KEIT] 2026년 산업기술혁신사업 신규지원 대상과제 공고 안내",
  "2026-01-22 15:00", "none", "keit", "KEIT", "#2a5caa", "산업기술혁신사업 신규과제 공고",
  "2026년도 산업기술혁신사업 신규지원 대상과제를 다음과 같이 공고합니다.", [
      ("공고 분야", "제조 AI, 산업 센서, 로봇 등 142개 과제", "https://srome.keit.re.kr/srome/biz/perform/opnnPrpsl/"
       "retrieveTaskAnncmListView.do", "공고 보기"),
  ], "한국산업기술기획평가원 | 대구광역시 동구 첨단로 8길 32", "https://www.keit.re.kr/mail/reject.do",
  "KEIT 사업공고 알림 서비스에 가입하셨습니다.")

N("cafe24-biz-news", "Microsoft 365 비즈니스 뉴스 <msonlineservicesteam@microsoftonline.com>", P["yoon"],
  "Microsoft 365 관리자 뉴스레터: 7월 업데이트", "2026-07-09 02:00 +0000", "none", "m365", "Microsoft 365", "#0078d4",
  "관리자를 위한 7월 업데이트", "테넌트 관리자에게 보내는 월간 업데이트입니다.", [
      ("Exchange Online: 기본 인증 완전 종료 일정", "SMTP AUTH 기본 인증이 단계적으로 비활성화됩니다. 복합기·스캐너의 "
       "메일 발송 설정을 확인하세요.", "https://learn.microsoft.com/ko-kr/exchange/clients-and-mobile-in-exchange-online/"
       "deprecation-of-basic-authentication-exchange-online", "자세히 보기"),
      ("Teams 새 기능", "회의 녹화 자동 요약(프리미엄)", "https://www.microsoft.com/ko-kr/microsoft-365/roadmap",
       "로드맵 보기"),
  ], "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052",
  "https://account.microsoft.com/profile/contact-preferences", "Microsoft 365 관리자로 등록되어 있어 이 메일을 받으셨습니다.")

N("smes-webinar", "중소벤처기업진흥공단 <news@kosmes.or.kr>", P["ceo"], "[중진공] 정책자금 온라인 설명회 및 하반기 융자 계획",
  "2026-06-29 10:00", "none", "kosmes", "중소벤처기업진흥공단", "#0055a5", "하반기 정책자금 융자 계획 안내",
  "하반기 정책자금 융자 계획과 신청 방법을 안내합니다. 대출 금리는 분기별 정책자금 기준금리에 따릅니다.", [
      ("혁신성장지원자금", "시설자금 최대 60억원, 운전자금 최대 5억원", "https://www.kosmes.or.kr/nsh/SH/SBI/SHSBI001M0.do",
       "상세 보기"),
      ("온라인 설명회 (7/8)", "신청 절차, 기업 평가 기준, 자주 묻는 질문", "https://www.kosmes.or.kr", "설명회 신청"),
  ], "중소벤처기업진흥공단 | 경상남도 진주시 동진로 430 | 1811-3655",
  "https://www.kosmes.or.kr/mail/unsubscribe.do", "중진공 뉴스레터 수신에 동의하셨습니다.")

N("iso-standards-update", "한국표준협회 <ksanews@ksa.or.kr>", P["oh"], "[KSA] ISO 9001:2026 개정 동향과 전환 교육 안내",
  "2026-05-12 09:30", "stibee", "ksa", "한국표준협회", "#7b1fa2", "ISO 9001 개정 동향",
  "ISO 9001 개정판 발행을 앞두고 인증 기업이 준비할 사항을 정리했습니다.", [
      ("개정 주요 내용", "기후변화 고려, 조직 지식 관리, 리스크 기반 사고 강화",
       "https://www.ksa.or.kr/ksa/4470/subview.do", "자세히"),
      ("전환 교육 (6월)", "품질경영시스템 내부심사원 전환 과정", "https://www.ksa.or.kr/ksa/edu", "교육 신청"),
  ], "한국표준협회 | 서울특별시 강남구 테헤란로 69길 5 | 02-6009-4114",
  "https://page.stibee.com/subscriptions/73010/unsubscribe", "KSA 뉴스레터를 구독하셨습니다.")

N("kakao-biz-webinar", "카카오엔터프라이즈 <event@kakaoenterprise.com>", P["yoon"], "[웨비나] 중소기업 업무 협업툴 도입 전략",
  "2026-05-26 10:00", "mailchimp", "kakaoent", "kakao enterprise", "#191919", "웨비나 초대",
  "중소기업 IT 담당자를 위한 무료 웨비나에 초대합니다.", [
      ("6월 10일(수) 15:00 온라인", "메일, 메신저, 전자결재를 하나로 묶는 방법과 도입 사례",
       "https://www.kakaoenterprise.com/event/webinar-0610", "무료 등록"),
  ], "(주)카카오엔터프라이즈 | 경기도 성남시 분당구 판교역로 235",
  "https://kakaoent.us21.list-manage.com/unsubscribe?u=1a2b3c4d5e6f7a8b9c0d1e2f3&id=4f5e6d7c8b",
  "카카오엔터프라이즈 소식 수신에 동의하셨습니다.")

N("association-survey", "한국계측기기협회 <newsletter@kiea.or.kr>", P["bae"], "[설문] 2026 계측기기 산업 실태조사 협조 요청",
  "2026-07-01 10:00", "stibee", "kiea", "한국계측기기협회", "#0b7a75", "산업 실태조사 협조 요청",
  "정부 정책 수립의 기초 자료가 되는 2026 계측기기 산업 실태조사에 협조 부탁드립니다. 응답 기업 중 추첨을 통해 "
  "50곳에 모바일 상품권을 드립니다(당첨자 개별 연락).", [
      ("설문 참여 (약 15분)", "매출 구간, 수출 비중, 인력 현황, 애로사항",
       "https://www.kiea.or.kr/survey/2026", "설문 시작"),
  ], "(사)한국계측기기협회 | 02-2108-0090", "https://page.stibee.com/subscriptions/148822/unsubscribe",
  "본 메일은 협회 회원사 담당자에게 발송됩니다.")

N("sw-vendor-release-grafana", "Grafana Labs <noreply@grafana.com>", P["han"], "Grafana 12.1 is here: what's new",
  "2026-07-23 08:00 -0400", "sendgrid", "grafana", "Grafana Labs", "#f46800", "Grafana 12.1 release",
  "Here are the highlights of the latest release.", [
      ("Dashboards as code, GA", "Manage dashboards with Git sync.", "https://grafana.com/docs/grafana/latest/whatsnew/",
       "What's new"),
      ("Alerting improvements", "Simplified routing and a new alert rule editor.", "https://grafana.com/blog/",
       "Read the blog"),
  ], "Grafana Labs, 1 Broadway, Cambridge, MA 02142, USA", "https://grafana.com/profile/email-preferences",
  "You signed up for Grafana product news.")

N("daily-economy-brief", "한국경제 모닝브리핑 <morning@hankyung.com>", P["ceo"], "[모닝브리핑] 기준금리 동결, 증시·환율 전망",
  "2026-08-28 06:30", "none", "hankyung", "한국경제 모닝브리핑", "#1f3a93", "8월 28일 모닝브리핑",
  "오늘 꼭 알아야 할 경제 뉴스입니다.", [
      ("한은 기준금리 연 2.50% 동결", "대출 금리 하락 속도는 더딜 듯. 기업 대출 연체율은 소폭 상승.",
       "https://www.hankyung.com/article/2026082800011", "기사 보기"),
      ("코스피 외국인 순매수 지속, 주식 시장 반등", "반도체·2차전지 중심 투자 심리 개선, 수익률 상위 업종 정리",
       "https://www.hankyung.com/article/2026082800027", "기사 보기"),
  ], "한국경제신문 | 서울특별시 중구 청파로 463", "https://www.hankyung.com/newsletter/unsubscribe",
  "한국경제 모닝브리핑 구독 신청자에게 발송됩니다.")

N("kisa-security-notice", "한국인터넷진흥원 보호나라 <boho@krcert.or.kr>", P["yoon"], "[보호나라] 보안 공지: 메일 서버 취약점 보안 업데이트 권고",
  "2026-06-11 16:00", "none", "kisa", "KISA 보호나라", "#00498c", "보안 업데이트 권고",
  "메일 서버 및 그룹웨어 제품의 보안 업데이트를 권고드립니다.", [
      ("Microsoft Exchange Server 보안 업데이트", "원격 코드 실행 취약점(CVE) 패치가 발표되었습니다. 온프레미스 "
       "운영 기관은 최신 CU와 보안 업데이트를 적용하시기 바랍니다.",
       "https://www.boho.or.kr/kr/bbs/view.do?bbsId=B0000133&menuNo=205020&nttId=71421", "보안공지 보기"),
  ], "한국인터넷진흥원 | 전라남도 나주시 진흥길 9 | 국번없이 118",
  "https://www.boho.or.kr/kr/mailing/reject.do", "보호나라 보안공지 메일링 서비스에 가입하셨습니다.")

N("newneek-style", "뉴닉 <whatsup@newneek.co>", P["kang"], "🦔 오늘 뉴닉: 금리 동결, 내 대출 이자는?", "2026-08-28 07:00",
  "stibee", "newneek", "NEWNEEK", "#ff6b35", "오늘 뉴닉, 3분이면 충분해 🦔",
  "하늘, 오늘도 왔어! 금리부터 무료 공공 와이파이 소식까지 정리했어.", [
      ("💸 기준금리 또 동결", "한국은행이 기준금리를 연 2.50%로 묶었어. 변동금리 대출 이자는 언제 내려갈까?",
       "https://newneek.co/@newneek/article/9912", "더 읽기"),
      ("📶 지하철 무료 와이파이 속도 2배", "서울 지하철 전 노선 와이파이 장비가 교체돼.",
       "https://newneek.co/@newneek/article/9913", "더 읽기"),
      ("🎁 구독자 이벤트 당첨자 발표", "지난주 설문에 참여한 구독자 중 100명에게 고슴이 굿즈를 보냈어!",
       "https://newneek.co/event/2026-08", "당첨 확인"),
  ], "(주)뉴닉 | 서울특별시 성동구", "https://page.stibee.com/subscriptions/4881/unsubscribe",
  "하늘이 뉴닉을 구독해 줘서 이 메일을 보내.", webview="https://page.stibee.com/emails/7712093")

N("career-alumni-seminar", "서울대학교 공과대학 동창회 <snuea@snu.ac.kr>", P["ceo"], "공대 동창회 조찬 세미나 초대 (10월)",
  "2026-09-21 09:00", "none", "snuea", "서울대학교 공과대학 동창회", "#0f0f70", "10월 조찬 세미나",
  "동문 여러분을 10월 조찬 세미나에 초대합니다.", [
      ("제조업의 AI 전환, 중소기업은 어떻게", "10월 15일(목) 07:30, 서울 프레스센터. 조찬 제공, 회비 3만원",
       "https://snuea.snu.ac.kr/seminar/2026-10", "참가 신청"),
  ], "서울대학교 공과대학 동창회 | 02-880-7021", "https://snuea.snu.ac.kr/mail/unsubscribe",
  "동창회 회원 명부에 등록된 주소로 발송됩니다.")

N("kstartup-notice", "K-Startup 창업진흥원 <kstartup@kised.or.kr>", P["ceo"], "[K-Startup] 이번 주 신규 사업공고 7건 (초기·도약 창업패키지 외)",
  "2026-02-09 09:00", "none", "kstartup", "K-Startup", "#1a56db", "이번 주 신규 사업공고",
  "관심 분야로 등록하신 <b>제조·하드웨어</b> 분야 공고입니다.", [
      ("2026년 창업도약패키지 (3~7년 차)", "사업화 자금 최대 3억원, 투자 연계 프로그램", "https://www.k-startup.go.kr/web/"
       "contents/bizpbanc-ongoing.do", "공고 보기"),
      ("글로벌 액셀러레이팅 (독일·싱가포르)", "해외 현지 실증 및 바이어 매칭 지원", "https://www.k-startup.go.kr", "공고 보기"),
  ], "창업진흥원 | 세종특별자치시 한누리대로 2107 | 1357", "https://www.k-startup.go.kr/mail/reject",
  "K-Startup 맞춤 공고 알림을 신청하셨습니다.")

N("ls-electric-seminar", "LS ELECTRIC 자동화 <automation@ls-electric.com>", P["lim"], "[LS ELECTRIC] XGT PLC 신제품 기술 세미나 초청 (판교)",
  "2026-05-04 10:00", "mailchimp", "lselectric", "LS ELECTRIC", "#004c97", "XGT 신제품 기술 세미나",
  "파트너사 엔지니어분들을 기술 세미나에 초청합니다. 점심 제공, 참가비 무료.", [
      ("일시·장소", "5월 21일(목) 10:00~16:00, 판교 LS타워 세미나실", "https://www.ls-electric.com/ko/event/seminar-0521",
       "참가 신청"),
      ("주요 내용", "XGK 후속 CPU, OPC UA 내장 통신 모듈, 실습(데모 키트 제공)", "https://www.ls-electric.com/ko/product",
       "제품 보기"),
  ], "LS ELECTRIC | 경기도 안양시 동안구 엘에스로 127", 
  "https://lselectric.us21.list-manage.com/unsubscribe?u=7e8f9a0b1c2d3e4f5a6b7c8d9&id=0a1b2c3d4e",
  "LS ELECTRIC 파트너 소식 수신에 동의하셨습니다.")

N("kcl-test-lab-news", "KCL 한국건설생활환경시험연구원 <news@kcl.re.kr>", P["han"], "[KCL 소식] EMC 시험 접수 일정 및 KC 인증 제도 변경 안내",
  "2026-08-25 10:00", "stibee", "kcl", "KCL", "#00847a", "시험·인증 소식 8월호",
  "고객 여러분께 시험·인증 소식을 전해드립니다.", [
      ("4분기 EMC 시험 접수 안내", "연말 접수 집중으로 대기 기간이 4주 이상 예상됩니다. 조기 접수를 권장합니다.",
       "https://www.kcl.re.kr/site/homepage/menu/viewMenu?menuid=001002", "접수 안내"),
      ("KC 전자파적합성 기준 개정", "산업용 측정기기 적합성평가 기준 일부 개정(2027.1 시행)",
       "https://www.kcl.re.kr/notice/2026-0825", "자세히"),
  ], "KCL | 서울특별시 서초구 헌릉로 8길 | 02-3415-8600", "https://page.stibee.com/subscriptions/61204/unsubscribe",
  "KCL 고객 뉴스레터를 구독하셨습니다.")

M("newsletter", "image-invitation", "한국계측기기협회 <event@kiea.or.kr>", P["ceo"], "2026 계측인의 밤 초대장",
  "2026-11-10 10:00", client="esp", relay="mta.stibee.com",
  headers=list_headers("https://page.stibee.com/subscriptions/148822/unsubscribe"),
  html="""<!DOCTYPE html>
<html lang="ko"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>2026 계측인의 밤</title></head>
<body style="margin:0;background:#1b1b1b;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<a href="https://stib.ee/Kx2Ta9"><img src="https://img.stibee.com/148822_1731200000.png" width="600" alt="2026 계측인의 밤 - 12월 4일(금) 18:30, 서울 여의도 콘래드 호텔 그랜드볼룸" style="display:block;border:0;"></a>
<p style="color:#dddddd;font-family:'Malgun Gothic',sans-serif;font-size:13px;line-height:1.7;">
회원사 대표님을 2026 계측인의 밤에 초대합니다.<br>12월 4일(금) 18:30 · 콘래드 서울 그랜드볼룸 · 만찬 및 시상식<br>
<a href="https://stib.ee/Kx2Ta9" style="color:#f2c94c;">참석 회신하기</a></p>
<p style="color:#888888;font-family:'Malgun Gothic',sans-serif;font-size:11px;">(사)한국계측기기협회 | 02-2108-0090<br>
협회 회원사 대표자에게 발송되었습니다. <a href="https://page.stibee.com/subscriptions/148822/unsubscribe" style="color:#888888;">수신거부</a></p>
</td></tr></table>
<img src="https://stibee.com/api/v1.0/emails/a91c77e2/open" width="1" height="1" alt="">
</body></html>
""")

M("newsletter", "kita-weekly-trade-fraud", "한국무역협회 <news@kita.net>", P["bae"], "[KITA 무역뉴스] 12월 1주 - 수출 바우처, 환율, 해외 전시회 지원",
  "2026-12-04 07:00", html=notice_html(
      "KITA 한국무역협회", "#003f87", "12월 1주 무역 뉴스레터", [
          "<b>2027 수출 바우처 사업 공고</b><br>중소·중견기업 대상, 1월 5일부터 접수. 해외 전시회, 인증, 번역 비용 지원.",
          "<b>원/달러 환율 주간 동향</b><br>주간 평균 1,382원, 전주 대비 0.8% 하락.",
          "<b>주의: 무역사기 사례</b><br>거래처 메일 계정 해킹 후 계좌 변경을 요구하는 사례가 다시 늘고 있습니다. "
          "계좌 변경 요청은 반드시 전화로 확인하세요.",
          '<a href="https://www.kita.net">기사 전체 보기</a>',
      ], "본 메일은 KITA 회원사 뉴스레터 수신에 동의하신 분께 발송됩니다. "
         '<a href="https://www.kita.net/mailreject">수신거부</a> | 서울시 강남구 영동대로 511 트레이드타워'))

M("newsletter", "securities-weekly-subscribed", "삼성증권 <research@samsungpop.com>", "이준호 <jh.lee.nuri@gmail.com>",
  "[삼성증권] 주간 시황 - 금리 인하 기대와 반도체 반등", "2026-11-30 08:00", html=notice_html(
      "삼성증권", "#1428a0", "주간 시황 리포트", [
          "지난주 코스피는 2.1% 상승했습니다. 외국인 순매수가 반도체 대형주에 집중되었습니다.",
          "이번 주 주목할 일정: 미국 고용지표(금), 한국 11월 수출입 동향(월).",
          "본 리포트는 투자 권유가 아니며, 투자 판단과 책임은 투자자 본인에게 있습니다.",
          '<a href="https://www.samsungpop.com">리포트 더 보기</a>',
      ], '삼성증권 리서치 메일 수신 동의 고객님께 발송됩니다. <a href="https://www.samsungpop.com/mail/reject">수신거부</a>'))

M("newsletter", "kisa-security-advisory", "KISA 보호나라 <boho@krcert.or.kr>", P["yoon"],
  "[보호나라] 연말연시 택배·정부기관 사칭 스미싱 주의 권고", "2026-12-01 11:00", html=notice_html(
      "KISA 보호나라&KrCERT/CC", "#00498c", "연말연시 사칭 문자·메일 주의 권고", [
          "연말연시를 맞아 택배 배송, 정부 지원금, 건강보험 환급, 청첩장·부고를 사칭한 스미싱과 피싱 메일이 증가하고 있습니다.",
          "출처가 불분명한 링크(단축 URL 포함)는 누르지 말고, 의심 문자·메일은 118 또는 보호나라로 신고해 주세요.",
          '<a href="https://www.boho.or.kr">보호나라 바로가기</a>',
      ], "본 메일은 보호나라 보안 공지 메일 수신을 신청하신 분께 발송됩니다. 한국인터넷진흥원"))
