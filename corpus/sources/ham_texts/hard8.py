"""hard8: the honest twins of the corpus8 spam batch (and of the seventh's), written blind like it — the hard
business ham a Korean office really gets in the words of the lures: 건강보험, 공탁금, 국민연금 추납 and 정책자금 mail
that asks for no fee, certification and patent firms the office already retained, real job offers and interview
notices with no deposit, e-contracts and tax invoices from partners the office phoned, shares from colleagues,
corp.example's own HR and IT notices, bank, card and carrier notices with no login link, the building's
관리비 from the unchanged account, condolence and wedding notices through the company's own 경조사 process,
partners' English RFQs, remittance advice and shipping mail, family money mail, newsletters and their opt-out,
and vendors' account-change letters that ask for a call-back. corpus8 batch."""
from ham_texts import M, P, btn, gm_quote, notice_html, ol_quote, sig

IPHONE = "\n\niPhone에서 보냄\n"
GALAXY = "\n\nGalaxy S25에서 보냄\n"

# --- A. public agencies and their real notices: no agency, no fee -------------------------------------------

M("hard8", "nhis-refund-notice-real", "국민건강보험공단 <nhis_notice@nhis.or.kr>", P["seo"],
  "[국민건강보험] 본인부담상한액 초과금 지급 신청 안내", "2026-11-24 10:00", html=notice_html(
      "국민건강보험공단", "#0a6fb7", "본인부담상한액 초과금 지급 신청 안내", [
          "서민지 님, 2025년 진료분 본인부담상한액 초과금 <b>412,360원</b>이 확인되어 안내드립니다.",
          "신청은 공단 홈페이지(www.nhis.or.kr), The건강보험 앱, 고객센터(1577-1000) 또는 가까운 지사에서 하실 수 있습니다.",
          "공단은 환급을 대행하는 업체와 계약하지 않으며, 환급 신청에는 수수료가 없습니다. "
          "환급금을 대신 찾아 준다며 착수비를 요구하는 연락은 공단과 무관합니다.",
      ], "국민건강보험공단 | 강원특별자치도 원주시 건강로 32<br>본 메일은 발신전용입니다.", layout=2))

M("hard8", "hr-nhis-refund-staff-tip", P["kim"], P["all"], "[인사] 건강보험 환급금 확인 방법 (대행업체 메일 주의)", "2026-11-26 15:30", """
임직원 여러분,

최근 "임직원 미수령 건강보험 환급금을 일괄 대행해 준다"며 착수비를 요구하는 메일이 회사 대표 메일로 여러 건 들어왔습니다.
공단 환급금은 본인이 The건강보험 앱이나 공단 홈페이지에서 직접 조회·신청하면 되고 수수료가 없습니다.
회사는 임직원 명단을 외부 업체에 제공하지 않습니다. 비슷한 메일을 받으시면 IT(it@corp.example)로 전달해 주세요.

조회 방법: The건강보험 앱 > 민원여기요 > 개인민원 > 환급금 조회/신청
""" + sig("kim"), client="outlook")

M("hard8", "lawyer-deposit-collection-real", "한승우 법무사 <sw.han.lawoffice@daum.net>", P["acct"],
  "[누리웍스] 공탁금 출급청구 서류 안내 (2026금제3318호)", "2026-12-02 11:15", """
(주)누리웍스 경영지원팀 최수진 대리님께

지난주 통화드린 대로, 미수금 소송 화해 후 상대방이 공탁한 공탁금(8,240,000원) 출급청구를 위임받아 진행합니다.
필요 서류는 아래와 같습니다. 원본은 등기로 보내 주시거나 사무소로 직접 가져다 주셔도 됩니다.

1. 법인 인감증명서 1통 (3개월 이내)
2. 위임장 (첨부 양식에 법인 인감 날인)
3. 공탁통지서 원본

출급된 공탁금은 법원 공탁계에서 귀사 명의 법인 계좌로 직접 입금되며, 저희 사무소를 거치지 않습니다.
수임료는 위임계약서대로 처리 완료 후 세금계산서로 청구드리겠습니다.

한승우 법무사 사무소 | 성남시 수정구 산성대로 451, 3층 | 031-752-4480
""", client="daum", att=["공탁금출급청구_위임장_양식.hwp"])

M("hard8", "nps-chunap-father", "아빠 <kwangsoo.seo1961@hanmail.net>", P["seo"], "민지야 국민연금 추납 물어볼게", "2026-11-30 19:40", """
민지야 아빠다.
연금공단에서 추후납부 안내문이 왔는데 예전에 가게 접었을 때 못 낸 기간을 지금 낼 수 있다더라.
어떤 사람이 전화로 대신 신청해 준다고 수수료 30만원 달라길래 끊었다.
공단 지사에 직접 가면 된다고 하던데 다음 주 화요일에 같이 가 줄 수 있니? 서류는 신분증만 있으면 된대.
""", client="oldweb", enc="euc-kr/base64", henc="euc-kr/B")

M("hard8", "sme-fund-result-real", "중소벤처기업진흥공단 <policyfund@kosmes.or.kr>", P["ceo"],
  "[중진공] 2026년 혁신성장지원자금 융자 심사 결과 안내", "2026-11-18 16:20", html=notice_html(
      "중소벤처기업진흥공단", "#00549f", "정책자금 융자 심사 결과 안내", [
          "(주)누리웍스 대표자님, 신청하신 혁신성장지원자금(운전자금) 융자 심사 결과를 알려 드립니다.",
          "결과: <b>승인</b> / 금액 3억원 / 대출 취급: IBK기업은행 판교테크노밸리지점",
          "약정은 취급 은행에서 대표자 본인이 직접 진행합니다. 중진공은 정책자금 신청·승인과 관련하여 컨설팅 수수료나 착수금을 받지 않으며, "
          "제3자 부당개입은 불이익 사유가 됩니다.",
          "문의: 경기지역본부 031-259-7800",
      ], "중소벤처기업진흥공단 | 경상남도 진주시 동진로 430<br>본 메일은 발신전용입니다."))

M("hard8", "tax-accountant-audit-notice-real", "세무법인 하늘 강민정 세무사 <mj.kang@haneul-tax.co.kr>", P["ceo"],
  "RE: 세무조사 사전통지 받았습니다", "2026-12-03 09:05", """
대표님 안녕하세요, 강민정 세무사입니다.

보내 주신 세무조사 사전통지서 확인했습니다. 2023~2024 사업연도 법인세 정기 조사이고, 업종·규모 기준 순환 조사로 보입니다.
특별히 걱정하실 건은 아니며, 조사 시작일(1월 12일) 전까지 저희가 장부와 증빙을 미리 점검하겠습니다.

- 조사 연기 신청은 사유가 있을 때만 가능하고, 누구를 통해 "무마"하거나 "목록에서 빼는" 방법은 없습니다.
  혹시 그런 연락이 오면 응하지 마시고 저에게 알려 주세요.
- 조사 대리 보수는 기존 기장 계약서의 조사 대리 조항(별도 견적)대로 말씀드리겠습니다.

다음 주 중에 최수진 대리님과 자료 목록 맞추겠습니다.

강민정 드림
세무법인 하늘 판교지점 | 031-8039-5510
""" + ol_quote("이준호", "2026년 12월 2일 수요일 오후 6:12", "강민정", "세무조사 사전통지 받았습니다", """
  세무사님, 오늘 국세청에서 세무조사 사전통지서가 왔습니다. 스캔본 첨부합니다. 어떻게 준비하면 될까요?
  """), client="outlook365")

# --- B. certification, patents and leases with the firms the office already uses ----------------------------

M("hard8", "venture-confirmation-result", "벤처확인종합관리시스템 <noreply@smes.go.kr>", P["ceo"],
  "[벤처기업확인] 벤처기업 확인 결과 통지", "2026-11-20 14:00", """
(주)누리웍스 귀하

신청하신 벤처기업 확인(혁신성장유형)에 대한 벤처기업확인위원회 심의 결과를 알려 드립니다.

- 결과: 확인
- 유효기간: 2026.11.20 ~ 2029.11.19
- 확인서 발급: 벤처확인종합관리시스템(www.smes.go.kr/venturein) 로그인 후 출력

벤처기업 확인 신청·발급 수수료 외의 비용을 요구하는 대행 업체와 위원회는 관계가 없습니다.
본 메일은 발신전용입니다.
""", client="system")

M("hard8", "iso-surveillance-audit-schedule", "한국품질재단 심사팀 <audit@kfq-cert.or.kr>", P["oh"],
  "[KFQ] ISO 9001 2차 사후심사 일정 확정 안내 (누리웍스)", "2026-11-27 10:30", """
(주)누리웍스 오세훈 차장님께

ISO 9001:2015 인증 2차 사후심사 일정이 아래와 같이 확정되어 알려 드립니다.

- 일시: 2027년 1월 14일(목) 09:30~17:30, 현장 심사 1일
- 심사원: 선임 심사원 1명 (심사계획서 첨부)
- 심사비: 인증 계약서(2025-KFQ-8821)에 정한 금액으로, 심사 후 세금계산서를 발행합니다. 선입금은 받지 않습니다.

내부심사 및 경영검토 기록을 심사 당일 준비해 주십시오.

한국품질재단 인증사업본부 심사2팀 | 02-2025-8812
""", client="outlook", att=["KFQ_사후심사_계획서_누리웍스.pdf"])

M("hard8", "patent-annuity-instruction-real", "한결특허법률사무소 연차관리팀 <annuity@hangyeol-ip.co.kr>", P["lim"],
  "[연차료 관리] 특허 제10-2281xxx호 7년차 연차료 납부 여부 확인 요청", "2026-12-01 09:40", """
(주)누리웍스 임채원 팀장님께

저희 사무소가 관리 중인 아래 특허의 7년차 연차료 납부 기한이 다가와 납부 여부를 여쭙니다.

- 특허 제10-2281xxx호 "압력 센서 모듈의 온도 보상 장치"
- 납부 기한: 2027년 1월 9일
- 관납료 396,000원 + 관리 수수료 55,000원 (기존 연차관리 계약 단가)

유지를 원하시면 회신만 주시면 됩니다. 저희가 특허로(patent.go.kr)에서 납부하고, 비용은 월말 청구서에 합산합니다.
저희는 메일로 계좌를 따로 안내하거나 선입금을 요청하지 않습니다.

한결특허법률사무소 연차관리팀 김소라 | 02-3453-1170
""", client="outlook")

M("hard8", "rental-contract-maturity-real", "코웨이 비즈 <biz_care@coway.com>", P["seo"],
  "[코웨이] 사무실 정수기 렌탈 의무사용기간 만료 안내", "2026-12-04 10:00", html=notice_html(
      "Coway BIZ", "#0082c8", "렌탈 의무사용기간 만료 안내", [
          "(주)누리웍스 고객님, 정수기(CHP-7211N, 2대)의 의무사용기간이 2026년 12월 31일 만료됩니다.",
          "만료 후에는 위약금 없이 해지하실 수 있으며, 계속 사용하시면 같은 조건으로 자동 연장됩니다.",
          "해지·재약정 상담은 담당 코디 또는 고객센터 1588-5100으로 연락 주세요. "
          "코웨이는 타사 위약금을 대납해 준다며 선입금을 요구하지 않습니다.",
      ], "코웨이(주) | 충청남도 공주시 유구읍 유구마곡사로 136-23<br>본 메일은 발신전용입니다."))

# --- C. jobs and recruiting that ask for no deposit -----------------------------------------------------------

M("hard8", "kotra-overseas-job-real", "월드잡플러스 <worldjob@hrdkorea.or.kr>", P["kang"],
  "[월드잡플러스] 해외취업 연수 과정 합격 안내 (K-Move 스쿨)", "2026-11-21 17:00", """
강하늘 님, K-Move 스쿨 '일본 IT 취업 과정' 서류·면접 전형에 합격하셨습니다.

- 연수 기간: 2027.01.06 ~ 2027.06.30 (서울 구로 교육장)
- 연수비: 정부 지원으로 본인 부담금 없음 (자비 부담 조건이 있는 과정이 아닙니다)
- 등록 확인: 12월 4일까지 월드잡플러스(www.worldjob.or.kr) 마이페이지에서 등록 의사 확인

해외 취업을 이유로 비자 보증금, 항공권 선입금, 교육비를 요구하는 업체는 신고해 주십시오 (1577-7114).
한국산업인력공단 해외취업국
""", client="system")

M("hard8", "son-forwards-job-offer", "윤도윤 <doyun.yoon98@gmail.com>", P["yoon"], "아빠 나 물류센터 붙었어", "2026-11-25 18:40", """
아빠 나 이천 물류센터 관리직 붙었어 ㅎㅎ 아래 합격 메일 붙여 보냄
보증금 같은 거 내라는 말 없고 안전화도 준대. 저번에 아빠가 보증금 내라는 데는 가지 말라 해서 확인했어
월요일부터 출근이라 일요일에 짐 좀 챙기러 갈게
""" + gm_quote("쿠팡풀필먼트서비스 채용팀", "2026년 11월 25일 (수) 오후 6:10", """
윤도윤 님, 이천2센터 물류관리(주간) 계약직에 최종 합격하셨습니다.
안전화와 근무복은 센터에서 무상 지급하며, 보증금이나 장비비를 받지 않습니다.
"""), client="gmail")

M("hard8", "hr-interview-invite-overseas", P["hr"], "Nguyen Thi Lan <lan.nguyen.eng@gmail.com>",
  "[NURIWORKS] Online interview invitation - Overseas Sales (Vietnam)", "2026-12-02 14:20", """
Dear Ms. Nguyen,

Thank you for applying for the Overseas Sales (Vietnam market) position at NURIWORKS Co., Ltd.
We would like to invite you to an online interview on Teams:

- Date: Thursday, 10 December 2026, 15:00 KST (13:00 ICT)
- Panel: Mr. Bae (Sales Director), Ms. Kim (HR)
- Duration: about 45 minutes

The Teams invitation will follow from our HR calendar. There is no fee at any stage of our hiring process,
and we will never ask for your bank card or a deposit. If the position is offered, we handle the visa
sponsorship and its costs.

Kind regards,
Kim Da-eun, HR Team, NURIWORKS Co., Ltd.
""", client="outlook")

M("hard8", "crew-agency-warning-friend", "박준영 <junyoung.park.sea@naver.com>", P["oh"], "형, 조카 선원 모집 건 물어보신 거", "2026-11-29 22:15", """
형 저번에 물어본 거요. 조카가 본 '초보 승선 6개월 4천' 공고는 거의 사기예요.
진짜 선원 취업은 해양수산부 선원 구인구직(해기사 포털)이나 선사 채용으로 하고, 교육은 해양수산연수원에서 받는데 기본 교육비 말고 승선 배정비 같은 건 없어요.
조카한테 선불 내지 말라고 하시고, 제대로 하고 싶으면 저희 회사 인사팀 소개해 드릴게요.
""", client="naver")

# --- D. e-contracts, tax invoices and shares from people the office knows -----------------------------------

M("hard8", "modusign-contract-expected", "모두싸인 <no-reply@modusign.co.kr>", P["oh"],
  "[모두싸인] (주)대영계측 님이 서명을 요청했습니다: 2027 연간 공급계약서", "2026-12-08 10:12", html=notice_html(
      "modusign", "#3c5bf6", "서명 요청이 도착했습니다", [
          "(주)대영계측 김현수 님이 오세훈 님께 서명을 요청했습니다.",
          "문서: 2027 연간 공급계약서_누리웍스 / 서명 기한: 2026-12-15",
          "요청자 메시지: \"오늘 오전 통화드린 계약서입니다. 단가표는 3조에 반영했습니다.\"",
          btn("https://app.modusign.co.kr", "문서 확인하기", "#3c5bf6"),
      ], "본 메일은 모두싸인에서 발송되었습니다. 서명 과정에서 메일 비밀번호를 묻지 않습니다.<br>(주)모두싸인 | 서울특별시 강남구"))

M("hard8", "purchasing-expect-econtract", P["oh"], P["ceo"], "대영계측 연간계약 — 모두싸인으로 서명 요청 옵니다", "2026-12-08 09:40", """
대표님,

대영계측 2027 연간 공급계약서는 오늘 오전 그쪽 김현수 팀장과 통화해서 최종본 확정했고,
10시쯤 모두싸인으로 제게 서명 요청이 옵니다. 발신 주소 modusign.co.kr 맞는지 보고 열겠습니다.
법인 인감 날인이 필요한 원본 1부는 별도로 등기로 받기로 했습니다.
""" + sig("oh"), client="outlook")

M("hard8", "etax-invoice-real-smartbill", "스마트빌 <noreply@smartbill.co.kr>", P["acct"],
  "[전자세금계산서] (주)한일정밀에서 발행한 세금계산서가 도착했습니다", "2026-12-07 16:45", """
(주)누리웍스 담당자님,

(주)한일정밀에서 전자세금계산서를 발행하였습니다.

- 작성일자: 2026-12-07
- 공급가액: 17,200,000원 / 세액: 1,720,000원 / 합계: 18,920,000원
- 승인번호: 20261207-41000012-88210 (국세청 전송 완료)

세금계산서 원본은 국세청 홈택스 > 조회/발급 > 전자세금계산서 > 목록조회에서도 확인하실 수 있습니다.
본 메일은 발신전용입니다. 문의: 발행자 (주)한일정밀 관리부 031-495-2281
""", client="system", att=["세금계산서_20261207_한일정밀.pdf"])

M("hard8", "mybox-share-colleague", P["park"], P["bae"], "단가표 MYBOX로 올렸어요", "2026-12-04 17:20", """
부장님,

2027 단가표 최종본이 첨부 한도(20MB)를 넘어서 제 네이버 MYBOX 폴더로 공유 걸었습니다.
폴더명 "2027 단가표_최종", 네이버 앱 알림으로 초대가 갈 거예요. 로그인은 부장님 네이버 계정 그대로 하시면 됩니다.
혹시 안 열리면 내일 아침에 USB로 드릴게요.
""" + sig("park"), client="outlook")

M("hard8", "gdrive-share-real", "김다은 (Google Drive) <drive-shares-dm-noreply@google.com>", P["ceo"],
  "\"2026 성과급 지급 기준(검토용)\" - 편집 요청 공유", "2026-12-05 11:02", html=notice_html(
      "Google Drive", "#1a73e8", "김다은님이 스프레드시트를 공유했습니다", [
          "김다은(de.kim@corp.example)님이 다음 스프레드시트를 편집할 수 있도록 초대했습니다.",
          "<b>2026 성과급 지급 기준(검토용)</b>",
          "\"대표님, 오전 회의에서 말씀하신 기준 반영했습니다. 코멘트로 의견 부탁드려요.\"",
          btn("https://docs.google.com/spreadsheets/d/1Hk8cQ2xR0vN7", "열기"),
      ], "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>"
         "이 이메일을 받은 이유는 김다은님이 Google 스프레드시트에서 회원님과 공유했기 때문입니다."))

# --- E. corp.example's own HR and IT notices -------------------------------------------------------------------

M("hard8", "hr-evaluation-groupware", P["hr"], P["all"], "[인사] 2026 하반기 역량평가 자기평가 입력 안내 (~12/10)", "2026-12-01 09:00", """
임직원 여러분,

2026년 하반기 역량평가 자기평가를 12월 1일(화)부터 10일(목)까지 입력해 주시기 바랍니다.

- 입력 위치: 그룹웨어 > 인사 > 평가 > 자기평가 (평소 그룹웨어 로그인 그대로, 별도 사이트 없음)
- 1차 평가(팀장): 12월 11일~16일 / 면담: 12월 17일~23일
- 미입력 시 팀장님께 안내가 가며, 등급이 자동으로 정해지지는 않습니다.

평가 관련 외부 링크나 별도 로그인 페이지를 안내하는 메일은 인사팀이 보낸 것이 아닙니다.
""" + sig("kim"), client="outlook")

M("hard8", "hr-yearend-simplified-data", P["hr"], P["all"], "[인사] 2026 귀속 연말정산 일정 및 간소화 자료 제출 방법", "2026-12-07 10:30", """
임직원 여러분,

2026 귀속 연말정산 일정을 안내드립니다.

1. 간소화 자료 조회: 2027년 1월 15일부터 홈택스(www.hometax.go.kr) 또는 손택스 앱에서 본인이 직접 조회
2. 제출: 1월 30일까지 간소화 PDF와 공제신고서를 그룹웨어 > 인사 > 연말정산에 업로드
3. 결과 안내: 2월 급여명세서

올해도 회사가 국세청 자료를 일괄 수집하지 않으며, 임직원에게 "자료 제공 동의서"나 인증서 비밀번호를 받지 않습니다.
부양가족 자료 제공 동의는 홈택스에서 가족 본인이 직접 하셔야 합니다.
""" + sig("kim"), client="outlook", att=["2026귀속_연말정산_안내문.pdf"])

M("hard8", "it-mail-policy-change-real", P["it"], P["all"], "[IT] 12/12(토) 메일 보안 정책 변경 — 사용자 조치 없음", "2026-12-08 08:30", """
임직원 여러분,

12월 12일(토) 새벽 2시~4시에 메일 서버 보안 정책을 다음과 같이 변경합니다.

- 외부에서 들어오는 .html/.htm/.shtml 첨부 파일은 격리함으로 이동 (필요하면 IT에 해제 요청)
- 발신자가 corp.example을 사칭한 외부 메일은 제목 앞에 [외부] 표시
- 외부로 자동 전달 규칙은 계속 차단

사용자께서 하실 일은 없습니다. 계정 재승인, 비밀번호 재입력, 링크 클릭을 요구하는 메일은 IT가 보낸 것이 아니니 바로 신고해 주세요.
""" + sig("yoon"), client="outlook")

M("hard8", "it-sso-mfa-rollout-real", P["it"], P["all"], "[IT] Microsoft Authenticator 번호 일치 방식 적용 안내 (12/14~)", "2026-12-09 09:10", """
임직원 여러분,

12월 14일(월)부터 원격 접속(VPN)과 메일 로그인 MFA가 "번호 일치" 방식으로 바뀝니다.
로그인할 때 화면에 나온 두 자리 숫자를 휴대폰 Authenticator 앱에 입력하시면 됩니다.

- 미리 하실 일: 없음 (앱 업데이트만 해 두세요)
- 본인이 로그인하지 않았는데 승인 요청이 오면 "거부"를 누르고 IT(내선 242)로 연락 주세요.

IT는 MFA 재등록을 메일 링크로 요청하지 않습니다. 재등록이 필요하면 IT 자리에서 직접 해 드립니다.
""" + sig("yoon"), client="outlook")

M("hard8", "it-answers-building-bill-lure", P["it"], P["seo"], "RE: 관리비 고지서 메일 열어도 되나요?", "2026-12-08 14:05", """
서민지 주임님,

전달해 주신 "12월 관리비 고지서 (계좌 변경 안내 포함)" 메일은 피싱입니다. 발신 도메인이 pangyo-bldg-mgmt.com인데
저희 관리사무소는 관리비를 우편 고지서와 입주사 카페 공지로만 안내하고, 계좌가 바뀌었다는 공지도 없었습니다.
첨부 html을 열면 로그인 화면이 나오는 구조라 격리했고, 같은 메일 받은 분들 것도 삭제했습니다.
관리비는 기존 계좌 그대로 납부하시면 됩니다. 신고 감사합니다!
""" + sig("yoon") + ol_quote("서민지", "2026년 12월 8일 월요일 오후 1:40", "IT 관리자", "관리비 고지서 메일 열어도 되나요?", """
  관리사무소에서 관리비 고지서 메일이 왔는데 첨부 파일이 html이고 계좌가 바뀌었다고 해서요. 열어 봐도 될까요?
  """), client="outlook", reply="corp.example")

# --- F. banks, cards, carriers and platforms with no login link ---------------------------------------------

M("hard8", "shinhan-card-point-expiry-real", "신한카드 <shinhancard@shinhancard.com>", P["park"],
  "[신한카드] 소멸 예정 포인트 안내 (2026년 12월)", "2026-12-01 08:00", html=notice_html(
      "신한카드", "#0046ff", "마이신한포인트 소멸 예정 안내", [
          "박지영 회원님, 2027년 1월 1일 소멸 예정인 마이신한포인트는 <b>12,480P</b>입니다.",
          "포인트는 신한 SOL페이 앱 &gt; 혜택 &gt; 포인트에서 결제에 쓰시거나 직접 계좌로 전환하실 수 있습니다.",
          "신한카드는 포인트 현금 전환을 문자나 메일 링크로 안내하지 않습니다.",
      ], "신한카드 | 서울특별시 중구 을지로 100<br>본 메일은 발신전용입니다. 고객센터 1544-7000", layout=2))

M("hard8", "kt-corporate-bill-real", "KT 기업고객센터 <kt_bill@kt.com>", P["acct"],
  "[KT] 2026년 11월 기업 인터넷·전화 요금 청구서", "2026-12-05 09:00", """
(주)누리웍스 고객님, 2026년 11월 이용 요금을 안내드립니다.

- 청구 금액: 206,400원 (기업 인터넷 1회선, 대표번호 1, 일반전화 12)
- 납부 방법: 자동이체 (IBK기업은행, 12월 20일 출금 예정)
- 미납 금액: 없음

청구서 상세는 KT 기업고객 홈페이지(biz.kt.com) 또는 고객센터 100번에서 확인하실 수 있습니다.
KT는 요금 납부를 위해 개인 명의 계좌나 단축 URL을 안내하지 않습니다.
""", client="system", att=["KT_202611_청구서.pdf"])

M("hard8", "kb-cert-expiry-branch", "KB국민은행 <kbbiz@kbstar.com>", P["acct"],
  "[KB국민은행] 기업뱅킹 인증서 만료 예정 안내", "2026-12-02 10:00", """
(주)누리웍스 고객님,

기업 인터넷뱅킹 인증서(사용자 ID: nuri***)가 2026년 12월 18일 만료 예정입니다.

갱신은 KB스타기업뱅킹 PC 홈페이지 > 인증센터에서 하시거나, 거래 지점(판교역지점 031-8016-3300)에 방문하시면 됩니다.
본 메일에는 링크나 QR 코드가 포함되어 있지 않으며, KB국민은행은 메일이나 문자로 인증서 비밀번호를 요구하지 않습니다.
""", client="system", enc="ks_c_5601-1987/base64", henc="ks_c_5601-1987/B")

M("hard8", "smartstore-real-policy", "네이버 스마트스토어센터 <smartstore_noreply@navercorp.com>", P["kang"],
  "[스마트스토어센터] 지식재산권 침해 신고 접수 안내 (소명 요청)", "2026-12-03 15:30", """
판매자님, 안녕하세요. 스마트스토어센터입니다.

판매자님의 상품(상품번호 8821004419, "산업용 압력센서 브래킷")에 대해 권리자의 상표권 침해 신고가 접수되었습니다.
해당 상품은 판매 중지 처리되었으며, 소명을 원하시면 7일 이내에 스마트스토어센터 로그인 후
[판매관리 > 권리침해 신고 관리] 메뉴에서 소명 자료를 제출해 주세요.

스마트스토어센터는 메일 링크로 로그인을 요청하지 않습니다. 직접 sell.smartstore.naver.com에 접속해 주세요.
""", client="system")

M("hard8", "marketing-instagram-badge-fake", P["jung"], P["kang"], "인스타 인증 배지 메일 무시하세요", "2026-12-04 10:20", """
하늘씨,

어제 공식 계정 메일로 "인증 배지 대상 선정" 메일 온 거 봤는데, meta-verified-badge.com이라는 가짜 도메인이에요.
Meta Verified는 앱 안에서 직접 신청하는 유료 구독이고, 메일로 "48시간 내 신청" 같은 걸 보내지 않아요.
공식 계정 2단계 인증은 제가 어제 OTP 앱으로 바꿔 뒀으니, 비밀번호 바꾸라는 메일도 오면 저한테 먼저 알려 주세요.
""" + sig("jung"), client="outlook")

M("hard8", "hyundai-card-overseas-cancel-real", "현대카드 <alert@hyundaicard.com>", P["ceo"],
  "[현대카드] 해외 가맹점 결제 취소 완료 안내", "2026-11-28 21:10", html=notice_html(
      "Hyundai Card", "#000000", "해외 결제 취소가 완료되었습니다", [
          "이준호 회원님, 아래 해외 결제의 취소가 완료되었습니다.",
          "가맹점: ADOBE *CREATIVE CLOUD (IE) / 취소 금액: USD 89.99 / 원 결제일: 2026.11.21",
          "취소 금액은 다음 달 결제 대금에서 차감됩니다. 별도로 하실 일은 없습니다.",
          "현대카드는 결제 취소를 위해 카드번호나 CVC를 묻지 않습니다. 문의 1577-6000",
      ], "현대카드 | 서울특별시 영등포구 의사당대로 3<br>본 메일은 발신전용입니다."))

# --- G. the building, condolences and weddings through the company's own channels --------------------------

M("hard8", "building-maintenance-fee-real", "판교테크빌딩 관리사무소 <office@pangyotechbldg.co.kr>", P["seo"],
  "[판교테크빌딩] 2026년 12월 관리비 부과 내역 안내", "2026-12-08 11:00", """
입주사 담당자님께,

2026년 12월분 관리비 부과 내역을 안내드립니다. 고지서 원본은 우편으로 함께 발송하였습니다.

- 귀사(5층 501~503호) 합계: 3,842,100원 / 납부 기한: 12월 25일
- 납부 계좌: 기존과 동일 (신한은행, 판교테크빌딩관리단, 끝자리 -0442)

관리단 계좌는 변경된 적이 없으며, 변경이 있을 경우 관리단 대표 명의 공문과 입주사 회의로만 알려 드립니다.
최근 관리사무소를 사칭한 메일이 있으니 주의해 주십시오. 문의: 관리사무소 031-8016-5500
""", client="hiworks", att=["2026년12월_관리비부과내역_501-503.pdf"])

M("hard8", "condolence-company-notice", P["hr"], P["all"], "[부고] 영업팀 배성우 부장 부친상", "2026-12-08 08:10", """
임직원 여러분께 슬픈 소식을 전합니다.

영업팀 배성우 부장님의 부친께서 12월 7일 별세하셨습니다.

- 빈소: 분당서울대학교병원 장례식장 5호실 (031-787-1503)
- 발인: 12월 10일(목) 07:00
- 장지: 성남 영생원

회사 경조금과 근조화환은 인사팀에서 처리했습니다. 개인 조의금은 빈소에서 직접 전해 주시고,
부고를 이유로 링크나 계좌를 보내는 문자·메일은 열지 마십시오.
""" + sig("kim"), client="outlook")

M("hard8", "colleague-wedding-invite", P["kang"], P["all"], "저 결혼합니다 (1/16 토, 판교)", "2026-12-07 17:30", """
안녕하세요, 마케팅팀 강하늘입니다.

쑥스럽지만 내년 1월 16일(토) 낮 12시 30분에 판교 더블루웨딩홀 3층에서 결혼합니다.
바쁘시겠지만 시간 되시면 오셔서 축하해 주시면 정말 감사하겠습니다.
청첩장은 내일 자리로 한 분씩 직접 드리러 갈게요. (모바일 청첩장 링크는 따로 안 보냅니다 ㅎㅎ)

강하늘 드림
""", client="outlook", att=[("청첩장_강하늘.jpg", "photo:Apple:iPhone 16")])

# --- H. partners' English mail: RFQs, remittances, shipping, shares, grants ---------------------------------

M("hard8", "ariba-rfq-real-customer", "SAP Business Network <ordersender-prod@ansmtp.ariba.com>", P["park"],
  "Hanseatic Marine Supply GmbH has invited you to participate in an event: Doc1449281 - Pressure transmitters 2027",
  "2026-12-03 08:15 +0100", """
Hanseatic Marine Supply GmbH has invited NURIWORKS Co., Ltd. to participate in the following event:

Event: Doc1449281 - Pressure transmitters 2027
Owner: Jens Kohler
Due date: Friday, 18 December 2026 17:00 CET

To participate, log in to your existing SAP Business Network supplier account at https://service.ariba.com
and open the event from your Proposals and Questionnaires list.

This invitation was sent to the address registered in your supplier profile (AN01558820211).
""", client="system")

M("hard8", "partner-remittance-real-pdf", "Nordlicht Instruments AP <ap@nordlicht-instruments.de>", P["acct"],
  "Payment advice 448210 - NW-2611-03, NW-2611-07", "2026-12-08 09:32 +0100", """
Dear NURIWORKS Accounts,

Please find attached our payment advice. We have paid the following invoices by SWIFT today:

  NW-2611-03   USD 14,210.00
  NW-2611-07   USD 13,670.00
  Total        USD 27,880.00   value date 10 Dec 2026

Paid to your account as per your invoices (IBK, Pangyo branch, ending 0421). No action is needed on your side;
please let us know if the funds have not arrived by 14 December.

Best regards,
Katrin Vogel
Accounts Payable, Nordlicht Instruments GmbH
""", client="outlook365", att=["Payment_Advice_448210.pdf"])

M("hard8", "forwarder-customs-clearance-real", "Hanil Logistics Import <import@hanil-logistics.co.kr>", P["oh"],
  "[Import] HBL SZX2611882 - customs cleared / 관부가세 납부 완료", "2026-12-04 15:40", """
Dear Mr. Oh,

Your shipment from Shenzhen (HBL SZX2611882, 3 cartons, 48 kg) has been cleared at Incheon customs today.

- Duty 0% (KCFTA), VAT KRW 412,800: paid by us under your deferred account and billed on our monthly invoice
- Delivery: tomorrow morning to your Pangyo office by our trucker (Mr. Park, 010-3381-2204)

Nothing is due to anyone at delivery. 수입신고필증 is attached.

Best regards,
Sora Lee, Import Team, Hanil Logistics
""", client="outlook", att=["수입신고필증_SZX2611882.pdf"])

M("hard8", "box-share-real-partner", "Sarah Lim (via Box) <noreply@box.com>", P["park"],
  "Sarah Lim shared \"Q1 2027 Forecast - NURIWORKS.xlsx\" with you", "2026-12-04 16:05 +0800", html=notice_html(
      "box", "#0061d5", "Sarah Lim shared a file with you", [
          "Sarah Lim (sarah.lim@asiasensor.com.sg) invited you to view <b>Q1 2027 Forecast - NURIWORKS.xlsx</b>.",
          "Message: \"As discussed on our call this morning - same numbers as the PDF I sent yesterday.\"",
          btn("https://app.box.com/s/q1fc27nuri", "Open", "#0061d5"),
      ], "Box, Inc. | 900 Jefferson Ave, Redwood City, CA 94063<br>You received this email because Sarah Lim shared a file with you."))

M("hard8", "customer-policy-ack-real", "Asia Sensor Pte Ltd Compliance <compliance@asiasensor.com.sg>", P["bae"],
  "Annual supplier Code of Conduct acknowledgement - NURIWORKS", "2026-12-02 10:00 +0800", """
Dear Mr. Bae,

As every year, we ask our suppliers to acknowledge our Supplier Code of Conduct (2027 edition, attached, unchanged
except for section 4.2 on export controls).

Please sign page 6 and return the scan to this address by 31 December. There is no portal and no login for this.

Thank you for your partnership.
Compliance Office, Asia Sensor Pte Ltd
""", client="outlook365", att=["Supplier_Code_of_Conduct_2027.pdf"])

M("hard8", "grant-info-kotra-eu", "KOTRA 브뤼셀무역관 <brussels@kotra.or.kr>", P["ceo"],
  "[KOTRA] EU Horizon Europe 공동연구 참여 설명회 안내 (온라인, 무료)", "2026-11-26 17:00 +0100", """
(주)누리웍스 대표님께,

KOTRA 브뤼셀무역관입니다. 한국의 Horizon Europe 준회원국 가입에 따라 국내 중소기업의 EU 공동연구 참여 설명회를 개최합니다.

- 일시: 2026년 12월 15일(화) 17:00 KST, Zoom (참가 무료)
- 내용: 과제 공모 일정, 컨소시엄 구성, 평가 기준

Horizon Europe 자금은 EU 집행위원회의 공모와 평가로만 배정되며, "사전 승인"이나 행정 수수료를 요구하는 제안은 EU와 무관합니다.
신청: KOTRA 해외시장뉴스(dream.kotra.or.kr) 설명회 게시판
""", client="outlook")

M("hard8", "recruiter-english-real", "Hannah Kwon <hannah.kwon@meridian-search.com>", P["bae"],
  "Regional Sales Manager, Korea - confidential search", "2026-11-30 11:40", """
Dear Mr. Bae,

I lead industrial-technology searches for Meridian Search in Seoul. A European test-and-measurement company
is building its Korea sales team and your background at NURIWORKS came up in several conversations.

If you are open to a confidential 20-minute call, please suggest a time. I will share the job description
and the company name by phone. If not, no need to reply - I will not follow up again.

Best regards,
Hannah Kwon | Principal, Meridian Search | +82 2 6020 4410
""", client="outlook365")

M("hard8", "xero-invoice-real-unchanged", "Kestrel Components Accounts <accounts@kestrelcomponents.co.uk>", P["acct"],
  "Invoice INV-20418 from Kestrel Components Ltd - reminder", "2026-12-03 09:00 +0000", """
Hi NURIWORKS Accounts,

A friendly reminder that invoice INV-20418 for GBP 6,240.00 was due on 30 November 2026. The invoice is attached.

Our bank details are unchanged (HSBC UK, sort code and account as on all previous invoices). If you ever receive
a message saying they have changed, please call us on +44 1223 550 182 before paying.

If you have already paid, please ignore this reminder.

Kind regards,
Emma Pryce, Kestrel Components Ltd
""", client="outlook365", att=["INV-20418.pdf"])

# --- I. the boss and money, through the process -----------------------------------------------------------

M("hard8", "ceo-abroad-deposit-approval", P["ceo"], P["choi"], "[출장 중] 하노버 전시회 부스 잔금 — 결재 올렸어요", "2026-12-09 07:45 +0100", """
최대리님,

하노버 출장 중이라 메일로 남깁니다. Messe 부스 잔금(EUR 8,400) 건 방금 모바일 그룹웨어로 결재 올렸어요 (경영-2026-1209-02).
수취 계좌는 Messe 공식 인보이스에 있는 독일 계좌 그대로이고, 작년에도 같은 계좌로 보냈습니다.

외화송금은 평소처럼 기업은행 OTP 단계에서 제 휴대폰(로밍 중)으로 한 번 확인 전화 주세요. 독일 시간 오후에는 통화됩니다.
메일로만 오는 계좌 변경 얘기는 저라도 처리하지 마세요.
""" + IPHONE, client="outlook")

M("hard8", "director-no-giftcards-reminder", P["bae"], P["sales"], "요즘 사장님 사칭 기프트카드 메일 — 팀 공지", "2026-12-08 18:30", """
영업팀 여러분,

오늘 우리 팀 두 명이 "회의 중이라 통화 어렵다, 구글 기프트카드 사서 뒷면 사진 보내 달라"는 메일을 받았습니다.
대표님이나 제가 상품권을 개인 돈으로 사 달라고 하는 일은 절대 없습니다. 거래처 선물은 총무 품의로만 처리합니다.
받으신 분은 답장하지 말고 IT로 전달만 해 주세요.
""" + sig("bae"), client="outlook")

# --- J. family mail about money ------------------------------------------------------------------------------

M("hard8", "sister-parents-gift-split", "한서진 <seojin.han@naver.com>", P["han"], "언니 엄마아빠 결혼기념일 선물 정산", "2026-12-06 21:12", """
언니 엄마아빠 40주년 여행 상품 결제했어 ㅎㅎ 총 186만원이고 셋이 나누면 62만원씩!
내 카카오뱅크로 보내 주면 돼 (언니 전에 보내던 그 계좌 맞아, 안 바뀜)
영수증 캡처 첨부함. 오빠한테도 보냈어
""", client="naver", att=[("여행상품_결제영수증.jpg", "photo:samsung:SM-S928N")])

M("hard8", "mother-asks-call-first", "엄마 <youngja.oh1963@hanmail.net>", P["oh"], "세훈아 엄마 폰 바꿨다", "2026-12-02 09:20", """
세훈아 엄마 핸드폰 바꿨다. 번호는 010-4418-22** 그대로고 카톡만 새로 깔았다.
혹시 엄마 이름으로 돈 보내 달라는 문자 오면 절대 보내지 말고 전화부터 해라. 요새 그런 게 많다고 교회 집사님이 그러더라.
주말에 김장하니까 시간 되면 와라.
""", client="oldweb", enc="euc-kr/8bit", henc="euc-kr/B")

M("hard8", "friend-lost-coin-advice", "정재민 <jaemin.jung@gmail.com>", P["yoon"], "RE: 코인 복구해 준다는 사람", "2026-12-05 23:02", """
태식아 그거 100% 2차 사기야.
거래소 출금 정지된 건 거래소 고객센터랑 경찰(사이버수사대)만 풀 수 있고, "선 작업비" 받는 복구업자는 다 똑같은 수법이래.
나도 작년에 리딩방 때문에 물렸을 때 환불 대행한다는 데서 착수금 달라고 했는데 변호사한테 물어보니 그냥 사기라더라.
경찰 신고하고 거래소에 사고 접수부터 해. 필요하면 내가 아는 변호사 소개해 줄게.
""" + gm_quote("윤태식", "2026년 12월 5일 (토) 오후 10:31", """
재민아 업비트에서 출금 막힌 코인 복구해 준다는 사람이 텔레그램으로 연락 왔는데 믿어도 되냐
"""), client="gmail")

# --- K. newsletters the office subscribed to, and their opt-out ------------------------------------------

M("hard8", "newsletter-kotra-export-optout", "KOTRA 해외시장뉴스 <news@kotra.or.kr>", P["park"],
  "[KOTRA 해외시장뉴스] 12월 2주 — 베트남 산업용 센서 시장 동향 외", "2026-12-09 07:00", html=notice_html(
      "KOTRA 해외시장뉴스", "#003a8c", "12월 둘째 주 해외시장뉴스", [
          "■ 베트남 산업용 센서 시장, 스마트팩토리 투자로 연 9% 성장",
          "■ 2027 하노버 메세 한국관 참가기업 모집 결과",
          "■ 해외 바이어 사칭 '공급사 등록비' 요구 사례 주의",
          btn("https://dream.kotra.or.kr", "해외시장뉴스 바로가기", "#003a8c"),
      ], "본 메일은 KOTRA 회원 가입 시 뉴스레터 수신에 동의하신 분께 발송됩니다. "
         "<a href=\"https://dream.kotra.or.kr/user/unsubscribe.do\">수신거부</a><br>KOTRA | 서울특별시 서초구 헌릉로 13"),
  headers={"List-Unsubscribe": "<https://dream.kotra.or.kr/user/unsubscribe.do?m=88210>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})

M("hard8", "newsletter-optout-confirmed-korean", "아이티데일리 <newsletter@itdaily-example.kr>", P["yoon"],
  "[아이티데일리] 뉴스레터 수신거부 처리 완료", "2026-12-03 10:14", """
윤태식 님, 요청하신 대로 아이티데일리 뉴스레터 수신거부가 처리되었습니다.

- 처리일시: 2026-12-03 10:13
- 앞으로 뉴스레터와 행사 안내 메일은 발송되지 않습니다. (이 메일이 마지막 안내입니다)

다시 받아 보시려면 홈페이지 회원정보에서 수신 동의를 변경하시면 됩니다.
""", client="esp")

# --- L. account changes confirmed by telephone, and an honest used-equipment sale ----------------------------

M("hard8", "rental-vendor-account-change-callback", "한국오피스렌탈 관리팀 <billing@korea-officerental.co.kr>", P["acct"],
  "[공문] 결제 계좌 변경 안내 — 반드시 유선 확인 후 반영해 주십시오", "2026-12-01 10:00", """
(주)누리웍스 경영지원팀 귀중

당사는 2027년 1월 1일자로 주거래 은행을 변경합니다. 복합기 렌탈료 자동이체·송금 계좌를 아래와 같이 변경 요청드립니다.

- 변경 전: 국민은행 (주)한국오피스렌탈 끝자리 -1182
- 변경 후: 하나은행 (주)한국오피스렌탈 끝자리 -4407 (예금주 법인명 동일)

본 공문은 대표이사 직인 날인 원본을 등기로도 발송하였습니다. 반영 전에 반드시 귀사 담당 영업사원(김도현 과장, 031-701-8820)
또는 대표번호로 전화 확인해 주십시오. 메일 회신만으로는 변경을 확정하지 마십시오.
""", client="outlook", att=["계좌변경_공문_한국오피스렌탈.pdf"])

M("hard8", "office-reply-rental-callback-done", P["choi"], "한국오피스렌탈 관리팀 <billing@korea-officerental.co.kr>",
  "RE: [공문] 결제 계좌 변경 안내 — 반드시 유선 확인 후 반영해 주십시오", "2026-12-02 14:30", """
안녕하세요, 누리웍스 경영지원팀 최수진입니다.

오늘 김도현 과장님과 통화로 변경 내용 확인했고, 등기 원본도 받았습니다.
1원 테스트 입금 후 예금주 확인까지 마쳤으며, 1월 렌탈료부터 새 계좌로 지급하겠습니다.
""" + sig("choi"), client="outlook", reply="corp.example")

M("hard8", "used-scope-sale-real", "정밀계측 중고센터 <sales@jm-usedtest.co.kr>", P["lim"],
  "RE: 오실로스코프 2대 매입 견적 요청 건", "2026-12-04 11:20", """
임채원 팀장님,

요청하신 오실로스코프 2대(Keysight DSOX3034T, Tektronix MDO34) 매입 견적 드립니다.

- 매입가: 2대 합계 6,200,000원 (외관·동작 점검 후 확정)
- 방문 점검 및 회수: 12월 10일(목) 오후, 저희 기사 2명 방문
- 대금: 회수 당일 점검 완료 후 귀사 법인 계좌로 입금, 세금계산서는 귀사에서 발행

매입 과정에서 판매자께 등록비·공증비 등 어떤 비용도 받지 않습니다.

정밀계측 중고센터 영업팀 문현우 | 031-346-7781
""" + ol_quote("임채원", "2026년 12월 3일 목요일 오후 4:12", "정밀계측 중고센터", "오실로스코프 2대 매입 견적 요청 건", """
  안녕하세요. 사용하지 않는 오실로스코프 2대 매각을 검토 중입니다. 모델은 아래와 같고 사진 첨부합니다.
  """), client="outlook")
