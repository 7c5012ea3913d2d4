"""partners: English business mail from known partners and services — invoices and remittance advice that
carry the office's own PO numbers, DocuSign and Microsoft 365 notifications from their real domains,
forwarders' shipping and customs mail, conference invitations, recruiters, long threads with quoted replies,
signatures and legal disclaimers. Third batch."""
from ham_texts import M, P, btn, notice_html, sig

DISCLAIMER = """
This e-mail and any attachments are confidential and may be privileged. If you are not the intended recipient,
please notify the sender immediately and delete this e-mail. Any unauthorised use, disclosure or copying is
prohibited. E-mail transmission cannot be guaranteed to be secure or error-free.
"""

M("partners", "sensortech-invoice-po", "SensorTech Accounts Receivable <ar@sensortech.de>", P["acct"],
  "Invoice 2026-11873 for your PO NW-PO-2026-0418", "2026-05-04 09:12 +0200", """
Dear Ms. Choi,

Please find attached our invoice 2026-11873 for your purchase order NW-PO-2026-0418
(40 pcs VS-200 vibration sensors, delivered 28 April, AWB 4471920385).

Amount due: EUR 18,640.00
Payment terms: 45 days net (due 18 June 2026)
Our bank details are unchanged from previous invoices (Deutsche Bank Karlsruhe, IBAN ending 4410).

If you receive any message asking you to pay to a different account, please call us on +49 721 9432 0
before paying.

Kind regards,
Katrin Vogel
Accounts Receivable | SensorTech GmbH
Am Technologiepark 7, 76131 Karlsruhe, Germany
""" + DISCLAIMER, client="outlook365", att=["Invoice_2026-11873.pdf"])

M("partners", "remittance-advice-customer", "Vina Sensor Co., Ltd <accounting@vinasensor.vn>", P["acct"],
  "Remittance Advice - Invoice NW-EX-2026-031", "2026-06-12 15:40 +0700", """
Dear Nuriworks Accounting Team,

We have remitted payment as below. Please check and confirm receipt.

Invoice No.: NW-EX-2026-031 (your PI Q-2026-0412)
Amount: USD 24,300.00 (second 50% before shipment)
Value date: 12 June 2026
Remitting bank: Vietcombank, Ho Chi Minh City Branch
Beneficiary: NURIWORKS CO., LTD., IBK Industrial Bank of Korea (as per your PI)

Bank charges: OUR

Best regards,
Nguyen Thi Lan
Chief Accountant | Vina Sensor Co., Ltd
Tel: +84 28 3930 XXXX
""", client="outlook365", att=["Remittance_NW-EX-2026-031.pdf"])

M("partners", "remittance-confirm-reply", P["choi"], "Vina Sensor Co., Ltd <accounting@vinasensor.vn>",
  "RE: Remittance Advice - Invoice NW-EX-2026-031", "2026-06-15 10:05", """
Dear Ms. Lan,

We confirm receipt of USD 24,300.00 today (credited 15 June after intermediary bank processing).
The goods will be shipped on 18 June as planned; Ms. Park will send the B/L copy.

Thank you.

Best regards,
Sujin Choi
""" + sig("choi"), client="outlook", reply="vinasensor.vn")

M("partners", "docusign-please-sign-real", "Hannah Becker via DocuSign <dse_na4@docusign.net>", P["ceo"],
  "Please DocuSign: NURIWORKS_Distribution_Agreement_2027.pdf", "2026-11-24 08:10 +0000", html=notice_html(
      "DocuSign", "#ffc820", "Hannah Becker sent you a document to review and sign.", [
          btn("https://na4.docusign.net/Signing/EmailStart.aspx?a=8f2e1c44-7b1a-4c1e-9f0e-2d4a11c0b7e2",
              "REVIEW DOCUMENT", "#ffc820"),
          "<b>Hannah Becker</b><br>hannah.becker@sensortech.de",
          "Dear Mr. Lee, please find the 2027 distribution agreement as agreed in our call on 19 November "
          "(territory: Korea, exclusivity for the VS series, 2% rebate above EUR 600k).",
          "<b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. Please do not share "
          "this email, link, or access code with others.",
          "<b>About DocuSign</b><br>Sign documents electronically in just minutes. If you have trouble signing, "
          'visit the <a href="https://support.docusign.com">Help with Signing</a> page.',
      ], "This message was sent to you by Hannah Becker who is using the DocuSign Electronic Signature Service."),
  relay="mailsea.docusign.net")

M("partners", "docusign-ceo-forward-question", P["ceo"], P["yoon"], "FW: Please DocuSign: NURIWORKS_Distribution_Agreement_2027.pdf",
  "2026-11-24 09:02", """
윤 책임, 이거 진짜 SensorTech에서 온 거 맞는지 봐 줘요. 어제 통화에서 보낸다고 하긴 했는데 요즘 DocuSign 사칭이 많아서.

-----Original Message-----
From: Hannah Becker via DocuSign <dse_na4@docusign.net>
Sent: Tuesday, November 24, 2026 5:10 PM
To: 이준호 <jh.lee@corp.example>
Subject: Please DocuSign: NURIWORKS_Distribution_Agreement_2027.pdf

Hannah Becker sent you a document to review and sign.
REVIEW DOCUMENT
""", client="outlook")

M("partners", "docusign-it-confirm", P["yoon"], P["ceo"], "RE: FW: Please DocuSign: NURIWORKS_Distribution_Agreement_2027.pdf",
  "2026-11-24 09:20", """
대표님, 확인했습니다. 정상 메일입니다.
- 발신 서버 docusign.net, SPF/DKIM 통과
- 링크가 na4.docusign.net 으로 연결되고, 봉투 ID로 DocuSign 사이트에서 직접 조회해도 같은 문서가 나옵니다
- Hannah Becker 메일 주소도 기존 계약 때와 같습니다

서명하셔도 됩니다. 다음에도 애매하면 언제든 보내 주세요.
""" + sig("yoon"), client="outlook", reply="corp.example")

M("partners", "m365-message-center-digest", "Microsoft 365 Message center <o365mc@microsoft.com>", P["yoon"],
  "Weekly digest: Microsoft service updates", "2026-09-07 03:00 +0000", html=notice_html(
      "Microsoft 365", "#0078d4", "Message center weekly digest", [
          "Organization: NURIWORKS (corpexample.onmicrosoft.com)",
          "<b>MC1128811</b> Exchange Online: retirement of Basic authentication for SMTP AUTH client submission "
          "— action required by March 1, 2027.",
          "<b>MC1130245</b> Microsoft Teams: new meeting recap features rolling out to all tenants.",
          "<b>MC1131902</b> Microsoft Defender for Office 365: updated quarantine notification template.",
          btn("https://admin.microsoft.com/Adminportal/Home#/MessageCenter", "View all messages", "#0078d4"),
      ], "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA<br>You're receiving this email because "
         "you're an admin for your organization. <a href=\"https://admin.microsoft.com/Adminportal/Home#/Settings/"
         'OrganizationProfile">Manage email preferences</a>'))

M("partners", "m365-sharepoint-access-request", "SharePoint Online <no-reply@sharepointonline.com>", P["lim"],
  "Bae Sungwoo wants to access 'Customer_Projects_2026'", "2026-04-15 02:20 +0000", html=notice_html(
      "SharePoint", "#038387", "Access request", [
          "배성우 (sw.bae@corp.example) wants to access the folder <b>Customer_Projects_2026</b> on the site "
          "Engineering.",
          "Message: \"창원 고객 자료 보려고 합니다. 읽기 권한만 부탁드려요.\"",
          btn("https://corpexample.sharepoint.com/sites/Engineering/_layouts/15/accessrequests.aspx", "Approve or decline",
              "#038387"),
      ], "Microsoft respects your privacy. To learn more, please read our Privacy Statement.<br>Microsoft Corporation, "
         "One Microsoft Way, Redmond, WA 98052"))

M("partners", "kuehne-nagel-booking-confirm", "Kuehne+Nagel Korea <kn.icn.export@kuehne-nagel.com>", P["park"],
  "Booking Confirmation - KN Ref. ICN2611408 / Shipper Ref. NW-EX-2026-031", "2026-06-16 11:30", """
Dear Ms. Park,

We confirm your booking as follows:

Shipper: NURIWORKS CO., LTD.
Consignee: VINA SENSOR CO., LTD
Mode: Sea FCL, 1 x 20'GP
Vessel/Voyage: HMM BLESSING 0224S
POL: Busan New Port / POD: Ho Chi Minh (Cat Lai)
ETD: 18 JUN 2026 / ETA: 25 JUN 2026
Cargo cut-off: 17 JUN 2026 12:00
Doc cut-off: 16 JUN 2026 17:00 (please send commercial invoice and packing list)

Track your shipment on KN Login: https://onlineservices.kuehne-nagel.com

Best regards,
Jihye Moon | Export Customer Service
Kuehne + Nagel Ltd. Korea, Seoul
""" + DISCLAIMER, client="outlook365", att=["KN_Booking_ICN2611408.pdf"])

M("partners", "dhl-import-duty-invoice-real", "DHL Express Korea <krcustoms@dhl.com>", P["oh"],
  "DHL Import Duty & Tax Invoice - AWB 4471920385", "2026-05-02 14:05", """
Dear Customer,

Your import shipment AWB 4471920385 (from SensorTech GmbH, Germany) has been cleared by Korea Customs.
Duties and taxes advanced by DHL on your behalf:

Customs duty: KRW 0 (KR-EU FTA, origin declaration provided)
VAT: KRW 2,681,940
Disbursement fee: KRW 19,000
Total: KRW 2,700,940

Account customers (account 952XXXXXX) will be invoiced on the monthly statement. No action is needed now.
Import declaration copy (수입신고필증) is attached.

For questions: 1588-0001 or https://mydhl.express.dhl/kr/ko

DHL Express Korea Customs Team
""", client="outlook365", att=["수입신고필증_4471920385.pdf", "DHL_Duty_Tax_Invoice.pdf"])

M("partners", "customs-broker-fta-question", "Hana Customs Service <cs.kim@hanacustoms.co.kr>", P["oh"],
  "RE: FTA origin statement for SensorTech shipment", "2026-04-29 16:20", """
Dear Mr. Oh,

Thank you for the invoice. The origin statement on SensorTech's invoice uses their REX number, so we can
apply the KR-EU FTA preferential rate (0%). Please keep the original invoice for five years for audit.

One correction: the HS code on the packing list is 9031.80 but the goods should be classified 9025.80
(temperature sensors). We will declare 9025.80 and note the change.

Best regards,
Kim Changsu, Licensed Customs Broker
Hana Customs Service | +82 2 3665 XXXX
""" + "\n-----Original Message-----\nFrom: 오세훈 <sh.oh@corp.example>\nSent: Wednesday, April 29, 2026 2:10 PM\n"
  "To: cs.kim@hanacustoms.co.kr\nSubject: FTA origin statement for SensorTech shipment\n\nMr. Kim, attached the invoice "
  "for AWB 4471920385. Can we use the FTA rate?\n", client="outlook365", reply="corp.example")

M("partners", "conference-invite-sensors-expo", "Sensors Converge <registration@sensorsconverge.com>", P["lim"],
  "Your invitation: Sensors Converge 2027, Santa Clara - speaker proposal accepted", "2026-12-01 17:00 +0000", """
Dear Chaewon Lim,

Congratulations! Your session proposal "Edge anomaly detection on vibration data from 2,000 compressors"
has been accepted for Sensors Converge 2027 (June 22-24, Santa Clara Convention Center).

Next steps:
1. Confirm your participation by December 15 at https://www.sensorsconverge.com/speakers
2. Upload your bio and headshot
3. Book your hotel in the conference block (link in the speaker portal)

Speakers receive a complimentary full conference pass. Travel is not covered.

We look forward to seeing you in Santa Clara.

Best regards,
Program Committee, Sensors Converge
""", client="outlook365")

M("partners", "recruiter-linkedin-inmail", "Rachel Tan (via LinkedIn) <inmail-hit-reply@linkedin.com>", P["han"],
  "Rachel Tan sent you a message: Senior Embedded Engineer role in Singapore", "2026-08-05 03:20 +0000", html=notice_html(
      "LinkedIn", "#0a66c2", "Rachel Tan sent you a message", [
          "<b>Rachel Tan</b> · Talent Partner at Infineon Technologies",
          "Hi Seoyeon, I came across your profile and your work on low-power sensor firmware. We're hiring a Senior "
          "Embedded Engineer for our Singapore R&amp;D centre (relocation support, hybrid). Would you be open to a "
          "15-minute chat next week?",
          btn("https://www.linkedin.com/messaging/", "Reply", "#0a66c2"),
      ], "This email was intended for 한서연 (Senior Researcher at NURIWORKS). "
         '<a href="https://www.linkedin.com/psettings/communications">Unsubscribe</a><br>&copy; 2026 LinkedIn '
         "Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085"),
  relay="mailb-dd.linkedin.com")

M("partners", "recruiter-direct-headhunter", "David Cho <david.cho@hays.co.kr>", P["bae"],
  "Confidential: Country Manager, Korea - industrial automation", "2026-03-17 10:40", """
Dear Mr. Bae,

I lead the industrial practice at Hays Korea. A European automation company is opening its Korean subsidiary
and has asked us to find its first Country Manager (P&L responsibility, team of 8 to start).

Your background in sensor distribution and the channel you built in the Gyeongnam region fit the brief well.
This is confidential; I would be glad to share details by phone. Would Thursday or Friday afternoon work?

Kind regards,
David Cho
Director, Industrial & Manufacturing | Hays Korea
+82 2 2198 XXXX | www.hays.co.kr
""", client="outlook365")

M("partners", "po-acknowledgement-supplier", "Digi-Key Electronics <orders@digikey.com>", P["oh"],
  "Order Acknowledgement - Sales Order 88214019 / Your PO NW-PO-2026-0522", "2026-05-22 22:10 +0000", """
Thank you for your order.

Sales Order: 88214019
Customer PO: NW-PO-2026-0522
Ship method: UPS Worldwide Express (duties and taxes prepaid - DDP)

Line  Part number            Qty   Unit price   Ext. price
1     296-SHT45-AD1B-R3CT    200   USD 3.412    USD 682.40
2     1528-ADXL355BEZCT      20    USD 41.880   USD 837.60
3     S9307-ND               100   USD 0.189    USD 18.90

Subtotal USD 1,538.90 | Shipping USD 0.00 | Total USD 1,538.90

Track your order: https://www.digikey.kr/OrderHistory
Digi-Key Electronics, 701 Brooks Avenue South, Thief River Falls, MN 56701 USA
""", client="plain8")

M("partners", "customer-po-english-japan", "Tanaka Hiroshi <h.tanaka@kansai-seiki.co.jp>", P["park"],
  "Purchase Order KS-PO-26-0712 (NURI-VB300 x 30)", "2026-07-12 10:10 +0900", """
Dear Ms. Park,

Please find attached our purchase order KS-PO-26-0712 based on your quotation Q-2026-0688.

Item: NURI-VB300 vibration sensor, 30 units
Unit price: USD 410.00 (FCA Incheon)
Delivery: by 14 August 2026
Payment: T/T 30 days after invoice

Please send us the order confirmation and the expected shipping date.

Best regards,
Hiroshi Tanaka
Purchasing Dept. | Kansai Seiki Co., Ltd.
Osaka, Japan
""", client="outlook365", att=["KS-PO-26-0712.pdf"])

M("partners", "order-confirmation-reply", P["park"], "Tanaka Hiroshi <h.tanaka@kansai-seiki.co.jp>",
  "RE: Purchase Order KS-PO-26-0712 (NURI-VB300 x 30)", "2026-07-13 09:30", """
Dear Mr. Tanaka,

Thank you for your order. Our order confirmation OC-2026-0713 is attached.
Shipping date: 7 August 2026 (FCA Incheon, your forwarder Nippon Express).
Invoice and packing list will follow on the shipping date.

Best regards,
Jiyoung Park
""" + sig("park"), client="outlook", reply="kansai-seiki.co.jp", att=["OC-2026-0713.pdf"])

M("partners", "aws-invoice-available", "Amazon Web Services <aws-billing@amazon.com>", P["acct"],
  "Amazon Web Services Invoice Available [Account: 4410****2290]", "2026-10-02 08:00 +0000", """
Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be
charged the following:

Total: USD 1,284.17

Invoice ID: 2026100241882
Billing period: September 1 - September 30, 2026

You can see a complete break down of all charges on the Bills page located here:
https://console.aws.amazon.com/billing/home#/bills

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services
""", client="plain8")

M("partners", "zoom-webinar-registration-en", "Hannover Messe <no-reply@zoom.us>", P["bae"],
  "Hannover Messe Preview Webinar Confirmation", "2027-01-20 09:00 +0000", """
Hi Sungwoo Bae,

Thank you for registering for "Hannover Messe 2027 – Exhibitor Preview: Industrial AI".

Date Time: Feb 3, 2027 10:00 AM Berlin
Join from PC, Mac, Linux, iOS or Android: https://us02web.zoom.us/w/81122049310?tk=HMpreview2027

Add to calendar: https://us02web.zoom.us/webinar/tZApc-2ooD0tH9/ics

You can cancel your registration at any time.
""", client="system")

M("partners", "partner-bank-unchanged-reminder", "Mitsui Sensor Trading <finance@mitsui-st.co.jp>", P["acct"],
  "Notice: we will NEVER change our bank account by email", "2026-02-02 10:00 +0900", """
Dear valued customers,

We have learned that criminals are sending fake emails in the name of trading companies, asking customers to
pay invoices to "new" bank accounts.

Mitsui Sensor Trading has not changed its bank account, and will never announce a change by email only.
If you receive such a request, please call your sales contact before any payment.

Our only account remains: MUFG Bank, Osaka Branch (account ending 7731).

Sincerely,
Finance Department
Mitsui Sensor Trading Co., Ltd.
""", client="outlook365")

M("partners", "long-thread-rma", "Markus Weber <m.weber@sensortech.de>", P["han"],
  "RE: RE: RE: RMA-2026-0207 - VS-200 drift after firmware 2.4", "2026-03-04 16:40 +0100", """
Hi Seoyeon,

Good news: we reproduced the drift. It's the temperature compensation table in 2.4.0; 2.4.1 fixes it.
Firmware and release notes: https://support.sensortech.de/downloads/vs200/2.4.1
You can update in the field over Modbus (register 0x4F00). No need to return the 12 units.

Best,
Markus

Markus Weber | Field Application Engineer | SensorTech GmbH
-----Original Message-----
From: 한서연 <sy.han@corp.example>
Sent: Tuesday, March 3, 2026 9:12 AM
To: Markus Weber <m.weber@sensortech.de>
Subject: RE: RE: RMA-2026-0207 - VS-200 drift after firmware 2.4

Hi Markus, the drift log from site 2 is attached. It starts above 45 degC.

-----Original Message-----
From: Markus Weber <m.weber@sensortech.de>
Sent: Monday, March 2, 2026 5:30 PM
To: 한서연 <sy.han@corp.example>
Subject: RE: RMA-2026-0207 - VS-200 drift after firmware 2.4

Hi Seoyeon, can you send a log with temperature? Then we can check before you ship them back.

-----Original Message-----
From: 한서연 <sy.han@corp.example>
Sent: Monday, March 2, 2026 10:02 AM
To: support@sensortech.de
Subject: RMA-2026-0207 - VS-200 drift after firmware 2.4

Hello, 12 VS-200 units at one customer show an offset drift of 3-4% since the 2.4.0 update.
""" + DISCLAIMER, client="outlook365", reply="corp.example")

M("partners", "audit-confirmation-request", "Samil PwC Audit <audit.confirm@pwc.com>", P["acct"],
  "Audit confirmation request - balances as of 31 December 2026 (client: Hanil Precision)", "2027-01-08 10:00", """
Dear Sir/Madam,

In connection with our audit of the financial statements of Hanil Precision Co., Ltd., please confirm
directly to us the balance receivable from / payable to Hanil Precision as of 31 December 2026.

Please do not send any payment to us. This is a confirmation request only.
Reply via the secure Confirmation.com link below or by return email with a signed PDF:
https://www.confirmation.com

Balance per client records: KRW 48,620,000 (payable by Hanil Precision to NURIWORKS)

Thank you for your cooperation.
Samil PricewaterhouseCoopers, Audit Division, Seoul
""", client="outlook365", att=["Confirmation_Request_HanilPrecision.pdf"])

M("partners", "china-supplier-quote-mixed", "Lily Chen 陈丽 <lily.chen@szsensor.com.cn>", P["oh"],
  "RE: 견적 요청 / Quotation request - PT100 probes 2,000pcs", "2026-08-03 15:20 +0800", """
Dear Mr. Oh 오세훈 차장님,

Thank you for your inquiry. Please find our quotation below. (한국어 답변은 한국 영업 담당 김미연 씨가 cc 드립니다.)

Item: PT100 Class A probe, SUS316, 4x50mm, 2m PTFE cable
Qty: 2,000 pcs
Unit price: USD 2.35 FOB Shenzhen
Lead time: 25 days after deposit
Payment: 30% deposit, 70% before shipment (our bank: Bank of China Shenzhen, same as previous orders)
Sample: 10 pcs free, courier cost on buyer

Best regards,
Lily Chen 陈丽
Sales Manager | Shenzhen Sensor Tech Co., Ltd.
""", cc=["김미연 <my.kim@szsensor.com.cn>"], client="outlook365", att=["Quotation_SZS-2026-0803.pdf"])

M("partners", "microsoft-invoice-real", "Microsoft <microsoft-noreply@microsoft.com>", P["acct"],
  "Your Microsoft invoice G081223471 is ready", "2026-09-05 06:20 +0000", html=notice_html(
      "Microsoft", "#0078d4", "Your invoice is ready", [
          "Billing account: NURIWORKS Co., Ltd.<br>Invoice number: G081223471<br>Billing period: Aug 1 - Aug 31, 2026"
          "<br>Amount due: KRW 1,612,380<br>Due date: Sep 30, 2026",
          "Microsoft 365 Business Standard (38 licenses), Microsoft 365 Business Premium (3 licenses)",
          btn("https://admin.microsoft.com/Adminportal/Home#/billoverview/invoice-list", "View invoice", "#0078d4"),
          "Your payment method (credit card ending 4410) will be charged automatically.",
      ], "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA | Privacy Statement"))

M("partners", "embedded-world-meet-booth", "Tomasz Nowak <t.nowak@sensortech.de>", P["lim"],
  "Embedded World 2027 - meet us at Hall 3A, booth 3A-218?", "2027-01-12 11:00 +0100", """
Hi Chaewon,

Will you be in Nuremberg for Embedded World (March 9-11)? We'll show the VS-300 prototype with the edge
firmware your team asked about. I can get you a free visitor ticket with our voucher code; register at
https://www.embedded-world.de/en/tickets and enter EW27-ST-4471.

Let me know a time that works and I'll block 30 minutes at the booth.

Cheers,
Tomasz
""", client="outlook365")

M("partners", "expeditors-arrival-notice", "Expeditors Korea <icn.import@expeditors.com>", P["oh"],
  "Arrival Notice - HBL EXPD2611772 / MV ONE HARMONY 044E", "2026-11-09 09:30", """
ARRIVAL NOTICE

Consignee: NURIWORKS CO., LTD.
Shipper: SENSORTECH GMBH
HBL: EXPD2611772 / MBL: ONEYHAMU11882200
Vessel: ONE HARMONY 044E
Port of discharge: Busan / ETA: 12 NOV 2026
Cargo: 3 PLTS, 412 KGS, 1.8 CBM (LCL) - vibration sensors

Local charges (THC, CFS, D/O fee) invoice attached. Please send the import customs broker's details so we can
release the D/O. Payment to our account as on the invoice; we never change bank details by email.

Expeditors Korea Ltd., Incheon | +82 32 744 XXXX
""", client="outlook365", att=["Arrival_Notice_EXPD2611772.pdf", "Local_Charges_EXPD2611772.pdf"])
