"""hard9: the honest twins of the corpus9 spam batch (and of the seventh's), written blind like it — the hard
business ham a Korean office really gets in the words of the lures: a 채권양도 notice checked by the office's own
lawyer, foreign buyers who pay their own certification, the expo organizer on booth transfers, an investor and a
valuation firm under contract, a 법무사 on a real 본점 이전, translators and interpreters paid with no deposit,
a courier's real compensation, a dealer buying the company car, insurers, donations made and receipted, an
exchange's Travel Rule delay, a tax accountant's 경정청구 under contract, corp.example's own training, VPN, MDM,
survey and payroll notices, e-signature, card, Kakao channel, cafe, domain and cloud mail from the real services,
partners' English POs, statements, B/Ls and shares, the CEO's transfer through e-approval, family money and an
opt-out. corpus9 batch."""
from ham_texts import M, P, btn, gm_quote, notice_html, ol_quote, sig

IPHONE = "\n\niPhone에서 보냄\n"
GALAXY = "\n\nGalaxy S25에서 보냄\n"

# --- A. debts, lawyers and notices that are checked, not paid ----------------------------------------------

M("hard9", "lawyer-assignment-notice-check", "법무법인 세움 윤지호 변호사 <jh.yoon@seum-law.co.kr>", P["ceo"],
  "RE: 채권양도 통지서 받으셨다는 건 (정률 채권관리센터 메일)", "2026-12-08 10:40", """
대표님 안녕하세요, 윤지호 변호사입니다.

전달해 주신 "채권양도 통지 및 지급 최고" 메일 검토했습니다.

1. 채권양도는 양도인(원래 채권자)이 채무자에게 통지해야 대항력이 생깁니다. 양수인을 자처하는 곳이 메일로만 보낸 통지는 그 자체로 효력이 없습니다.
2. 최수진 대리님께 확인해 보니 (주)온라인마케팅플러스와는 2025년에 거래한 기록이 없습니다.
3. 따라서 지정 계좌로 입금하실 필요가 없고, 회신도 하지 않으시는 것이 좋겠습니다.

혹시 법원에서 지급명령 정본이 실제로 송달되면(등기우편) 2주 안에 이의신청하면 되니, 그때 바로 저에게 보내 주세요.
자문료는 기존 고문 계약 범위 안이라 별도 청구는 없습니다.

윤지호 변호사 | 법무법인 세움 | 02-3477-1150
""", client="outlook365", reply="corp.example")

M("hard9", "partner-payment-reminder-unchanged", "한일정밀 경리팀 <account@hanil-precision.co.kr>", P["acct"],
  "[한일정밀] 11월 납품 대금 결제 일정 확인 부탁드립니다", "2026-12-04 14:05", """
누리웍스 경영지원팀 담당자님께

11월 납품분(세금계산서 2026-11-28 발행, 12,430,000원) 결제 일정 확인 부탁드립니다.
계약서상 결제일은 익월 10일이며, 결제 계좌는 기존과 동일한 기업은행 (주)한일정밀 계좌입니다.
저희는 결제 계좌를 메일로 변경하지 않으니, 다른 계좌 안내를 받으시면 꼭 저희 대표번호로 확인해 주세요.

한일정밀 경리팀 문은정 | 031-492-7730
""", client="hiworks")

M("hard9", "office-reply-partner-payment", P["choi"], "한일정밀 경리팀 <account@hanil-precision.co.kr>",
  "RE: [한일정밀] 11월 납품 대금 결제 일정 확인 부탁드립니다", "2026-12-04 16:20", """
문은정 님 안녕하세요.

11월분은 결재 완료되어 12월 10일 오전에 기존 기업은행 계좌로 이체 예정입니다.
이체 후 ERP에서 지급 내역 메일이 자동으로 발송됩니다.
""" + sig("choi"), client="outlook", reply="hanil-precision.co.kr")

M("hard9", "court-payment-order-real", "전자소송 <efiling@scourt.go.kr>", P["acct"],
  "[전자소송] 사건 2026차전41188 지급명령 결정 정본 송달 안내", "2026-11-27 09:00", html=notice_html(
      "대한민국 법원 전자소송", "#1b3f8b", "전자문서 송달 안내", [
          "(주)누리웍스 님께 사건 <b>2026차전41188</b> (채권자 (주)가람물산)의 지급명령 결정 정본이 전자송달되었습니다.",
          "전자소송 홈페이지(ecfs.scourt.go.kr)에 공동인증서로 로그인하여 확인하실 수 있으며, 송달받은 날부터 2주 이내에 이의신청할 수 있습니다.",
          "법원은 이메일로 입금 계좌를 안내하지 않으며, 본 메일에는 어떤 링크나 첨부도 포함되어 있지 않습니다.",
      ], "대한민국 법원 | 본 메일은 발신전용입니다."))

# --- B. foreign buyers, expos, investors and advisers who charge nothing up front --------------------------

M("hard9", "saudi-buyer-saso-real", "Faisal Al-Harbi <f.alharbi@alnoor-industrial.sa>", P["park"],
  "RE: Quotation NW-Q-2611 / SASO certificate", "2026-12-02 18:10", """
Dear Ms. Park,

Thank you for the quotation NW-Q-2611 (PT-300 series, 20 pcs sample order).

Regarding SASO / SABER conformity: for samples below commercial quantity no certificate is needed. For the main order,
our customs broker in Dammam will apply on the SABER platform and the cost is on our side as importer. You only need to
provide the test reports (IEC 61326, RoHS) you already listed in the datasheet.

Please send the proforma invoice for the 20 samples; we will pay by T/T to your company account shown on your letterhead.

Best regards,
Faisal Al-Harbi
Procurement Manager, Al-Noor Industrial Co. | Riyadh
""", client="outlook365", att=["Sample_PO_ANI-26-0931.pdf"])

M("hard9", "sales-sample-fee-internal", P["park"], P["bae"], "샘플비 관련 — 사우디 바이어 건 정리", "2026-12-03 09:12", """
부장님,

사우디 Al-Noor 건 정리드립니다.
- 샘플 20개는 저희 프로포마로 T/T 선결제 받기로 했습니다 (샘플비 + DHL 운임 포함 USD 1,940).
- 인증(SABER)은 수입자 쪽 관세사가 처리, 비용도 바이어 부담이라고 메일로 확인받았습니다.
- 저쪽에서 "인증 에이전트 계좌로 송금" 같은 요청은 전혀 없었고, 혹시 그런 메일이 오면 사칭이니 바로 말씀드리겠습니다.

프로포마 결재 올렸습니다 (결재번호 SL-2026-1204).
""" + sig("park"), client="outlook")

M("hard9", "expo-organizer-booth-notice", "스마트팩토리+오토메이션전 사무국 <exhibit@sfaw-expo.example>", P["bae"],
  "[SFAW 2027] 부스 배정 결과 및 부스 양도·재판매 관련 안내", "2026-11-25 11:00", html=notice_html(
      "SMART FACTORY + AUTOMATION WORLD 2027", "#e4002b", "부스 배정 결과 안내", [
          "(주)누리웍스 참가 담당자님, 신청하신 독립부스 2부스(18㎡)가 <b>C홀 C-412</b>로 배정되었습니다.",
          "잔금(부스비의 70%)은 2027년 1월 15일까지 사무국 지정 법인 계좌(참가 계약서 기재)로 납부해 주시기 바랍니다.",
          "참가 규정 제9조에 따라 부스의 양도·재판매는 사무국 승인 없이는 불가하며, 개인 간 거래로 양수한 부스는 인정되지 않습니다. "
          "최근 '부스 양도' 제안 메일이 돌고 있으니 유의해 주십시오.",
          btn("https://www.sfaw-expo.example/exhibitor", "참가업체 전용 페이지", "#e4002b"),
      ], "SFAW 사무국 | 서울 강남구 영동대로 513 | 02-6000-1188"))

M("hard9", "vc-followup-nda", "박세린 <serin.park@bluepeak-ventures.example>", P["ceo"],
  "누리웍스 미팅 감사드립니다 / NDA 송부", "2026-11-28 17:30", """
이준호 대표님,

어제 판교 사무실에서 시간 내 주셔서 감사합니다. 블루피크벤처스 박세린 심사역입니다.
말씀 나눈 대로 실사 전 단계로 상호 비밀유지계약서(NDA) 초안 보내 드립니다. 법무 검토 후 수정 사항 알려 주세요.

참고로 저희 투자 검토 과정에서 피투자사가 부담하는 비용(자문료, 보고서 작성비 등)은 없습니다.
다음 단계는 12월 중순 IR 자료 기반 2차 미팅입니다.

박세린 드림
Bluepeak Ventures | 02-555-0921
""", client="gmail", att=["NDA_Bluepeak_Nuriworks_draft.docx"])

M("hard9", "valuation-engagement-invoice", "삼일하나회계법인 김도윤 <dy.kim@samilhana-cpa.example>", P["ceo"],
  "주식가치 평가 보고서 송부 및 보수 청구 안내", "2026-12-05 15:00", """
대표님 안녕하세요.

용역계약(2026-10-21 체결)에 따른 비상장주식 가치평가 보고서 최종본을 송부드립니다.
평가 기준일 2026-09-30, 상증법 보충적 평가방법과 DCF 병행 결과입니다.

보수는 계약서대로 보고서 납품 후 청구드리며, 세금계산서는 오늘 발행했습니다. 계좌는 계약서에 기재된 당 법인 계좌 그대로입니다.

김도윤 회계사 | 삼일하나회계법인 | 02-709-0552
""", client="outlook", att=["누리웍스_주식가치평가보고서_최종.pdf"])

M("hard9", "beopmusa-hq-move", "정유진 법무사 <yj.jung.beopmu@naver.com>", P["acct"],
  "누리웍스 본점 이전 등기 완료 및 비용 정산", "2026-12-01 13:45", """
최수진 대리님 안녕하세요, 정유진 법무사입니다.

판교 본점 이전(판교역로 192번길 14, 5층) 등기가 오늘 완료되었습니다. 등기사항전부증명서 첨부합니다.

비용은 지난번 견적대로 아래와 같습니다.
- 등록면허세·지방교육세: 영수증 원본 첨부 (실비)
- 수수료: 330,000원 (부가세 포함)
세금계산서 발행했으니 확인 후 결제해 주시면 됩니다. 법인 명의 등기라 가상 사무실이나 별도 서비스 가입은 필요 없습니다.

정유진 법무사 사무소 | 031-708-4412
""", client="naver", att=["등기사항전부증명서_누리웍스.pdf", "등록면허세_영수증.pdf"])

# --- C. jobs with no deposit -------------------------------------------------------------------------------

M("hard9", "translator-platform-accept", "Lingo Partners <vendors@lingopartners.example>", P["han"],
  "Welcome to Lingo Partners — your vendor profile is active", "2026-11-22 08:30", """
Hi Seoyeon,

Congratulations — you passed the EN>KO technical test and your freelance vendor profile is now active.

- Rate: USD 0.09 per source word, paid monthly by bank transfer or PayPal
- Tools: we provide Phrase TMS access free of charge; no licence fee, no deposit
- First project offers arrive by email from pm@lingopartners.example

If anyone asks you to pay for an account, a test or software in our name, it is not us.

Lingo Partners Vendor Management
""", client="gmail")

M("hard9", "hr-expo-interpreter-hire", P["hr"], "권나은 <naeun.kwon.univ@gmail.com>",
  "[누리웍스] SFAW 2027 전시회 통역 아르바이트 채용 안내", "2026-12-02 10:00", """
권나은 님 안녕하세요, 누리웍스 인사팀입니다.

SFAW 2027 전시회 부스 영어 통역 아르바이트 합격을 축하드립니다.
- 기간: 2027년 3월 4일~6일 (3일), 09:00~18:00
- 일급: 200,000원 (교통비·중식 별도 지급)
- 지급: 근무 종료 후 다음 주 금요일, 본인 명의 계좌로 (원천징수 3.3%)

근로계약서는 첫날 현장에서 작성하며, 유니폼이나 출입증 보증금은 없습니다.
급여 계좌 사본은 근무 첫날 종이로 제출해 주시면 됩니다.
""" + sig("kim"), client="outlook")

M("hard9", "brother-warns-account-job", "형 <dh.seo.bro@gmail.com>", P["seo"], "민지야 이거 하지마라", "2026-12-06 21:10", """
민지야 네가 단톡에 올린 "비대면 계좌 개설 알바" 그거 절대 하지 마.
계좌 만들어서 보안카드랑 OTP 넘기면 그게 대포통장이야. 나중에 전자금융거래법 위반으로 네가 처벌받는다.
우리 회사 법무팀 사람한테 물어봤는데 요즘 그걸로 입건되는 대학생이 많대.
용돈 필요하면 형한테 말해라.
""" + GALAXY, client="gmail")

M("hard9", "goyong24-youth-subsidy", "고용24 <noreply@work24.go.kr>", P["hr"],
  "[고용24] 청년일자리도약장려금 참여 신청 승인 안내", "2026-11-20 14:00", html=notice_html(
      "고용24", "#2356a8", "청년일자리도약장려금 참여 승인", [
          "(주)누리웍스 귀하, 신청하신 2027년 청년일자리도약장려금 기업 참여가 <b>승인</b>되었습니다.",
          "채용 후 6개월 고용 유지 시 고용24에서 직접 장려금을 신청하실 수 있습니다. 신청·지급에 수수료는 없으며, 운영기관은 접수 대행비를 받지 않습니다.",
          "문의: 성남고용센터 기업지원팀 031-739-3150",
      ], "고용노동부 고용24 | 본 메일은 발신전용입니다.", layout=2))

M("hard9", "it-otp-never-forward", P["it"], P["all"], "[IT] 인증번호(문자·OTP)는 누구에게도 전달하지 마세요", "2026-12-08 08:50", """
전 직원께,

지난 금요일 박지영 과장님을 사칭한 Gmail 계정이 "폰이 고장났으니 인증번호를 대신 받아 알려 달라"는 메일을 여러 분께 보냈습니다.
박 과장님 휴대폰은 정상이며, 그런 요청을 한 적이 없습니다.

- 회사 동료든 가족이든, 문자로 받은 인증번호나 OTP 번호를 메일·메신저로 전달하지 마세요.
- 동료의 요청이 이상하면 내선 또는 사내 메신저로 직접 확인하세요.
- 이미 번호를 보내셨다면 바로 IT(내선 262)로 연락 주세요.

별도로 하실 조치는 없습니다. 이 메일에는 링크가 없습니다.
""" + sig("yoon"), client="outlook")

# --- D. parcels, cars, insurance, donations and exchanges: the real ones -----------------------------------

M("hard9", "cj-claim-compensation-real", "CJ대한통운 고객센터 <cs_noreply@cjlogistics.com>", P["oh"],
  "[CJ대한통운] 접수하신 사고 건(분실) 처리 결과 안내", "2026-12-03 11:30", html=notice_html(
      "CJ대한통운", "#f26522", "사고 접수 처리 결과 안내", [
          "오세훈 고객님, 접수하신 운송장 6842-1108-2291 건의 처리 결과를 안내드립니다.",
          "처리 결과: 분실 확인 / 보상 금액: 87,000원 (송장 기재 물품가액 기준)",
          "보상금은 사고 접수 시 고객님이 직접 등록하신 계좌(신한 ***-***-**1284)로 3영업일 내 입금됩니다. "
          "당사는 이메일이나 문자로 계좌 비밀번호, 주민등록번호를 묻지 않습니다.",
      ], "CJ대한통운 | 고객센터 1588-1255 | 본 메일은 발신전용입니다."))

M("hard9", "company-car-sale-dealer", "케이모빌 매입팀 <buy@kmobile-dealer.example>", P["acct"],
  "법인차량(그랜저 2021) 매입 확정 안내", "2026-12-05 10:15", """
누리웍스 경영지원팀 최수진 대리님께

어제 진단 결과를 반영한 매입 금액을 안내드립니다.
- 차량: 그랜저 IG 2021 (12가 3391), 주행 48,200km
- 매입가: 22,400,000원 (진단 후 확정)
- 인도: 12월 9일(화) 14시, 판교 사옥 주차장

대금은 차량 인도와 서류 확인 직후 귀사 법인 계좌로 전액 입금되며, 명의 이전과 말소 수속은 저희가 처리합니다(비용 없음).
판매자께 선납하실 비용은 없습니다. 필요 서류: 법인 인감증명서, 사업자등록증 사본, 자동차등록증.

케이모빌 매입팀 과장 백승현 | 1588-7720
""", client="hiworks")

M("hard9", "insurer-claim-paid", "삼성화재 <noreply@samsungfire.com>", P["seo"],
  "[삼성화재] 보험금 지급 완료 안내", "2026-11-29 16:02", html=notice_html(
      "삼성화재", "#1428a0", "보험금 지급 완료 안내", [
          "서민지 고객님, 청구하신 실손의료비 보험금 지급이 완료되었습니다.",
          "지급액: 184,300원 / 지급일: 2026-11-29 / 입금 계좌: 청구 시 등록하신 계좌",
          "보험금 청구는 삼성화재 앱과 고객센터에서 본인이 직접 하실 수 있으며 별도 대행 수수료가 없습니다.",
      ], "삼성화재해상보험(주) | 고객콜센터 1588-5114"))

M("hard9", "hr-group-insurance-claim", P["kim"], P["all"], "[인사] 단체보험 보험금 청구 방법 안내 (외부 대행 불필요)", "2026-12-01 09:30", """
임직원 여러분,

최근 "임직원 숨은 보험금 조회" 업체가 대표 메일로 명단을 요청해 왔습니다. 회사는 임직원 개인정보를 외부에 제공하지 않습니다.

회사 단체보험(실손·상해) 청구는 아래처럼 직접 하시면 되고 수수료가 없습니다.
1. 병원 영수증과 세부내역서 준비
2. 보험사 앱 또는 인사팀(김다은)에게 서류 제출
3. 지급은 본인 급여 계좌로

본인 명의 휴면보험금은 '내보험찾아줌'(cont.insure.or.kr)에서 무료로 조회할 수 있습니다.
""" + sig("kim"), client="outlook")

M("hard9", "donation-receipt-wildfire", "전국재해구호협회 <donation@relief-assoc.example>", P["acct"],
  "[기부금 영수증] (주)누리웍스 동해안 산불 구호 성금 접수 확인", "2026-12-04 13:00", """
(주)누리웍스 귀중

동해안 산불 이재민 구호를 위해 보내 주신 성금 3,000,000원이 접수되었습니다. 깊이 감사드립니다.
법인 기부금 영수증을 첨부하며, 국세청 기부금 영수증 발급명세에도 반영됩니다.
성금은 구호 물품과 임시 주거 지원에 사용되며, 집행 내역은 홈페이지에 공개됩니다.

전국재해구호협회 모금팀 | 02-3273-0123
""", client="esp", att=["기부금영수증_누리웍스_20261204.pdf"])

M("hard9", "hr-wildfire-matching", P["hr"], P["all"], "[사내 모금] 산불 구호 성금 — 회사 1:1 매칭", "2026-11-26 11:00", """
임직원 여러분,

동해안 산불 피해 지원을 위해 사내 모금을 진행합니다. 모은 금액만큼 회사가 1:1로 매칭해 전국재해구호협회에 법인 명의로 전달합니다.

- 참여: 12월 2일까지 인사팀에 금액 회신 → 12월 급여에서 공제 (개인 기부금 영수증 자동 반영)
- 개인 계좌로 돈을 보내실 필요가 없습니다.
- 모금을 빙자한 외부 메일(개인 계좌, 새마을금고 등)은 회사 모금과 무관합니다.
""" + sig("kim"), client="outlook")

M("hard9", "regular-donation-card-failed", "굿네이버스 후원자센터 <donor@goodneighbors-donor.example>", P["jung"],
  "정기후원 결제가 처리되지 않았습니다", "2026-12-06 10:00", """
정민재 후원자님, 늘 함께해 주셔서 감사합니다.

12월 정기후원금 30,000원 카드 결제가 카드 유효기간 만료로 처리되지 않았습니다.
결제 정보는 후원자 마이페이지에서 직접 변경하시거나 후원자센터(1599-0300)로 전화 주시면 됩니다.
저희는 메일로 카드번호나 계좌 비밀번호를 요청하지 않으며, 다른 계좌로 입금을 안내하지 않습니다.
""", client="esp")

M("hard9", "upbit-travel-rule-delay", "업비트 <noreply@upbit.com>", P["jung"],
  "[업비트] 출금 처리 지연 안내 (트래블룰 확인)", "2026-12-07 09:20", html=notice_html(
      "UPbit", "#093687", "출금 처리 지연 안내", [
          "고객님의 USDT 출금 요청(12/07 08:55)이 수신 거래소 확인(트래블룰) 절차로 지연되고 있습니다.",
          "확인이 끝나면 자동으로 처리되며, 추가로 입금하거나 예치하실 금액은 없습니다. 업비트는 출금을 조건으로 보증금이나 수수료를 요구하지 않습니다.",
          "진행 상황은 업비트 앱 [입출금 내역]에서 확인하실 수 있습니다.",
      ], "두나무(주) | 고객센터 1588-5682 | 본 메일은 발신전용입니다.", layout=2))

M("hard9", "sister-new-number-real", "언니 <yuna.seo88@naver.com>", P["seo"], "나 번호 바꿨어 (진짜 나야 ㅋㅋ)", "2026-12-07 20:30", """
민지야 나 010-4418-27xx 로 번호 바꿨어
요즘 번호 바뀌었다는 사기 많다며? 그래서 카톡 프로필에도 똑같이 올려놨고 엄마한테도 전화로 말했어 ㅋㅋ
부탁할 건 하나도 없음!! 주말에 엄마 생신 장소만 같이 정하자
""" + IPHONE, client="naver")

M("hard9", "tax-accountant-refund-claim", "세무법인 하늘 강민정 세무사 <mj.kang@haneul-tax.co.kr>", P["ceo"],
  "대표님 개인 종소세 경정청구 진행 여부 여쭙니다", "2026-12-02 11:10", """
대표님 안녕하세요, 강민정 세무사입니다.

2023 귀속 종합소득세 신고 때 누락된 기부금과 의료비 공제를 반영하면 약 612,000원 환급이 예상됩니다.
진행을 원하시면 기존 기장 계약의 개인 신고 조항대로 처리하고, 별도 착수금 없이 환급 결정 후 보수를 청구드리겠습니다.

홈택스 아이디나 비밀번호는 필요 없습니다. 저희 사무소가 이미 세무대리인 수임 동의가 되어 있어 자료 조회가 가능합니다.
진행 여부만 회신 주세요.
""", client="outlook")

M("hard9", "alumni-repay-classmate", "김병철 <bc.kim.75@hanmail.net>", P["ceo"], "준호야 지난번 빌린 돈 보냈다", "2026-12-05 19:50", """
준호야 병철이다.
지난 여름에 애 병원비 급할 때 빌려준 200만원 오늘 네 국민은행 계좌로 보냈다. 확인해 봐라.
요즘 메일로 동창 사칭해서 돈 빌려 달라는 사기 있다던데 혹시 나 이름으로 뭐 오면 무조건 전화부터 해라.
연말에 동창회에서 보자. 밥은 내가 산다.
""", client="oldweb", enc="euc-kr/base64", henc="euc-kr/B")

# --- E. corp.example's own IT, HR and payroll ---------------------------------------------------------------

M("hard9", "security-training-reminder-real", "정보보호팀 <security@corp.example>", P["all"],
  "[정보보호팀] 하반기 법정 정보보호 교육 — 그룹웨어 e러닝에서 수강해 주세요", "2026-12-01 09:00", """
임직원 여러분,

2026년 하반기 정보보호·개인정보보호 교육 수강 기간입니다 (12월 19일까지).
수강은 그룹웨어 > e러닝 메뉴에서만 가능하며, 별도 외부 사이트나 로그인은 없습니다.
미수강자에게는 팀장님을 통해 개별 안내드리며, 외부 메일 사용 제한 같은 불이익은 없습니다.

교육 관련 메일에 외부 링크가 있으면 열지 말고 security@corp.example로 전달해 주세요.
""" + sig("yoon"), client="outlook")

M("hard9", "vpn-cert-swap-real", P["it"], P["all"], "[IT] SSL-VPN 장비 교체 안내 (12/13 토) — 사용자 조치 없음", "2026-12-05 17:00", """
재택·외근 사용자께,

12월 13일(토) 09:00~12:00 SSL-VPN 장비를 교체합니다. 이 시간에는 VPN 접속이 되지 않습니다.
새 장비도 접속 주소(vpn.corp.example)와 계정, OTP는 그대로이며, 인증서는 월요일 첫 접속 때 클라이언트가 자동으로 갱신합니다.

IT는 VPN 재등록을 위해 메일로 페이지나 첨부를 보내지 않습니다. 그런 메일은 it@corp.example로 전달해 주세요.
""" + sig("yoon"), client="outlook")

M("hard9", "mdm-enroll-desk", P["yoon"], P["sales"], "업무폰 MDM 등록 — 12/10~11 IT 데스크 방문 부탁드립니다", "2026-12-04 10:30", """
영업팀 여러분,

회사 메일을 휴대폰에서 쓰시는 분은 이번에 MDM(Intune) 등록이 필요합니다.
앱스토어/플레이스토어에서 'Intune 회사 포털' 앱을 설치한 뒤, 12월 10~11일 중 5층 IT 데스크로 오시면 제가 옆에서 같이 등록해 드립니다 (5분).
메일로 QR 코드나 등록 링크는 보내지 않습니다.

외근이 많은 분은 가능한 시간을 회신 주시면 맞춰 드릴게요.
""" + sig("yoon"), client="outlook")

M("hard9", "hr-survey-forms-real", P["hr"], P["all"], "[인사팀] 2027 복리후생 개편 설문 (익명, 5분)", "2026-12-02 14:00", """
임직원 여러분,

2027년 복리후생 개편을 위해 익명 설문을 진행합니다 (12월 9일까지).
설문은 회사 Microsoft 365의 Forms로 만들었고, 평소처럼 회사 계정으로 자동 로그인됩니다. 비밀번호를 따로 입력하는 화면이 나오면 닫고 알려 주세요.

설문 링크: https://forms.office.com/r/Nw8kQ2corp27

결과는 1월 전체 회의 때 공유드리겠습니다.
""" + sig("kim"), client="outlook")

M("hard9", "payroll-transfer-done", "ERP 급여 <erp-noreply@corp.example>", P["seo"],
  "[급여] 2026년 12월 급여 이체 완료 안내", "2026-12-10 10:02", """
서민지 님, 2026년 12월 급여 이체가 완료되었습니다.

- 지급일: 2026-12-10
- 입금 계좌: 등록 급여 계좌 (하나 ***-******-**307)
- 급여명세서: 그룹웨어 > 인사 > 급여명세서 조회

급여 계좌 변경은 인사팀에 서면 신청서로만 가능하며, 메일이나 외부 사이트로 받지 않습니다.
본 메일은 ERP에서 자동 발송되었습니다.
""", client="system", fmt="plain")

M("hard9", "it-answers-lookalike-ap", P["yoon"], P["choi"], "RE: [의심메일] 회계팀 미지급금 링크", "2026-12-08 11:05", """
최수진 대리님,

전달해 주신 메일 확인했습니다. 보낸 주소가 corp-exarnple.com (m이 아니라 r+n)인 가짜 도메인이고, 링크는 구글 리다이렉트를 거쳐 외부 로그인 페이지로 갑니다.
열지 않으셔서 다행입니다. 같은 메일을 받은 분들께는 제가 삭제 처리했고, 도메인은 차단 목록에 넣었습니다.

추가로 하실 일은 없습니다. 감사합니다.
""" + sig("yoon"), client="outlook", reply="corp.example")

M("hard9", "ceo-transfer-approval", P["ceo"], P["choi"], "오늘 처리할 해외 송금 — 전자결재 FI-2026-1208", "2026-12-08 09:10", """
최 대리,

독일 Messtechnik 부품 대금 EUR 18,400 송금 건, 전자결재 FI-2026-1208로 올라온 것 승인했어요.
수취 계좌는 구매팀이 ERP에 등록해 둔 기존 IBAN 그대로이고, 이번에 바뀐 건 없습니다.
OTP 단계에서 나한테 전화 한 번 주고 진행해 주세요. 12시 전에 회의 끝납니다.
""" + IPHONE, client="outlook")

# --- F. real services' notices, no login link to anywhere else ---------------------------------------------

M("hard9", "modusign-expiry-real", "모두싸인 <no-reply@modusign.co.kr>", P["oh"],
  "[모두싸인] 서명 요청 만료 1일 전 — 2027 유지보수 계약서", "2026-12-08 09:00", html=notice_html(
      "modusign", "#2b59ff", "서명 기한이 하루 남았습니다", [
          "(주)한일정밀 문은정 님이 요청한 <b>2027 유지보수 계약서</b>의 서명 기한이 내일(12/09) 만료됩니다.",
          btn("https://app.modusign.co.kr/documents", "모두싸인에서 문서 확인"),
          "요청자와 통화로 확인한 문서가 아니라면 서명하지 말고 요청자에게 직접 문의해 주세요.",
      ], "(주)모두싸인 | 서울특별시 강남구 | 본 메일은 발신전용입니다."))

M("hard9", "shinhan-corp-card-limit-real", "신한카드 <shcard@shinhancard.com>", P["acct"],
  "[신한카드] 법인카드 한도 변경 결과 안내", "2026-12-03 10:00", html=notice_html(
      "신한카드", "#0046ff", "법인카드 한도 변경 결과", [
          "(주)누리웍스 고객님, 신청하신 법인카드(끝자리 4417) 월 한도 변경이 처리되었습니다.",
          "변경 전 3,000만원 → 변경 후 4,000만원 (적용일 2026-12-03)",
          "한도 관련 문의는 담당 영업점 또는 법인카드 고객센터(1544-7200)로 연락해 주십시오. 본 메일에는 로그인 링크가 없습니다.",
      ], "신한카드 | 본 메일은 발신전용입니다.", layout=2))

M("hard9", "kakao-channel-policy-real", "카카오비즈니스 <noreply@kakaocorp.com>", P["kang"],
  "[카카오비즈니스] 카카오톡 채널 운영정책 개정 안내 (2027.01.01 시행)", "2026-12-01 11:00", html=notice_html(
      "kakao business", "#fee500", "카카오톡 채널 운영정책 개정 안내", [
          "채널 관리자님, 2027년 1월 1일부터 카카오톡 채널 운영정책 일부가 개정됩니다.",
          "주요 내용: 광고성 메시지 야간 발송 기준 명확화, 휴면 채널 정리 기준 변경",
          "별도 조치는 필요하지 않으며 전문은 카카오비즈니스 공지사항에서 확인하실 수 있습니다.",
          btn("https://business.kakao.com/info/notice", "공지사항 보기", "#191919"),
      ], "(주)카카오 | 제주특별자치도 제주시 첨단로 242"))

M("hard9", "naver-cafe-manager-real", "네이버 카페 <cafe_noreply@navercorp.com>", P["han"],
  "[네이버 카페] '판교 계측·센서 실무자 모임' 부매니저로 임명되었습니다", "2026-11-30 20:14", html=notice_html(
      "NAVER 카페", "#03c75a", "부매니저 임명 안내", [
          "한서연 님, '판교 계측·센서 실무자 모임' 카페의 부매니저로 임명되었습니다.",
          "카페 관리 메뉴는 네이버에 로그인한 상태로 카페에 접속하면 이용하실 수 있습니다.",
          btn("https://cafe.naver.com", "카페 바로가기", "#03c75a"),
      ], "네이버(주) | 본 메일은 발신전용입니다."))

M("hard9", "gabia-renewal-done", "가비아 <domain@gabia.com>", P["yoon"],
  "[가비아] corp.example 도메인 자동 연장 완료 안내", "2026-12-02 03:10", html=notice_html(
      "gabia", "#00a4d3", "도메인 자동 연장 완료", [
          "윤태식 고객님, 아래 도메인의 자동 연장이 완료되었습니다.",
          "도메인: corp.example / 연장 기간: 1년 / 새 만료일: 2027-12-12 / 결제: 등록 법인카드(끝자리 4417) 22,000원",
          "결제 내역은 My가비아 > 결제 내역에서 확인하실 수 있습니다.",
      ], "(주)가비아 | 고객센터 1544-4370 | 본 메일은 발신전용입니다."))

M("hard9", "aws-invoice-real", "Amazon Web Services <aws-billing@email.amazonaws.com>", P["yoon"],
  "Amazon Web Services Billing Statement Available [Account: 3318-4471]", "2026-12-03 01:12", """
Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged
the following:

Total: USD 1,284.37

Please see the Bills section of the Billing and Cost Management console to view the details:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.
Amazon Web Services, Inc.
""", client="system", fmt="plain")

M("hard9", "ncp-bill-real", "네이버 클라우드 플랫폼 <ncloud_noreply@navercloud.com>", P["acct"],
  "[NAVER Cloud] 2026년 11월 이용 요금 청구 안내", "2026-12-01 09:00", html=notice_html(
      "NAVER Cloud Platform", "#00c73c", "11월 이용 요금 청구 안내", [
          "(주)누리웍스 고객님의 2026년 11월 이용 요금은 <b>847,210원</b>(VAT 포함)입니다.",
          "결제 방식: 계좌 자동이체 (12월 20일 출금 예정) / 세금계산서: 12월 10일 발행",
          "상세 내역은 콘솔 [Billing & Management]에서 확인하실 수 있습니다.",
      ], "네이버클라우드(주) | 고객지원 1544-5876"))

M("hard9", "wetax-resident-tax-real", "위택스 <wetax@wetax.go.kr>", P["acct"],
  "[위택스] 2026년 주민세(사업소분) 전자고지 안내", "2026-08-01 09:00", html=notice_html(
      "위택스", "#005bac", "지방세 전자고지 안내", [
          "(주)누리웍스 님께 2026년 주민세(사업소분) 전자고지서가 발송되었습니다.",
          "세액: 62,500원 / 납부기한: 2026-08-31",
          "위택스(www.wetax.go.kr) 로그인 후 [납부하기]에서 확인·납부하실 수 있으며, 은행 앱과 가상계좌로도 납부 가능합니다.",
      ], "행정안전부 위택스 | 본 메일은 발신전용입니다.", layout=2))

M("hard9", "lotte-delivered-real", "롯데택배 <noreply@lotteglogis.com>", P["oh"],
  "[롯데택배] 고객님의 상품이 배송 완료되었습니다", "2026-12-05 15:40", """
오세훈 고객님, 주문하신 상품이 배송 완료되었습니다.

운송장번호: 2441-8820-1193
수령 위치: 판교역로 192번길 14, 5층 (무인택배함)
보낸 분: 디지키코리아

배송 조회: https://www.lotteglogis.com/home/reservation/tracking/index
""", client="system", fmt="plain")

# --- G. partners in English --------------------------------------------------------------------------------

M("hard9", "valmet-po-real", "Henrik Sundqvist <henrik.sundqvist@valmet-trading.example>", P["park"],
  "PO VT-2026-11873 - 1,200 pcs PT-300 (PDF attached)", "2026-12-03 15:20", """
Hello Jiyoung,

Please find attached our purchase order VT-2026-11873 for 1,200 pcs PT-300 transmitters, as per your quotation NW-Q-2609.
Delivery: FCA Incheon, week 6/2027. Payment: 60 days net to the account on your invoice, as in our supplier agreement.

Kindly send the order confirmation by reply. No portal login is needed for this order.

Best regards,
Henrik Sundqvist
Category Buyer - Instrumentation | Valmet Trading AB
""", client="outlook365", att=["PO_VT-2026-11873.pdf"])

M("hard9", "nordline-statement-real", "Nordline Industrial AR <ar@nordline-industrial.example>", P["acct"],
  "Statement of account - NURIWORKS - November 2026", "2026-12-02 07:45", """
Dear Customer,

Attached is your statement of account as of 30 November 2026. Open items: INV-88340 (USD 2,080.00, due 30 Nov).

Our bank details have NOT changed. We never announce bank changes by email alone; if you receive such a request in our
name, please call your account manager on +46 8 555 012 30 before paying.

Kind regards,
Accounts Receivable, Nordline Industrial AB
""", client="outlook365", att=["SOA_NURIWORKS_Nov2026.pdf"])

M("hard9", "forwarder-draft-bl-real", "Hansol Logistics Export <export@hansol-logis.example>", P["park"],
  "[Draft B/L] MAEU 261884420 / Busan-Rotterdam - 확인 부탁드립니다", "2026-12-04 13:30", """
박지영 과장님,

MAEU 261884420 선적 건 Draft B/L 첨부드립니다. Shipper/Consignee/Notify, HS Code, 수량과 중량 확인 후 회신 부탁드립니다.
Cut-off는 12월 6일(토) 12시이며, 수정 사항은 이 메일에 회신으로 주시면 저희가 Maersk에 반영합니다.

Hansol Logistics 수출팀 김현수 | 051-462-7781
""", client="outlook", att=["Draft_BL_MAEU261884420.pdf"])

M("hard9", "wetransfer-real-partner", "WeTransfer <noreply@wetransfer.com>", P["oh"],
  "purchasing@hanil-precision.co.kr sent you Quotation_2027 via WeTransfer", "2026-12-04 10:02", html=notice_html(
      "WeTransfer", "#409fff", "You received some files", [
          "purchasing@hanil-precision.co.kr sent you 3 files (14.2 MB).",
          "Message: 오세훈 차장님, 통화드린 2027 단가 견적서와 도면입니다. - 한일정밀 구매팀",
          btn("https://wetransfer.com/downloads/8a2c41e9d0f7", "Get your files", "#409fff"),
          "Files will be deleted in 7 days.",
      ], "WeTransfer B.V. | Amsterdam"))

M("hard9", "linkedin-admin-added-real", "LinkedIn <pages-noreply@linkedin.com>", P["jung"],
  "You're now a Super admin of NURIWORKS Co., Ltd.", "2026-11-27 06:12", html=notice_html(
      "LinkedIn", "#0a66c2", "You've been added as a Page admin", [
          "Hi Minjae, Haneul Kang added you as a Super admin of the NURIWORKS Co., Ltd. Page.",
          btn("https://www.linkedin.com/company/admin/", "View Page", "#0a66c2"),
          "If you don't recognize this change, you can remove yourself from the Page's admin list.",
      ], "LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085"))

M("hard9", "conference-speaker-nofee", "Prof. Min-seok Ahn <msahn@kaist-sensors.example>", P["ceo"],
  "Invitation: Industry session, Korea Sensor Forum 2027 (no fee)", "2026-11-24 16:40", """
Dear Mr. Lee,

On behalf of the organising committee of Korea Sensor Forum 2027 (Daejeon, 22-23 April), I would like to invite you to
give a 20-minute talk in the industry session on field deployment of pressure sensors.

There is no registration or speaker fee; the committee covers lunch and one night's accommodation.
Please let me know by 15 December whether you can join.

Best regards,
Min-seok Ahn, Program Chair
""", client="gmail")

M("hard9", "recruiter-payment-role-warning", "Daniel Cho <daniel.cho@hunt-partners.example>", P["han"],
  "Re: your question about the 'remote payment coordinator' offer", "2026-12-06 11:00", """
Hi Seoyeon,

You asked me whether the "remote payment coordinator" offer you received is one of ours. It is not, and it is a well-known
money-mule pattern: real employers never ask you to receive money into your personal account and forward it.
Please don't reply with your bank details.

The embedded-software role we talked about is still open; interviews are on site in Pangyo, and no fees or bank
information are asked before an offer letter.

Best,
Daniel Cho | Hunt Partners Korea
""", client="gmail")

# --- H. newsletters, opt-out and bulk that was asked for ----------------------------------------------------

M("hard9", "newsletter-optout-english", "Sensors Weekly <news@sensorsweekly.example>", P["han"],
  "You have been unsubscribed from Sensors Weekly", "2026-12-03 02:30", """
Hi,

This confirms that sy.han@corp.example has been removed from the Sensors Weekly newsletter.
You will not receive further issues. If this was a mistake, you can subscribe again on our website at any time.

Sensors Weekly, 55 Market St, Boston, MA
""", client="esp", fmt="plain")

M("hard9", "kita-newsletter-unsub", "한국무역협회 <tradenews@kita.net>", P["bae"],
  "[KITA 통상뉴스] 12월 2주차 — 중동 수출 인증(SABER) 가이드", "2026-12-08 07:00", html=notice_html(
      "KITA 한국무역협회", "#00387a", "12월 2주차 통상뉴스", [
          "사우디 SABER 인증: 수입자가 신청하는 PC·SC 절차와 수출기업이 준비할 시험성적서 정리",
          "해외 바이어 사칭 주의: '인증 에이전트 비용'을 공급자에게 요구하는 사례가 늘고 있습니다.",
          btn("https://www.kita.net", "기사 전체 보기", "#00387a"),
      ], "본 메일은 KITA 회원 뉴스레터 수신에 동의하신 분께 발송됩니다. "
         "<a href=\"https://www.kita.net/mmbr/unsubscribe.do\">수신거부</a><br>한국무역협회 | 서울 강남구 영동대로 511"),
  headers={"List-Unsubscribe": "<https://www.kita.net/mmbr/unsubscribe.do?u=55128>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})

# --- I. family and vendors' account changes done by call-back ------------------------------------------------

M("hard9", "mother-flower-shop-paid", "엄마 <okja.seo1963@hanmail.net>", P["seo"], "민지야 꽃값 보냈다", "2026-12-06 12:10", """
민지야 엄마다
이모네 가게 개업 화환 값 엄마가 꽃집에 직접 가서 카드로 냈다
너는 돈 보내지 마라. 꽃집에서 사진 찍어 보내 준 거 같이 붙인다
""", client="daum", att=[("화환_사진.jpg", "photo:samsung:SM-A546N")])

M("hard9", "wife-academy-account", "김소연 <soyeon.kim.home@gmail.com>", P["ceo"], "여보 학원비 고지서", "2026-12-03 18:20", """
여보 민준이 영어학원 1월 학원비 고지서야.
학원에서 계좌가 바뀌었다는 문자가 왔길래 원장님한테 직접 전화해 봤는데, 그런 문자 보낸 적 없대. 그래서 원래 하던 대로 학원 카드 단말기로 결제할게.
당신은 아무것도 안 보내도 돼~
""", client="gmail", att=[("학원비_고지서.jpg", "photo:Apple:iPhone 15")])

M("hard9", "vendor-account-change-callback", "대영계측 재무팀 <finance@daeyoung-measure.example>", P["acct"],
  "[공문] 대금 수령 계좌 변경 안내 — 유선 확인 후 반영 요청", "2026-12-07 10:00", """
(주)누리웍스 경영지원팀 귀중

당사 주거래 은행 변경으로 2027년 1월 1일 이후 발행분부터 대금 수령 계좌가 변경됩니다.

- 변경 전: 기업은행 (주)대영계측 끝자리 -1182
- 변경 후: 우리은행 (주)대영계측 끝자리 -5530 (예금주 법인명 동일)

원본 공문(직인 날인)과 통장 사본은 등기로 발송했습니다. 반영하시기 전에 반드시 귀사 담당 영업(정현우 차장, 031-455-2210)에게
전화로 확인해 주시고, 메일 회신만으로 확정하지 마십시오. 12월 발행분까지는 기존 계좌로 결제 부탁드립니다.
""", client="outlook", att=["계좌변경_공문_대영계측.pdf"])
