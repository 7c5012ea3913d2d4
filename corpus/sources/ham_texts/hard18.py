"""hard18: the honest twins of the corpus18 spam batch, written blind like it — the English mail a Korean exporter
really gets in the lures' own words (a Polish distributor asking for certificates, a Canadian PO paid by wire, a US
customer's supplier-portal onboarding with a call-back, a returned wire, a real recruiter, an EU customer's DPA, a US
distributor's Prop 65 declaration, a forwarder's customs exam, the carrier's real bunker surcharge, a factoring notice
checked by phone, an expo's housing warning, a Dubai credit application through K-SURE), the global services' real
notices (PayPal, GitHub, LinkedIn, Meta, Amazon Business, Salesforce), and Korean agencies' and vendors' real mail in
the Korean lures' words (AI 바우처, 부품 대리점, 착오송금 반환, KISA, 분납, 고용허가, 공정위 실태조사, 무역협회, 올바로,
대한상의 원산지증명, 방음부스, 원청 ESG 설문), colleagues and family.
corpus18 batch."""
from ham_texts import M, P, btn, gm_quote, notice_html, ol_quote, sig

# --- A. partners, customers and distributors in English -----------------------------------------------------------

M("hard18", "poland-distributor-certs", "Marta Zielińska <m.zielinska@polsens-automatyka.example>", P["bae"],
  "Distribution Poland - certificates for our customer files", "2026-12-02 15:40", """
Dear Mr. Bae,

Thank you again for the call on Monday and for sending the price list. As discussed, before our first stocking
order (about EUR 40,000, PO to follow after our budget meeting on 14 December) we need for our customers' files:

 - ISO 9001 certificate (a plain PDF copy is fine)
 - CE Declaration of Conformity for the PT-300 and DPT-210 series
 - RoHS statement

No apostille or legalisation is needed for Poland; our customers only want the copies. We do our own product
registration where needed and at our own cost.

Kind regards,
Marta Zielińska
Purchasing Manager, Polsens Automatyka Sp. z o.o., Poznań
""", client="outlook")

M("hard18", "canada-po-wire", "Dr. Aaron Whitfield <a.whitfield@northgate-health.example>", P["park"],
  "PO 4500-2291 - 12 DP sensors, payment by wire (net 30)", "2026-12-03 01:12", """
Hello Ms. Park,

Please find attached our purchase order 4500-2291 for 12 units of the DPT-210 for the new cleanroom at
Northgate Health Centre, as quoted (your quotation Q-26-1184, FCA Incheon).

Payment: wire transfer to the account on your invoice, net 30 days after receipt of goods.
Freight: our forwarder (Lakeshore Freight, contact below) will book the pickup and bill us directly.

If you have changed bank details since the quotation, please tell us by phone; our AP team will not act on
bank changes received only by email.

Best regards,
Aaron Whitfield, PhD
Facilities & Materials Management
""", client="outlook365", att=["PO_4500-2291.pdf"])

M("hard18", "us-customer-supplier-portal", "Ridgefield Instruments AP <ap@ridgefield-instruments.example>", P["choi"],
  "Supplier portal onboarding - please register before Jan 31 (no change to your bank details unless you update them)",
  "2026-12-04 06:30", """
Dear Supplier,

Ridgefield Instruments is moving invoice submission to our supplier portal from 1 February 2027. You will receive
a separate invitation from our portal provider (Tipalti) to supplier.invites@ridgefield-instruments.example.

Please note:
 - We will never ask for bank details by reply to an email.
 - If you enter new bank details in the portal, we will call the contact on your existing vendor record before the
   first payment to the new account.
 - Your current open invoices NW-26-1187 and NW-26-1203 will be paid in the December 15 run as usual.

Questions: call our AP line +1 (614) 555-0142 or your buyer, Jenna Ortiz.

Accounts Payable, Ridgefield Instruments Inc.
""", client="outlook365")

M("hard18", "returned-wire-name", "Linda Moore <linda.moore@brightline-instr.example>", P["choi"],
  "Payment returned - beneficiary name", "2026-12-07 23:05", """
Hi Sujin,

Our wire of USD 27,640 for NW-26-1152 came back today with the reason "beneficiary name mismatch". Our bank has
your name as "NURI WORKS CO LTD" and I believe the account is held as "NURIWORKS CO., LTD."

Could you confirm the exact account name as it appears at Woori Bank? The account number and SWIFT stay the same
(I checked them against your invoice and the W-8BEN-E on file). I will call you tomorrow at 9 am your time to
confirm before we resend.

Thanks,
Linda Moore
Accounts Payable, Brightline Instruments
""", client="outlook")

M("hard18", "choi-reply-returned-wire", P["choi"], "Linda Moore <linda.moore@brightline-instr.example>",
  "RE: Payment returned - beneficiary name", "2026-12-08 09:20", """
Hi Linda,

Thanks for the call just now. As confirmed on the phone, the account name is exactly "NURIWORKS CO., LTD." and the
account number and SWIFT on invoice NW-26-1152 are unchanged. We have no other USD account.

Please resend when ready and send us the MT103 reference.

Best regards,
""" + sig("choi") + ol_quote("Linda Moore", "2026년 12월 7일 월요일 오후 11:05", "최수진",
                         "Payment returned - beneficiary name", """
Our wire of USD 27,640 for NW-26-1152 came back today with the reason "beneficiary name mismatch".
Could you confirm the exact account name as it appears at Woori Bank?
"""), client="outlook")

M("hard18", "recruiter-linkedin-real", "LinkedIn <inmail-hit-reply@linkedin.com>", P["bae"],
  "Sofia Reyes sent you a message: Korea Country Manager - instrumentation", "2026-12-05 02:14", html=notice_html(
      "LinkedIn", "#0a66c2", "Sofia Reyes, Talent Partner at Halvorsen Search", [
          "Hi Seongwoo, I'm retained by a Norwegian instrumentation group opening a Korean subsidiary. They are "
          "looking for a Country Manager (full-time, Seoul) with OEM sales experience. Compensation is competitive "
          "and there is no cost to candidates at any stage. Would you be open to a 20-minute call next week?",
          btn("https://www.linkedin.com/messaging/", "Reply", "#0a66c2"),
      ], "You are receiving InMail notification emails. <a href=\"https://www.linkedin.com/psettings/\">Unsubscribe</a> "
         "· LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085", layout=2), client="esp")

M("hard18", "german-training-invite", "Jörg Neumann <j.neumann@hartwig-messtechnik.example>", P["lim"],
  "Invitation: factory training in Stuttgart, 9-11 March 2027 (costs on us)", "2026-12-03 17:55", """
Dear Chaewon,

As promised at the partner meeting, we would like to invite two of your engineers to our factory training on the
new HM-7 calibration bench, 9-11 March 2027 in Stuttgart.

Training, hotel (3 nights) and local transport are paid by Hartwig under our distribution agreement; only the
flights are on your side. Please send the names by 15 January so our office can issue the invitation letters for
the visa-free entry record.

Best regards,
Jörg Neumann
Partner Training, Hartwig Messtechnik GmbH
""", client="outlook")

M("hard18", "eu-customer-dpa", "Legal - Vandermeer Process <legal@vandermeer-process.example>", P["kim"],
  "Data Processing Agreement for the 2027 service contract - for signature", "2026-12-04 11:00", """
Dear Ms. Kim,

Under the new 2027 service contract your engineers will have remote access to our plant historian, which contains
limited personal data of our operators. GDPR therefore requires a Data Processing Agreement between us.

Attached is our standard DPA with the EU Standard Contractual Clauses (module 2). There is no fee and you do not
need to appoint an EU representative for this contract; our DPO confirmed that. Please review, sign and return by
20 December, or send us your comments.

Kind regards,
Eline de Vries
Legal Counsel, Vandermeer Process B.V.
""", client="outlook365", att=["Vandermeer_DPA_2027_SCC.pdf"])

M("hard18", "prop65-declaration", "Carlos Medina <cmedina@pacific-hvac-supply.example>", P["oh"],
  "Prop 65 declaration for our California catalogue", "2026-12-02 08:40", """
Hi Sehoon,

We are updating our California catalogue for 2027. For each product we resell, our compliance team needs a
Proposition 65 declaration from the manufacturer: either that the product contains none of the listed chemicals
above the safe-harbour levels, or which warning label we should use (lead in brass fittings and cable jackets is
the usual one).

Template attached. There is no cost; if you already have a Prop 65 statement in your own format, that works too.

Thanks,
Carlos Medina
Product Compliance, Pacific HVAC Supply
""", client="outlook", att=["Prop65_Supplier_Declaration.docx"])

M("hard18", "forwarder-customs-exam", "Hana Global Logistics <ops@hanagl.example>", P["oh"],
  "LAX customs exam - HAWB HGL2611873 (cost at actual, billed with final invoice)", "2026-12-07 10:15", """
오세훈 차장님,

LA 도착 건 HAWB HGL2611873 (3 CTNS)이 미국 세관 CET exam(X-ray 후 개봉 검사)에 걸렸습니다.
HS code나 신고 내용 문제는 아니고 무작위 선별입니다.

 - 검사 비용: 현지 CES 청구 실비 (보통 USD 250~400)
 - 보관료: 검사 기간 중 발생 시 실비
 - 모두 저희 최종 인보이스에 근거 서류 첨부해서 청구드립니다. 별도 선결제는 필요 없습니다.

통관 완료 예상은 12/10입니다. 진행 상황 계속 공유드리겠습니다.

하나글로벌로지스틱스 수출팀 김도현 대리 / 02-2660-xxxx
""", client="hiworks")

M("hard18", "maersk-baf-notice", "Maersk <no-reply@maersk.com>", P["oh"],
  "Customer Advisory: Bunker Adjustment Factor (BAF) update for Q1 2027 - Asia to North America", "2026-12-01 05:00",
  html=notice_html("MAERSK", "#42b0d5", "BAF update for Q1 2027", [
      "Dear Customer, the Bunker Adjustment Factor for shipments from Asia to North America will be updated for "
      "bookings with a loading date from 1 January 2027.",
      "The new rates are published in our surcharge tool. BAF is shown on your booking confirmation and invoiced "
      "together with the freight through your usual Maersk invoice. Maersk does not ask customers to pay surcharges "
      "to a separate collection account.",
      btn("https://www.maersk.com/local-information/surcharges", "View surcharges", "#42b0d5"),
  ], "A.P. Moller - Maersk, Esplanaden 50, 1098 Copenhagen K, Denmark. "
     "<a href=\"https://www.maersk.com/preferences\">Manage your subscriptions</a>", layout=2), client="esp",
  headers={"List-Unsubscribe": "<https://www.maersk.com/preferences>"})

M("hard18", "factoring-notice-checked", P["choi"], P["ceo"], "싱가포르 포워더 채권양도 통지 건 — 확인 결과", "2026-12-08 14:05", """
대표님,

오늘 온 싱가포르 포워더 명의 '채권 양도(팩토링) 통지, 홍콩 계좌로 송금' 메일 관련 보고드립니다.

 - 포워더 담당 Grace 님께 기존에 알고 있던 번호로 전화해 확인했고, 그런 통지를 보낸 적이 없다고 합니다.
 - 발신 주소가 실제 도메인과 한 글자 다른 유사 도메인이었습니다.
 - 12월 인보이스 USD 18,420은 기존 DBS 계좌로 금요일에 지급 예정입니다 (전자결재 올려 두었습니다).

IT팀에도 공유했고, 포워더 측에서도 자기네 고객사들에 공지한다고 합니다.
""" + sig("choi"), client="outlook")

M("hard18", "expo-housing-warning", "Deutsche Messe <exhibitor-service@messe.de>", P["jung"],
  "HANNOVER MESSE 2027: Warning about unofficial housing offers", "2026-12-02 09:00", html=notice_html(
      "HANNOVER MESSE", "#00a4d3", "Beware of unofficial hotel and directory offers", [
          "Dear Exhibitor, we have been informed that companies are contacting exhibitors and claiming to be the "
          "official housing provider of HANNOVER MESSE 2027.",
          "Deutsche Messe does not work with any housing bureau that contacts exhibitors by email or phone. Official "
          "accommodation is offered only through our website. Please do not pay deposits to third parties.",
          btn("https://www.hannovermesse.de/en/", "Official accommodation", "#00a4d3"),
      ], "Deutsche Messe AG, Messegelände, 30521 Hannover, Germany", layout=1), client="esp")

M("hard18", "dubai-credit-application", "Omar Haddad <omar.haddad@gulfflow-trading.example>", P["bae"],
  "RE: Quotation Q-26-1211 - credit terms and trade references", "2026-12-06 13:30", """
Dear Mr. Bae,

Thank you for the quotation. We understand that for a first order of this size you cannot give open account terms
without cover. As you suggested, we are happy to go through K-SURE: attached are our trade licence, audited
2025 financials and two bank references so your insurer can set a credit limit on us.

If the limit is not approved in time, we can open an L/C at sight through Emirates NBD for the first shipment and
move to 60 days open account from the second order.

Best regards,
Omar Haddad
Procurement Manager, Gulfflow Trading LLC, Dubai
""", client="outlook", att=["Gulfflow_trade_licence.pdf", "Gulfflow_FS_2025_audited.pdf"])

M("hard18", "hm-contact-follow-up", "Emily Hart <e.hart@northsea-process.example>", P["han"],
  "Hannover Messe follow-up - wireless sensors for our platform", "2026-12-03 10:45", """
Hi Ms. Han,

We met at your booth in Hannover in April (I am the process engineer from the North Sea project, the one who asked
about ATEX zone 1). Sorry for the long silence; the project has now been approved.

Could you send the datasheets and the ATEX certificate for the wireless DP transmitter, and tell me who handles
quotations for the UK? We will need about 40 units in Q3 2027.

Best regards,
Emily Hart
Senior Process Engineer, Northsea Process Ltd, Aberdeen
""", client="outlook")

M("hard18", "short-procurement-opener", "Daniel Koh <daniel.koh@meridian-eng.example>", P["info"],
  "Hello", "2026-12-07 12:02", """
Hello, are you the person handling export sales? We met at SEMICON Southeast Asia (Meridian Engineering,
Penang) and I would like to ask for a quotation for 30 pressure switches. Who should I send the RFQ to?

Daniel Koh
""", client="gmail")

M("hard18", "whatsapp-known-buyer", "Mr. Tan Wei Ming <tanweiming@tw-instruments.example>", P["park"],
  "project photos", "2026-12-08 08:50", """
Good morning Ms. Park. For the Johor project I will send site photos of the mounting today. Easier by WhatsApp if
that's OK; my number is the same as on my card (+60 12-xxx xxxx). Quotation and PO will still come by email as usual.

Tan
""", client="gmail")

M("hard18", "horizon-consortium", "Prof. Ana Ribeiro <ana.ribeiro@univ-porto.example>", P["lim"],
  "Horizon Europe consortium - subcontractor role for sensor supply (no fee)", "2026-12-04 18:20", """
Dear Mr. Lim,

We are preparing a Horizon Europe proposal on predictive maintenance for water utilities (deadline 20 January).
Partners are three universities and two utilities; we would like NURIWORKS as a subcontractor for 60 wireless
sensors and on-site support.

There is no fee to take part. If the project is funded, you would be paid as a supplier under a normal purchase
contract (about EUR 85,000 over three years). For the proposal we only need a short letter of support and a
quotation.

Best regards,
Ana Ribeiro
""", client="outlook")

M("hard18", "partner-charity-drive", "Grace Lim <grace.lim@hanwoo-freight.example>", P["oh"],
  "Christmas toy drive at our Busan office (optional)", "2026-12-05 16:10", """
Hi Sehoon,

Our Busan team is collecting toys for the children's home we support in Yeongdo (we do this every December).
If anyone at NURIWORKS would like to join, gifts can be left at our office until 20 December. No money please,
just new toys or books, and we deliver them ourselves on the 23rd.

Totally optional of course. Merry Christmas in advance!

Grace
""", client="outlook")

# --- B. the global services' real notices ---------------------------------------------------------------------

M("hard18", "paypal-real-invoice", "PayPal <service@paypal.com>", P["jung"],
  "You've got an invoice from Stockmotion Media (USD 299.00)", "2026-12-03 04:10", html=notice_html(
      "PayPal", "#003087", "Stockmotion Media sent you an invoice", [
          "Invoice number: SM-2026-4471<br>Amount due: USD 299.00<br>Description: Annual stock video licence "
          "(team plan, 3 seats) - renewal<br>Due date: 17 Dec 2026",
          "Pay this invoice only if you recognise it. If you don't, you can report it from your PayPal account; "
          "PayPal will never ask you to call a phone number in an invoice.",
          btn("https://www.paypal.com/invoice/", "View and Pay Invoice", "#0070ba"),
      ], "PayPal Pte. Ltd. · Help: paypal.com/kr/smarthelp", layout=2), client="esp")

M("hard18", "github-oauth-real", "GitHub <noreply@github.com>", P["lim"],
  "[GitHub] A third-party OAuth application has been added to your account", "2026-12-02 02:33", """
Hey chaewon-lim!

A third-party OAuth application (Sentry) with read:org and repo scopes was recently authorized to access your
account. Visit https://github.com/settings/connections/applications for more information.

To see this and other security events for your account, visit https://github.com/settings/security-log

If you run into problems, please contact support by visiting https://github.com/contact

Thanks,
The GitHub Team
""", client="system")

M("hard18", "linkedin-page-admin-real", "LinkedIn <pages-noreply@linkedin.com>", P["jung"],
  "Kang Haneul requested admin access to the NURIWORKS Page", "2026-12-04 07:00", html=notice_html(
      "LinkedIn", "#0a66c2", "New admin request", [
          "Kang Haneul requested Content admin access to the NURIWORKS Co., Ltd. Page.",
          "Review the request from the Page admin view. Requests are not approved automatically.",
          btn("https://www.linkedin.com/company/admin/", "Review request", "#0a66c2"),
      ], "You're receiving this because you're a Super admin of this Page. "
         "<a href=\"https://www.linkedin.com/psettings/\">Unsubscribe</a>", layout=2), client="esp")

M("hard18", "meta-ad-rejected-real", "Meta for Business <notification@facebookmail.com>", P["kang"],
  "Your ad wasn't approved", "2026-12-05 21:40", html=notice_html(
      "Meta", "#0866ff", "Your ad \"Winter sensor promo\" wasn't approved", [
          "Ad account: NURIWORKS Ads<br>Reason: the image has more than one landing-page claim that we couldn't "
          "verify (\"No.1 in Korea\").",
          "You can edit the ad or request another review in Ads Manager. Your other ads keep running.",
          btn("https://www.facebook.com/adsmanager", "Go to Ads Manager", "#0866ff"),
      ], "Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025", layout=2),
  client="esp")

M("hard18", "amazon-business-order", "Amazon Business <shipment-tracking@amazon.com>", P["oh"],
  "Your Amazon Business order of \"Fluke 117 Electrician's Multimeter...\" has shipped", "2026-12-06 03:22", html=notice_html(
      "amazon business", "#ff9900", "Your package is on its way", [
          "Order #114-2280471-9931 placed by 오세훈 (NURIWORKS purchasing group)<br>Fluke 117 Multimeter x2 — USD 476.90"
          "<br>Ship to: Hana Global Logistics (Torrance, CA) for consolidation",
          "Arriving: Dec 10. Track your package or view the invoice in Your Orders.",
          btn("https://www.amazon.com/gp/your-account/order-history", "View order", "#ff9900"),
      ], "Amazon.com Services LLC, 410 Terry Ave N, Seattle, WA 98109", layout=2), client="esp")

M("hard18", "salesforce-mfa-real", "Salesforce <support@salesforce.com>", P["yoon"],
  "Reminder: Multi-Factor Authentication requirement for your Salesforce org", "2026-12-01 18:00", """
Dear Salesforce Admin,

As announced, Salesforce requires multi-factor authentication (MFA) for all direct logins to your org. Our records
show that 2 of the 14 active users in org 00D5g000004xQ have not registered a verification method.

You can see which users are affected in Setup, under "Identity Verification Methods". There is nothing to pay and
no action is required through links in this email; sign in to Salesforce as you normally do.

Learn more: https://help.salesforce.com (search "MFA requirement")

Salesforce Customer Support
salesforce.com, inc., Salesforce Tower, 415 Mission Street, San Francisco, CA 94105
""", client="system")

M("hard18", "it-week-lures-en", P["it"], P["all"], "[보안 공지] 이번 주 영문 사칭 메일 — 해외 거래처 담당자 필독", "2026-12-08 16:40", """
이번 주 영어로 들어온 사칭·사기 메일 정리입니다. 해외 거래처 담당하시는 분들 꼭 읽어 주세요.

 - 'Maersk' 긴급 유류할증료를 별도 계좌로 선결제 (실제 머스크 할증료는 정규 인보이스로만 청구)
 - 'PayPal' 인보이스에 적힌 전화번호로 전화하라는 메일 (전화하지 마세요)
 - 'GitHub', 'Salesforce', 'LinkedIn', 'Meta' 알림처럼 보이지만 주소가 다른 도메인
 - 포워더 명의 '채권 양도' 통지로 홍콩 계좌 송금 요청 (최수진 대리가 전화로 확인, 사칭)
 - '우리 회사 데이터 14GB를 가져갔다'는 협박 메일 (유출 흔적 없음, 답장 금지)
 - 'corp.example 취약점 발견, 포상금 얼마냐'는 메일 (IT로 전달만 해 주세요)

은행 계좌 변경은 메일이 아니라 기존에 알던 번호로 전화해서 확인하는 것이 원칙입니다.

IT 관리자 윤태식
""", client="outlook")

# --- C. Korean agencies, vendors and colleagues in the Korean lures' words -------------------------------------

M("hard18", "ai-voucher-nipa", "정보통신산업진흥원 <aivoucher@nipa.kr>", P["lim"],
  "[NIPA] 2027년 AI 바우처 지원사업 공고 사전 안내 (수요기업 자부담 안내 포함)", "2026-12-03 10:00", html=notice_html(
      "정보통신산업진흥원", "#004ea2", "2027년 AI 바우처 지원사업 사전 안내", [
          "2027년 AI 바우처 지원사업 공고가 1월 중 게시될 예정입니다. 수요기업은 공급기업과 협약 후 신청합니다.",
          "수요기업 자부담금은 전용계좌로 납부하며, <strong>공급기업이 자부담금을 대납하거나 돌려주는 행위(페이백)는 "
          "부정수급으로 환수 및 참여 제한 대상</strong>입니다. 사업계획서 작성 대행 명목의 비용 요구에 주의하세요.",
          btn("https://www.nipa.kr", "공고 확인하기", "#004ea2"),
      ], '본 메일은 NIPA 사업 알림 수신에 동의하신 분께 발송됩니다. <a href="https://www.nipa.kr">수신거부</a>',
      layout=1), client="esp")

M("hard18", "authorized-distributor-quote", "디바이스마트 산업영업팀 이정우 <jw.lee@devparts-korea.example>", P["oh"],
  "RE: STM32F4 단종 대체품 견적 (공식 대리점 재고)", "2026-12-04 14:20", """
오세훈 차장님, 안녕하세요.

문의하신 STM32F407 계열은 제조사 단종(EOL) 공지가 나서 저희 재고도 700ea가 마지막입니다.
나머지 수량은 대체품(STM32F4 후속, 핀 호환) 기준으로 견적 드립니다.

 - STM32F407 잔여 700ea: 개당 14,800원 (부가세 별도)
 - 대체품 2,300ea: 개당 12,900원, 납기 8주
 - 결제: 기존과 같이 월말 마감 후 익월 말 현금, 세금계산서 발행
 - 제조사 정품 인증서(CoC) 출고 시 동봉

선결제는 필요 없고, 발주서 주시면 잔여 재고는 바로 홀드해 두겠습니다.
""" + gm_quote("오세훈", "2026년 12월 3일 (목) 오후 5:10", """
STM32F407 3,000ea 재고 및 단가 문의드립니다. 단종 공지 받았는데 대체품도 함께 견적 부탁드립니다.
"""), client="naver")

M("hard18", "misdeposit-return-bank", "IBK기업은행 <ibk_notice@ibk.co.kr>", P["choi"],
  "[IBK기업은행] 착오송금 반환 요청 안내 (법인 계좌)", "2026-12-07 11:00", html=notice_html(
      "IBK기업은행", "#0066b3", "착오송금 반환 요청이 접수되었습니다", [
          "고객님의 법인 계좌(xxx-xxxxxx-01-011)로 12월 7일 입금된 1,250,000원에 대해 송금인이 착오송금 반환을 "
          "요청했습니다.",
          "반환에 동의하시면 가까운 영업점 또는 기업 인터넷뱅킹에서 직접 처리해 주십시오. 은행은 반환 대금을 "
          "개인 계좌로 보내라고 요청하지 않으며, 합의금을 요구하지 않습니다. 의심스러우면 영업점으로 문의하십시오.",
      ], "IBK기업은행 고객센터 1566-2566 · 본 메일은 발신 전용입니다.", layout=2), client="esp")

M("hard18", "kisa-ransomware-advisory", "KISA 보호나라 <boho@krcert.or.kr>", P["yoon"],
  "[보호나라] 중소기업 대상 랜섬웨어 피해 예방 및 신고 안내", "2026-12-02 14:00", html=notice_html(
      "KISA 보호나라&KrCERT/CC", "#1b4f9c", "랜섬웨어 감염 시 이렇게 대응하세요", [
          "1) 감염된 PC와 서버의 네트워크를 분리하고 전원은 끄지 마십시오.<br>2) 118 또는 보호나라로 신고하면 "
          "무료로 기술 지원을 받을 수 있습니다.<br>3) 해커와의 협상·몸값 지불 대행 업체에 주의하십시오.",
          btn("https://www.boho.or.kr", "보호나라 바로가기", "#1b4f9c"),
      ], '보호나라 보안공지 수신 동의 회원께 발송됩니다. <a href="https://www.boho.or.kr">수신거부</a>', layout=1),
  client="esp")

M("hard18", "tax-accountant-installment", "한결세무회계 박세무사 <tax.park@hangyeol-tax.example>", P["choi"],
  "부가세 분납 승인 결과 안내", "2026-12-04 16:50", """
최수진 대리님,

지난주 홈택스로 신청한 2기 예정 부가가치세 분납 건, 세무서에서 승인 통보 받았습니다.

 - 1차: 12월 26일 1,420만원
 - 2차: 1월 26일 1,420만원
 - 납부는 홈택스에서 회사 명의로 직접 하시면 되고, 저희 사무실이나 세무서 직원 계좌로 보내는 일은 없습니다.

이번 건은 월 기장료에 포함이라 추가 수수료 없습니다. 납부서는 첨부해 드립니다.

한결세무회계 세무사 박진영
""", client="outlook", att=["분납_납부서_1차.pdf"])

M("hard18", "eps-allocation-result", "고용허가제 <eps@eps.go.kr>", P["kim"],
  "[고용허가제] 2027년 1회차 외국인력 신청 일정 안내", "2026-12-05 09:00", html=notice_html(
      "고용노동부 고용허가제(EPS)", "#00539b", "2027년 1회차 외국인력(E-9) 신청 일정", [
          "신청 기간: 2027. 1. 5.(화) ~ 1. 16.(금)<br>신청 방법: 고용24 또는 관할 고용센터 방문",
          "배정은 점수제로 공정하게 이루어지며 <strong>배정 대가로 금품을 요구하는 브로커는 불법</strong>입니다. "
          "고용센터 담당자는 수수료를 받지 않습니다.",
          btn("https://www.eps.go.kr", "고용허가제 바로가기", "#00539b"),
      ], "고용노동부 외국인력정책과 · 본 메일은 발신 전용입니다.", layout=2), client="esp")

M("hard18", "building-parking-notice", "판교테크빌딩 관리사무소 <office@pangyotech-bldg.example>", P["seo"],
  "[관리사무소] 지하 2층 주차장 접촉사고 관련 안내", "2026-12-07 15:30", """
누리웍스 서민지 주임님께

12월 6일 저녁 지하 2층에서 접촉사고가 있었다는 입주사 민원이 접수되어 CCTV를 확인했습니다.
확인 결과 귀사 법인 차량(12가 34xx)은 해당 시간대에 주차장에 있었으나 사고 차량과 접촉한 장면은 없었습니다.

혹시 같은 내용으로 개인 연락을 받으시면 직접 합의하지 마시고 관리사무소나 보험사를 통해 처리하시기 바랍니다.
CCTV 열람이 필요하시면 경찰 또는 보험사 요청으로 가능합니다.

판교테크빌딩 관리사무소 031-8017-xxxx
""", client="hiworks")

M("hard18", "wrong-recipient-colleague", P["park"], P["seo"], "죄송합니다 잘못 보냈습니다", "2026-12-08 10:12", """
민지 주임님, 방금 보낸 '내일 회의 자료' 메일은 거래처에 보낼 걸 주소 자동완성으로 잘못 보냈어요.
열어 보셨으면 그냥 삭제해 주세요. 죄송합니다!
""" + sig("park"), client="outlook")

M("hard18", "groupware-pw-policy", P["it"], P["all"], "[IT 공지] 그룹웨어 비밀번호 변경 주기 안내 (링크 없음)", "2026-12-02 09:30", """
임직원 여러분,

2027년 1월부터 그룹웨어 비밀번호 변경 주기가 90일에서 180일로 바뀌고, 대신 OTP 앱 사용이 필수가 됩니다.

 - 비밀번호 변경은 그룹웨어에 평소처럼 로그인한 뒤 [환경설정 > 보안]에서만 합니다.
 - IT팀은 메일로 비밀번호 변경 링크를 보내지 않습니다. 만료 D-1, 결재함 잠김 같은 메일은 모두 사칭입니다.
 - OTP 등록은 12월 중 자리로 찾아가 도와드리겠습니다.

IT 관리자 윤태식 (내선 284)
""", client="outlook")

M("hard18", "ftc-survey-real", "공정거래위원회 <survey@ftc.go.kr>", P["oh"],
  "[공정거래위원회] 2026년 하도급거래 서면실태조사 협조 요청", "2026-12-01 10:00", html=notice_html(
      "공정거래위원회", "#1c3f94", "2026년 하도급거래 서면실태조사 협조 요청", [
          "귀사는 2026년 하도급거래 서면실태조사 대상으로 선정되었습니다. 조사 기간: 12. 1. ~ 12. 31.",
          "응답은 공정위 실태조사 누리집에서 사업자번호와 조사표에 기재된 인증번호로 하시면 됩니다. "
          "공정위는 조사표를 이메일 첨부파일로 보내지 않습니다.",
          btn("https://www.ftc.go.kr", "공정거래위원회 누리집", "#1c3f94"),
      ], "공정거래위원회 기업거래정책과 · 문의 044-200-xxxx", layout=2), client="esp")

M("hard18", "kita-dues-real", "한국무역협회 <member@kita.net>", P["choi"],
  "[한국무역협회] 2027년도 회비 납부 안내", "2026-12-03 10:30", html=notice_html(
      "KITA 한국무역협회", "#0b3c8c", "2027년도 회비 납부 안내", [
          "회원사명: (주)누리웍스<br>2027년도 회비: 300,000원<br>납부 기한: 2027. 2. 28.",
          "회비는 협회 누리집 로그인 후 발급되는 회원사 고유 가상계좌로만 납부합니다. 미납 시에도 서비스는 "
          "2027년 3월까지 정상 이용 가능합니다.",
          btn("https://www.kita.net", "KITA.net 바로가기", "#0b3c8c"),
      ], '한국무역협회 회원지원실 1566-5114 · <a href="https://www.kita.net">수신설정</a>', layout=2), client="esp")

M("hard18", "allbaro-vendor-reminder", "그린순환 배출관리팀 <manage@greencycle-waste.example>", P["seo"],
  "12월 폐기물 수거 완료 — 올바로 인계서 확인 부탁드립니다", "2026-12-04 17:10", """
서민지 주임님 안녕하세요, 그린순환 배출관리팀입니다.

오늘 수거한 폐전자제품 3박스, 폐합성수지 2포대 건 올바로시스템에 인계서 입력해 두었습니다.
평소처럼 올바로 사이트(www.allbaro.or.kr)에 공동인증서로 로그인하셔서 '배출자 확인'만 눌러 주시면 됩니다.

확인은 가급적 이번 주 안에 부탁드리고, 처리비는 월말 세금계산서로 청구드립니다.
""", client="daum")

M("hard18", "korcham-co-return", "대한상공회의소 <cert@korcham.net>", P["park"],
  "[원산지증명] 발급 신청 반려 안내 (신청번호 CO-2026-1207-2281)", "2026-12-07 16:00", """
(주)누리웍스 담당자님,

전자 원산지증명 발급 신청이 아래 사유로 반려되었습니다.

 - 신청번호: CO-2026-1207-2281
 - 수입국: 베트남
 - 반려 사유: 상업송장의 품목 수량(120)과 수출신고필증 수량(100) 불일치

수정은 무역서류 발급 사이트(cert.korcham.net)에 로그인하여 해당 신청 건에서 보완 후 재신청하시면 됩니다.
이 메일에는 회신하지 마십시오.

대한상공회의소 무역인증서비스센터 02-6050-xxxx
""", client="system")

M("hard18", "phone-booth-quote", "조용한방 영업팀 <sales@quietroom-booth.example>", P["seo"],
  "요청하신 1인 방음부스 견적서 보내드립니다", "2026-12-05 11:40", """
서민지 주임님, 어제 전화로 문의 주신 1인 방음부스 견적 보내드립니다.

 - S1 모델 2대, 구매 시 대당 4,890,000원 / 렌탈 시 대당 월 99,000원 (36개월)
 - 설치비 12월 계약 시 무료, 설치 소요 2시간
 - 5층 엘리베이터 규격 확인 필요 (실측 방문 12/9 가능)

견적 유효기간은 12월 31일까지입니다. 수신을 원치 않으시면 회신 주세요, 더 연락드리지 않겠습니다.
""", client="naver", att=["조용한방_S1_견적서_누리웍스.pdf"])

M("hard18", "customer-esg-survey", "한빛전자 구매팀 ESG 담당 <esg.supply@hanbit-elec.example>", P["kim"],
  "[한빛전자] 2027 협력사 ESG 자가진단 설문 요청 (1/15까지)", "2026-12-03 13:00", """
협력사 담당자님께

당사는 2027년부터 주요 협력사를 대상으로 ESG 자가진단을 연 1회 실시합니다.
별도 비용은 없으며 당사 협력사 포털(기존 발주 조회하시는 곳)에 로그인하여 응답해 주시면 됩니다.

 - 항목: 안전보건, 인권·노동, 환경(전력 사용량), 윤리경영
 - 기한: 2027. 1. 15.
 - 외부 대행 업체를 이용하실 필요는 없으며, 모르는 항목은 '해당 없음'으로 두셔도 됩니다.

문의: 구매팀 ESG 담당 02-2100-xxxx

한빛전자 구매팀
""", client="outlook365")

M("hard18", "hr-welfare-loan-policy", P["hr"], P["all"], "[인사팀] 2027년 사내 복지대출(주택·생활안정) 신청 안내", "2026-12-04 10:00", """
임직원 여러분,

2027년 사내 복지대출 신청을 받습니다. 외부 금융사와 제휴한 것이 아니라 회사 사내근로복지기금에서 직접 운영합니다.

 - 대상: 근속 1년 이상 정규직
 - 한도: 주택자금 3,000만원 / 생활안정자금 500만원, 연 2%
 - 신청: 그룹웨어 전자결재 [복지대출 신청서], 12월 20일까지

인사팀은 복지대출과 관련해 외부 업체에 직원 명단이나 연봉 정보를 제공하지 않습니다. 이런 제안 전화나 메일을
받으시면 인사팀으로 알려 주세요.

인사팀 김다은
""", client="outlook")

M("hard18", "kibo-ip-evaluation", "기술보증기금 <kibo@kibo.or.kr>", P["ceo"],
  "[기술보증기금] IP 가치평가 현장 방문 일정 안내", "2026-12-02 15:00", """
(주)누리웍스 대표님 귀하

신청하신 IP(특허 제10-2xxxxxx호) 보증 관련 가치평가를 위해 담당 평가역이 아래와 같이 방문할 예정입니다.

 - 일시: 2026. 12. 10.(목) 14:00
 - 준비 서류: 특허 등록원부, 최근 3년 재무제표, 관련 제품 매출 자료
 - 평가 수수료는 보증 승인 후 보증료와 함께 기금에 직접 납부하며, 사전에 개인이나 대행사에 내는 비용은 없습니다.

문의: 기술보증기금 판교지점 031-xxxx-xxxx
""", client="system")

M("hard18", "stock-option-notice", P["hr"], P["all"], "[인사팀] 2026년 주식매수선택권 부여 대상자 안내", "2026-12-07 17:00", """
임직원 여러분,

12월 이사회에서 의결된 2026년 주식매수선택권(스톡옵션) 부여 대상자에게 개별 통지서를 전자결재로 보냈습니다.

 - 행사가격과 수량은 개별 통지서에 있습니다.
 - 행사는 부여일로부터 2년 뒤부터 가능하며, 회사 외부의 '공동투자'나 '구주 배정' 권유와는 무관합니다.
 - 회사 주식 관련 외부 제안(비상장 주식 매입 권유 등)을 받으시면 응하지 마시고 인사팀에 알려 주세요.

인사팀
""", client="outlook")

M("hard18", "cj-delivery-photo", "CJ대한통운 <noreply@cjlogistics.com>", P["seo"],
  "[CJ대한통운] 배송완료 안내 (운송장번호 6894-xxxx-3312)", "2026-12-08 13:20", html=notice_html(
      "CJ대한통운", "#0070c0", "상품이 배송 완료되었습니다", [
          "운송장번호: 6894-xxxx-3312<br>받는 분: 누리웍스 서*지<br>배송 장소: 5층 사무실 앞 (사진 확인은 CJ대한통운 앱)",
          "CJ대한통운은 문자·메일로 추가 결제나 주소 재입력을 요청하지 않습니다.",
      ], "CJ대한통운 고객센터 1588-1255", layout=2), client="esp")

M("hard18", "lck-club-event", "사내 게임동호회 강하늘 <haneul.kang@corp.example>", P["all"],
  "[동호회] LCK 스프링 개막전 단체 관람 (1/14, 회사 지원)", "2026-12-08 18:10", """
안녕하세요 게임동호회 총무 강하늘입니다 🙂

내년 LCK 스프링 개막전 단체 관람 갑니다!
 - 1월 14일(목) 저녁, 종로 롤파크
 - 티켓은 동호회비 + 회사 동호회 지원금으로 전액 처리, 개인 부담 없어요
 - 신청은 그룹웨어 게시판 댓글로 12/20까지 (선착순 16명)

내기나 토토 같은 건 없습니다 ㅎㅎ 그냥 치킨 먹으면서 응원해요.
""", client="outlook")

M("hard18", "mom-kakao-note", "엄마 <mom.jung.59@naver.com>", P["jung"], "민재야 엄마야", "2026-12-06 20:40", """
민재야 엄마야. 카톡으로 보냈는데 안 읽어서 메일로도 보낸다.
이번 주말에 김장하는데 올 수 있으면 와. 못 와도 괜찮고 김치는 택배로 보내줄게.
돈 필요한 거 없고 그냥 얼굴 보고 싶어서 그래. 감기 조심하고.
""", client="naver")
