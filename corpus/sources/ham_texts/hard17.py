"""hard17: the honest twins of the corpus17 spam batch, written blind like it — a representative week of the mail a
30-person office really gets: vendors it buys from announcing prices and opt-in promotions (공기청정기 렌탈, 노무 자문,
설 선물, 방역, 토너, 명함, EAP), the bank's and card company's notices, the carrier's real 유심 교체 and 소액결제 notices,
쿠팡's real breach notice, 정부24, 인터넷등기소 through the 법무사, 근로복지공단's 보수총액 reminder, the office's own
groupware and IT, OpenAI's and Wise's real mail, partners in English (a CBAM data request from a real EU customer, a
Peppol onboarding through the customer's portal, an Amazon Brand Registry notice), a real headhunter and reference
check, a real YouTube review, a real 관리단 정산, a leaver's real account change through HR, family and colleagues.
corpus17 batch."""
from ham_texts import M, P, btn, gm_quote, notice_html, ol_quote, sig

IPHONE = "\n\niPhone에서 보냄\n"

# --- A. vendors the office already buys from (ads it asked for, quotes, promotions with opt-out) -----------------------

M("hard17", "aircare-renewal", "청정공조 고객관리팀 <care@cheongjeong-air.example>", P["seo"],
  "[청정공조] 공기청정기 렌탈 재계약 안내 — 3개월 렌탈료 면제 혜택 (기존 고객)", "2026-12-07 10:10", """
서민지 주임님, 안녕하세요. 청정공조 고객관리팀 윤가은입니다.

누리웍스 사무실 공기청정기 4대(계약번호 CJ-2312-0418)의 렌탈 계약이 2027년 1월 31일 만료됩니다.
재계약하시면 기존 고객 혜택으로 첫 3개월 렌탈료를 면제해 드리고, CO2 센서 달린 신형으로 무상 교체해 드립니다.

 - 현재: 월 4대 합계 96,000원(부가세 별도)
 - 재계약(36개월): 월 4대 합계 92,000원, 2~4월 렌탈료 0원
 - 결제: 지금처럼 법인카드 자동결제, 세금계산서 월별 발행

재계약을 원치 않으시면 회신만 주시면 1월 말 회수 일정을 잡겠습니다. 위약금은 없습니다.
담당 윤가은 / 1644-xxxx (평일 9~18시)
""", client="hiworks")

M("hard17", "labor-attorney-2027", "노무법인 새길 김도윤 노무사 <dy.kim@saegil-labor.example>", P["kim"],
  "[자문사 안내] 2027년 달라지는 노동법 — 누리웍스 체크리스트", "2026-12-04 16:30", """
김다은 과장님,

자문 계약사에 보내드리는 연말 안내입니다. 2027년부터 바뀌는 것 중 누리웍스(상시 31인)에 해당하는 것만 골랐습니다.

1. 포괄임금 계약 점검 강화: 영업팀 근로계약서의 고정연장근로 시간 문구를 실제 기록과 맞춰야 합니다.
2. 연차 사용 촉진: 1차 통지를 7월에 하셨으니 2차 통지는 10월까지였는데, 개발팀 2명이 누락되어 있습니다. 확인 부탁드립니다.
3. 최저임금 인상분 반영: 시간제 사무보조 1명 계약서 갱신 필요.
4. 직장 내 괴롭힘 예방교육: 연 1회 권고, 올해 3월에 하셨으니 내년 3월 일정으로 잡으시면 됩니다.

무료 진단 같은 건 아니고, 월 자문료(계약대로)에 포함된 안내입니다. 근로계약서 수정본은 다음 주에 보내드리겠습니다.

노무법인 새길 공인노무사 김도윤
""", client="outlook")

M("hard17", "hanwoo-gift-order", "이천한우 정육점 사장 <icheonhanwoo@naver.com>", P["seo"],
  "설 선물세트 견적 드립니다 (작년 주문 기준)", "2026-12-06 11:25", """
서주임님 안녕하세요 이천한우입니다.
작년처럼 거래처 선물로 40세트 하시면 1++ 등심·불고기 세트 2.4kg 조기 예약가 세트당 13만 5천원으로 해드릴게요.
(정상가 18만원에서 25% 할인은 1월 10일 전 예약 분까지입니다)
명단 엑셀로 주시면 작년처럼 개별 택배로 보내드리고 카드 전표, 세금계산서 둘 다 됩니다.
선금은 안 받습니다. 발송 끝나고 명세서 보내드리면 그때 결제해 주세요.

이천한우 김정훈 드림 010-xxxx-xxxx
""", client="naver")

M("hard17", "pest-control-visit", "세스코 고객센터 <noreply@cesco.co.kr>", P["seo"],
  "[세스코] 12월 정기 방문 일정 안내 및 소독필증 발급 예정", "2026-12-03 09:00", html=notice_html(
      "CESCO", "#e60012", "12월 정기 서비스 방문 안내", [
          "고객명: (주)누리웍스 판교 사무소<br>방문 예정일: 2026년 12월 11일(금) 오전 8시~10시",
          "이번 방문은 반기 1회 법정 소독을 포함하며, 완료 후 소독필증을 현장에서 발급해 드립니다.",
          "서비스 요금은 계약대로 월 정기 결제에 포함되어 있으며, 별도로 입금하실 금액은 없습니다.",
          "방문 일정 변경: 담당 지사 031-xxx-xxxx 또는 세스코 앱 &gt; 서비스 일정",
      ], "세스코 | 본 메일은 발신 전용입니다. 마케팅 정보 수신 동의와 관계없이 발송되는 서비스 안내입니다.",
      layout=2), client="esp")

M("hard17", "toner-order-confirm", "오피스디포 코리아 주문센터 <order@officesupply-mall.example>", P["seo"],
  "주문 확인 — 재생 토너 4+1 (주문번호 OS-261207-0931)", "2026-12-07 14:02", """
주문해 주셔서 감사합니다.

주문번호: OS-261207-0931
 - 신도리코 D420 호환 재생 토너(검정) 4개 + 행사 증정 1개
 - 합계 168,000원 (부가세 포함), 법인카드 결제 완료
 - 빈 토너 수거 3개 (개당 3,000원 적립, 다음 주문 시 사용)

배송 예정일: 12월 9일. 불량 시 30일 이내 무상 교환.
주문 내역은 회원 로그인 후 마이페이지에서 확인하실 수 있습니다.
""", client="system", fmt="plain")

M("hard17", "card-order-newhire", P["kim"], P["seo"], "1월 입사자 명함 주문 부탁드려요", "2026-12-07 17:40", """
주임님, 1월 5일 입사자 3명 명함 주문 부탁드려요. 늘 하던 데서 회사 템플릿으로 100매씩이면 됩니다.
이름/직함/연락처 엑셀 첨부했어요. 당일 출고라 12월 말에 주문해도 된다고 하더라구요.
""" + sig("kim"), client="outlook", att=["신규입사자_명함정보.xlsx"])

M("hard17", "eap-proposal-reply", "마음든든 EAP 최유진 <yj.choi@maeumdeundeun.example>", P["kim"],
  "RE: 임직원 심리상담 프로그램 견적 요청", "2026-12-02 15:20", """
김다은 과장님,

요청하신 견적 보내드립니다. 인사팀에서 먼저 문의 주신 건이라 회신드립니다.

 - 임직원 1인당 연 5회 상담(대면·화상), 30인 기준 연 240만원(부가세 별도)
 - 회사에는 이용률 같은 익명 통계만 드리고, 누가 상담했는지는 알려드리지 않습니다
 - 직장 내 괴롭힘 예방교육 1회 포함

번아웃 예방 워크숍은 선택 사항입니다. 계약은 연 단위 후불이며 선입금은 없습니다.

""" + ol_quote(P["kim"], "2026년 12월 1일 화요일 오전 10:05", "yj.choi@maeumdeundeun.example",
               "임직원 심리상담 프로그램 견적 요청",
               "안녕하세요, 누리웍스 인사팀 김다은입니다. 30인 사업장 EAP 견적 부탁드립니다."), client="outlook365")

M("hard17", "kiosk-cafeteria", P["seo"], P["choi"], "구내 카페 무인 주문기 렌탈 비교", "2026-12-05 11:00", """
대리님, 지난번 말씀하신 구내 카페 주문기 견적 두 군데 받았어요.
 - A사: 월 4만9천원(36개월), 설치비 무료, 사원증 태그 결제 가능
 - B사: 월 5만5천원(24개월), 부서별 정산 리포트 기본 제공
A사가 영수증 용지 1년분 준다는데 약정이 길어서 고민입니다. 다음 주 회의 때 정해요.
""" + sig("seo"), client="outlook")

M("hard17", "coworking-contract", "스파크플러스 판교점 <pangyo@sparkplus.co>", P["ceo"],
  "[스파크플러스] 비상주 오피스 계약서 및 우편물 수령 안내", "2026-12-04 10:40", """
이준호 대표님, 안녕하세요. 스파크플러스 판교점 커뮤니티 매니저 정하린입니다.

신설 법인(누리웍스 솔루션) 본점 주소지용 비상주 오피스 계약이 완료되어 계약서 사본을 첨부합니다.
 - 월 33,000원(부가세 포함), 법인카드 정기결제
 - 우편물 수령 시 앱 알림과 스캔본 발송, 회의실 월 4시간 포함

사업자등록 신청 시 임대차계약서로 첨부하시면 됩니다. 요금은 앱에 등록하신 카드로만 결제되며, 계좌 입금을 요청드리는 일은 없습니다.
""", client="outlook365", att=["비상주오피스_계약서_누리웍스솔루션.pdf"])

M("hard17", "sangjo-benefit", P["hr"], P["all"], "[복지] 2027년 단체 상조 서비스 가입 안내 (직원 부담 없음)", "2026-12-07 09:00", """
전 직원 여러분께

내년 1월부터 회사 복지로 단체 상조 서비스에 가입합니다. 회사가 1인당 월 9,900원을 부담하고 직원 부담은 없습니다.
 - 대상: 본인, 배우자, 본인·배우자 부모
 - 장례지도사 파견, 근조화환, 답례품 지원
가입 명단은 인사팀이 일괄 제출하니 따로 하실 일은 없습니다. 상조 회사에서 개인적으로 연락해 돈을 요구하면 인사팀에 알려 주세요.

인사팀 드림
""", client="outlook")

M("hard17", "newsletter-hrd", "잡코리아 HR 뉴스레터 <news@jobkorea.co.kr>", P["kim"],
  "[HR인사이트] 연말 평가 시즌, 번아웃 신호 5가지 / 2027 채용 트렌드", "2026-12-03 07:30", html=notice_html(
      "JOBKOREA HR Insight", "#0068ff", "12월 첫째 주 HR인사이트", [
          "① 연말 평가 시즌, 팀원이 보내는 번아웃 신호 5가지",
          "② 2027 채용 트렌드: 수시채용과 AI 면접의 확산",
          "③ 웨비나: 30인 이하 사업장 연차 관리 실무 (12/15 오후 2시, 무료)",
          '<a href="https://www.jobkorea.co.kr/hr/insight">전체 기사 보기</a>',
      ], '본 메일은 수신 동의하신 기업회원께 발송됩니다. 수신을 원하지 않으시면 '
         '<a href="https://www.jobkorea.co.kr/mail/unsubscribe">수신거부</a>를 눌러 주세요. (주)잡코리아',
      layout=1), client="esp", headers={"List-Unsubscribe": "<https://www.jobkorea.co.kr/mail/unsubscribe>",
                                        "Precedence": "bulk"})

# --- B. banks, cards, carriers, the lured services' own notices -------------------------------------------------------

M("hard17", "skt-usim-real", "SK텔레콤 <noreply@sktelecom.com>", P["yoon"],
  "[SK텔레콤] 법인 회선 유심 교체 진행 현황 안내", "2026-12-04 11:00", """
(주)누리웍스 법인 회선 관리자님께

법인 회선 14개 중 9개 회선의 유심 교체가 아직 진행되지 않았습니다.
유심 교체는 가까운 T월드 매장이나 법인 전담 영업 담당자 방문으로 무료로 진행되며, 온라인으로 인증정보를 입력받지 않습니다.
미교체 회선도 유심보호서비스가 적용되어 있어 서비스 이용이 제한되지 않습니다.

법인 전담 담당: 판교 법인영업팀 031-xxx-xxxx
본 메일에는 링크가 포함되어 있지 않습니다. SK텔레콤을 사칭한 문자·메일에 주의하세요.
""", client="system", fmt="plain")

M("hard17", "yoon-usim-plan", P["yoon"], P["all"], "법인폰 유심 교체 일정 (12/10 목, 3층 회의실)", "2026-12-04 15:10", """
법인폰 쓰시는 분들께,

SKT 법인 담당자가 12월 10일(목) 오후 2~5시에 3층 회의실로 와서 유심 교체해 줍니다. 폰만 들고 오시면 되고 10분 걸립니다.
요즘 '유심 교체 예약' 링크 문자·메일이 돌고 있는데 그건 다 가짜입니다. 예약 링크 누르지 마시고 이 일정으로 오세요.
""" + sig("yoon"), client="outlook")

M("hard17", "kt-micropay-real", "KT <kt_notice@kt.com>", P["han"],
  "[KT] 무단 소액결제 피해 확인 및 환불 처리 완료 안내", "2026-12-05 10:30", """
고객님, KT입니다.

고객님 휴대전화로 11월 중 발생한 소액결제 2건(합계 49,800원)은 고객센터 신고 내용에 따라 무단 결제로 확인되었습니다.
해당 금액은 12월 청구 요금에서 차감 처리되었으며, 고객님께서 따로 신청하시거나 계좌를 등록하실 필요는 없습니다.

KT는 문자나 메일로 인증번호나 환불 계좌를 요청하지 않습니다.
문의: KT 고객센터 114 / www.kt.com
""", client="system", fmt="plain")

M("hard17", "coupang-breach-real", "쿠팡 <no-reply@coupang.com>", P["seo"],
  "[쿠팡] 개인정보 유출 관련 보상 이용권 지급 완료 안내", "2026-12-02 09:00", html=notice_html(
      "coupang", "#e52528", "보상 이용권이 지급되었습니다", [
          "고객님, 개인정보 유출 사고로 불편을 드려 다시 한번 사과드립니다.",
          "보상 이용권은 고객님 계정에 자동으로 지급되었습니다. 별도 본인 확인이나 신청 절차는 없습니다.",
          "쿠팡 앱 &gt; 마이쿠팡 &gt; 쿠폰에서 확인하실 수 있습니다.",
          "쿠팡은 문자·메일로 보상을 이유로 결제 정보나 비밀번호를 요청하지 않습니다.",
          btn("https://www.coupang.com", "쿠팡 바로가기", "#346aff"),
      ], "쿠팡(주) | 서울시 송파구 송파대로 570 | 본 메일은 발신 전용입니다.", layout=1), client="esp")

M("hard17", "kb-dc-pension", "KB국민은행 퇴직연금 <pension@kbstar.com>", P["choi"],
  "[KB국민은행] 퇴직연금(DC) 사전지정운용 적용 예정 안내", "2026-12-03 08:30", """
(주)누리웍스 퇴직연금 담당자님께

귀사 DC형 가입자 중 3명의 적립금이 운용 지시 없이 대기 중이어서, 가입 시 선택하신 사전지정운용 상품(안정투자형)이
12월 17일부터 적용될 예정입니다. 이는 가입자가 미리 고른 상품이며, 위험등급이 변경되지 않습니다.

가입자가 다른 상품을 원하면 KB스타뱅킹 앱 또는 KB국민은행 홈페이지(www.kbstar.com) 퇴직연금 메뉴에서 직접 운용 지시할 수 있습니다.
대상자 명단은 기업 퇴직연금 관리자 화면에서 확인하실 수 있습니다.

KB국민은행 연금사업본부
""", client="system", fmt="plain")

M("hard17", "choi-dc-notice", P["choi"], P["all"], "퇴직연금 DC 운용 지시 안 하신 분들 (3명 개별 연락)", "2026-12-03 13:20", """
DC형 퇴직연금 운용 지시 안 하신 3분께는 따로 메신저 드렸어요. 17일부터 처음에 고르신 디폴트옵션 상품으로 자동 운용됩니다.
바꾸고 싶으시면 KB스타뱅킹 앱에서 직접 하시면 되고, 혹시 메일 링크로 로그인하라는 안내가 오면 그건 은행 메일 아니니까 누르지 마세요.
""" + sig("choi"), client="outlook")

M("hard17", "shinhan-card-limit", "신한카드 <shinhancard@shinhancard.com>", P["choi"],
  "[신한카드] 법인카드 12월 결제 예정 금액 안내", "2026-12-06 07:00", """
(주)누리웍스 고객님

12월 결제 예정 금액을 안내해 드립니다.
 - 결제일: 2026년 12월 14일
 - 결제 예정 금액: 8,412,560원 (카드 18매 합계)
 - 결제 계좌: 기업은행 ***-******-01-*** (등록 계좌 자동이체)

상세 이용 내역은 신한카드 법인 홈페이지 또는 앱에서 확인하실 수 있습니다.
본 메일은 발신 전용입니다.
""", client="system", fmt="plain")

M("hard17", "openai-invoice", "OpenAI <noreply@tm.openai.com>", P["yoon"],
  "Your ChatGPT Business receipt - December 2026", "2026-12-01 02:14", html=notice_html(
      "OpenAI", "#10a37f", "Receipt for ChatGPT Business", [
          "Workspace: Nuriworks &middot; 12 seats",
          "Amount paid: USD 360.00 &middot; Visa ending 4417 &middot; 1 December 2026",
          "Your invoice is available in Workspace settings &gt; Billing. You don't need to do anything.",
      ], "OpenAI, 1455 3rd Street, San Francisco, CA 94158", layout=2), client="esp")

M("hard17", "yoon-chatgpt-lure", P["yoon"], P["all"], "ChatGPT 결제 실패 메일 — 가짜입니다", "2026-12-08 09:05", """
오늘 아침 "ChatGPT Business 결제 수단 승인 거절" 메일 받으신 분들 있죠. 가짜입니다.
보낸 주소가 openai-teams-billing.com이고, 링크는 chatgpt.com처럼 보이지만 @ 뒤가 실제 주소입니다.
우리 워크스페이스는 12월 1일에 정상 결제됐고(영수증 확인함) 결제 관리는 저만 합니다. 누르신 분은 바로 말씀해 주세요.
""" + sig("yoon"), client="outlook")

M("hard17", "wise-business-real", "Wise <noreply@wise.com>", P["choi"],
  "You received USD 48,200.00 from AL NOOR TRADING LLC", "2026-12-03 18:22", """
Hi Nuriworks Co., Ltd.,

You've received USD 48,200.00 from AL NOOR TRADING LLC.
Reference: INV-NW-26-1187

The money is now in your USD balance. You can see the details in your Wise Business account.

The Wise Team
This email was sent to you because you have a Wise Business account. Wise will never ask for your password by email.
""", client="system", fmt="plain")

M("hard17", "canva-share-real", "Canva <no-reply@canva.com>", P["bae"],
  "박지영 shared a design with you", "2026-12-07 16:48", html=notice_html(
      "Canva", "#7d2ae8", "박지영 shared \"2027 단가표 - 고객 미팅용\"", [
          "\"부장님, 내일 미팅 전에 단가 한 번만 봐주세요.\"",
          btn("https://www.canva.com/design/DAGx27PrIce/view", "Open design", "#7d2ae8"),
          "You're receiving this because 박지영 shared a design with sw.bae@corp.example.",
      ], "Canva, 110 Kippax St, Surry Hills NSW 2010, Australia", layout=2), client="esp")

# --- C. public bodies and their real notices -------------------------------------------------------------------------

M("hard17", "gov24-survey-real", "정부24 <noreply@gov.kr>", P["ceo"],
  "[정부24] 2026년 주민등록 사실조사 비대면 조사 참여 안내", "2026-12-01 10:00", """
세대주님, 2026년 주민등록 사실조사 안내입니다.

비대면 조사는 정부24 앱 또는 홈페이지(www.gov.kr)에 직접 접속해 '주민등록 사실조사'를 검색하여 참여하실 수 있습니다.
비대면 조사에 참여하지 않은 세대는 읍·면·동 조사원이 방문하며, 조사원은 공무원증 또는 조사원증을 제시합니다.
정부24는 문자나 메일에 참여 링크를 넣지 않으며, 주민등록번호를 메일로 요청하지 않습니다.

행정안전부
""", client="system", fmt="plain")

M("hard17", "lawyer-registry", "법무사 정한결 사무소 <office@jeong-beopmusa.example>", P["ceo"],
  "임원 변경등기 완료 보고 및 등기사항전부증명서 송부", "2026-12-05 14:30", """
이준호 대표님,

사내이사 중임 및 감사 변경 등기가 12월 4일 자로 완료되었습니다. 등기사항전부증명서를 첨부합니다.
임기 만료일(11월 28일)로부터 2주 이내에 신청하여 과태료 대상이 아닙니다.
요즘 '인터넷등기소 과태료 사전통지' 메일이 돈다고 들었습니다. 과태료 통지는 법원이 우편으로 보내며, 메일로 로그인을 요구하지 않습니다.

보수와 등록면허세 영수증은 지난주 보내드린 청구서대로입니다.

법무사 정한결
""", client="outlook", att=["등기사항전부증명서_누리웍스.pdf"])

M("hard17", "comwel-bosu-real", "근로복지공단 <webmaster@comwel.or.kr>", P["kim"],
  "[근로복지공단] 2026년도 고용·산재보험 보수총액 신고 안내 (2027.3.15.까지)", "2026-12-07 10:00", """
사업주님께

2026년도 보수총액 신고 기한은 2027년 3월 15일입니다.
신고는 고용·산재보험 토탈서비스(total.comwel.or.kr) 또는 EDI로 하시며, 신고서 서식은 공단 홈페이지 서식 자료실에서 받으실 수 있습니다.
공단은 메일 첨부파일로 신고서를 받지 않으며 압축 파일을 보내지 않습니다.

문의: 근로복지공단 고객센터 1588-0075
""", client="system", fmt="plain")

M("hard17", "kim-bosu-plan", P["kim"], P["choi"], "보수총액 신고 준비 (연말정산 끝나고)", "2026-12-07 11:30", """
대리님, 근로복지공단 안내 왔는데 기한이 3월 15일이라 연말정산 끝나고 2월 말에 EDI로 같이 하면 될 것 같아요.
그런데 오늘 '근로복지공단' 이름으로 zip 첨부 붙은 메일이 하나 더 왔는데 주소가 comwel-bosu.kr이라 IT에 넘겼습니다.
""" + sig("kim"), client="outlook")

M("hard17", "customs-pccc", "관세청 <noreply@customs.go.kr>", P["oh"],
  "[관세청] 개인통관고유부호 재발급 완료 안내", "2026-12-02 15:00", """
오세훈 님, 요청하신 개인통관고유부호 재발급이 완료되었습니다.
기존 부호는 사용이 정지되었으며, 새 부호는 관세청 유니패스(unipass.customs.go.kr)에서 본인 인증 후 확인하실 수 있습니다.
해외직구 사이트에 등록된 부호도 새 부호로 바꿔 주세요.
관세청은 전화로 송금이나 계좌 이체를 요구하지 않습니다.
""", client="system", fmt="plain")

M("hard17", "mobile-id-issue", "행정안전부 모바일 신분증 <noreply@mois.go.kr>", P["han"],
  "[모바일 주민등록증] 발급이 완료되었습니다", "2026-12-06 13:10", """
한서연 님, 모바일 주민등록증 발급이 완료되었습니다.
IC 주민등록증과 연동해 발급하셨으며 유효기간은 IC 카드의 유효기간과 같습니다.
휴대폰을 바꾸실 때는 새 휴대폰에서 다시 발급받으시면 되고, 기존 휴대폰의 신분증은 자동으로 폐기됩니다.
재발급이나 만료를 이유로 QR 스캔이나 링크 접속을 요청하는 메일은 행정안전부가 보낸 것이 아닙니다.
""", client="system", fmt="plain")

M("hard17", "gohyang-receipt", "고향사랑e음 <noreply@ilovegohyang.go.kr>", P["oh"],
  "[고향사랑e음] 기부금 영수증 발급 안내", "2026-12-05 09:40", """
오세훈 님, 고향사랑기부에 참여해 주셔서 감사합니다.
기부금액: 100,000원 / 기부 지자체: 전라남도 구례군
기부금 영수증은 고향사랑e음 누리집에서 조회·출력하실 수 있으며, 연말정산 간소화 서비스에 자동으로 반영됩니다.
영수증 발급에 수수료는 없습니다. 답례품 포인트 30,000원은 고향사랑e음에서 사용하실 수 있습니다.
""", client="system", fmt="plain")

M("hard17", "kepco-support", "한국전력공사 <noreply@kepco.co.kr>", P["choi"],
  "[한전] 소상공인·소기업 동절기 전기요금 지원 신청 안내", "2026-12-04 10:00", """
고객번호 01-2345-6789-xx 고객님

동절기 소상공인·소기업 전기요금 지원 사업 신청을 받고 있습니다.
신청은 한전ON(online.kepco.co.kr) 또는 소상공인24에서 사업주가 직접 하시며, 신청 수수료는 없습니다.
한전과 정부는 신청 대행 업체를 두지 않습니다. 대행료를 요구하는 연락은 무시하시기 바랍니다.
""", client="system", fmt="plain")

# --- D. the office's own people and its real partners -----------------------------------------------------------------

M("hard17", "leaver-account-real", P["hr"], P["choi"], "퇴사자 김태현 님 퇴직금 계좌 변경 — 본인 확인 완료", "2026-12-07 16:00", """
대리님, 지난달 퇴사한 김태현 님 퇴직금 계좌 건입니다.
오늘 본인이 사무실에 와서 계좌 변경 신청서에 서명하고 새 통장 사본을 냈습니다(기존 급여 계좌가 해지됐다고 합니다).
신청서와 통장 사본 스캔본 첨부합니다. 그리고 오늘 아침 김태현 이름으로 gmail에서 '압류 때문에 계좌 바꿔 달라'는
메일이 왔는데 본인은 그런 메일 보낸 적 없다고 하니 그건 무시해 주세요. 신청서 계좌로만 지급 부탁드립니다.

인사팀 김다은
""", client="outlook", att=["퇴직금계좌변경신청서_김태현.pdf"])

M("hard17", "building-settlement", "판교테크원 관리사무소 <office@pangyotechone.example>", P["choi"],
  "[관리사무소] 2026년 공용 전기·난방비 연말 정산 고지서 송부", "2026-12-05 11:00", """
입주사 담당자님께

2026년 공용 전기료·난방비 연말 정산 결과, 누리웍스(5층 502호)는 추가 부담분 1,284,600원이 발생했습니다.
12월 관리비 고지서에 합산하여 청구했으며, 납부 계좌는 기존과 같은 관리단 명의 가상계좌입니다.
산출 근거 엑셀을 첨부합니다. 관리소장 개인 명의 계좌로 관리비를 받는 일은 없으며, 의심되는 연락은 관리사무소(031-xxx-xxxx)로 확인해 주세요.

판교테크원 관리사무소장 박정수
""", client="hiworks", att=["2026_공용비용_정산내역_502호.xlsx", "12월관리비고지서_502호.pdf"])

M("hard17", "youtube-review-real", "이태웅 (공장TV) <ltw.factorytv@gmail.com>", P["jung"],
  "공장TV 리뷰 영상 초안 보내드립니다", "2026-12-06 20:15", """
정민재 팀장님 안녕하세요, 공장TV 이태웅입니다.
지난달 빌려주신 압력 센서 키트 리뷰 영상 초안 링크 드립니다. 비공개 링크라 팀장님만 보실 수 있어요.
https://youtu.be/Xq2Ln8fKc0A
사실관계 틀린 부분만 말씀해 주시면 수정하고, 장비는 다음 주 화요일에 택배로 돌려드릴게요.
협찬 표기는 약속대로 "제품 대여"로 넣었습니다. 따로 비용 받는 건 없습니다!
""", client="gmail")

M("hard17", "headhunter-real", "강지원 (커리어브릿지 서치펌) <jw.kang@careerbridge.example>", P["bae"],
  "배성우 부장님, 평판조회 동의서 회신 감사드립니다", "2026-12-04 17:50", """
배성우 부장님,

동의서 잘 받았습니다. 평판조회는 부장님이 주신 레퍼런스 두 분께 제가 직접 전화로 진행하고,
비용은 전부 고객사가 부담합니다. 후보자께서 내실 비용은 어떤 단계에서도 없습니다.
1차 결과는 다음 주 수요일쯤 고객사에 전달되며, 일정 나오면 바로 연락드리겠습니다.

커리어브릿지 서치펌 이사 강지원 / 02-xxx-xxxx
""", client="outlook365")

M("hard17", "used-equipment-real", "(주)한솔계측 김영민 <ym.kim@hansolgyecheuk.example>", P["oh"],
  "중고 오실로스코프 2대 — 방문 점검 후 계약 진행하시죠", "2026-12-03 10:20", """
오세훈 차장님,

말씀드린 중고 오실로스코프 2대(교정 성적서 2026년 6월) 목록과 사진 첨부합니다. 시세보다 30% 정도 낮은 가격입니다.
다음 주 화성 창고에서 직접 보시고 작동 확인하신 다음 계약하시면 됩니다. 계약금은 없고, 인수하실 때 세금계산서 발행 후
법인 계좌로 받겠습니다.
""", client="outlook", att=["중고장비목록_사진.pdf"])

M("hard17", "mom-hospital", "엄마 <mom.jiyoung@hanmail.net>", P["park"], "지영아 병원 다녀왔어", "2026-12-05 19:40", """
지영아 엄마 오늘 병원 다녀왔어
무릎 주사 맞고 괜찮대 걱정하지 마
병원비는 실비 청구한다고 아빠가 서류 다 챙겼어 돈 보내지 마라
이번 주말에 김장하니까 시간 되면 와 이모도 온대
""", client="oldweb")

M("hard17", "colleague-screen-golf", P["jung"], P["kang"], "금요일 스크린골프 — 내기는 없음 ㅋ", "2026-12-07 18:10", """
하늘씨 금요일 팀 회식 2차 스크린골프 예약했어요 (판교역 7시 반, 2방).
내기는 없고 꼴찌가 음료 사기로. 골프 안 쳐본 사람도 괜찮으니 오세요~
""" + sig("jung"), client="outlook")

M("hard17", "year-end-dinner", P["ceo"], P["all"], "송년회 안내 (12/18 금) — 장소, 2차 없음", "2026-12-07 10:00", """
전 직원 여러분,

올해 송년회는 12월 18일(금) 저녁 6시 반, 정자동 한식당 '담소'에서 합니다. 2차는 없습니다.
올해 고생 많으셨고, 이번 주 중으로 경영지원팀에 참석 여부만 알려 주세요.
작년 송년회 사진은 공유 폴더에 올려 두었습니다.

이준호 드림
""", client="outlook")

# --- E. partners in English --------------------------------------------------------------------------------------------

M("hard17", "cbam-customer-request", "Annelies de Vries <a.devries@vanderlinde-techniek.example>", P["park"],
  "CBAM data request for 2026 deliveries (no registration needed on your side)", "2026-12-03 09:15", """
Dear Jiyoung,

As an EU importer we have to report the embedded emissions of the steel housings in your pressure transmitters.
Could you ask your housing supplier for the actual emissions per tonne, or tell us if we should use default values?
The template from the European Commission is attached.

To be clear: there is no registration or fee for you as a supplier. Some of our other suppliers have received
e-mails asking them to pay for a "CBAM declarant listing"; those are not from us or from the EU.

Kind regards,
Annelies de Vries
Purchasing, Van der Linde Techniek B.V.
""", client="outlook365", att=["CBAM_Communication_Template_Installations.xlsx"])

M("hard17", "peppol-customer-portal", "Tomasz Nowak <t.nowak@polmetrix.example>", P["choi"],
  "E-invoicing from 2027 - please send invoices via our supplier portal", "2026-12-04 13:40", """
Dear Ms. Choi,

From 1 February 2027 we can only accept structured e-invoices. The easiest way for you is our free supplier portal:
upload your PDF invoice there and it will be converted for you. You will receive an invitation from our portal
provider with your own login; there is no subscription and no fee.

If you prefer to send through a Peppol access point of your own, please send me your Peppol ID.

Best regards,
Tomasz Nowak
Accounts Payable, Polmetrix Sp. z o.o.
""", client="outlook")

M("hard17", "amazon-brand-registry-real", "Amazon Brand Registry <brand-registry-noreply@amazon.com>", P["jung"],
  "Your trademark application for NURISENSE has been verified", "2026-12-02 04:10", html=notice_html(
      "amazon brand registry", "#232f3e", "Verification complete", [
          "Brand name: NURISENSE &middot; Trademark: KR 40-2026-0xxxxxx",
          "Your brand is now enrolled in Amazon Brand Registry. You can manage your brand from Brand Registry in Seller Central.",
          "Amazon will never ask for your password or payment information by email.",
      ], "Amazon.com, Inc., 410 Terry Avenue North, Seattle, WA 98109", layout=2), client="esp")

M("hard17", "lagos-real-tender", "Chidi Okafor <c.okafor@aquanet-eng.example>", P["bae"],
  "Pressure transmitters for Lagos water project - RFQ attached", "2026-12-05 12:30", """
Dear Mr. Bae,

We are the EPC contractor for a municipal water project in Lagos and are collecting quotations for
120 pressure transmitters (spec sheet attached). Our usual terms are 30% advance by T/T against your proforma invoice
and 70% against shipping documents.

You do not need any registration with a ministry; we are the buyer. Please quote CIF Lagos with delivery time.

Best regards,
Chidi Okafor
Procurement Lead, AquaNet Engineering Ltd.
""", client="outlook365", att=["RFQ_PT-120_Spec.pdf"])

M("hard17", "emily-real-dinner", "Emily Zhang <emily.zhang@szhuaxin.example>", P["park"],
  "Dinner on Friday - Shilla, 7pm", "2026-12-07 21:05", """
Hi Jiyoung,

Just confirming dinner on Friday at 7pm at the Shilla (the restaurant on the 23rd floor). My boss Mr. Liu will join.
We'll talk about the 2027 framework agreement, no slides, just dinner :)

See you then,
Emily
Huaxin Sensors, Shenzhen
""", client="gmail")

M("hard17", "review-request-real", "Trustpilot <noreply@trustpilot.com>", P["jung"],
  "You have a new review on Trustpilot", "2026-12-05 06:20", html=notice_html(
      "Trustpilot", "#00b67a", "A customer left a new review", [
          "★★★★☆ \"Quick reply and good documentation. Shipping took a week longer than promised.\"",
          "Reply to reviews from your Trustpilot Business account. Trustpilot does not remove reviews for payment.",
      ], "Trustpilot A/S, Pilestræde 58, 1112 Copenhagen, Denmark", layout=2), client="esp")

M("hard17", "ai-visibility-webinar", "KOTRA <webmaster@kotra.or.kr>", P["jung"],
  "[KOTRA] 수출기업 대상 생성형 AI 검색 대응 마케팅 웨비나 (무료, 12/16)", "2026-12-04 09:00", html=notice_html(
      "KOTRA", "#003e7e", "생성형 AI 검색 시대의 해외 마케팅", [
          "일시: 2026년 12월 16일(수) 오후 2시~4시 (온라인, 무료)",
          "내용: ChatGPT·Perplexity 등 AI 검색에서 우리 회사가 언급되려면 / 바이어가 AI로 공급사를 찾는 방식",
          btn("https://www.kotra.or.kr", "신청하기", "#003e7e"),
      ], 'KOTRA 뉴스레터 수신 동의 회원께 발송됩니다. <a href="https://www.kotra.or.kr/mail/reject">수신거부</a>',
      layout=1), client="esp", headers={"List-Unsubscribe": "<https://www.kotra.or.kr/mail/reject>", "Precedence": "bulk"})

M("hard17", "cambodia-news-it", P["it"], P["all"], "[보안 공지] 이번 주 들어온 사칭 메일 정리", "2026-12-08 10:30", """
이번 주 회사로 들어온 사칭·사기 메일 정리입니다. 비슷한 메일은 열지 말고 it@으로 전달해 주세요.

 - 'SK텔레콤' 법인 회선 유심 교체 예약 링크 (실제 교체는 12/10 회의실에서)
 - '근로복지공단' 보수총액 신고서 zip 첨부
 - '인사팀' 연차 촉진 통지서 서명 html 첨부 (우리 그룹웨어 주소가 아님)
 - 'corp.example 메일 보안 관리자' DMARC 만료 (우리 메일 설정은 제가 관리, 만료 없음)
 - 퇴사자 이름으로 퇴직금 계좌 변경 요청 (인사팀 확인 결과 사칭)
 - 해외 IT 고객센터 고수익 취업 (동남아 취업 사기, 가족분들께도 알려 주세요)

IT 관리자 윤태식
""", client="outlook")
