"""hard7: the honest twins of the corpus7 spam batch, written blind like it — the hard business ham a Korean
office really gets in the words of the lures: the CEO asking finance for a transfer that goes through the
company's own e-approval and the bank's registered payee, award and press notices with no fee, recruiters and
job mail that ask for no deposit, partners' English invoices, POs and shipping notices, corp.example's own IT
notices (no link to type a password into), bank and card notifications with no login link, family mail about
money, subscribed newsletters with their opt-out and an unsubscribe confirmation, and vendors' account-change
letters that ask to be confirmed by phone. corpus7 batch."""
from ham_texts import M, P, btn, gm_quote, notice_html, ol_quote, sig

IPHONE = "\n\niPhone에서 보냄\n"
GALAXY = "\n\nGalaxy S25에서 보냄\n"

# --- A. the boss asking finance for money, through the company's own process ---------------------------------

M("hard7", "ceo-transfer-via-erp", P["ceo"], P["choi"], "오늘 처리할 송금 건 — 그룹웨어에 올렸어요", "2026-12-07 09:12", """
최대리님,

어제 얘기한 대영계측 계약금 건, 방금 그룹웨어 전자결재로 올렸어요 (경영-2026-1207-01).
ERP 거래처 등록도 구매팀 오차장이 오늘 아침에 마쳤다고 하니, 등록된 계좌로만 보내 주세요.
계약서 사본은 결재 문서에 첨부해 두었습니다.

금액이 커서 은행 OTP 승인 단계에서 제 휴대폰으로 확인 전화 한 번 주시면 됩니다.
오후에는 고객사 미팅이라 2시 전에 부탁해요.

이준호
""", client="outlook")

M("hard7", "ceo-giftcard-no-pin", P["ceo"], P["bae"], "RE: 거래처 연말 선물 건", "2026-12-03 18:20", """
배부장님,

거래처 선물은 작년처럼 과일 선물세트로 하시죠. 상품권은 접대비 처리가 애매하니 이번에는 안 하는 걸로요.
목록 정리해서 총무 통해 품의 올려 주시고, 배송은 업체에서 직접 보내도록 해 주세요.
혹시 누가 제 이름으로 기프트카드 사 달라는 메일이나 문자 보내면 바로 IT에 알려 주시고요. 요즘 그런 게 돈다네요.
""" + ol_quote("배성우", "2026년 12월 3일 수요일 오후 5:41", "이준호", "거래처 연말 선물 건", """
  대표님, 올해 주요 거래처 15곳 연말 선물 어떻게 할까요? 작년엔 과일 세트 1곳당 12만원이었습니다.
  """), client="outlook", reply="corp.example")

M("hard7", "ceo-salary-account-in-person", P["kim"], P["ceo"], "대표님 급여 계좌 변경 요청서 접수했습니다", "2026-11-25 14:05", """
대표님,

오늘 오전에 직접 주신 급여 계좌 변경 신청서(서명본)와 통장 사본 접수했습니다.
인사 규정상 급여 계좌 변경은 서면 신청만 받고 있어서, 메일이나 메신저로 오는 변경 요청은 처리하지 않습니다.
12월 급여부터 새 계좌(하나은행, 끝자리 -3307)로 지급되며, 변경 완료 알림은 급여명세서에 표시됩니다.
""" + sig("kim"), client="outlook")

M("hard7", "finance-reply-callback-done", P["choi"], P["ceo"], "RE: 오늘 처리할 송금 건 — 그룹웨어에 올렸어요", "2026-12-07 13:48", """
대표님,

방금 전화로 확인드린 대로 대영계측 계약금 27,500,000원 기업은행 기업뱅킹으로 이체 완료했습니다.
- 수취: 대영계측(주) 기업 010-228810-04-011 (ERP 거래처 코드 V-2291, 사업자 통장 사본 확인)
- 이체확인증은 결재 문서에 첨부했습니다.

감사합니다.
""" + sig("choi"), client="outlook", reply="corp.example")

M("hard7", "manager-urgent-supplier-payment", P["oh"], P["choi"], "[구매] 삼진모터 미지급금 조기 지급 가능 여부", "2026-12-02 10:30", """
최대리님,

삼진모터 11월분 미지급금(8,140,000원)을 이번 주에 조기 지급할 수 있을까요?
그쪽 영업부장님이 자금 사정이 빠듯하다고 부탁하셔서요. 계좌는 기존 ERP 등록 계좌 그대로이고, 변경 요청은 없었습니다.
가능하면 품의서 바로 올리겠습니다. 안 되면 정기 지급일(15일)에 하셔도 됩니다.
""" + sig("oh"), client="outlook")

# --- B. award, directory and press mail with no fee -----------------------------------------------------------

M("hard7", "award-association-no-fee", "한국센서산업협회 <award@ksia-sensor.or.kr>", P["ceo"],
  "[한국센서산업협회] 2026 센서산업 발전 유공 표창 대상 선정 알림", "2026-11-20 10:00", """
(주)누리웍스 이준호 대표이사님께

협회 회원사 추천과 심사위원회 심의를 거쳐 귀사가 2026 센서산업 발전 유공 협회장 표창 대상으로 선정되었음을 알려 드립니다.

- 시상: 2026년 12월 17일(목) 16:00, 협회 정기총회 (서울 양재 aT센터 3층)
- 수상자 참석 인원: 2명 (참석 여부를 12월 10일까지 회신 부탁드립니다)
- 본 표창과 관련하여 어떠한 비용도 청구하지 않습니다. 협회를 사칭하여 수상 분담금·광고비를 요구하는 연락이 있으면 사무국(02-3462-1180)으로 알려 주십시오.

한국센서산업협회 사무국 드림
""", client="hiworks", att=["2026_유공표창_선정안내_공문.pdf"])

M("hard7", "award-kotra-export-tower", "KOTRA 수출진흥 <export.award@kotra.or.kr>", P["ceo"],
  "[무역의 날] 수출의 탑 수상 기업 시상식 참석 안내", "2026-11-28 15:00", html=notice_html(
      "KOTRA", "#003a8c", "제63회 무역의 날 기념식 참석 안내", [
          "(주)누리웍스 대표님, 귀사의 '300만불 수출의 탑' 수상을 축하드립니다.",
          "기념식: 12월 5일(금) 10:00 코엑스 그랜드볼룸 / 대표자 1인 및 수행 1인 입장",
          "입장 등록은 한국무역협회 무역의 날 사이트에서 하실 수 있습니다. 수상 관련 일체의 비용은 없으며, "
          "기념 탑 제작도 무역협회가 부담합니다.",
          '<a href="https://www.kita.net">www.kita.net</a>',
      ], "KOTRA 대한무역투자진흥공사 | 서울특별시 서초구 헌릉로 13<br>본 메일은 발신전용입니다.", layout=2))

M("hard7", "press-interview-no-charge", "김하린 기자 <harin.kim@etnews-example.co.kr>", P["ceo"],
  "[인터뷰 요청] 센서 국산화 기획 기사 관련", "2026-11-17 11:22", """
이준호 대표님 안녕하세요.
전자산업신문 산업부 김하린 기자입니다.

이번 달 말 '산업용 센서 국산화' 기획 기사를 준비하고 있는데, 판교의 유통·통합 기업 입장을 듣고 싶어 연락드렸습니다.
30분 정도 전화나 대면 인터뷰가 가능하실지요. 기사 게재와 관련해 비용은 전혀 없고, 인용 내용은 게재 전에 확인받겠습니다.

편하신 일정 알려 주시면 맞추겠습니다.

김하린 드림
전자산업신문 산업부 | 02-2128-0441 | 010-4490-2281
""", client="gmail")

M("hard7", "expo-official-listing-free", "Sensors Expo Korea <exhibitor@sensorsexpo-korea.com>", P["park"],
  "[Sensors Expo Korea 2027] Exhibitor manual and official catalogue entry", "2026-12-01 09:00", """
Dear Exhibitor,

Thank you for booking booth C-214. The exhibitor manual is attached.

Your entry in the official show catalogue is included in your participation fee. Please update it in the
Exhibitor Portal you already use (the login you created at registration) by 15 January.

Please note: companies such as "Expo Guide" or "Fair Catalogue" send forms that look official and later bill
for a listing. They are not connected with us. We never send listing forms as images or ask for a signature.

Kind regards,
Exhibitor Services
Sensors Expo Korea 2027 | COEX Hall B
""", client="outlook365", att=["SEK2027_Exhibitor_Manual.pdf"])

# --- C. recruiters and job mail -------------------------------------------------------------------------------

M("hard7", "recruiter-headhunter-real", "박서윤 <sy.park@talentbridge-search.co.kr>", P["lim"],
  "[포지션 제안] 센서 펌웨어 리드 (외국계 계측기 기업, 판교)", "2026-11-19 16:40", """
임채원 팀장님 안녕하세요,
탤런트브릿지 서치펌 박서윤 컨설턴트입니다. 링크드인 프로필을 보고 연락드렸습니다.

외국계 계측기 기업 한국 R&D센터에서 임베디드 펌웨어 리드를 찾고 있습니다.
- 근무지: 판교 / 팀 규모 8명 / 연봉 협의 (현 수준 이상)
- 관심 있으시면 통화 가능한 시간 알려 주세요. JD는 통화 후 보내 드리겠습니다.

관심이 없으시면 회신하지 않으셔도 되며, 다시 연락드리지 않겠습니다.

박서윤 드림 | 탤런트브릿지 | 02-6952-1180
""", client="outlook365")

M("hard7", "applicant-resume-real", "조은비 <eunbi.cho.job@gmail.com>", P["hr"],
  "[지원] 해외영업 신입 — 조은비 (이력서, 포트폴리오)", "2026-11-30 21:15", """
안녕하세요, 채용 담당자님.
사람인에 게시된 해외영업 신입 공고(공고번호 48221931)를 보고 지원합니다.

무역학과 졸업 예정이며, 코트라 청년 무역 인턴으로 6개월간 베트남 바이어 응대를 했습니다.
이력서와 자기소개서, 영문 이력서를 첨부합니다. 회사 지원 양식이 따로 있으면 다시 작성하겠습니다.

감사합니다.
조은비 드림 / 010-2281-0447
""", client="gmail", att=["조은비_이력서.pdf", "조은비_자기소개서.docx", "Eunbi_Cho_Resume.pdf"])

M("hard7", "hr-interview-schedule", P["kim"], "조은비 <eunbi.cho.job@gmail.com>", "[누리웍스] 해외영업 신입 1차 면접 일정 안내",
  "2026-12-04 10:20", """
조은비 님 안녕하세요,
(주)누리웍스 인사팀 김다은입니다. 서류 전형 합격을 축하드립니다.

1차 면접 일정을 안내드립니다.
- 일시: 12월 10일(목) 14:00 (40분)
- 장소: 판교 본사 5층 회의실 (판교역로 192번길 14)
- 준비물: 신분증. 면접비 2만원은 당일 현금으로 드립니다.

당사는 채용 과정에서 교육비, 보증금, 통장 사본이나 체크카드를 요구하지 않습니다.
참석 가능 여부를 회신해 주세요.
""" + sig("kim"), client="outlook")

M("hard7", "worknet-job-posting-approved", "고용24 <noreply@work24.go.kr>", P["hr"],
  "[고용24] 구인신청이 승인되었습니다 (해외영업 신입)", "2026-11-21 09:05", html=notice_html(
      "고용24", "#0050a0", "구인신청 승인 안내", [
          "(주)누리웍스 채용 담당자님, 신청하신 구인공고가 승인되어 게시되었습니다.",
          "공고명: 해외영업 신입 (정규직) / 게시 기간: 2026.11.21 ~ 2026.12.20",
          "지원자 현황은 고용24 기업회원 로그인 후 확인하실 수 있습니다.",
          '<a href="https://www.work24.go.kr">www.work24.go.kr</a>',
      ], "고용노동부 고용24 | 고객상담센터 1350<br>본 메일은 발신전용입니다."))

M("hard7", "parttime-translation-real", "Hana Lee <hana.lee.translate@gmail.com>", P["park"],
  "RE: 카탈로그 번역 프리랜서 견적", "2026-11-26 19:02", """
박과장님, 안녕하세요.

카탈로그 24페이지(약 7,800단어) 한→영 번역 견적 보내드립니다.
- 단가: 단어당 110원 / 합계 858,000원 (3.3% 원천징수 전)
- 일정: 자료 받은 날로부터 7영업일
- 선금은 받지 않고, 납품 후 검수 완료되면 세금 처리해서 지급해 주시면 됩니다.

샘플 1페이지 먼저 번역해 드릴 수도 있어요.
""" + gm_quote("박지영", "2026년 11월 26일 (목) 오후 3:10", """
  Hana 님, 지난번 소개받은 누리웍스 박지영입니다. 영문 카탈로그 번역 견적 부탁드립니다.
  """), client="gmail")

# --- D. partners' English invoices, POs and shipping notices ---------------------------------------------------

M("hard7", "supplier-invoice-same-bank", "Anna Keller <a.keller@hartmann-sensorik.de>", P["acct"],
  "Invoice INV-26-4502 - NURIWORKS PO 26-1188", "2026-12-01 08:45 +0100", """
Dear Ms. Choi,

Please find attached our invoice INV-26-4502 for the shipment of 30 November (PO 26-1188, 240 pcs HS-20).
Amount: EUR 18,440.00, payment terms 30 days net, due 31 December 2026.

Our bank details are printed on the invoice and are unchanged (Commerzbank Stuttgart). Should you ever
receive a message asking you to pay to a different account, please call me before paying: +49 711 4420 318.

Kind regards,
Anna Keller
Accounts Receivable | Hartmann Sensorik GmbH
""", client="outlook365", att=["INV-26-4502.pdf", "Delivery_Note_30112026.pdf"])

M("hard7", "customer-po-english", "Ravi Nair <ravi.nair@gulfinstruments.ae>", P["park"],
  "PO GI-26-0412 - level transmitters", "2026-11-24 11:30 +0400", """
Dear Jiyoung,

Thank you for the quotation Q-NW-26-311. Please find attached our purchase order GI-26-0412.

- LT-200 level transmitter x 60, USD 212.00 each
- Delivery: CIF Jebel Ali, by 20 January 2027
- Payment: 30% T/T advance, balance against copy B/L (as per your quotation)

Please send your proforma invoice and confirm the delivery date. Our finance team will pay the advance to the
account on your proforma; they will call your office number to confirm it before the first payment.

Best regards,
Ravi Nair
Procurement Manager, Gulf Instruments LLC
""", client="outlook365", att=["PO_GI-26-0412.pdf"])

M("hard7", "forwarder-arrival-notice-maersk", "Busan Ops - Hanseong Logistics <ops@hanseong-logistics.co.kr>", P["oh"],
  "[도착 안내] MAEU 26KR80912 / 40HC 1대 — 부산신항 12/9 입항", "2026-12-05 15:20", """
오세훈 차장님, 안녕하세요. 한성로지스 부산 오퍼레이션입니다.

아래 수입 건 도착 예정 안내드립니다.
- B/L: MAEU 26KR80912 (Maersk, Rotterdam → Busan)
- 컨테이너: MSKU 7712390 (40HC) / 입항 예정 12월 9일, 부산신항 PNIT
- 원본 B/L은 서렌더 처리되어 별도 제출 서류는 없습니다.

운임 정산서와 도착 통지서 첨부합니다. 운임은 기존처럼 월말 세금계산서 발행 후 당사 계좌로 정산해 주시면 됩니다.
통관은 관세법인 세인에서 진행합니다.

한성로지스 부산지점 최유나 / 051-463-2290
""", client="hiworks", att=["Arrival_Notice_MAEU26KR80912.pdf", "운임정산서_HS-2612-118.pdf"])

M("hard7", "dhl-shipment-notification-real", "DHL Express <noreply@dhl.com>", P["oh"],
  "DHL On Demand Delivery: your shipment 3318 20 5571 is on its way", "2026-12-04 07:30", html=notice_html(
      "DHL Express", "#d40511", "Your shipment is on its way", [
          "Shipment 3318205571 from Hartmann Sensorik GmbH, Stuttgart, DE",
          "Estimated delivery: Tuesday, 08 December 2026, 09:00 - 18:00",
          "Duties and taxes for this shipment are billed to the shipper (DDP). Nothing is due on delivery.",
          btn("https://www.dhl.com/kr-en/home/tracking.html?tracking-id=3318205571", "Track shipment", "#d40511"),
      ], "DHL International GmbH. You are receiving this because the shipper entered your email address."))

M("hard7", "ups-paperless-invoice-real", "UPS Billing Center <billing@ups.com>", P["acct"],
  "Your UPS Invoice is Ready - Account 8W2R41", "2026-12-01 06:00", """
Dear Customer,

Your UPS invoice is now available.

Account number: 8W2R41
Invoice number: 0000008W2R41486
Invoice date: 11/28/2026
Amount due: KRW 412,350
Due date: 12/28/2026

To view and pay this invoice, sign in to UPS Billing Center at ups.com with your existing UPS ID.
This message was sent to account@corp.example, the billing contact on your account.

UPS Korea Customer Service 1588-6886
""", client="system")

M("hard7", "partner-statement-of-account", "Receivables - Tokyo Keiki Trading <ar@tokyokeiki-trading.co.jp>", P["acct"],
  "Statement of account as of 30 Nov 2026", "2026-12-02 10:00 +0900", """
Dear NURIWORKS Accounting,

Please find attached the statement of account as of 30 November 2026.

Open items: 2 invoices, JPY 1,284,000 in total, both not yet due (due 20 Dec and 10 Jan).
No action is needed if your records agree. If there is any difference, please reply to this e-mail or call
Ms. Sato at +81 3 5412 8830.

Tokyo Keiki Trading Co., Ltd.
""", client="outlook365", att=["SOA_NURIWORKS_20261130.pdf"])

M("hard7", "docusign-real-distribution", "Pacific Instruments via DocuSign <dse_NA4@docusign.net>", P["ceo"],
  "Please DocuSign: NURIWORKS - Distribution Agreement 2027 Renewal", "2026-11-23 17:05 +1100", html=notice_html(
      "DocuSign", "#4c00ff", "Melissa Grant sent you a document to review and sign.", [
          "Melissa Grant (mgrant@pacific-instruments.com.au)",
          "Dear Mr. Lee, as discussed on our call on Friday, here is the renewal of the distribution agreement for 2027. "
          "The only change is clause 7 (annual volume), as marked.",
          btn("https://na4.docusign.net/Signing/EmailStart.aspx?a=7c1e2d0a-4b2f-4e59-9a61-1f0c8a2e9b11", "REVIEW DOCUMENT", "#ffc820"),
          "Do not share this email. If you have trouble signing, visit docusign.com/support.",
      ], "This message was sent to you by Melissa Grant who is using the DocuSign Electronic Signature Service."))

M("hard7", "buyer-rfq-trade-fair-contact", "Marta Kowalska <m.kowalska@polmetrol.pl>", P["park"],
  "Request for quotation - ultrasonic sensors (we met at SPS Nuremberg)", "2026-11-27 13:10 +0100", """
Dear Ms. Park,

It was nice to meet you at your stand at SPS in Nuremberg. As promised, here is our request for quotation:

- US-30 ultrasonic sensor, 4-20 mA: 150 pcs
- US-60 ultrasonic sensor, IO-Link: 80 pcs
- Delivery: FCA Incheon, Q1 2027

Please quote by e-mail with lead time. The drawings and our standard terms are attached as PDF.

Best regards,
Marta Kowalska
Purchasing, Polmetrol Sp. z o.o., Gdansk
""", client="outlook365", att=["RFQ_PM-26-119.pdf", "Polmetrol_General_Terms.pdf"])

M("hard7", "customs-broker-import-duty", "관세법인 세인 <import@sein-customs.co.kr>", P["oh"],
  "[수입신고 수리] 26KR80912 / 관부가세 납부서 송부", "2026-12-10 11:40", """
오세훈 차장님,

MAEU 26KR80912 건 수입신고가 수리되었습니다.
- 관세 0원 (한-EU FTA 원산지 증명 적용) / 부가세 4,180,200원
- 납부: 첨부 납부서의 전자납부번호로 은행 또는 인터넷뱅킹에서 국고 납부 (당사 계좌로 보내지 마세요)
- 통관 수수료는 월말 세금계산서로 청구드립니다.

관세법인 세인 수입팀 이지훈 관세사 / 02-2088-3140
""", client="hiworks", att=["수입신고필증_26KR80912.pdf", "관부가세_납부서_26KR80912.pdf"])

# --- E. corp.example's own IT notices ------------------------------------------------------------------------

M("hard7", "it-mailbox-quota-real", P["it"], P["park"], "[IT] 메일함 용량 90% 안내 — 정리 방법", "2026-12-03 09:30", """
박지영 과장님,

과장님 메일함이 4.5GB / 5GB (90%)입니다. 100%가 되면 새 메일을 받을 수 없어서 미리 안내드립니다.

정리 방법 (Outlook):
1. 파일 > 정보 > 사서함 정리 > 큰 항목 찾기 (10MB 이상 첨부 메일)
2. 지운 편지함 비우기
3. 보관이 필요한 메일은 파일 > 열기 및 내보내기로 PST 보관 (공유 폴더 \\\\nas01\\archive\\박지영)

용량 증설은 IT에서 하지 않고, 링크를 눌러 계정 확인을 하라는 메일은 모두 가짜입니다.
어려우시면 내선 248로 전화 주세요. 자리로 가겠습니다.
""" + sig("yoon"), client="outlook")

M("hard7", "it-password-policy-2027", P["it"], P["all"], "[공지] 2027년 1월부터 비밀번호 정책 변경 (14자 이상)", "2026-12-01 10:00", """
전 직원 여러분께,

보안 감사 권고에 따라 2027년 1월 4일부터 윈도 로그인과 메일 비밀번호 정책이 바뀝니다.
- 길이 14자 이상 (문장형 권장, 예: 판교점심은김치찌개2027!)
- 변경 주기는 없어지고, 유출이 확인된 경우에만 변경

변경 방법: 1월 4일 이후 PC에서 Ctrl+Alt+Del > 암호 변경. 사전 등록 같은 절차는 없습니다.
메일로 링크를 보내 "사전 등록", "재인증"을 요구하는 것은 전부 피싱이니 회신하지 마시고 it@corp.example로 전달해 주세요.

IT인프라 윤태식 드림 (내선 248)
""", client="outlook")

M("hard7", "it-forwarding-rule-alert", P["it"], P["bae"], "배부장님 메일 자동전달 규칙 확인 부탁드립니다", "2026-11-30 08:50", """
배부장님,

주말 점검 중에 부장님 메일함에 외부 주소(gmail.com)로 자동 전달하는 규칙이 있는 것을 확인했습니다.
전달 대상: sw.bae.sales@gmail.com (11월 2일 생성)

부장님이 직접 만드신 것이면 괜찮은데, 회사 보안 정책상 외부 자동 전달은 막아야 해서 일단 규칙만 비활성화했습니다.
직접 만드신 건지 오전 중에 전화(내선 248)로 알려 주세요. 비밀번호는 알려 주실 필요 없습니다.
""" + sig("yoon"), client="outlook")

M("hard7", "it-phishing-report-thanks", P["it"], P["seo"], "RE: [신고] 사서함 용량 98% 메일 이상해요", "2026-12-07 11:05", """
서민지 주임님, 신고 감사합니다.

보내 주신 메일은 피싱이 맞습니다. 보낸 주소가 corp-example.mailbox-admin.com으로 우리 회사가 아닙니다.
같은 메일이 14명에게 와서 전부 격리했고, 링크 주소도 방화벽에서 차단했습니다.
링크를 누르거나 비밀번호를 입력하지 않으셨으면 따로 하실 일은 없습니다.
""" + sig("yoon") + ol_quote("서민지", "2026년 12월 7일 월요일 오전 10:41", "IT 관리자",
  "[신고] 사서함 용량 98% 메일 이상해요", """
  윤책임님, 방금 이런 메일이 왔는데 제 메일함은 아직 여유 있는 걸로 알아서요. 확인 부탁드려요.
  """), client="outlook", reply="corp.example")

M("hard7", "it-yearend-qr-genuine", P["hr"], P["all"], "[인사팀] 연말정산 간소화 자료 제출 안내 (QR 없음)", "2026-12-08 09:00", """
전 직원 여러분께,

2026년 귀속 연말정산 일정을 안내드립니다.
- 1월 15일 홈택스에서 간소화 자료 조회 시작
- 각자 홈택스에서 PDF를 내려받아 1월 23일까지 그룹웨어 > 인사 > 연말정산 메뉴에 올려 주세요

올해 인사팀은 QR 코드나 외부 링크로 자료를 받지 않습니다. 그런 메일을 받으시면 IT로 전달해 주세요.
자세한 안내는 첨부 파일을 참고하시기 바랍니다.
""" + sig("kim"), client="outlook", att=["2026_연말정산_안내.pdf"])

# --- F. bank and card notifications with no link to log in -----------------------------------------------------

M("hard7", "kbcard-overseas-approval-real", "KB국민카드 <kbcard@kbcard.com>", P["park"],
  "[KB국민카드] 해외 승인 안내", "2026-11-25 02:14", html=notice_html(
      "KB국민카드", "#ffbc00", "해외 이용 승인 안내", [
          "박지영 회원님, KB국민 법인카드(끝자리 4471) 해외 승인 내역을 알려 드립니다.",
          "가맹점: LUFTHANSA (DE) / 승인금액: EUR 612.40 / 일시불",
          "본인 사용이 아니면 KB국민카드 고객센터(1588-1688)로 전화해 주세요. KB국민카드는 메일로 카드번호나 비밀번호를 묻지 않으며, "
          "이 메일에는 로그인 링크가 없습니다.",
      ], "KB국민카드 | 서울특별시 종로구 새문안로3길 30<br>본 메일은 발신전용입니다."))

M("hard7", "shinhan-openbanking-notice-real", "신한은행 <webmaster@shinhan.com>", P["choi"],
  "[신한은행] 오픈뱅킹 출금이체 등록 안내", "2026-11-18 14:02", html=notice_html(
      "신한은행", "#0046ff", "오픈뱅킹 출금이체 동의 등록 안내", [
          "최수진 고객님, 고객님 계좌(끝자리 -2046)에 오픈뱅킹 출금이체가 등록되었습니다.",
          "등록기관: 토스 / 등록일시: 2026.11.18 14:01",
          "본인이 등록하지 않으셨다면 신한 SOL뱅크 앱의 [오픈뱅킹 관리] 또는 고객센터(1599-8000)에서 해지하실 수 있습니다.",
          "이 메일에는 링크가 포함되어 있지 않습니다.",
      ], "신한은행 | 서울특별시 중구 세종대로9길 20<br>본 메일은 발신전용입니다.", layout=2))

M("hard7", "ibk-bulk-transfer-result", "IBK 기업은행 <ibk_alarm@ibk.co.kr>", P["acct"],
  "[IBK기업뱅킹] 대량이체 처리 결과 (12월 정기 지급)", "2026-12-15 11:30", """
[IBK기업뱅킹] 대량이체 처리 결과 안내

이용기관: (주)누리웍스
처리일시: 2026-12-15 11:28
요청 건수: 23건 / 정상 23건 / 불능 0건
총 이체금액: 184,220,300원

상세 내역은 IBK기업뱅킹 > 이체 > 대량이체 결과조회에서 확인하십시오.
본 메일은 발신전용이며 회신되지 않습니다.
""", client="legacy", enc="euc-kr/8bit", henc="euc-kr/B", fmt="plain")

M("hard7", "hana-card-statement-no-login", "하나카드 <hanacard@hanacard.co.kr>", P["seo"],
  "[하나카드] 12월 이용대금 안내", "2026-12-05 08:00", html=notice_html(
      "하나카드", "#008485", "12월 결제 예정 금액 안내", [
          "서민지 회원님의 12월 결제 예정 금액은 <b>684,210원</b>입니다. (결제일 12월 14일, 하나은행 자동이체)",
          "이용 내역 상세는 하나카드 앱 또는 하나카드 홈페이지에서 확인하실 수 있습니다.",
          "하나카드는 보안메일 첨부 파일로 주민등록번호나 카드 비밀번호를 입력받지 않습니다.",
      ], "하나카드 | 고객센터 1800-1111<br>본 메일은 발신전용입니다."))

M("hard7", "hometax-refund-real", "국세청 홈택스 <hometax@nts.go.kr>", P["ceo"],
  "[국세청] 환급금 지급 안내", "2026-11-12 10:00", html=notice_html(
      "국세청 홈택스", "#1b4b9b", "국세 환급금 지급 안내", [
          "이준호 님, 2025년 귀속 종합소득세 경정청구에 따른 환급금 212,480원을 등록된 계좌(우리은행 끝자리 -7730)로 지급하였습니다.",
          "환급 내역은 홈택스 &gt; 조회/발급 &gt; 세금신고납부 &gt; 환급금 조회에서 확인할 수 있습니다.",
          "국세청은 환급금을 이유로 수수료나 계좌 비밀번호를 요구하지 않습니다.",
          '<a href="https://www.hometax.go.kr">www.hometax.go.kr</a>',
      ], "국세청 | 세종특별자치시 국세청로 8-14 | 국세상담센터 126<br>본 메일은 발신전용입니다.", layout=2))

M("hard7", "kakaobank-login-new-device-real", "카카오뱅크 <noreply@kakaobank.com>", P["han"],
  "[카카오뱅크] 새로운 기기에서 로그인되었습니다", "2026-11-29 23:41", """
한서연 고객님,

새로운 기기에서 카카오뱅크에 로그인되었습니다.
- 기기: iPhone 16 / 일시: 2026.11.29 23:40

본인이 맞다면 별도로 하실 일은 없습니다.
본인이 아니라면 카카오뱅크 고객센터 1599-3333으로 바로 연락해 주세요.
카카오뱅크는 메일 회신으로 비밀번호나 인증번호를 받지 않습니다.
""", client="system")

# --- G. family mail about money ----------------------------------------------------------------------------

M("hard7", "mother-sends-money-no-ask", "엄마 <jungsook.park@hanmail.net>", P["jung"], "민재야 엄마가 보냈다", "2026-12-01 20:14", """
민재야 엄마다.
이번 달 네 생일이라 용돈 조금 보냈다. 네 국민은행 통장으로 30만원 넣었으니 확인해 봐.
밥 잘 챙겨 먹고, 주말에 시간 되면 집에 한번 와라.
엄마 폰 바꿨는데 번호는 그대로다.
""", client="daum")

M("hard7", "daughter-tuition-call-me", "김지유 <jiyu.kim0412@gmail.com>", P["kim"], "엄마 기숙사비 고지서", "2026-11-20 13:22", """
엄마 기숙사비 고지서 나와서 보내
겨울 계절학기 기숙사비 486,000원이고 학교 가상계좌로 내는 거야 (고지서에 계좌 있어)
12월 5일까지야. 저녁에 전화할게!
""", client="gmail", att=[("기숙사비_고지서.jpg", "photo:Apple:iPhone 15")])

M("hard7", "brother-warns-family-scam", P["jung"], "정윤아 <yuna.jung95@naver.com>", "엄마한테 온 문자 사기야", "2026-12-02 12:40", """
윤아야 엄마가 "딸 폰 고장 났다, 신분증 사진 보내 달라"는 문자를 받았대.
너 아니지? 엄마한테 절대 보내지 말라고 했고 그 번호는 차단했어.
혹시 너도 비슷한 거 오면 바로 전화해라. 가족끼리 돈 얘기는 무조건 통화로 하자.
""" + IPHONE, client="outlook")

M("hard7", "uncle-repay-loan", "작은아버지 <parkjh1958@hanmail.net>", "박지영 <jy.park@corp.example>",
  "지영아 빌린 돈 보냈다", "2026-11-27 09:50", """
지영아 작은아버지다.
지난번 병원비 보태 준 100만원 오늘 네 통장으로 보냈다. 늦어서 미안하다.
덕분에 수술 잘 받고 지금은 많이 좋아졌다. 설에 보자.
""", client="oldweb", enc="euc-kr/base64", henc="euc-kr/B")

M("hard7", "wife-academy-account-change-check", "김소영 <soyoung.kim82@naver.com>", P["bae"], "학원 계좌 바뀐다는 거 확인했어", "2026-12-06 16:05", """
여보 지호 수학학원에서 계좌 바뀌었다고 문자 왔길래 학원에 직접 전화해 봤어
진짜로 학원 법인 바뀌면서 계좌가 바뀐 거래. 원장님이 통화로 확인해 줬고 종이 안내문도 보내 준대
1월부터 새 가상계좌로 내면 되고 이번 달은 원래 계좌야. 헷갈리지 말라고 보내 놓음
""", client="naver")

M("hard7", "cousin-secondhand-refund", "정다은 <daeun.jung@gmail.com>", P["jung"], "오빠 유모차 환불해 줄게", "2026-11-22 10:31", """
오빠 지난번에 당근에서 대신 사 준 유모차 바퀴가 안 맞아서 판매자분이랑 통화했어
판매자분이 직접 와서 가져가고 환불해 주셨어 ㅎㅎ 오빠가 보낸 15만원 지금 토스로 돌려보냈어
다음에 밥 살게!
""", client="gmail")

# --- H. subscribed newsletters, their opt-out, and an unsubscribe confirmation --------------------------------

M("hard7", "newsletter-unsubscribe-confirmed", "Sensors Weekly <newsletter@sensorsweekly.com>", P["lim"],
  "You have been unsubscribed", "2026-11-16 04:12 -0500", """
Hi,

You have been unsubscribed from the Sensors Weekly newsletter and will not receive further issues at
cw.lim@corp.example.

If this was a mistake, you can subscribe again at https://www.sensorsweekly.com/subscribe

Sensors Weekly, 150 Cambridge Park Dr, Cambridge MA
""", client="esp", fmt="plain")

M("hard7", "newsletter-kita-trade", "한국무역협회 <newsletter@kita.net>", P["park"],
  "[KITA 무역뉴스] 12월 1주 — 해외 바이어 사칭 사기 주의보 외", "2026-12-07 07:00", html=notice_html(
      "KITA 무역뉴스", "#00529b", "12월 첫째 주 무역뉴스", [
          "■ 해외 바이어를 사칭해 '구매의향서(LOI) 확인'을 이유로 메일 로그인을 유도하는 사례가 늘고 있습니다.",
          "■ 2027년 수출바우처 사업 공고 예정 (1월) — 수행기관 선정 수수료를 요구하는 대행사에 주의",
          "■ 미국 반도체 장비 관세 동향과 FTA 활용 설명회 (12월 16일, 무역센터)",
          btn("https://www.kita.net/board/totalTradeNews/totalTradeNewsList.do", "뉴스 전체 보기", "#00529b"),
      ], "본 메일은 KITA 회원 가입 시 뉴스레터 수신에 동의하신 분께 발송됩니다. "
         "<a href=\"https://www.kita.net/mypage/newsletter\">수신 설정 변경</a> · "
         "<a href=\"https://www.kita.net/mypage/unsubscribe\">수신거부</a><br>한국무역협회 | 서울 강남구 영동대로 511"),
  headers={"List-Unsubscribe": "<https://www.kita.net/mypage/unsubscribe?m=2291>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})

M("hard7", "newsletter-vendor-english", "Keysight Technologies <news@keysight.com>", P["han"],
  "December webinar: EMC pre-compliance for small sensor boards", "2026-12-02 20:00 -0700", html=notice_html(
      "KEYSIGHT", "#e90029", "Free webinar - 15 December, 10:00 KST", [
          "Learn how to find radiated-emission problems on small sensor boards before the lab test.",
          "Presenter: Application engineer, Keysight Korea. In Korean, 45 minutes plus Q&amp;A.",
          btn("https://www.keysight.com/kr/ko/events.html", "Register", "#e90029"),
      ], "You are receiving this email because you opted in at keysight.com. "
         "<a href=\"https://www.keysight.com/preferences\">Update preferences</a> | "
         "<a href=\"https://www.keysight.com/unsubscribe\">Unsubscribe</a>"),
  headers={"List-Unsubscribe": "<https://www.keysight.com/unsubscribe?u=kr-88210>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})

M("hard7", "newsletter-broker-optout-link", "미래에셋증권 <research@miraeasset.com>", P["ceo"],
  "[미래에셋증권] 주간 투자전략 — 2027년 상반기 반도체 전망", "2026-12-06 07:30", html=notice_html(
      "미래에셋증권 리서치", "#f58220", "주간 투자전략 (12월 2주)", [
          "■ 2027년 상반기 반도체: 메모리 가격 반등 지속, 장비 업종은 선별적 접근",
          "■ 원/달러 환율 1,380~1,420원 범위 전망",
          "본 자료는 투자 판단의 참고용이며, 당사는 개별 종목 추천을 위한 카카오톡 방이나 리딩방을 운영하지 않습니다.",
          btn("https://securities.miraeasset.com", "리서치 전문 보기", "#f58220"),
      ], "본 메일은 수신 동의하신 고객께 발송됩니다. 수신거부는 미래에셋증권 앱 &gt; 설정 &gt; 알림 설정에서 하실 수 있습니다."),
  headers={"List-Unsubscribe": "<mailto:unsubscribe@miraeasset.com?subject=research>"})

# --- I. vendors' account-change letters that ask for a call-back ---------------------------------------------

M("hard7", "vendor-account-change-callback", "한일정밀 관리부 <acct@hanil-precision.co.kr>", P["acct"],
  "[한일정밀] 거래 은행 변경 안내 공문 (전화 확인 부탁드립니다)", "2026-11-16 10:40", """
(주)누리웍스 경영지원팀 담당자님께

당사 주거래 은행 변경에 따라 2027년 1월 결제분부터 대금 입금 계좌가 변경됩니다.
변경 공문(대표 직인)과 법인 통장 사본을 첨부합니다.

- 변경 후: 기업은행, 예금주 (주)한일정밀 (법인 명의)
- 적용: 2027년 1월 지급분부터 (12월 지급분은 기존 계좌)

계좌 변경은 사기 피해가 많아, 반드시 기존에 알고 계신 당사 대표번호(031-492-3300)로 전화하셔서
관리부 김영숙 과장에게 확인하신 뒤 반영해 주시기 바랍니다. 메일로 회신하신 확인은 인정하지 않습니다.

(주)한일정밀 관리부
""", client="outlook", att=["계좌변경_공문_한일정밀.pdf", "통장사본_한일정밀_기업은행.pdf"])

M("hard7", "office-reply-after-callback", P["choi"], "한일정밀 관리부 <acct@hanil-precision.co.kr>",
  "RE: [한일정밀] 거래 은행 변경 안내 공문 (전화 확인 부탁드립니다)", "2026-11-17 15:10", """
김영숙 과장님,

오늘 오후 3시에 대표번호로 전화드려 통화로 확인했습니다.
ERP 거래처 계좌는 1월 지급분부터 변경하겠고, 변경 전에 1원 송금으로 예금주명을 한 번 더 확인하겠습니다.

감사합니다.
""" + sig("choi"), client="outlook", reply="corp.example")

M("hard7", "vendor-not-changed-warning", "대성정밀 영업부 <sales@daesung-precision.co.kr>", P["oh"],
  "[주의] 당사 명의 계좌 변경 사칭 메일 안내", "2026-12-04 09:15", """
오세훈 차장님 안녕하세요, 대성정밀 영업부 이상민입니다.

최근 당사 거래처 몇 곳에 '대성정밀 경리부'를 사칭해 개인 계좌로 대금을 보내 달라는 메일이 발송된 것이 확인되었습니다.
당사 입금 계좌는 변경된 적이 없으며, 앞으로도 법인 명의 외 계좌로 입금을 요청하지 않습니다.

혹시 비슷한 메일을 받으셨다면 송금하지 마시고 제 휴대폰(010-4428-1190)으로 알려 주시면 감사하겠습니다.
""", client="hiworks")

M("hard7", "english-supplier-bank-change-verify", "Jonas Weber <j.weber@sensortec-gmbh.de>", P["acct"],
  "Change of bank account from 1 January 2027 - please verify by phone", "2026-11-19 09:30 +0100", """
Dear Ms. Choi,

Sensortec GmbH is moving its main account from Deutsche Bank to Sparkasse Stuttgart. The official letter,
signed by our managing director, is attached.

The change applies to invoices dated 1 January 2027 or later. Invoices from 2026 are to be paid to the old account.

Please do not act on this e-mail alone. Call me on the number you have in your records (+49 711 2298 410)
or our switchboard, and we will confirm the new IBAN by phone. We are happy to receive a small test payment first.

Best regards,
Jonas Weber
Finance, Sensortec GmbH
""", client="outlook365", att=["Sensortec_Bank_Change_Letter_signed.pdf"])

# --- J. the other twins: 중고거래, vouchers, fees, loans, stock, QR codes and more -----------------------------

M("hard7", "colleague-ipad-sale", P["han"], P["all"], "[사내 중고] 아이패드 프로 11 팝니다", "2026-12-02 12:10", """
안녕하세요, 개발팀 한서연입니다.

아이패드 프로 11 (M2, 256GB, 펜슬 포함) 팝니다. 기스 거의 없고 박스 있어요.
가격 75만원, 5층 개발팀 자리에서 직접 보시고 마음에 드시면 그때 토스로 보내 주세요.
선입금은 안 받습니다 ㅎㅎ 사진 첨부합니다.
""" + sig("han"), client="outlook", att=[("IMG_4471.jpg", "photo:Apple:iPhone 15 Pro")])

M("hard7", "bunjang-safe-pay-settled", "번개장터 <noreply@bunjang.co.kr>", P["kang"],
  "[번개장터] 구매확정 — 정산금이 지급되었습니다", "2026-11-23 18:40", html=notice_html(
      "번개장터", "#d80c18", "정산금 지급 완료", [
          "강하늘 님, 판매하신 '소니 WH-1000XM5' 거래의 구매자가 구매확정을 했습니다.",
          "정산금 248,000원이 등록된 계좌(카카오뱅크 끝자리 -0319)로 지급되었습니다.",
          "번개장터는 외부 링크로 판매자 정보 등록이나 계좌 인증을 요청하지 않습니다. 모든 거래는 번개장터 앱 안에서만 진행됩니다.",
      ], "번개장터(주) | 고객센터 1670-2910<br>본 메일은 발신전용입니다."))

M("hard7", "smart-factory-voucher-real", "스마트제조혁신추진단 <smart@smart-factory.kr>", P["ceo"],
  "[스마트공장] 2027년 구축지원사업 공고 안내", "2026-12-03 14:00", """
중소·중견기업 대표님께

2027년 스마트공장 구축 및 고도화 지원사업 공고를 안내드립니다.
- 접수: 2027년 1월 6일 ~ 2월 3일, 스마트제조혁신추진단 누리집에서 신청
- 지원: 구축비의 50% 이내 (기초 최대 1억원)

본 사업은 신청 수수료나 선정 후 선납금이 없습니다. 선정을 대가로 대행 수수료, 자부담금 선입금을 요구하는 업체에 주의하시기 바랍니다.
자세한 내용은 첨부 공고문을 참고하십시오.

스마트제조혁신추진단 | 1811-4007
""", client="system", att=["2027_스마트공장_구축지원사업_공고문.hwp"])

M("hard7", "labor-attorney-subsidy-real", "김노무 <nomu.kim@hanbit-labor.co.kr>", P["kim"],
  "RE: 고용장려금 신청 가능 여부 문의", "2026-11-24 17:20", """
김다은 과장님,

문의 주신 청년일자리도약장려금 건 검토해 보았습니다.
올해 채용하신 2명 중 1명(5월 입사)이 요건에 해당해, 최대 1,200만원(2년)까지 신청 가능해 보입니다.
신청은 고용24에서 회사가 직접 하실 수 있고, 저희가 대행할 경우 기존 자문 계약 범위 안에서 처리하므로 별도 착수금은 없습니다.

필요 서류 목록 첨부드립니다.

한빛노무법인 김정훈 노무사 / 02-3453-2280
""" + ol_quote("김다은", "2026년 11월 23일 월요일 오전 11:02", "김정훈 노무사", "고용장려금 신청 가능 여부 문의", """
  노무사님, 요즘 고용장려금 미수령액이 있다는 메일이 자꾸 오는데 저희도 해당되는 게 있는지 봐 주실 수 있을까요?
  """), client="outlook365", att=["청년일자리도약장려금_필요서류.pdf"])

M("hard7", "trademark-renewal-real-attorney", "한결특허법률사무소 <ip@hangyeol-patent.co.kr>", P["ceo"],
  "[상표 갱신] NURIWORKS 상표권 존속기간 갱신 기한 안내 (2027.06)", "2026-12-01 10:30", """
이준호 대표님께

당소에서 관리하는 귀사 상표(NURIWORKS, 제9류)의 존속기간이 2027년 6월 18일 만료됩니다.
갱신 신청은 만료 1년 전부터 가능하며, 진행을 원하시면 회신 주십시오. 비용 견적은 회신 후 별도 청구서로 드립니다.

최근 '상표관리센터', '특허 갱신 대행' 등의 명의로 갱신 비용을 개인 계좌로 요구하는 안내문이 돌고 있습니다.
당소는 귀사 계약 담당 변리사(박성호) 명의로만 연락드리며, 관납료는 특허청 납부서로 납부하시면 됩니다.
""", client="outlook")

M("hard7", "kt-overpayment-refund-real", "KT <kt_bill@kt.com>", P["acct"],
  "[KT] 요금 과오납 환급 안내", "2026-11-10 09:00", html=notice_html(
      "KT", "#ed1c24", "과오납 요금 환급 안내", [
          "(주)누리웍스 고객님, 인터넷 회선(기업용) 해지 후 자동이체로 중복 출금된 요금 98,000원이 확인되었습니다.",
          "환급금은 자동이체 계좌로 11월 20일에 자동 입금됩니다. 별도 신청이나 수수료는 없습니다.",
          "문의: KT 기업 고객센터 1588-0114",
      ], "(주)케이티 | 경기도 성남시 분당구 불정로 90<br>본 메일은 발신전용입니다.", layout=2))

M("hard7", "bank-rm-loan-rate-real", "우리은행 판교기업금융 <pangyo.rm@wooribank.com>", P["ceo"],
  "[우리은행] 운전자금 대출 기한연장 및 금리 안내", "2026-11-26 15:30", """
이준호 대표님, 우리은행 판교기업금융센터 RM 장현석입니다.

귀사 운전자금 대출(3억원)이 2027년 1월 10일 만기입니다.
기한연장 시 적용 금리는 연 4.62%(변동, CD 91일물 + 1.48%)로 산정되었습니다.
연장 약정은 센터 방문 또는 기업인터넷뱅킹 전자약정으로 하실 수 있으며, 수수료나 선납금은 없습니다(인지세만 부담).

편하신 때 센터 대표번호(031-8016-7700)로 연락 주십시오.
""", client="outlook")

M("hard7", "ir-unlisted-share-warning", P["acct"], P["all"], "[공지] 비상장주식 '구주 배정' 권유 주의", "2026-12-03 17:00", """
전 직원 여러분께,

최근 대표님과 몇몇 분께 "상장 예정 기업 구주를 임직원가로 배정한다"는 메일이 오고 있습니다.
회사는 이런 투자 권유와 무관하며, 금융감독원도 비상장주식 사기 주의보를 낸 유형입니다.
회사 명의로 들어온 투자 권유는 경영지원팀으로 전달만 해 주세요.
""" + sig("choi"), client="outlook")

M("hard7", "parking-qr-building-real", "판교스퀘어 관리사무소 <office@pangyo-square.co.kr>", P["all"],
  "[관리사무소] 2027년 정기주차 QR 출입증 발급 안내", "2026-12-07 10:00", """
입주사 여러분께,

2027년 1월 1일부터 정기주차 차량은 번호 인식과 함께 QR 출입증을 병행합니다.
각 입주사 총무 담당자께 차량별 QR 출입증 파일을 첨부합니다. 인쇄하거나 휴대폰에 저장해 두시면 됩니다.
QR은 출입용일 뿐 결제나 로그인과는 관계가 없습니다.

판교스퀘어 관리사무소 031-8017-0001
""", client="hiworks", att=[("2027_정기주차_QR_누리웍스.png", "qr:pangyo-square-2027-nuri")])

M("hard7", "clinic-glp1-real-appointment", "바른가정의학과 <info@barun-clinic.co.kr>", P["bae"],
  "[바른가정의학과] 비만 진료 상담 예약 확인", "2026-11-28 12:00", """
배성우 님, 12월 3일(목) 오후 6시 30분 비만 클리닉 상담 예약이 확인되었습니다.

첫 진료에서 체성분 검사와 혈액 검사 후, 의사 판단에 따라 약물 치료(GLP-1 계열 주사 포함) 여부를 정합니다.
전문의약품이라 대면 진료와 처방 없이 판매하거나 택배로 보내 드리지 않습니다.

변경·취소: 031-706-2280
""", client="system")

M("hard7", "sports-league-colleagues", P["jung"], P["all"], "[사내 동호회] 풋살 리그 회비 정산 + 토요일 경기", "2026-11-29 19:30", """
풋살 동호회 여러분,

이번 시즌 리그 참가비 정산합니다. 구장 대여 8회 + 리그 등록비 = 총 64만원, 16명이라 1인 4만원입니다.
회비는 총무 강하늘 사원 카카오뱅크 계좌로 (사내 게시판 동호회 공지에 있는 그 계좌) 보내 주세요.

토요일 경기는 오전 10시 판교 풋살파크 3번 구장입니다. 승부 예측 내기는 커피 한 잔까지만입니다 ㅎㅎ
""" + sig("jung"), client="outlook")

M("hard7", "scan-quote-from-partner", "동진기계 <dongjin.mc@naver.com>", P["oh"], "견적서 (스캔본)", "2026-12-04 16:50", """
오차장님 요청하신 브래킷 가공 견적서 스캔해서 보냅니다.
확인 부탁드립니다.
""" + GALAXY, client="naver", att=[("견적서_스캔_1204.jpg", "scan:")])

M("hard7", "holiday-card-partner", "Tokyo Keiki Trading <info@tokyokeiki-trading.co.jp>", P["ceo"],
  "Season's Greetings 2027", "2026-12-10 09:00 +0900", """
Dear Mr. Lee and all at NURIWORKS,

Thank you for your partnership this year. We wish you a peaceful holiday season and a prosperous 2027.

Our office will be closed from 28 December to 5 January.

Kenji Sato and the Tokyo Keiki Trading team
""", client="outlook365", att=[("SeasonsGreetings2027.png", "png:600x400")])

M("hard7", "teams-mention-real", "Microsoft Teams <noreply@email.teams.microsoft.com>", P["choi"],
  "박지영 님이 Sales 채널에서 회원님을 언급했습니다", "2026-12-07 14:22", html=notice_html(
      "Microsoft Teams", "#6264a7", "박지영 님이 회원님을 언급했습니다", [
          "<b>영업팀 &gt; Sales</b>",
          "\"@최수진 대리님 Gulf Instruments 선급금 입금 확인되면 알려 주세요!\"",
          btn("https://teams.microsoft.com/l/message/19:sales@thread.tacv2/1765084920", "Teams에서 답장", "#6264a7"),
      ], "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br>"
         "이 메일은 corp.example 조직의 Microsoft Teams 알림 설정에 따라 발송되었습니다."))

M("hard7", "g2b-certificate-real-notice", "조달청 <g2b@pps.go.kr>", P["sales"],
  "[조달청] 차세대 나라장터 이용 안내 — 인증서 등록은 나라장터에서만", "2026-11-14 10:00", html=notice_html(
      "조달청 나라장터", "#005bac", "입찰 참가자격 등록 안내", [
          "(주)누리웍스 조달업체 담당자님, 귀사의 입찰 참가자격 등록 유효기간은 2027년 3월 31일까지입니다.",
          "인증서 등록과 갱신은 나라장터(www.g2b.go.kr)에 직접 접속하여 진행해 주십시오. 조달청은 메일 첨부 파일로 인증서 비밀번호를 받지 않습니다.",
          '<a href="https://www.g2b.go.kr">www.g2b.go.kr</a>',
      ], "조달청 | 대전광역시 서구 청사로 189 | 고객지원센터 1588-0800<br>본 메일은 발신전용입니다.", layout=2))

M("hard7", "customer-overpayment-refund-real", "Ravi Nair <ravi.nair@gulfinstruments.ae>", P["acct"],
  "Re: Advance payment GI-26-0412 - duplicate transfer", "2026-12-09 10:15 +0400", """
Dear Ms. Choi,

Thank you for your call this morning. You are right: our bank sent the 30% advance twice (2 x USD 3,816.00).
Please refund the duplicate to the same account it came from (Emirates NBD, the remitting account shown
on your bank's advice). We do not want it sent anywhere else.

Alternatively, you may keep it as credit against the balance invoice, whichever is easier for you.

Best regards,
Ravi Nair
""", client="outlook365")

M("hard7", "friend-gold-investment-caution", "윤서진 <seojin.yoon@gmail.com>", P["kang"], "하늘아 그 금 선물 링크 보내지 마", "2026-12-05 22:10", """
하늘아 너 단톡방에 금 선물 거래 링크 올린 거 봤어
그거 내 친구도 처음엔 수익 나서 출금됐는데 나중에 큰돈 넣으니까 출금 보증금 내라고 해서 못 뺐대
혹시 너 돈 넣었으면 바로 얘기해. 같이 경찰서 가 줄게
""", client="gmail")
