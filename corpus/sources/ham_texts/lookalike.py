"""lookalike: the honest twins of the corpus6 spam batch — mail an office really gets that shares the surface of
BEC and CEO fraud, fake invoices and remittance advice, courier and customs lures, foreign RFQs and purchase
orders, password-expiry and mailbox-quota lures, SEO and app-development pitches, investment and crypto mail,
family money requests, 중고거래 and 부업 talk, supplier bank-account changes and opted-in advertising. Each text
carries its twin's words (the gift cards, the wire, the .pdf, the duty, the password, the account number) and
the habits of honest senders: real domains, call-back instructions, no login asked, context only a real
colleague has. corpus6 batch."""
from ham_texts import M, P, btn, gm_quote, notice_html, ol_quote, sig

IPHONE = "\n\niPhone에서 보냄\n"
GALAXY = "\n\nGalaxy S24에서 보냄\n"

# --- A. the boss and colleagues asking for things, for real -------------------------------------------------

M("lookalike", "ceo-at-desk-call-me", P["ceo"], P["choi"], "자리에 계세요?", "2026-12-02 10:14", """
최대리 자리에 있어요? 회의 끝나고 내려갈 테니 10분만 시간 내줘요.
12월 법인카드 한도 건이에요. 전화는 내가 지금 고객사라 못 받아요.
""" + IPHONE, client="outlook")

M("lookalike", "ceo-giftcards-year-end", P["ceo"], [P["kim"], P["choi"]],
  "연말 우수사원 상품권 구매 건", "2026-12-04 09:02", """
김과장, 최대리

올해 우수사원 5명 시상 때 줄 상품권 말인데요, 작년처럼 신세계 상품권 30만원씩 준비해 주세요.
법인카드로 백화점 상품권 데스크에서 직접 사고, 구매 품의는 그룹웨어로 올려 주면 제가 결재하겠습니다.
봉투에 넣어서 송년회 날 제가 직접 드릴 거니까 핀번호 같은 건 따로 정리할 필요 없어요.

이준호
""", client="outlook")

M("lookalike", "ceo-wire-approval-callback", P["acct"], P["ceo"],
  "RE: 독일 Sensortec 선급금 송금 결재 요청 (EUR 18,400)", "2026-12-03 14:40", """
대표님,

말씀하신 Sensortec 선급금 송금 건, 오늘 15시 외환 마감 전에 처리하려고 합니다.
- 금액: EUR 18,400 (PI No. ST-26-1187, 30% 선급)
- 수취 계좌: 기존 등록 계좌 (Deutsche Bank, 2024년부터 사용, 변경 없음)
- 전자결재 문서번호: 경영-2026-1203-02

규정대로 금액이 1천만원을 넘어서 대표님 휴대폰으로 확인 전화 한 번 드리겠습니다.
통화 후 바로 은행 전송하겠습니다.
""" + sig("choi") + ol_quote("이준호", "2026년 12월 3일 수요일 오후 2:21", "경영지원팀", "독일 Sensortec 선급금",
  """
  Sensortec PI 받았죠? 오늘 보내야 1월 선적 맞출 수 있다고 하니 처리 부탁해요.
  """), client="outlook", reply="corp.example")

M("lookalike", "colleague-favor-english", "Kevin Cho <kevin.cho@corp.example>", P["park"],
  "Can you do me a favor?", "2026-11-24 16:05", """
Hi Jiyoung,

Can you do me a favor? I'm stuck at the Hyundai Steel site until 6 and the laptop battery is dying.
Could you print the two quotes in the shared folder (Sales > 2026 > Q-1124) and put them on Mr. Bae's desk?
He needs them for tomorrow's 8am meeting. No need to reply, I'll call you from the car.

Thanks!
Kevin
""", client="outlook365")

M("lookalike", "boss-urgent-transfer-internal", P["bae"], P["acct"], "급한 건 — 한일정밀 미지급금 오늘 지급 가능할까요",
  "2026-11-27 11:32", """
경영지원팀 최대리님,

한일정밀 10월분 미지급금(6,380,000원)이 지급일을 넘겼다고 오늘 아침 김부장님이 전화를 주셨습니다.
ERP에 등록된 기존 계좌 그대로고, 세금계산서는 10월 31일자로 이미 받아 두었습니다.
가능하면 오늘 오후 대량이체 때 같이 넣어 주시고, 안 되면 내일 오전이라도 부탁드립니다.
결재는 지금 바로 올리겠습니다.
""" + sig("bae"), client="outlook")

M("lookalike", "secretary-ceo-travel-card", "대표이사 비서 <secretary@corp.example>", P["acct"],
  "대표님 출장 경비 법인카드 한도 상향 요청", "2026-11-18 09:40", """
경영지원팀 담당자님께,

대표님 다음 주 독일 출장(11/23~11/28) 기간 중 법인카드 해외 결제 한도를 1,000만원으로 일시 상향 부탁드립니다.
대표님께서 카드사에 직접 전화하셨는데 담당 부서 요청이 필요하다고 해서 메일 드립니다.
품의서는 첨부했습니다.

비서실 윤하린 드림
내선 201
""", client="outlook", att=["해외출장_법인카드_한도상향_품의.pdf"])

# --- B. partners' invoices and remittance advice -------------------------------------------------------------

M("lookalike", "remittance-advice-real-pdf", "Accounts Payable - Pacific Instruments <ap@pacific-instruments.com.au>",
  P["acct"], "Remittance Advice - Payment 2026-12-04 - NURIWORKS", "2026-12-04 16:20 +1100", """
Dear NURIWORKS Accounts Team,

Please find attached our remittance advice for the payment made today by SWIFT to your account on file
(Industrial Bank of Korea, ending 0187).

Invoice NW-2026-0918  USD 21,400.00
Invoice NW-2026-1002  USD  7,850.00
Total paid             USD 29,250.00

Funds should arrive within 2-3 business days. Please do not hesitate to contact us if anything is unclear.

Kind regards,
Melissa Grant
Accounts Payable | Pacific Instruments Pty Ltd
+61 2 9871 4400
""", client="outlook365", att=["Remittance_Advice_20261204.pdf"],
  reply_to="Pacific Instruments AP <ap@pacific-instruments.com.au>")

M("lookalike", "invoice-partner-english", "Jonas Weber <j.weber@sensortec-gmbh.de>", P["oh"],
  "Invoice ST-INV-26-2291 / shipment of 26 Nov", "2026-11-27 09:12 +0100", """
Dear Mr. Oh,

Attached please find our invoice ST-INV-26-2291 for the shipment of 26 November (AWB 4418 2291 05),
together with the packing list.

Amount: EUR 12,960.00, payment term 30 days net as agreed.
Our bank details are unchanged and printed on the invoice as usual.

Best regards
Jonas Weber
Sales Administration | Sensortec GmbH | Stuttgart
""", client="outlook365", att=["ST-INV-26-2291.pdf", "Packing_List_26-2291.pdf"])

M("lookalike", "statement-of-account-reminder", "Credit Control <credit@tanfreight.com.sg>", P["acct"],
  "Statement of Account - November 2026 - 2 invoices overdue", "2026-12-01 10:05 +0800", """
Dear Customer,

Please find attached your statement of account as at 30 November 2026.

Our records show two invoices past due:
SI-261014  SGD 1,240.00  due 14/11
SI-261021  SGD   880.00  due 21/11

If payment has already been made, kindly send us the remittance details and ignore this reminder.
For any queries please contact your account manager Michael Tan on +65 6265 1180.

Tan Freight Pte Ltd - Credit Control
""", client="esp", att=["SOA_NURIWORKS_202611.pdf"])

M("lookalike", "proforma-invoice-buyer", "Nguyen Thi Mai <mai.nguyen@vinasensor.com.vn>", P["park"],
  "RE: Proforma invoice for PO VS-2611", "2026-11-20 15:44 +0700", """
Dear Ms. Park,

Thank you for the proforma invoice PI-NW-261118. We confirm the quantities and the price.
Our finance team will remit the 30% advance (USD 5,610) on Monday 23 November to the IBK account
stated on your PI. I will send you the bank slip after the transfer.

Could you confirm the ETD Busan once more? Our customer is asking.

Best regards,
Mai
Purchasing, VinaSensor JSC, Hanoi
""" + gm_quote("Park Jiyoung", "2026년 11월 18일 (수) 오후 5:10",
  """
  Dear Mai,
  Please find attached our proforma invoice PI-NW-261118 for your PO VS-2611.
  Best regards, Jiyoung
  """), client="gmail", reply="corp.example")

M("lookalike", "quickbooks-invoice-real-vendor", "Westline Trading via QuickBooks <quickbooks@notification.intuit.com>",
  P["acct"], "Invoice 1042 from Westline Trading", "2026-11-16 08:00 -0800", html=notice_html(
      "Westline Trading", "#2ca01c", "Invoice 1042", [
          "Dear NURIWORKS Co., Ltd.,",
          "Here's your invoice! We appreciate your prompt payment.",
          "Invoice no.: 1042<br>Due date: 12/16/2026<br>Balance due: <b>$1,480.00</b>",
          "As agreed by phone with Mr. Oh, this covers the calibration fixtures shipped on 11/12.",
          btn("https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-1042", "Review and pay", "#2ca01c"),
      ], "Westline Trading, 2200 Harbor Blvd, Long Beach CA<br>Powered by QuickBooks · Intuit Inc."))

# --- C. couriers and customs, the real ones ----------------------------------------------------------------

M("lookalike", "dhl-duty-invoice-real", "DHL Express <noreply@dhl.com>", P["oh"],
  "DHL 관세 및 부가세 청구서 - 운송장번호 5510882394", "2026-11-25 09:30", html=notice_html(
      "DHL Express", "#ffcc00", "관세/부가세 납부 안내", [
          "고객님의 수입 화물(운송장 5510882394, 발송지 중국 심천)에 대해 관세 및 부가세가 발생했습니다.",
          "관세 18,200원 · 부가세 41,330원 · 통관 수수료 11,000원<br>합계 <b>70,530원</b>",
          "DHL 홈페이지 또는 MyDHL+에서 운송장 번호로 조회 후 납부하실 수 있습니다. 세금 계산 내역은 첨부 PDF를 확인하세요.",
          '<a href="https://www.dhl.com/kr-ko/home/tracking.html?tracking-id=5510882394">www.dhl.com에서 조회</a>',
          "DHL은 문자나 메일로 개인 계좌 입금을 요청하지 않습니다. 고객센터 1588-0001",
      ], "DHL Korea Ltd. | 서울특별시 중구 한강대로 416<br>본 메일은 발신전용입니다.", layout=2),
  att=["DHL_Duty_Tax_Invoice_5510882394.pdf"])

M("lookalike", "fedex-billing-online", "FedEx Billing Online <billingonline@fedex.com>", P["acct"],
  "FedEx invoice 7-812-22104 is available", "2026-12-01 07:00", html=notice_html(
      "FedEx", "#4d148c", "Your FedEx invoice is ready", [
          "Account: 6102-2281 (NURIWORKS CO LTD)",
          "Invoice number: 7-812-22104<br>Invoice date: 12/01/2026<br>Amount due: KRW 384,200<br>Due date: 12/31/2026",
          "Sign in to FedEx Billing Online at fedex.com to view and pay your invoice.",
          '<a href="https://www.fedex.com/fedexbillingonline">fedex.com/fedexbillingonline</a>',
      ], "FedEx Korea | This email was sent to account@corp.example. Please do not reply."))

M("lookalike", "maersk-arrival-notice-forwarder", "Busan Import CS <imp.busan@hanseong-logistics.co.kr>", P["oh"],
  "[도착 안내] MAEU 238810421 / MSKU 7718203 부산신항 입항", "2026-11-30 13:15", """
누리웍스 오세훈 차장님,

수입 화물 도착 안내드립니다.

B/L: MAEU 238810421 (Maersk)
CNTR: MSKU 7718203 / 20' DRY
입항: 2026.11.30 부산신항 PNIT
프리타임: 12.07까지 (이후 디머리지 발생)

통관은 기존대로 세관 관세법인에서 진행합니다. 운임·부대비용 청구서는 첨부 드리며, 결제는 월말 정산 계좌로 부탁드립니다.
계좌 변동은 없으며, 혹시 계좌 변경 안내 메일을 받으시면 꼭 제 휴대폰으로 확인 부탁드립니다.

한성로지스틱스 수입팀 장민석 과장
T 051-441-2290 / M 010-3382-1170
""", client="outlook", att=["Arrival_Notice_MAEU238810421.pdf", "Freight_Invoice_HS-2611-332.pdf"])

M("lookalike", "customs-broker-duty-bill", "세관관세법인 <trade@segwan-customs.co.kr>", P["oh"],
  "수입신고 수리 및 관부가세 납부서 송부 (신고번호 41234-26-112871M)", "2026-12-01 10:22", """
안녕하세요, 세관관세법인 이지은입니다.

MSKU 7718203 건 수입신고가 수리되었습니다.
- 관세 0원 (FTA 협정세율 적용, 원산지증명서 확인)
- 부가세 4,184,200원
- 납부기한: 2026.12.15

관부가세 납부서(전자납부번호 포함)와 수입신고필증을 첨부드립니다. 납부는 인터넷 지로 또는 은행 가상계좌로 하시고,
당사 법인 계좌로 보내시면 안 됩니다. 당사 통관 수수료 청구서는 월말에 별도로 드립니다.

세관관세법인 | T 02-3148-2210
""", client="hiworks", att=["수입신고필증_41234-26-112871M.pdf", "관부가세_납부서.pdf"])

M("lookalike", "ups-missed-delivery-real", "UPS <pkginfo@ups.com>", P["info"],
  "UPS Update: Delivery Attempted - 1Z8A2R990412882014", "2026-11-19 15:30", html=notice_html(
      "UPS", "#351c15", "We Missed You", [
          "We attempted to deliver your package today, but no one was available to receive it.",
          "Tracking Number: 1Z8A2R990412882014<br>Shipped from: Gdansk, PL<br>Next attempt: Friday, 11/20",
          "No action is needed. You can also choose another delivery day in the UPS app or at ups.com.",
          '<a href="https://www.ups.com/track?tracknum=1Z8A2R990412882014">Track at ups.com</a>',
      ], "© 2026 United Parcel Service of America, Inc. UPS does not ask for payment in delivery e-mails.", layout=2))

M("lookalike", "cj-customs-unipass-note", P["oh"], P["all"], "해외직구·통관 문자 관련 주의 (구매팀)", "2026-11-12 09:05", """
전 직원께,

요즘 회사 주소로 해외 택배 통관비를 내라는 문자·메일이 많이 옵니다. 구매팀 기준 정리합니다.

1. 회사 수입 화물의 관부가세는 세관관세법인이 납부서를 보내고, 경영지원팀이 가상계좌로 냅니다.
2. 개인 직구 통관은 UNI-PASS(unipass.customs.go.kr)에서 직접 조회하시면 됩니다.
3. 택배사나 관세청이 개인 계좌로 통관비를 받는 일은 없습니다.

애매한 건 저에게 전달해 주세요.
""" + sig("oh"), client="outlook")

# --- D. foreign buyers, the real ones ---------------------------------------------------------------------

M("lookalike", "rfq-german-distributor-real", "Sandra Kuhl <s.kuhl@kuhl-messtechnik.de>", P["sales"],
  "RFQ 26-4471: pressure transmitters PT-200 series, 800 pcs", "2026-11-17 10:40 +0100", """
Dear Sales Team,

Following our talk at SPS Nuremberg (your booth 7A-412), we would like to request a quotation for:

PT-200-10B  0-10 bar, 4-20 mA, G1/4   qty 500
PT-200-25B  0-25 bar, 4-20 mA, G1/4   qty 300

Delivery: DAP Stuttgart, requested February 2027
Please state lead time, MOQ and your payment terms. Our datasheet requirements are in the attached PDF.

We do not use a supplier portal for RFQs; simply reply to this email.

Best regards
Sandra Kuhl
Purchasing | Kuhl Messtechnik GmbH | Esslingen
+49 711 3904 220
""", client="outlook365", att=["RFQ_26-4471_Requirements.pdf"])

M("lookalike", "po-uae-buyer-real", "Khalid Mansour <khalid@alnoor-eng.ae>", P["park"],
  "PO AN-26-1192 - temperature sensors", "2026-12-02 11:10 +0400", """
Dear Ms. Park,

Please find attached our purchase order AN-26-1192 as per your quotation Q-NW-261110 rev.2.

TS-PT100-A  x 1,200  USD 14.80
TS-PT100-B  x   600  USD 17.20
Total USD 28,080.00, CIF Jebel Ali, payment 30% T/T advance, balance against copy B/L.

Kindly send your order confirmation and proforma invoice for the advance.

Regards,
Khalid Mansour
Procurement Manager
Al Noor Engineering LLC, Dubai
""", client="outlook365", att=["PO_AN-26-1192.pdf"])

M("lookalike", "rfq-mexico-xlsx", "Luis Ortega <lortega@ortega-automatizacion.mx>", P["sales"],
  "Quote request / Solicitud de cotización - level sensors", "2026-11-09 18:22 -0600", """
Hello,

We are an automation integrator in Monterrey. One of our customers (food & beverage) is specifying your
LS-50 ultrasonic level sensors. Please quote the items in the attached sheet, FCA Incheon.

If you have a distributor in Mexico, please let us know and we will buy through them.

Thank you,
Luis Ortega
Ortega Automatización S.A. de C.V.
""", client="gmail", att=[("RFQ_Ortega_LS50.xlsx", [["Item", "Qty"], ["LS-50-4M", "40"], ["LS-50-8M", "25"]])])

M("lookalike", "buyer-kotra-introduced", "KOTRA 두바이무역관 <dubai@kotra.or.kr>", P["park"],
  "[KOTRA 두바이] 바이어 구매 문의 전달 — Al Noor Engineering", "2026-10-28 14:00", """
누리웍스 박지영 과장님께,

KOTRA 두바이무역관 김태윤입니다. 지난 9월 수출상담회에서 상담하신 Al Noor Engineering사가
온도센서 견적을 요청해 와서 전달드립니다. 바이어 연락처는 아래와 같으며 직접 연락하셔도 됩니다.

Khalid Mansour, Procurement Manager / khalid@alnoor-eng.ae / +971 4 338 2210

무역관은 바이어 소개 관련 비용을 받지 않습니다. 궁금하신 점은 회신 주세요.
""", client="outlook", enc="ks_c_5601-1987/base64")

M("lookalike", "buyer-sample-order-terms", "Li Na <lina@orient-electric.com.cn>", P["park"],
  "RE: Sample order 50 pcs - proforma", "2026-11-05 13:40 +0800", """
Dear Jiyoung,

Thanks for the proforma. We paid USD 740 by T/T this morning, the bank slip is attached.
Please ship by DHL on our account 96-1188-2201.

Li Na
Orient Electric (Suzhou)
""" + gm_quote("Park Jiyoung", "2026년 11월 4일 (수) 오후 4:02",
  """
  Dear Li Na, attached is our proforma PI-NW-261104 for 50 sample pcs. 100% T/T in advance, as usual for samples.
  """), client="gmail", att=["TT_slip_20261105.pdf"], reply="corp.example")

# --- E. the office's own IT -------------------------------------------------------------------------------

M("lookalike", "it-password-expiry-real", P["it"], P["all"], "[IT] 윈도우·메일 비밀번호 만료 안내 (12월 14일)",
  "2026-12-07 08:30", """
전 직원께,

회사 계정(PC 로그인·메일·VPN) 비밀번호가 12월 14일(월)에 일괄 만료됩니다.
만료 전에 아래 방법으로 직접 변경해 주세요.

- 사무실 PC: Ctrl+Alt+Del → 암호 변경
- 외근 중: VPN 접속 후 같은 방법, 또는 IT 내선 233

이 안내 메일에는 링크가 없습니다. 비밀번호 변경 링크가 있는 메일, 비밀번호를 회신해 달라는 메일은
모두 가짜이니 열지 마시고 it@corp.example로 전달해 주세요.

IT인프라 윤태식
""", client="outlook")

M("lookalike", "it-mailbox-quota-real", P["it"], P["park"], "메일함 용량 90% 도달 (박지영 과장님)", "2026-11-21 10:02", """
박지영 과장님,

Exchange 메일함이 45GB 중 40.6GB를 쓰고 있어서 알려 드립니다. 50GB가 되면 보내기가 막힙니다.

정리 방법
1. 보낸 편지함의 대용량 첨부(견적서 PDF 등)를 공유 드라이브로 옮기기
2. 2024년 이전 메일은 온라인 보관(Archive)으로 이동
3. 필요하면 제가 자리로 가서 같이 정리해 드리겠습니다.

IT인프라 윤태식 (내선 233)
""", client="outlook")

M("lookalike", "it-mfa-reenrol-in-person", P["it"], P["all"], "[IT] Microsoft Authenticator 재등록 — 자리에서 QR 스캔",
  "2026-11-02 09:10", """
전 직원께,

휴대폰을 바꾼 분은 Authenticator 재등록이 필요합니다.
재등록 QR은 메일로 보내지 않습니다. 본인 PC에서 https://aka.ms/mysecurityinfo 에 직접 접속하면
화면에 QR이 나오고, 새 휴대폰으로 그 화면을 스캔하면 됩니다.

메일로 온 QR 코드를 스캔해서 로그인하라는 안내는 모두 피싱입니다.
""" + sig("yoon"), client="outlook")

M("lookalike", "it-migration-no-password", P["it"], P["all"], "[IT] 토요일 메일 서버 점검 — 비밀번호는 절대 회신하지 마세요",
  "2026-12-01 17:20", """
전 직원께,

12월 5일(토) 09시~13시 Exchange 서버 보안 업데이트로 메일이 잠시 안 됩니다.
이번 점검에 여러분이 하실 일은 없습니다. 월요일에 Outlook이 비밀번호를 한 번 더 물으면 평소 비밀번호를 넣으면 됩니다.

점검을 핑계로 아이디·비밀번호를 메일로 보내 달라는 요청은 IT가 절대 하지 않습니다.
""" + sig("yoon"), client="outlook", enc="ks_c_5601-1987/quoted-printable")

M("lookalike", "it-forwarded-sextortion", P["it"], P["han"], "RE: [신고] 내 비밀번호가 적힌 협박 메일",
  "2026-11-26 14:35", """
한서연 선임님,

보내 주신 메일은 'sextortion' 스팸입니다. 제목의 비밀번호는 몇 년 전 다른 사이트에서 유출된 목록에서 가져온 것이고,
카메라 녹화는 사실이 아닙니다. 비트코인은 절대 보내지 마시고 메일은 지우셔도 됩니다.

혹시 그 비밀번호를 지금도 어디선가 쓰고 계시면 그 사이트 비밀번호만 바꿔 주세요. 회사 계정과는 관계없습니다.
""" + sig("yoon") + ol_quote("한서연", "2026년 11월 26일 목요일 오후 2:02", "IT 관리자", "[신고] 내 비밀번호가 적힌 협박 메일",
  """
  이상한 영어 메일이 왔는데 제목에 옛날에 쓰던 비밀번호가 그대로 있어요 ㅠㅠ 비트코인 보내라고 합니다. 어떻게 해야 하나요?
  """), client="outlook", reply="corp.example")

# --- F. vendors the office asked, lists it bought, directories it is really in --------------------------

M("lookalike", "seo-agency-quote-requested", "Daniel Kim <daniel@brightpath-digital.co.kr>", P["jung"],
  "RE: 영문 홈페이지 SEO 견적 요청 — 제안서 송부", "2026-11-13 17:05", """
정민재 팀장님,

지난주 통화에서 말씀하신 영문 홈페이지(corp.example/en) SEO 개선 제안서를 보내드립니다.

- 현황: 색인 페이지 64개 중 제품 페이지 41개에 meta description 없음, 이미지 alt 누락
- 범위: 기술 SEO 수정, 제품 페이지 38개 영문 카피 보강, 월간 리포트
- 비용: 착수 300만원 + 월 120만원 (6개월), 순위 보장은 하지 않습니다.

세부 내용은 첨부 PDF를 봐 주시고, 편하신 시간에 미팅 잡아 주세요.

김대니 | 브라이트패스 디지털 | 02-6953-2201
""" + ol_quote("정민재", "2026년 11월 6일 금요일 오전 11:20", "daniel@brightpath-digital.co.kr", "영문 홈페이지 SEO 견적 요청",
  """
  안녕하세요, 누리웍스 마케팅팀 정민재입니다. 영문 사이트 검색 유입이 너무 적어서 SEO 견적을 받아 보고 싶습니다.
  """), client="outlook", att=["누리웍스_영문SEO_제안서_v1.pdf"], reply="corp.example")

M("lookalike", "app-dev-quote-reply", "Vikram Rao <vikram.rao@codecraft-labs.in>", P["lim"],
  "Re: B2B ordering app - estimate and timeline", "2026-10-22 19:40 +0530", """
Hi Chaewon,

Thanks for the call yesterday and for sharing the ERP API spec. As discussed:

- Scope: Android + iOS ordering app, admin web, Douzone ERP sync (orders, stock)
- Estimate: USD 38,000, 14 weeks, 3 milestones (30/40/30)
- Maintenance: optional, USD 900/month

I have attached the detailed estimate. Happy to adjust scope once your team reviews it.

Best,
Vikram
CodeCraft Labs, Pune
""" + gm_quote("임채원", "2026년 10월 21일 (수) 오후 6:10",
  """
  Hi Vikram, nice talking to you today. Please send the estimate we discussed, our budget decision is in November.
  """), client="gmail", att=["CodeCraft_Estimate_NURIWORKS_v2.pdf"], reply="corp.example")

M("lookalike", "trade-fair-exhibitor-list-bought", "SPS Exhibitor Services <exhibitor-services@mesago.com>", P["park"],
  "Your order: SPS 2026 visitor lead export (booth 7A-412)", "2026-11-28 10:00 +0100", """
Dear Ms. Park,

Thank you for your order. The lead export of the badge scans collected at your booth (7A-412) is attached as
an Excel file (214 contacts). The invoice for the lead-scanner rental (EUR 290) follows separately.

Please note: Mesago does not sell visitor or exhibitor lists. Offers of "SPS attendee lists" you may receive
by email do not come from us.

Mesago Messe Frankfurt GmbH - Exhibitor Services
""", client="outlook365", att=[("SPS2026_LeadExport_7A-412.xlsx", [["Company", "Name", "Country"], ["Kuhl Messtechnik", "S. Kuhl", "DE"]])])

M("lookalike", "buykorea-listing-renewal", "buyKOREA <help@buykorea.or.kr>", P["park"],
  "[buyKOREA] 상품 정보 갱신 안내 — 6개월 미수정 상품 3건", "2026-11-10 09:00", html=notice_html(
      "buyKOREA", "#0b4ea2", "상품 정보 갱신 안내", [
          "누리웍스 담당자님, buyKOREA에 등록하신 상품 중 6개월 이상 수정되지 않은 상품이 3건 있습니다.",
          "PT-200 Pressure Transmitter · LS-50 Ultrasonic Level Sensor · TS-PT100 Temperature Sensor",
          "최신 사양과 사진으로 갱신하시면 해외 바이어 검색 노출에 도움이 됩니다. buyKOREA 상품 등록·갱신은 무료입니다.",
          btn("https://www.buykorea.or.kr", "buyKOREA 로그인", "#0b4ea2"),
      ], "대한무역투자진흥공사(KOTRA) | 본 메일은 발신전용입니다."))

M("lookalike", "directory-scam-warning-kita", "한국무역협회 <webmaster@kita.net>", P["park"],
  "[KITA] 해외 디렉토리 등재 사기 주의 안내", "2026-10-05 10:00", """
회원사 담당자님께,

최근 '무료 정보 수정'을 가장한 해외 기업 디렉토리(World Exporters Guide, Global Industrial Suppliers 등)
등재 양식에 서명했다가 연 1,000유로 이상의 청구를 받는 사례가 이어지고 있습니다.

- 양식 하단 작은 글씨에 유료 계약 조항이 있는지 확인하십시오.
- 이미 청구를 받으셨다면 무역협회 무역투자상담센터(1566-5114)로 상담해 주십시오.

한국무역협회 회원지원실
""", client="system", enc="euc-kr/base64", henc="euc-kr/B")

# --- G. investment mail the office subscribed to ----------------------------------------------------------

M("lookalike", "broker-fx-weekly-subscribed", "하나증권 리서치 <research@hanaw.com>", P["ceo"],
  "[하나증권] 주간 외환·원자재 전망 (12월 1주)", "2026-12-07 07:30", html=notice_html(
      "하나증권 리서치센터", "#008485", "주간 외환·원자재 전망", [
          "원/달러: 1,340~1,385원 박스권 예상. 美 고용지표 발표 전후 변동성 확대 가능.",
          "금: 온스당 2,6xx달러대 고점 부담, 단기 조정 가능성. 유가: OPEC+ 감산 연장 여부 주목.",
          "본 자료는 투자 판단의 참고 자료이며 수익을 보장하지 않습니다. 과거 수익률이 미래 수익을 보장하지 않습니다.",
          '<a href="https://www.hanaw.com">전문 보기</a>',
      ], "하나증권 | 본 메일은 리서치 메일 수신에 동의하신 분께 발송됩니다. 수신거부는 하나증권 홈페이지 > MY 설정에서 할 수 있습니다."))

M("lookalike", "upbit-investor-protection", "업비트 <noreply@upbit.com>", P["jung"],
  "[업비트] 투자유의 종목 지정 및 유사 사이트 주의 안내", "2026-11-15 10:00", html=notice_html(
      "UPbit", "#093687", "투자자 보호 안내", [
          "최근 업비트를 사칭해 '원금 보장', '출금 보증금' 등을 요구하는 사이트와 메신저 계정이 늘고 있습니다.",
          "업비트는 출금을 위해 보증금이나 세금을 먼저 입금하라고 요구하지 않으며, 원금과 수익을 보장하는 상품을 팔지 않습니다.",
          "투자유의 종목 지정 현황은 업비트 공지사항에서 확인하세요.",
          '<a href="https://upbit.com/service_center/notice">upbit.com 공지사항</a>',
      ], "두나무(주) | 서울특별시 강남구 테헤란로 4길 14<br>본 메일은 발신전용입니다."))

M("lookalike", "coin-talk-friends", "강민혁 <mhkang88@gmail.com>", P["kang"], "ㅋㅋ 비트 또 올랐더라", "2026-11-22 22:14", """
하늘아 너 작년에 산 비트 아직 있냐 ㅋㅋ
나는 그때 겁나서 다 팔았는데 배 아프다

근데 요즘 단톡방에 원금 보장 코인 리딩 어쩌고 하는 거 엄청 뜨더라 그런 건 다 사기래
우리 그냥 적립식으로 조금씩만 사자 ㅋㅋ
다음 주 토요일 동창 모임 올 거지?
""", client="gmail")

M("lookalike", "irp-annual-report", "미래에셋증권 <mirae_report@miraeasset.com>", P["kim"],
  "[미래에셋증권] 퇴직연금(IRP) 연간 운용 현황 보고", "2026-12-03 09:00", """
김다은 고객님, 2026년 퇴직연금(IRP) 운용 현황을 안내드립니다.

- 평가금액: 18,422,310원
- 연간 수익률: 6.84% (전년 대비 +2.1%p)
- 올해 세액공제 한도 잔여: 3,000,000원

상세 내역은 미래에셋증권 앱 또는 홈페이지에서 로그인 후 확인하실 수 있습니다.
미래에셋증권은 메일에 로그인 링크를 넣지 않습니다.

미래에셋증권 고객센터 1588-6800
""", client="system")

M("lookalike", "stock-seminar-registered", "키움증권 <kiwoom_event@kiwoom.com>", P["bae"],
  "[키움증권] 투자 세미나 신청 완료 — 12월 12일(토) 여의도", "2026-12-01 13:30", html=notice_html(
      "키움증권", "#e4007f", "세미나 신청이 완료되었습니다", [
          "배성우 고객님, '2027 증시 전망과 절세 전략' 세미나 신청이 완료되었습니다.",
          "일시: 2026년 12월 12일(토) 14:00~16:00<br>장소: 키움증권 여의도 본사 2층 강당 (무료)",
          "세미나 현장에서 특정 종목 리딩방 가입이나 유료 회원 권유를 하지 않습니다.",
      ], "키움증권(주) | 본 메일은 세미나 신청자에게 발송되는 안내 메일입니다."))

# --- H. 중고거래, 부업, 알바 talk among colleagues -------------------------------------------------------

M("lookalike", "used-camera-colleague", "한서연 <sy.han@corp.example>", P["jung"], "카메라 팔아요 (사내 중고)", "2026-11-25 12:10", """
팀장님 지난번에 미러리스 알아보신다고 하셔서요
제 소니 A7M4 바디 190만원에 정리하려고 하는데 관심 있으시면 말씀 주세요.
실물 보시고 괜찮으면 그때 토스로 주셔도 돼요. 내일 회사로 가져올게요!
""", client="outlook")

M("lookalike", "used-monitor-deposit-joke", "배성우 <sw.bae@corp.example>", P["kang"], "RE: 모니터 거래 ㅋㅋ 선입금 안 받습니다",
  "2026-11-19 18:02", """
ㅋㅋㅋ 하늘씨 선입금이라니 당근 사기꾼이냐고
그냥 내일 점심때 3층 창고 앞에서 보고 가져가요. 돈은 집에 가서 계좌이체 해도 되고.
""" + ol_quote("강하늘", "2026년 11월 19일 목요일 오후 5:40", "배성우", "모니터 거래",
  """
  부장님 모니터 27인치 제가 살게요! 먼저 입금해 드릴까요? ㅎㅎ
  """), client="outlook", reply="corp.example")

M("lookalike", "karrot-fridge-family", "정민재 <mj.jung@corp.example>", "정윤아 <yuna.jung95@naver.com>",
  "당근 냉장고 계약금 얘기", "2026-11-28 19:40", """
윤아야 아까 말한 당근 냉장고 말이야
판매자가 계약금 먼저 보내라고 하면 보내지 마. 요즘 그거 사기 많대
직접 가서 보고 용달 부를 때 한 번에 주는 게 맞아. 주말에 같이 가 줄게
""", client="outlook")

M("lookalike", "side-job-colleague-talk", "강하늘 <haneul.kang@corp.example>", "김도윤 <dy.kim@corp.example>",
  "주말 부업 얘기 (사적인 메일이에요)", "2026-11-20 20:31", """
도윤씨 아까 점심때 말한 재택부업 말이에요
제 친구가 구매평 부업 한다고 돈 먼저 보냈다가 50만원 날렸대요 ㅠㅠ
'미션 금액 먼저 입금' 이런 거 나오면 무조건 사기라고 하더라고요.
저는 그냥 주말에 번역 크몽 외주만 하려고요. 회사 규정상 겸업 신고는 해야 한대서 인사팀에 물어봤어요.
""", client="outlook")

M("lookalike", "hr-side-job-rule", P["hr"], P["kang"], "RE: 겸업(부업) 신고 문의", "2026-11-23 10:12", """
강하늘 사원님,

주말 번역 외주는 취업규칙 제31조에 따라 사전 신고만 하시면 됩니다. 그룹웨어 > 인사 > 겸업 신고서 작성해 주세요.
근무 시간과 회사 장비를 쓰지 않는 조건이고, 별도 승인 절차나 비용은 없습니다.
""" + sig("kim"), client="outlook", reply="corp.example")

M("lookalike", "son-part-time-job", "오세훈 <sh.oh@corp.example>", "오준서 <junseo.oh07@gmail.com>",
  "쿠팡 알바 관련해서", "2026-11-29 21:05", """
준서야 아빠야
쿠팡 물류 알바 합격했다며 축하한다
근데 유니폼 보증금이나 교육비 먼저 내라는 문자 오면 절대 보내지 말고 아빠한테 말해.
진짜 쿠팡은 그런 돈 안 받는다더라. 첫날 신분증이랑 통장 사본만 챙겨 가
""", client="outlook")

M("lookalike", "coupang-flex-real-offer", "쿠팡풀필먼트서비스 <recruit@coupang.com>", "오준서 <junseo.oh07@gmail.com>",
  "[쿠팡] 일용직 근무 확정 안내 — 12월 2일 동탄2센터", "2026-11-29 16:00", """
오준서님, 일용직 근무가 확정되었습니다.

근무지: 동탄2 물류센터 / 12월 2일(수) 18:00~04:00 (야간 분류)
준비물: 신분증, 편한 복장 (안전화·조끼는 현장 지급)
급여: 근무 다음 날 등록 계좌로 지급

쿠팡은 근무자에게 보증금, 교육비, 유니폼 비용을 받지 않습니다.
""", client="system")

# --- I. supplier bank-account changes, done properly ------------------------------------------------------

M("lookalike", "supplier-bank-change-callback", "대성정밀 경리팀 <account@daesung-precision.co.kr>", P["oh"],
  "[대성정밀] 결제 계좌 변경 공문 (유선 확인 부탁드립니다)", "2026-11-16 10:30", """
누리웍스 구매팀 오세훈 차장님 귀하

당사 주거래 은행 변경에 따라 2027년 1월 지급분부터 결제 계좌가 아래와 같이 변경됩니다.

변경 전: 기업은행 (기존 등록 계좌)
변경 후: 하나은행 291-910220-38807 (예금주: 주식회사 대성정밀)

계좌 변경은 메일만으로 처리하지 마시고, 반드시 당사 대표번호(032-815-2200)로 전화하셔서
경리팀 김은정 과장에게 확인하신 뒤 반영해 주십시오. 공문 원본과 통장 사본(법인 명의)은 첨부와 같으며
등기우편으로도 발송했습니다. 12월 지급분은 기존 계좌로 부탁드립니다.

주식회사 대성정밀 경리팀 김은정 드림
""", client="outlook", att=["계좌변경_공문_대성정밀.pdf", "통장사본_하나은행_대성정밀.pdf"])

M("lookalike", "office-reply-bank-change-verified", P["oh"], "대성정밀 경리팀 <account@daesung-precision.co.kr>",
  "RE: [대성정밀] 결제 계좌 변경 공문 (유선 확인 부탁드립니다)", "2026-11-17 14:12", """
김은정 과장님,

오늘 오전 대표번호로 통화해 확인했습니다. 1월 지급분부터 하나은행 계좌로 반영하겠습니다.
ERP 거래처 계좌 변경은 경영지원팀 최수진 대리가 처리하며, 처리 후 1원 확인 송금을 드릴 예정이니
입금자명 '누리웍스확인' 건을 확인해 주시면 감사하겠습니다.
""" + sig("oh"), client="outlook", cc=[P["choi"]], reply="daesung-precision.co.kr")

M("lookalike", "partner-no-change-warning", "Korea Parts Supply <finance@koreaparts.co.kr>", P["acct"],
  "[공지] 당사 계좌 변경 사칭 메일 주의 — 계좌 변경 없음", "2026-11-20 09:00", """
거래처 담당자님께,

최근 당사 메일을 사칭하여 '감사로 법인계좌 동결', '해외 지사 계좌로 입금' 등의 안내를 보내는 사례가 확인되었습니다.

당사 결제 계좌는 변경된 사실이 없습니다.
당사는 해외 계좌나 개인 명의 계좌로 대금을 받지 않습니다.
계좌 관련 메일을 받으시면 031-777-4400(재무팀)으로 꼭 확인 부탁드립니다.

코리아파츠서플라이 재무팀
""", client="hiworks")

M("lookalike", "vendor-portal-bank-registration", "현대모비스 협력사포털 <noreply@mobis.co.kr>", P["acct"],
  "[협력사포털] 대금 지급 계좌 등록 변경 완료 안내", "2026-10-19 11:00", html=notice_html(
      "현대모비스 협력사포털", "#00287a", "지급 계좌 변경이 완료되었습니다", [
          "협력사: (주)누리웍스 (협력사 코드 NW4412)",
          "변경 요청일: 2026-10-14 · 승인일: 2026-10-19<br>변경 계좌: 기업은행 ***-******-**-187",
          "본인이 요청하지 않은 변경이라면 즉시 구매팀 담당자 또는 포털 고객센터(02-2018-5114)로 연락해 주십시오.",
      ], "본 메일은 협력사포털에서 자동 발송되었습니다."))

# --- J. loans, refunds and fees that are real -------------------------------------------------------------

M("lookalike", "bank-loan-guarantee-fee-real", "IBK기업은행 판교지점 <pangyo@ibk.co.kr>", P["choi"],
  "운전자금 대출 기한연장 — 신용보증기금 보증료 납부 안내", "2026-11-09 15:20", """
(주)누리웍스 최수진 대리님,

운전자금 대출(3억원) 기한연장 관련하여 신용보증기금 보증서 갱신이 완료되었습니다.
보증료 2,184,000원은 신용보증기금에서 발송한 고지서의 가상계좌로 납부하시거나
만기일에 당행 법인 계좌에서 자동 출금되도록 동의서를 제출하실 수 있습니다.

은행 직원 개인 계좌나 제3자 계좌로 보증료를 받는 일은 없습니다. 문의는 지점 대표번호로 주세요.

IBK기업은행 판교지점 기업금융 정현우 과장
031-8016-2200
""", client="outlook", enc="ks_c_5601-1987/base64")

M("lookalike", "nts-refund-real-no-fee", "국세청 <nts_refund@nts.go.kr>", P["han"],
  "[국세청] 2025년 귀속 연말정산 추가 환급금 지급 안내", "2026-11-05 10:00", """
한서연님,

경정청구하신 2025년 귀속 연말정산 추가 환급금이 결정되었습니다.
환급금액: 212,480원
지급 예정일: 2026.11.10 (신고 시 등록하신 계좌)

환급금 수령에 수수료는 없으며, 국세청은 메일이나 문자로 수수료 입금을 요구하지 않습니다.
조회: 홈택스(www.hometax.go.kr) > 조회/발급 > 환급금 조회
""", client="system", enc="euc-kr/base64", henc="euc-kr/B")

M("lookalike", "energy-voucher-real", "정부24 <gov24@gov.kr>", "정숙자 <jungsook.mom@hanmail.net>",
  "[정부24] 에너지바우처 신청 결과 안내", "2026-10-20 09:00", """
정숙자님, 신청하신 2026년 에너지바우처가 지급 결정되었습니다.

지원 금액: 하절기 43,200원 + 동절기 256,600원 (국민행복카드로 사용)
사용 기간: 2026.07.01 ~ 2027.05.25

에너지바우처는 수수료나 등록비가 없습니다. 안내를 가장한 입금 요구 문자에 주의하세요.
문의: 에너지바우처 콜센터 1600-3190
""", client="system")

M("lookalike", "card-overseas-approval-real", "신한카드 <shinhancard@shinhancard.com>", P["ceo"],
  "[신한카드] 해외 승인 안내 — EUR 412.00 (HOTEL SCHWANEN)", "2026-11-24 21:18 +0100", """
신한카드 해외 승인 안내

카드: 신한 법인카드 (끝 4자리 2201)
승인 금액: EUR 412.00
가맹점: HOTEL SCHWANEN STUTTGART
승인 일시: 11/25 05:18 (한국 시각)

본인 사용이 아닌 경우 카드 뒷면의 고객센터(1544-7000)나 신한 SOL페이 앱에서 신고해 주세요.
신한카드는 메일로 카드번호·CVC·비밀번호를 묻지 않습니다.
""", client="system")

# --- K. family money -------------------------------------------------------------------------------------

M("lookalike", "mother-phone-broken-nothing-asked", "엄마 <jungsook.mom@hanmail.net>", "정민재 <mj.jung@corp.example>",
  "민재야 엄마 폰 고장났다", "2026-11-12 19:22", """
민재야 엄마야 폰 화면이 안 켜져서 서비스센터 맡겼어
내일 찾으니까 혹시 전화 안 되면 아빠 폰으로 해라
돈은 필요 없고 괜히 누가 엄마라고 문자 오면 속지 말라고 보내는 거야
밥 잘 챙겨 먹어라
""", client="oldweb")

M("lookalike", "father-tuition-transfer", "정태호 <taeho.jung55@naver.com>", "정민재 <mj.jung@corp.example>",
  "윤아 등록금 반반 하자", "2026-12-02 08:05", """
민재야 아빠다.
윤아 1학기 등록금 고지서 나왔다. 412만원이다.
작년처럼 아빠가 반 내고 네가 반 내기로 했으니까 206만원을 윤아 통장으로 보내 주면 된다.
윤아 통장은 원래 쓰던 농협 그거 맞다. 번호 모르면 전화해라.
""", client="naver")

M("lookalike", "son-reply-not-sending-id", "정민재 <mj.jung@corp.example>", "정태호 <taeho.jung55@naver.com>",
  "RE: 아빠 나 현우라는 메일", "2026-11-30 21:30", """
아빠 그거 사기예요 ㅋㅋ 현우는 사촌인데 아빠 신분증이랑 계좌 비밀번호를 왜 달래요
답장하지 말고 지우세요. 혹시 뭐 보냈으면 바로 은행에 전화해서 지급정지 하시고요.
내일 퇴근하고 들를게요
""" + gm_quote("정태호", "2026년 11월 30일 (월) 오후 9:02",
  """
  민재야 이거 현우가 보낸 거 맞냐? 신분증 사진 보내 달라는데
  """), client="outlook", reply="naver.com")

M("lookalike", "aunt-condolence-money", "이모 <aunt.mija@daum.net>", "정민재 <mj.jung@corp.example>",
  "민재야 부의금 좀 부탁해", "2026-11-08 14:44", """
민재야 이모다.
내일 발인인데 이모가 지방이라 못 가겠어. 엄마한테도 말했는데 네가 대신 부의금 10만원만 전해 줄래?
이모가 지금 바로 네 계좌로 보냈어. 카카오뱅크로 보냈으니 확인해 봐.
고맙다
""", client="daum")

M("lookalike", "sister-hospital-split", "정윤아 <yuna.jung95@naver.com>", "정민재 <mj.jung@corp.example>",
  "할머니 병원비 영수증", "2026-11-26 17:30", """
오빠 할머니 입원비 영수증 사진 보내
총 1,284,000원이고 엄마가 먼저 카드로 냈어
셋이 나누면 428,000원씩이니까 엄마 통장으로 보내 주면 돼 (엄마 국민은행 그거)
""", client="naver", att=[("병원비_영수증.jpg", "photo:samsung:SM-S921N")])

M("lookalike", "cousin-wedding-gift-pool", "정다은 <daeun.jung@gmail.com>", "정민재 <mj.jung@corp.example>",
  "수연 언니 결혼 선물 모으기", "2026-11-15 11:20", """
오빠 수연 언니 결혼 선물 사촌들끼리 모아서 하기로 했어
1인당 10만원이고 내가 모아서 식기세척기 살 거야
내 계좌 토스뱅크 1000-3381-2290 정다은 (내 번호 맞는지 헷갈리면 카톡으로 물어봐)
이번 주 안에만 보내 줘~
""", client="gmail")

M("lookalike", "wife-school-fee", "김소영 <soyoung.kim82@naver.com>", P["bae"], "오늘 학원비 이체 좀", "2026-12-04 15:10", """
여보 오늘 지호 영어학원 12월 학원비 마감이래
학원에서 보낸 가상계좌 번호 캡처해서 보냈으니까 그걸로 보내 줘 (33만원)
학원 원장님이 계좌 바뀌었다고 연락 오면 꼭 전화로 확인하라고 했었지 ㅋㅋ 그건 아니고 원래 가상계좌야
""", client="naver", att=[("학원비_가상계좌.png", "png:360x640")])

M("lookalike", "friend-blind-date-intro", "최유리 <yuri.choi@gmail.com>", P["kim"], "소개팅 주선 ㅋㅋ", "2026-11-18 22:40", """
다은아 지난번에 말한 소개팅 남자분 있잖아
우리 회사 연구소 분인데 성격 진짜 좋아. 사진은 카톡으로 보낼게
연락처 넘겨도 되면 말해 줘~ 토요일 저녁 괜찮대
(요즘 해외 군인이라고 메일로 사랑 고백하는 사기 많다며 ㅋㅋ 이분은 판교 사람이야)
""", client="gmail")

# --- L. the brands' own notices, from their real domains ------------------------------------------------

M("lookalike", "hana-customer-info-update", "하나은행 <webmaster@hanabank.com>", P["choi"],
  "[하나은행] 고객확인제도(KYC) 정보 재확인 안내", "2026-11-11 10:00", html=notice_html(
      "하나은행", "#008485", "고객정보 재확인 안내", [
          "최수진 고객님, 특정금융정보법에 따라 주기적으로 고객확인 정보를 다시 확인하고 있습니다.",
          "재확인 방법: 하나원큐 앱 &gt; 전체메뉴 &gt; 고객센터 &gt; 고객정보 재확인, 또는 가까운 영업점 방문",
          "하나은행은 메일 회신으로 계좌번호, 보안카드 번호, 비밀번호를 받지 않습니다. 이 메일에는 링크가 없습니다.",
      ], "하나은행 | 서울특별시 중구 을지로 35 | 고객센터 1599-1111<br>본 메일은 발신전용입니다."))

M("lookalike", "coupang-wing-settlement-real", "쿠팡 Wing <wing_noreply@coupang.com>", P["sales"],
  "[쿠팡 Wing] 11월 2차 정산 지급 안내", "2026-12-03 09:00", html=notice_html(
      "coupang wing", "#346aff", "정산금이 지급되었습니다", [
          "판매자명: 누리웍스 (업체코드 A0118223)",
          "정산 기간: 2026.11.16 ~ 11.30<br>지급액: <b>3,482,100원</b><br>지급 계좌: 기업은행 ***-******-**-187",
          "정산 상세는 Wing(wing.coupang.com) &gt; 정산 &gt; 정산 현황에서 확인하세요.",
          btn("https://wing.coupang.com", "Wing 바로가기", "#346aff"),
      ], "쿠팡(주) | 서울특별시 송파구 송파대로 570<br>본 메일은 발신전용입니다."))

M("lookalike", "coupang-wow-renewal-real", "쿠팡 <noreply@coupang.com>", P["seo"],
  "[쿠팡] 와우 멤버십 정기결제 안내", "2026-11-30 07:00", html=notice_html(
      "coupang", "#e52528", "와우 멤버십 월회비가 결제되었습니다", [
          "서민지 회원님, 12월 와우 멤버십 월회비 7,890원이 등록된 쿠페이 카드로 결제되었습니다.",
          "다음 결제 예정일: 2026년 12월 30일",
          "멤버십 해지는 쿠팡 앱 &gt; 마이쿠팡 &gt; 와우 멤버십에서 언제든 가능합니다.",
      ], "쿠팡(주) | 고객센터 1577-7011<br>본 메일은 발신전용입니다.", layout=2))

M("lookalike", "epost-registered-mail-real", "우체국 <epost@epost.go.kr>", P["info"],
  "[우체국] 등기우편물 배달 예정 안내", "2026-11-17 08:10", """
(주)누리웍스 귀하

등기번호 1083-2281-19402 우편물이 오늘 배달될 예정입니다.
발송인: 주식회사 대성정밀 (인천 남동구)
배달 예정: 2026.11.17 오후

부재 시에는 우체국 앱에서 재배달 날짜를 지정하거나 가까운 우체국에서 수령하실 수 있습니다.
우체국은 재배달에 수수료를 받지 않으며, 문자·메일 링크로 주소나 개인정보를 다시 입력하라고 요구하지 않습니다.

우정사업본부 | 고객센터 1588-1300
""", client="system")

M("lookalike", "gov24-electronic-document-real", "정부24 <noreply@gov.kr>", P["kim"],
  "[정부24] 전자문서지갑에 새 문서가 도착했습니다", "2026-11-03 10:20", html=notice_html(
      "정부24", "#1c3e8a", "새 전자문서 도착", [
          "김다은님의 전자문서지갑에 '주민등록표 등본(전자문서)'이 도착했습니다.",
          "열람은 정부24 누리집(www.gov.kr) 또는 정부24 앱에 로그인하여 전자문서지갑에서 하실 수 있습니다.",
          "정부24는 메일에 첨부 파일을 보내 로그인 정보를 입력하게 하지 않습니다.",
          '<a href="https://www.gov.kr">www.gov.kr</a>',
      ], "행정안전부 | 정부24 고객센터 1588-2188<br>본 메일은 발신전용입니다."))

M("lookalike", "hometax-vat-prepayment-real", "국세청 홈택스 <hometax@nts.go.kr>", P["acct"],
  "[국세청] 부가가치세 예정고지 전자고지서 발송 안내", "2026-10-12 09:00", """
(주)누리웍스 대표자님,

2026년 2기 부가가치세 예정고지서가 전자고지되었습니다.
고지세액: 4,218,300원 / 납부기한: 2026.10.25

열람 및 납부: 홈택스(www.hometax.go.kr) > 납부·고지·환급 > 전자고지 열람
홈택스 주소를 직접 입력해 접속하시고, 다른 주소로 연결되는 링크는 누르지 마십시오.
""", client="system", enc="euc-kr/base64", henc="euc-kr/B")

M("lookalike", "naver-mail-storage-real", "네이버 <navermail_noreply@navercorp.com>", "정윤아 <yuna.jung95@naver.com>",
  "네이버 메일 용량이 90%를 넘었습니다", "2026-11-06 11:00", html=notice_html(
      "NAVER 메일", "#03c75a", "메일 용량 알림", [
          "yuna.jung95님의 메일 용량이 15GB 중 13.6GB(90%)를 사용 중입니다.",
          "용량이 가득 차면 새 메일을 받을 수 없습니다. 오래된 메일이나 대용량 첨부 메일을 삭제해 주세요.",
          "용량 확인: 네이버 메일 &gt; 환경설정 &gt; 용량 관리",
          '<a href="https://mail.naver.com">mail.naver.com</a>',
      ], "NAVER Corp. | 본 메일은 발신전용입니다."))

M("lookalike", "kakao-account-protection-real", "카카오 <noreply@kakaocorp.com>", P["kang"],
  "[카카오] 카카오계정 보호조치가 해제되었습니다", "2026-10-30 13:05", """
강하늘님, 카카오계정 보호조치가 해제되었습니다.

해제 일시: 2026년 10월 30일 13:04
해제 방법: 카카오톡 앱 본인 인증

직접 해제하신 것이 맞다면 이 메일은 무시하셔도 됩니다.
카카오는 메일의 링크로 이의 신청이나 계정 인증을 받지 않습니다. 고객센터: https://cs.kakao.com
""", client="system")

M("lookalike", "kbank-otp-switch-real", "KB국민은행 <kbstar@kbstar.com>", P["seo"],
  "[KB국민은행] 보안매체 변경 완료 안내", "2026-11-14 16:40", html=notice_html(
      "KB국민은행", "#ffbc00", "보안매체 변경이 완료되었습니다", [
          "서민지 고객님, 보안카드에서 모바일 OTP로 보안매체 변경이 완료되었습니다.",
          "변경 일시: 2026-11-14 16:38 · 변경 채널: KB스타뱅킹 앱",
          "본인이 변경하지 않으셨다면 즉시 고객센터(1588-9999)로 연락해 주십시오. KB국민은행은 QR 코드나 링크로 보안매체 변경을 안내하지 않습니다.",
      ], "KB국민은행 | 서울특별시 영등포구 국제금융로8길 26<br>본 메일은 발신전용입니다."))

M("lookalike", "woori-account-opened-real", "우리은행 <webmaster@wooribank.com>", P["lim"],
  "[우리은행] 비대면 계좌 개설 완료 안내", "2026-11-21 11:18", """
임채원 고객님, 비대면 계좌 개설이 완료되었습니다.

상품: 우리 SUPER주거래 통장
개설 일시: 2026.11.21 11:16
개설 채널: 우리WON뱅킹

고객님이 개설하지 않은 계좌라면 우리은행 고객센터(1588-5000) 또는 가까운 영업점으로 바로 연락 주십시오.
""", client="system")

M("lookalike", "toss-securities-opened-real", "토스증권 <no-reply@tossinvest.com>", P["kang"],
  "[토스증권] 계좌 개설을 환영해요", "2026-11-08 20:44", html=notice_html(
      "토스증권", "#0064ff", "계좌 개설이 완료됐어요", [
          "강하늘님, 토스증권 계좌 개설이 완료됐어요.",
          "개설 일시: 2026.11.08 20:42",
          "투자는 원금 손실이 발생할 수 있으며, 토스증권은 원금이나 수익을 보장하는 리딩방을 운영하지 않아요.",
      ], "토스증권(주) | 고객센터 1599-7987<br>본 메일은 발신전용입니다."))

M("lookalike", "kepco-bill-autopay", "한국전력공사 <cyber@kepco.co.kr>", P["acct"],
  "[한전] 11월분 전기요금 자동이체 출금 예정 안내", "2026-11-25 08:00", """
고객번호 08-2291-7730 (주)누리웍스

11월분 전기요금 1,284,320원이 11월 30일 등록된 법인 계좌에서 자동이체될 예정입니다.
미납 요금은 없습니다.

요금 조회: 한전ON(online.kepco.co.kr) / 고객센터 123
""", client="system", enc="euc-kr/base64", henc="euc-kr/B")

M("lookalike", "shinhan-card-statement-secure", "신한카드 <statement@shinhancard.com>", P["ceo"],
  "[신한카드] 12월 법인카드 이용대금 명세서", "2026-12-05 06:00", """
이준호 고객님, 12월 이용대금 명세서를 보내드립니다.

결제일: 2026.12.14 / 결제 예정 금액: 4,182,300원

첨부된 보안메일은 사업자등록번호 10자리로 열람하실 수 있습니다.
신한카드 보안메일은 카드 비밀번호를 묻지 않습니다.
""", client="esp", att=[("신한카드_12월_이용대금명세서.html",
  "<html><head><meta charset=\"utf-8\"><title>신한카드 보안메일</title></head><body>"
  "<p>사업자등록번호 10자리를 입력하세요.</p><input type=\"password\" id=\"k\" maxlength=\"10\">"
  "<button onclick=\"open_doc()\">확인</button>"
  "<script>function open_doc(){/* decrypts the statement in the browser; nothing is sent */}</script></body></html>")])

M("lookalike", "nhis-checkup-result-real", "국민건강보험공단 <webmaster@nhis.or.kr>", P["han"],
  "[건강보험] 2026년 건강검진 결과 안내", "2026-10-24 10:00", """
한서연님, 2026년 일반건강검진 결과가 나왔습니다.

검진 기관: 분당서울대병원 건강증진센터 / 검진일: 2026.10.08
결과 확인: The건강보험 앱 또는 공단 홈페이지(www.nhis.or.kr) > 건강iN > 검진결과 조회

결과 통보서 원본은 검진 기관에서 우편으로 발송합니다. 공단은 결과지를 첨부파일로 보내지 않습니다.
""", client="system")

# --- M. calendar, voicemail and shared documents, genuine ------------------------------------------------

M("lookalike", "outlook-invite-salary-review", P["hr"], P["han"], "초대: 2027 연봉 계약 개별 면담 - 12월 9일 (수) 14:00",
  "2026-12-02 13:00", """
한서연 선임님,

2027 연봉 계약 개별 면담 일정을 잡았습니다. 가능 여부는 일정 초대에서 응답해 주세요.
면담 전 그룹웨어 > 인사 > 평가 결과에서 본인 평가 결과를 확인하실 수 있습니다.
""" + sig("kim"), client="outlook",
  ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=인사팀:mailto:hr@corp.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sy.han@corp.example
SUMMARY:2027 연봉 계약 개별 면담
DTSTART;TZID=Korea Standard Time:20261209T140000
DTEND;TZID=Korea Standard Time:20261209T143000
LOCATION:4층 소회의실 2
UID:040000008200E00074C5B7101A82E00800000000B1C3F9A2A16DDC01
END:VEVENT
END:VCALENDAR
""")

M("lookalike", "google-calendar-supplier-review", "Jonas Weber <j.weber@sensortec-gmbh.de>", P["oh"],
  "Invitation: Q4 Supplier Review NURIWORKS / Sensortec @ Mon Dec 14, 2026 10am - 11am (KST)", "2026-12-04 17:10 +0100",
  """
Q4 Supplier Review NURIWORKS / Sensortec
Monday Dec 14, 2026 10am - 11am (Korea Standard Time)
Google Meet: https://meet.google.com/xqz-pwnd-rtk

Agenda: delivery performance 2026, forecast 2027, price adjustment for PT-200 cells.
The slides are in the shared folder we have been using.

Invitation from Google Calendar
""", client="gmail",
  ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20261214T010000Z
DTEND:20261214T020000Z
ORGANIZER;CN=Jonas Weber:mailto:j.weber@sensortec-gmbh.de
ATTENDEE;CN=sh.oh@corp.example;RSVP=TRUE:mailto:sh.oh@corp.example
SUMMARY:Q4 Supplier Review NURIWORKS / Sensortec
UID:5k2v9p1q3r8s7t6u@google.com
END:VEVENT
END:VCALENDAR
""")

M("lookalike", "pbx-voicemail-real-2", "음성사서함 <voicemail@corp.example>", P["bae"], "새 음성 메시지: 02-6241-8821 (0:52)",
  "2026-12-03 18:22", """
새 음성 메시지가 있습니다.

발신 번호: 02-6241-8821 (현대제철 구매팀)
수신 내선: 212 (배성우)
길이: 52초

첨부된 WAV 파일로 듣거나 내선 8000번에서 들을 수 있습니다.
-- Grandstream UCM6304
""", client="plain8", fmt="plain", att=[("VM_20261203_182104_212.wav", None)])

M("lookalike", "sharepoint-share-real", "오세훈 (SharePoint Online) <no-reply@sharepointonline.com>", P["choi"],
  "오세훈님이 '2027_단가표_최종.xlsx' 파일을 공유했습니다", "2026-12-01 15:40", html=notice_html(
      "SharePoint", "#036c70", "오세훈님이 파일을 공유했습니다", [
          "최대리, 내년 단가표 최종본이에요. 결재 올리기 전에 한 번 봐 주세요.",
          "2027_단가표_최종.xlsx",
          btn("https://nuriworks.sharepoint.com/:x:/s/purchase/EbX2k9Q", "열기", "#036c70"),
          "이 링크는 누리웍스 조직 내부 사용자만 열 수 있습니다.",
      ], "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"))

M("lookalike", "dropbox-file-request-tax-real", "이세무 세무사 <tax.lee@leetax.co.kr>", P["acct"],
  "원천징수 자료 요청 (12월 결산) — 업로드 폴더 안내", "2026-12-02 10:30", """
경영지원팀 최수진 대리님,

12월 결산 준비로 아래 자료를 요청드립니다.
1. 2026년 급여대장 (1~11월)
2. 원천징수이행상황신고서 사본
3. 외주 용역비 지급 내역

자료는 지난번과 같이 당사 Dropbox 파일 요청 폴더에 올려 주시거나 메일로 보내 주셔도 됩니다.
업로드 폴더: https://www.dropbox.com/request/Lt9sQ2xWv1 (로그인 없이 업로드 가능합니다)
주민등록번호가 포함된 파일은 비밀번호를 걸어 주시고, 비밀번호는 전화로 알려 주세요.

이세무 세무사 | 이세무 세무회계사무소 | 031-712-4400
""", client="hiworks")

M("lookalike", "hiworks-groupware-approval-returned", "하이웍스 <noreply@hiworks.com>", P["han"],
  "[하이웍스 결재] 반려 — 출장비 정산서 (2026-12)", "2026-12-04 17:02", html=notice_html(
      "hiworks", "#3e64ff", "결재 문서가 반려되었습니다", [
          "문서: 2026-12 출장비 정산서 (개발팀 한서연)",
          "반려자: 최수진 · 사유: 택시 영수증 2건 누락",
          btn("https://office.hiworks.com/corp.example/approval", "하이웍스에서 보기", "#3e64ff"),
      ], "가비아 하이웍스 | 본 메일은 발신전용입니다."))

# --- N. QR codes that are what they say --------------------------------------------------------------------

M("lookalike", "year-end-party-qr", P["hr"], P["all"], "[송년회] 12월 18일 입장 QR 및 경품 추첨 안내", "2026-12-07 11:00", """
전 직원께,

송년회 입장은 아래 QR로 체크인합니다. 휴대폰으로 이 메일을 열어 입구에서 보여 주시면 됩니다.
경품 추첨 응모는 체크인하면 자동으로 됩니다. 따로 입력하실 정보는 없습니다.

일시: 12월 18일(금) 18:30 / 장소: 판교 라온홀
""" + sig("kim"), client="outlook", att=[("송년회_입장QR.png", "qr:nuriworks-2026-party-checkin")])

M("lookalike", "parking-qr-visitor", "판교테크원 관리사무소 <parking@pangyo-techone.co.kr>", P["park"],
  "[방문 차량] 12월 9일 방문 차량 사전 등록 완료 (QR)", "2026-12-07 17:30", """
박지영님이 등록하신 방문 차량 사전 등록이 완료되었습니다.

차량번호: 38나 4412 / 방문일: 2026.12.09 / 방문처: 5층 (주)누리웍스
주차장 입구에서 아래 QR을 리더기에 대 주세요. 최대 3시간 무료입니다.
""", client="system", att=[("방문차량_QR_38나4412.png", "qr:techone-visitor-38na4412-20261209")])

# --- O. opted-in marketing ---------------------------------------------------------------------------------
# Opted-in ads tagged (광고) as the law asks are not here: the customer asked for (광고)-tagged mail to be
# blocked (issue 15), so under its policy they are not ham, and as ham they would only measure that policy.

M("lookalike", "ad-newsletter-english-optin", "Digi-Key <news@digikey.com>", P["lim"],
  "New products this week: sensors, connectors and dev boards", "2026-11-26 23:00 -0600", html=notice_html(
      "DigiKey", "#cc0000", "New This Week", [
          "Pressure sensors, ultrasonic transducers and Arm Cortex-M33 dev boards, now in stock.",
          "Free shipping to Korea on orders over USD 50.",
          btn("https://www.digikey.kr/en/new-products", "Shop New Products", "#cc0000"),
      ], "You are receiving this email because you subscribed at digikey.kr. "
         "<a href=\"https://www.digikey.kr/en/preferences\">Manage preferences</a> or "
         "<a href=\"https://www.digikey.kr/en/unsubscribe\">unsubscribe</a>. Digi-Key Electronics, 701 Brooks Ave S, Thief River Falls, MN"),
  headers={"List-Unsubscribe": "<https://www.digikey.kr/en/unsubscribe?id=8821>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})

# --- P. English partner mail and Korean exporters' mixed mail ---------------------------------------------

M("lookalike", "partner-invoice-overdue-polite", "Melissa Grant <mgrant@pacific-instruments.com.au>", P["acct"],
  "Invoice PI-AU-8812 - friendly reminder", "2026-11-30 09:40 +1100", """
Hi Sujin,

Just a friendly reminder that our invoice PI-AU-8812 (AUD 2,340.00, calibration service) was due on 20 November.
I've attached a copy in case the original went astray. If it has already been paid, please disregard this.

Our bank details have not changed. If you ever receive an email saying otherwise, please call me on +61 2 9871 4400.

Cheers,
Melissa
""", client="outlook365", att=["PI-AU-8812.pdf"])

M("lookalike", "partner-payment-confirmation-terse", "Jonas Weber <j.weber@sensortec-gmbh.de>", P["choi"],
  "RE: advance payment PI ST-26-1187", "2026-12-04 08:15 +0100", """
Dear Ms. Choi,

Received with thanks, EUR 18,400.00 credited today. Production starts Monday.

Jonas
""" + ol_quote("최수진", "Thursday, December 3, 2026 7:02 AM", "Jonas Weber", "advance payment PI ST-26-1187",
  """
  Dear Mr. Weber, we remitted the 30% advance today to your Deutsche Bank account on file. MT103 attached.
  """), client="outlook365", reply="corp.example")

M("lookalike", "exporter-mixed-ko-en-forwarder", "장민석 <ms.jang@hanseong-logistics.co.kr>", P["park"],
  "[선적 안내] Booking HSL2611823 Busan → Rotterdam / B/L draft 확인 부탁드립니다", "2026-11-26 16:05", """
박지영 과장님,

Booking HSL2611823 건 B/L draft 보내드립니다. 아래 사항 확인 부탁드립니다.

Shipper: NURIWORKS CO., LTD.
Consignee: TO ORDER OF ING BANK N.V.
Notify: VAN DIJK INSTRUMENTS B.V., ROTTERDAM
Vessel: MAERSK HORSBURGH 247W / ETD BUSAN 12.01 / ETA ROTTERDAM 01.06

BAF 인상분(USD 420)은 11월 운임표 기준으로 이미 견적에 포함되어 있어 추가 결제는 없습니다.
수정 사항은 내일 12시까지 회신 주시면 반영하겠습니다.

Best regards / 감사합니다
장민석 과장 | Hanseong Logistics | T 051-441-2290
""", client="outlook", att=["BL_DRAFT_HSL2611823.pdf"])

M("lookalike", "buyer-loi-via-trade-fair", "Faisal Al Rashid <faisal@alrashid-eng.sa>", P["park"],
  "LOI - ultrasonic level sensors / 구매의향서", "2026-11-11 12:30 +0300", """
Dear Ms. Park / 박 과장님,

It was a pleasure to meet you at the KOTRA Riyadh Korea Week. As discussed, please find attached our
Letter of Intent for 1,200 units of LS-50 level sensors for the Jubail water project, subject to approval of
samples and the final tender result.

No payment or registration is required from your side at this stage. Our engineer will contact you about the
samples next week.

감사합니다 (I practiced!),
Faisal Al Rashid
Al Rashid Engineering, Riyadh
""", client="outlook365", att=["LOI_AlRashid_LS50.pdf"])

M("lookalike", "egypt-inquiry-real", "Ahmed Farouk <a.farouk@delta-instruments.com.eg>", P["sales"],
  "Inquiry: PT-200 price list and catalogue", "2026-11-03 10:05 +0200", """
Dear Sir,

We are an instrumentation distributor in Cairo (since 2004, 35 staff). We saw your PT-200 series on buyKOREA
and would like your price list and catalogue for the Egyptian market.

Our company profile is attached as a plain PDF. Please let us know your distributor conditions.

Best regards,
Ahmed Farouk
Delta Instruments, Cairo
""", client="gmail", att=["Delta_Instruments_Company_Profile.pdf"])

M("lookalike", "kotra-export-voucher-real", "수출바우처 <voucher@kotra.or.kr>", P["ceo"],
  "[수출바우처] 2027년 수출바우처 참여기업 모집 공고 안내", "2026-12-01 10:00", """
기업 대표님께,

2027년 수출바우처사업 참여기업 모집 공고를 안내드립니다.
- 접수 기간: 2026.12.15 ~ 2027.01.09
- 신청: 수출바우처 누리집(www.exportvoucher.com) 직접 신청
- 지원 한도: 기업 규모별 3천만~1억원 (정부 지원 50~70%)

수출바우처 신청은 대행 수수료나 착수금이 필요 없습니다. 선정을 보장한다며 비용을 요구하는 업체에 주의하십시오.
문의: 수출바우처 콜센터 1600-7119
""", client="system", enc="euc-kr/base64", henc="euc-kr/B")

# --- Q. odd shapes: a legacy system in ISO-2022-KR, very short mail ----------------------------------------

M("lookalike", "legacy-erp-iso2022", "ERP 알림 <erp@corp.example>", P["acct"], "[ERP] 지급 예정 내역 (12/10)",
  "2026-12-07 06:00", """
지급 예정 내역 (2026-12-10)

거래처              금액          계좌
대성정밀            18,420,000    기업 (기존)
한일정밀             6,380,000    국민 (기존)
세관관세법인           418,000    신한 (기존)

계좌 변경 건: 없음
승인자: 최수진 / 이준호
""", client="legacy", enc="iso-2022-kr/7bit", henc="iso-2022-kr/B", fmt="plain")

M("lookalike", "legacy-notice-iso2022-building", "관리사무소 <office@pangyo-techone.co.kr>", P["info"],
  "승강기 정기 점검 안내", "2026-11-16 08:30", """
입주사 여러분께

11월 18일(수) 10시~12시 승강기 2호기 정기 점검이 있습니다.
점검 시간에는 1호기와 3호기를 이용해 주십시오.

관리사무소 드림 (031-8017-1100)
""", client="legacy", enc="iso-2022-kr/7bit", henc="iso-2022-kr/B", fmt="plain")

M("lookalike", "ceo-two-lines-gift", P["ceo"], P["kim"], "상품권", "2026-12-07 18:40", """
김과장 우수사원 상품권 봉투 내일 아침에 내 방으로 갖다줘요.
""" + IPHONE, client="outlook")

M("lookalike", "colleague-are-you-busy-en", "Sandra Kuhl <s.kuhl@kuhl-messtechnik.de>", P["park"], "Are you available for a quick call?",
  "2026-11-25 16:50 +0100", """
Hi Jiyoung,

Are you available for a quick call tomorrow morning your time (9:00 KST)? Our customer moved the tender date
and I'd like to align the delivery schedule for RFQ 26-4471. I'll call your office number, +82 31 8017 0207.

Sandra
""", client="outlook365")

M("lookalike", "colleague-bank-detail-for-refund", "서민지 <mj.seo@corp.example>", P["han"], "출장비 환급 계좌 확인 부탁드려요",
  "2026-12-04 11:05", """
한서연 선임님,

출장비 정산 환급금(84,200원)을 급여 계좌로 넣어 드리려고 하는데, 인사 시스템에 등록된 급여 계좌가 맞죠?
바뀌었으면 메일로 번호 보내지 마시고 그룹웨어 > 인사 > 급여 계좌 변경에서 직접 바꿔 주세요.
""" + sig("seo"), client="outlook")

M("lookalike", "hanja-ad-agency-reply", "정민재 <mj.jung@corp.example>", "광고대행 김실장 <kim@adbridge.co.kr>",
  "RE: 신년 인사 광고 시안 (新年 문구 확인)", "2026-12-03 15:22", """
김실장님,

시안 잘 받았습니다. 新年 / 謹賀新年 한자 문구는 2안이 더 좋네요.
하단 '(광고)' 표기는 신문 지면 광고라 필요 없다고 하셨죠? 확인만 부탁드립니다.
월요일까지 최종본 주시면 됩니다.
""" + sig("jung"), client="outlook", reply="adbridge.co.kr", att=["신년광고_시안_2안.pdf"])
