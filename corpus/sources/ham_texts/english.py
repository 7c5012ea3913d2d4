"""english: business mail in English from partners, vendors and SaaS (invoices, shipping, verification)."""
from ham_texts import M, P, btn, notice_html, sig

ANNA = "Anna Richter <a.richter@sensortech.de>"

M("english", "sensortech-invoice", "SENSORTECH Accounts Receivable <ar@sensortech.de>", P["oh"],
  "Invoice 2026-10482 / Nuriworks PO-2026-0388", "2026-05-14 10:05 +0200", """
Dear Mr. Oh,

Please find attached our invoice 2026-10482 for your purchase order PO-2026-0388.

Amount due: EUR 18,420.00
Payment terms: 30 days net, due 13 June 2026
Bank: Commerzbank AG, IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX

Please note that our bank details have NOT changed. If you ever receive a message claiming new bank details
for SENSORTECH, call us at +49 69 2475 3300 before paying.

Kind regards,
Katrin Vogel
Accounts Receivable | SENSORTECH GmbH
""", att=["Invoice_2026-10482.pdf"], logo=True, client="outlook365")

M("english", "sensortech-shipping", ANNA, [P["oh"], P["bae"]], "Shipment of PO-2026-0388 - tracking and documents",
  "2026-05-14 16:40 +0200", """
Dear Mr. Oh,

your order PO-2026-0388 left our warehouse today. Details:

- Incoterms: FCA Frankfurt
- Forwarder: Hanbit Logistics (your nominated forwarder), HBL HBKR2606118
- 2 pallets, 412 kg gross, 1.9 cbm
- Vessel ETA Busan: 16 June

Commercial invoice, packing list and the EUR.1 movement certificate are attached. The EUR.1 original goes
by DHL tomorrow (AWB 1234 5678 90).

Best regards,
Anna
""", att=["Commercial_Invoice_2026-10482.pdf", "Packing_List_PO-2026-0388.pdf", "EUR1_scan.pdf"],
  client="outlook365")

M("english", "sensortech-meeting-recap", ANNA, P["bae"], "Meeting recap - Frankfurt, 10-12 June",
  "2026-06-15 09:12 +0200", """
Dear Mr. Bae, dear Ms. Han,

thank you for visiting us last week. A short recap of what we agreed:

1. Annual supply agreement 2027: volume commitment 1,200 transmitters, 4% discount on list price,
   price review in case EUR/KRW moves more than 8%.
2. VX-3 vibration sensor: engineering samples (5 pcs) to Korea in August; Korean KC certification to be
   handled by Nuriworks, we provide the test reports.
3. Firmware: Modbus register map v2.4 will be frozen by end of July.

Please correct me if I missed anything. I will send the draft agreement by 30 June.

Best regards,
Anna Richter
Export Sales Asia | SENSORTECH GmbH
""", logo=True, client="outlook365")

M("english", "reply-to-anna", P["bae"], ANNA, "RE: Meeting recap - Frankfurt, 10-12 June", "2026-06-16 10:30", """
Dear Anna,

thank you for the recap, it matches our notes. One addition: for item 2 we asked for the EMC test report
(EN 61326-1) in addition to the safety report, because the KC EMC test lab needs it.

Ms. Han says thank you for the factory tour. The pretzels were great.

Best regards,
""" + sig("bae"), reply="sensortech.de")

M("english", "github-verify-email", "GitHub <noreply@github.com>", "Dabin Jeong <db.jeong@corp.example>",
  "[GitHub] Please verify your email address.", "2026-04-20 11:40 +0900", html=notice_html(
      "GitHub", "#24292f", "Almost done, @dabin-jeong!", [
          "To complete your email change, we just need to verify your email address: <b>db.jeong@corp.example</b>.",
          btn("https://github.com/users/dabin-jeong/emails/29188432/confirm_verification/a71f0c", "Verify email address",
              "#2da44e"),
          "Once verified, you can receive notifications for your organization (nuriworks) at this address.",
          "Button not working? Paste the following link into your browser:<br>"
          "https://github.com/users/dabin-jeong/emails/29188432/confirm_verification/a71f0c",
          "You're receiving this email because you recently added a new email address to your GitHub account. "
          "If this wasn't you, please ignore this email.",
      ], "GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107", layout=2))

M("english", "atlassian-verify", "Atlassian <noreply@am.atlassian.com>", "Dohyun Kwon <dohyun.kwon@gmail.com>",
  "Verify your email for Atlassian", "2026-05-15 02:22 +0000", """
Hi Dohyun,

You've been invited to join nuriworks.atlassian.net. Verify your email address to get started:

https://id.atlassian.com/signup/verify-email?token=eyJhbGciOiJIUzI1NiJ9.nuriworks

This link expires in 24 hours. If you didn't request this, you can safely ignore this email.

Cheers,
The Atlassian team
""", client="system")

M("english", "aws-invoice", "Amazon Web Services <aws-billing@amazon.com>", "IT 관리자 <it@corp.example>",
  "Amazon Web Services Invoice Available [Account: 4418-2207-9931]", "2026-06-02 08:10 +0000", """
Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 412.87

Please see the Bills section of the AWS Billing Console to view the details of this invoice:
https://console.aws.amazon.com/billing/home#/bills

Sincerely,
Amazon Web Services
This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
""", att=["EUINKR26-1882041.pdf"], client="system")

M("english", "digikey-order", "Digi-Key Electronics <orders@digikey.com>", P["han"], "Digi-Key Order Confirmation - Sales Order 91823344",
  "2026-03-19 21:05 -0500", """
Thank you for your order!

Sales Order: 91823344
Web ID: 71220985
Ship to: Nuriworks Co., Ltd., 5F, 14 Pangyoyeok-ro 192beon-gil, Bundang-gu, Seongnam-si, Gyeonggi-do 13524, Korea

Qty  Part Number         Description
 10  497-STM32G431CBT6-ND  IC MCU 32BIT 128KB FLASH 48LQFP
 20  MAX3485ESA+-ND       IC TRANSCEIVER HALF 1/1 8SOIC
  5  1568-1513-ND         SPARKFUN RS485 BREAKOUT

Shipping: FedEx International Priority, duties prepaid (DDP)
Estimated delivery: March 23

Track your order: https://www.digikey.kr/en/orders
""", client="system")

M("english", "fedex-tracking", "FedEx <TrackingUpdates@fedex.com>", P["han"], "Your package is on its way: 7791 2045 8832",
  "2026-03-20 14:00 -0500", html=notice_html(
      "FedEx", "#4d148c", "Your shipment is on its way", [
          "Tracking number <b>7791 2045 8832</b><br>Ship date: Fri 3/20/2026<br>Scheduled delivery: Mon 3/23/2026 by end of day",
          "From: Digi-Key Electronics, Thief River Falls, MN US<br>To: SEONGNAM-SI, KR",
          btn("https://www.fedex.com/fedextrack/?trknbr=779120458832", "TRACK SHIPMENT", "#ff6200"),
      ], "This tracking update has been requested by: Digi-Key Electronics<br>© 2026 FedEx. All rights reserved."))

M("english", "zoom-receipt", "Zoom <billing@zoom.us>", P["yoon"], "Your Zoom Invoice INV310228617", "2026-07-01 00:14 -0700", """
Hello,

Thank you for your payment. Here is your invoice.

Invoice number: INV310228617
Zoom Workplace Pro, 3 licenses, monthly: USD 47.97
Payment: Visa ending 2231

View invoice: https://zoom.us/billing
Zoom Communications, Inc., 55 Almaden Blvd, San Jose, CA 95113
""", att=["INV310228617.pdf"], client="system")

M("english", "partner-nda-followup", "Rahul Mehta <rahul.mehta@vibrosense.in>", P["lim"], "Follow-up: API access for VX data integration",
  "2026-07-08 18:30 +0530", """
Hi Chaewon,

Good talking to you yesterday. As discussed, here are the next steps on our side:

- I'll create a sandbox tenant for Nuriworks on our analytics API (region: ap-northeast-2)
- Sample payloads for 3-axis vibration (10 kHz) are in the attached zip
- Our mutual NDA is signed on our side; please countersign and send back

Could we have a 30-minute call next Tuesday to walk through the auth flow? 10:00 KST works for me.

Thanks,
Rahul Mehta
Solutions Architect, VibroSense Analytics Pvt. Ltd.
+91 80 4718 2290
""", att=[("vx_sample_payloads.zip", {"payload_axis_x.csv": "t,ax\n0,0.012\n1,0.018\n",
                                       "payload_axis_y.csv": "t,ay\n0,0.004\n1,0.009\n"}), "Mutual_NDA_VibroSense.pdf"],
  client="gmail")

M("english", "conference-speaker-confirm", "IIoT World Asia <speakers@iiotworld-asia.com>", P["lim"],
  "Speaker confirmation: IIoT World Asia 2026 (Singapore, 3 Nov)", "2026-08-21 10:00 +0800", """
Dear Chaewon Lim,

We are delighted to confirm your talk at IIoT World Asia 2026:

Title: Predictive maintenance on the shop floor without the cloud: lessons from Korean SMEs
Date/time: 3 November 2026, 14:20-14:45, Hall B
Format: 20 min talk + 5 min Q&A

Please upload your slides by 20 October via the speaker portal: https://iiotworld-asia.com/speakers/portal
Your complimentary pass and hotel code are attached.

Best regards,
Speaker Management Team
""", att=["Speaker_Pass_LIM.pdf"], client="outlook365")

M("english", "vendor-price-increase", "Mouser Electronics <customerservice@mouser.com>", P["oh"],
  "Important: quote 4418822 expires in 5 days", "2026-04-11 09:00 -0500", """
Dear Sehoon Oh,

Your quote 4418822 will expire on April 16, 2026. After this date, prices are subject to change.

Quote total: USD 2,318.40 (34 line items)
Convert your quote to an order: https://www.mouser.kr/quotes/

Mouser Electronics, Inc. 1000 N. Main Street, Mansfield, TX 76063
""", client="system")

M("english", "customer-english-inquiry", "Nguyen Van Minh <minh.nguyen@vinawater.com.vn>", P["bae"],
  "Inquiry: ultrasonic level transmitter for wastewater pits", "2026-05-22 15:12 +0700", """
Dear Sir,

We found your company on buyKOREA. We are an EPC contractor for industrial wastewater plants in Binh Duong.
We need 40 units of ultrasonic level transmitters, range 0-8 m, 4-20 mA + Modbus RTU, IP68.

Please send us your best price FOB Busan, delivery time, and the CE certificate.
Payment by T/T 30% advance, 70% against B/L copy.

Best regards,
Nguyen Van Minh
Procurement Manager, VinaWater Engineering JSC
+84 274 3811 220
""", client="gmail")

M("english", "reply-vietnam-quote", P["bae"], "Nguyen Van Minh <minh.nguyen@vinawater.com.vn>",
  "RE: Inquiry: ultrasonic level transmitter for wastewater pits", "2026-05-25 11:00", """
Dear Mr. Minh,

Thank you for your inquiry. Please find our quotation attached:

- Model: ULS-20-08 (0-8 m, 4-20 mA + Modbus RTU, IP68)
- Unit price: USD 486.00, FOB Busan, 40 units
- Delivery: 5 weeks after advance payment
- Certificates: CE (EMC, LVD), test reports attached

Your payment terms are acceptable. The quotation is valid until 30 June 2026.

Best regards,
""" + sig("bae"), att=["Quotation_NW-2605-V014.pdf", "CE_Certificate_ULS-20.pdf"], reply="vinawater.com.vn")

M("english", "docusign-completed", "DocuSign <dse_na2@docusign.net>", P["ceo"],
  "Completed: Please DocuSign: Mutual_NDA_VibroSense.pdf", "2026-07-10 09:20 +0000", """
All parties have completed Please DocuSign: Mutual_NDA_VibroSense.pdf.

Rahul Mehta (VibroSense Analytics) and Junho Lee (Nuriworks) have signed.

VIEW COMPLETED DOCUMENT: https://app.docusign.com/documents/details/3c1f2a88-41e0-4b7c-9b2d-77aa10c3e214

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.
""", client="system")

M("english", "slack-verify", "Slack <no-reply@slack.com>", "Dohyun Kwon <dohyun.kwon@gmail.com>", "Slack confirmation code: 662-418",
  "2026-04-16 09:58 +0000", """
Confirm your email address

Your confirmation code is below - enter it in your open browser window and we'll help you get signed in.

662-418

If you didn't request this email, there's nothing to worry about - you can safely ignore it.

Slack Technologies, LLC, 415 Mission Street, 3rd Floor, San Francisco, CA 94105
""", client="system")

M("english", "stripe-payout", "Stripe <notifications@stripe.com>", P["seo"], "Your payout of ₩4,218,300 is on the way",
  "2026-08-05 06:10 +0000", """
Nuriworks Co., Ltd.

A payout of ₩4,218,300 is on its way to your bank account ending in 4410.
Expected arrival: Aug 6, 2026

View payout: https://dashboard.stripe.com/payouts
Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
""", client="system")

M("english", "ups-customs-duties", "UPS Quantum View <pkginfo@ups.com>", P["oh"], "UPS Update: Package Scheduled for Delivery Tomorrow",
  "2026-09-09 18:40 +0900", """
Hello,

Your package is scheduled for delivery tomorrow.

Tracking Number: 1Z V8E1 230 42 1188 7714
Shipper: ANALOG DEVICES INC
Scheduled Delivery: Thursday, 09/10/2026, by End of Day
Import duties and taxes: paid by shipper

Track: https://www.ups.com/track?tracknum=1ZV8E1230421188771&loc=ko_KR
""", client="system")

M("english", "linkedin-connection", "Anna Richter via LinkedIn <messages-noreply@linkedin.com>", P["park"],
  "Anna Richter sent you a message", "2026-06-17 09:00 +0000", """
Anna Richter
Export Sales Asia at SENSORTECH GmbH

"Hi Ji-young, nice to meet your team at ACHEMA through Mr. Bae. Let's stay in touch for the distributor training in October."

Reply: https://www.linkedin.com/messaging/thread/2-NTQ2ZmY4
""", client="system")

M("english", "datasheet-request-supplier", P["han"], "Technical Support <support@analog-sensors.com>",
  "Question on RS-485 transceiver failsafe behaviour", "2026-08-12 17:00", """
Hello,

we use your RS-485 transceiver in a sensor gateway. On long cable runs (~400 m) without bus termination
we see random framing errors when the bus is idle. The datasheet mentions "true fail-safe receiver"
but does not state the minimum differential threshold under open-bus conditions.

Could you confirm the guaranteed receiver output state with an idle, unterminated bus,
and whether external bias resistors (560 Ω) are still recommended?

Thank you,
""" + sig("han"))

M("english", "canva-verify", "Canva <no-reply@canva.com>", P["kang"], "Verify your email to finish setting up your team",
  "2026-07-01 08:58 +0000", html=notice_html(
      "Canva", "#7d2ae8", "Verify your email", [
          "Hi Haneul, please verify <b>haneul.kang@corp.example</b> to finish setting up the team "
          "<b>Nuriworks Marketing</b>.",
          btn("https://www.canva.com/email-verify?token=gq7X2c", "Verify email", "#7d2ae8"),
          "This link will expire in 7 days.",
      ], "Canva Pty Ltd, 110 Kippax St, Surry Hills NSW 2010, Australia"))

M("english", "late-payment-reminder-polite", "Katrin Vogel <k.vogel@sensortech.de>", P["seo"], "Friendly reminder: invoice 2026-11207",
  "2026-09-02 10:15 +0200", """
Dear Ms. Seo,

we have not yet received payment for invoice 2026-11207 (EUR 9,860.00, due 28 August).
Perhaps the payment has crossed with this message; if so, please disregard this reminder.

Our bank details are unchanged (Commerzbank AG, IBAN ending 3000).

Kind regards,
Katrin Vogel
Accounts Receivable | SENSORTECH GmbH
""", client="outlook365")

M("english", "reply-payment-sent", P["seo"], "Katrin Vogel <k.vogel@sensortech.de>", "RE: Friendly reminder: invoice 2026-11207",
  "2026-09-02 18:20", """
Dear Ms. Vogel,

sorry for the delay. The payment was released today via KB Kookmin Bank (reference 0211-FX26-090200144)
and should arrive within two business days. The remittance advice is attached.

Best regards,
""" + sig("seo"), att=["Remittance_Advice_2026-11207.pdf"], reply="sensortech.de")

M("english", "webinar-followup-en", "Rahul Mehta <rahul.mehta@vibrosense.in>", P["lim"], "Slides + recording from Tuesday",
  "2026-07-16 20:05 +0530", """
Hi Chaewon,

as promised, the slides and the recording link from Tuesday's session:
https://vibrosense.in/share/nuriworks-onboarding-0714

The recording link expires in 14 days. Ping me if your team has questions on the webhook retries.

Cheers,
Rahul
""", client="gmail")

M("english", "jira-invoice", "Atlassian <noreply@am.atlassian.com>", "IT 관리자 <it@corp.example>", "Your Atlassian invoice AT-288174221",
  "2026-08-01 03:12 +0000", """
Hi Taesik,

Your invoice for nuriworks.atlassian.net is ready.

Jira Software Cloud Standard, 15 users, monthly: USD 127.50
Confluence Cloud Standard, 15 users, monthly: USD 91.50
Total: USD 219.00 (charged to Visa ending 2231)

View and download your invoice: https://admin.atlassian.com/billing
""", att=["AT-288174221.pdf"], client="system")

M("english", "customs-broker-en", "DHL Express Korea <kr.customs@dhl.com>", P["oh"], "Action required: customs documents for AWB 1234567890",
  "2026-05-16 10:20", """
Dear customer,

Your inbound shipment AWB 1234567890 from SENSORTECH GmbH is at Incheon customs.
To complete clearance we need the following from the importer (Nuriworks Co., Ltd.):

- Business registration certificate (사업자등록증)
- Import declaration authority form (signed)

Please reply to this email with the documents, or upload them at https://mydhl.express.dhl/kr/en/help-and-support/customs-clearance.html
DHL will never ask you to pay duties through a link sent by text message.

DHL Express Korea Customs Team
""", client="outlook365")

M("english", "partner-thanks-short", "Anna Richter <a.richter@sensortech.de>", P["park"], "Thanks for the photos!",
  "2026-10-24 19:10 +0200", """
Hi Ji-young,

thank you for the photos from the distributor training and for the DMZ tip. It was an unforgettable day.
See you in Hannover next April!

Anna
""", client="outlook365")

M("english", "security-questionnaire", "Procurement <procurement@kcmotors-global.com>", P["lim"], "Supplier security questionnaire (due 30 Sep)",
  "2026-09-10 09:00 +0900", """
Dear Supplier,

as part of our annual supplier assessment, please complete the attached information security questionnaire
for the NURI Sense PM on-premises deployment at our Korean plants.

Key topics: data flows, remote access, vulnerability management, incident response contacts.
Please return it by 30 September to this address. Contact: Jisoo Park, Supplier Quality.

Kind regards,
Global Procurement, KC Motors
""", att=[("Supplier_Security_Questionnaire_2026.xlsx", [["Question", "Answer"], ["Do you use MFA for remote access?", ""],
                                                        ["Where is customer data stored?", ""]])], client="outlook365")

M("english", "open-source-license-question", "Seoyeon Han <sy.han@corp.example>", "licensing@mosquitto.org",
  "Question about EPL/EDL licensing for embedded redistribution", "2026-05-29 16:00", """
Hello,

we are a small company shipping an industrial sensor gateway with the Mosquitto broker embedded.
Could you confirm that redistributing unmodified binaries under the EDL-1.0 option only requires us to
include the license text and copyright notice in our product documentation?

Thank you for the great software.

Seoyeon Han
Senior Engineer, Nuriworks Co., Ltd.
""", client="outlook")

M("english", "china-supplier-pi", "Lisa Zhou <lisa.zhou@szsensorparts.com>", P["oh"], "PI for 500 pcs M12 connectors - please confirm",
  "2026-10-20 16:40 +0800", """
Dear Mr. Oh,

Thank you for your order. Please find attached the Proforma Invoice SZ-PI-261020-07:

- M12 A-coded 4-pin female connector, 2 m PUR cable: 500 pcs x USD 3.85
- Total: USD 1,925.00, EXW Shenzhen
- Lead time: 15 working days after deposit
- Payment: 30% T/T deposit, balance before shipment

Please check the PI and sign back. Our bank information is printed on the PI and has not changed since last year.

Best regards,
Lisa Zhou
Sales Manager, Shenzhen Sensor Parts Co., Ltd.
WeChat / Tel: +86 755 2873 4410
""", att=["SZ-PI-261020-07.pdf"], client="gmail")

M("english", "adobe-receipt", "Adobe <message@adobe.com>", P["kang"], "Your Adobe receipt", "2026-09-02 05:10 +0000", """
Hi Haneul,

Thanks for your payment. Here is your receipt.

Creative Cloud All Apps (Teams), 2 licenses, monthly
Order number: AD019287744512
Total: KRW 224,400 (VAT included)

Manage your plan: https://account.adobe.com/plans
Adobe Systems Software Ireland Ltd, 4-6 Riverwalk, Citywest Business Campus, Dublin 24
""", client="system")

M("english", "ms365-password-policy-it", P["yoon"], P["all"], "Password policy change from 1 January - please read",
  "2026-12-01 09:10", """
Dear all (영문 공지 / Korean version below),

From 1 January 2027 our Microsoft 365 accounts follow a new password policy:

- Passwords no longer expire every 90 days. Instead, everyone must use the Microsoft Authenticator app (MFA).
- You will NEVER receive a mail asking you to "keep your current password" or "verify your mailbox".
  Such mails are phishing. Forward them to it@corp.example and delete them.
- Mailbox size stays at 50 GB. If Outlook says your mailbox is full, tell me; do not click links in the mail.

Please set up Authenticator before 20 December. The guide is on the intranet (IT > 보안 가이드).

1월 1일부터 비밀번호 만료 정책이 없어지고 MFA(Authenticator 앱)가 필수입니다. "비밀번호 유지" 메일은 모두 피싱입니다.
""" + sig("yoon"))

M("english", "mouser-quote", "Mouser Electronics <quotes@mouser.com>", P["oh"], "Mouser Quote 40218833 - Nuriworks Co., Ltd.",
  "2026-10-14 03:22 +0000", """
Dear Mr. Oh,

Thank you for your quote request. Please find quote 40218833 attached.

Line 1: TE Connectivity M12 4-pin panel connector, qty 500, USD 4.12 each
Line 2: Amphenol RJ45 IP67 coupler, qty 200, USD 9.80 each
Quote valid until 13 November 2026. Prices exclude shipping and duties.

To order, reply to this e-mail with your PO or add the quote to your cart at https://www.mouser.kr.

Best regards,
Sarah Lindqvist
Inside Sales Asia | Mouser Electronics
""", att=["Mouser_Quote_40218833.pdf"], client="outlook365")

M("english", "sensortech-bank-unchanged", "Katrin Vogel <k.vogel@sensortech.de>", P["seo"],
  "Important: fraud warning - SENSORTECH bank details have not changed", "2026-11-20 11:05 +0100", """
Dear Ms. Seo,

We have been informed that some of our customers received e-mails from a domain similar to ours
(sensortech-de.com) asking them to pay to a "new" bank account in Lithuania.

Our bank details have NOT changed. SENSORTECH will never announce new bank details by e-mail only.
If you receive such a request, please call me at +49 69 2475 3312 before you pay anything.

Our correct account remains Commerzbank AG, IBAN DE89 3704 0044 0532 0130 00.

Thank you for your attention, and sorry for the trouble.

Kind regards,
Katrin Vogel
Accounts Receivable | SENSORTECH GmbH
""", client="outlook365")

M("english", "vibrosense-invoice-usd", "VibroSense Accounts <accounts@vibrosense.in>", P["acct"],
  "Invoice VS/2026-27/0412 - API licence Q4", "2026-10-01 10:30 +0530", """
Dear Nuriworks team,

Please find attached our invoice VS/2026-27/0412 for the VibroSense Edge API licence, Q4 2026 (Oct-Dec).

Amount: USD 3,600.00
Due date: 31 October 2026
Remit to: HDFC Bank, Bengaluru, SWIFT HDFCINBB, A/c 50200041187732

This is the same account as in previous quarters. Please mention the invoice number in the payment reference.

Regards,
Deepa Iyer
Finance, VibroSense Technologies Pvt. Ltd.
""", att=["VS_2026-27_0412.pdf"])

M("english", "hannover-messe-exhibitor", "Deutsche Messe <exhibitor-service@messe.de>", P["park"],
  "HANNOVER MESSE 2027: your exhibitor service account", "2026-11-05 14:00 +0100", """
Dear Ms. Park,

thank you for registering Nuriworks Co., Ltd. as co-exhibitor on the stand of SENSORTECH GmbH (Hall 11, Stand C42).

Your exhibitor service account is now active. Please log in at https://www.hannovermesse.de/en/exhibitors/
to enter your catalogue entry and order exhibitor passes.

Note: Deutsche Messe does not sell visitor or exhibitor lists, and there is no fee for the official
catalogue entry. Offers from "expo directories" asking you to sign a form are not from us.

Kind regards,
Exhibitor Service Team
Deutsche Messe AG, Messegelände, 30521 Hannover, Germany
""", client="outlook365")

M("english", "customer-meeting-request", "Tomasz Nowak <t.nowak@aquaprocess.pl>", P["bae"],
  "Meeting request - Seoul, week of 18 January", "2026-12-02 16:12 +0100", """
Dear Mr. Bae,

I will be in Seoul from 18 to 21 January for the water technology fair. Would you have time for a meeting
at your office in Pangyo? We are evaluating pressure transmitters for three new pumping stations and would
like to see the PT-400 series and discuss a framework agreement.

Tuesday 19 January afternoon or Wednesday morning would suit me best.

Best regards,
Tomasz Nowak
Procurement Manager, AquaProcess Sp. z o.o.
Gdansk, Poland
""")

M("english", "reply-meeting-confirm", P["bae"], "Tomasz Nowak <t.nowak@aquaprocess.pl>",
  "RE: Meeting request - Seoul, week of 18 January", "2026-12-03 09:40", """
Dear Tomasz,

Tuesday 19 January at 14:00 works for us. Our address is on the signature below; Pangyo station exit 4 is
a five-minute walk. Ms. Lim, our head of development, will join to answer technical questions.

Shall we prepare a demo unit with Modbus and 4-20 mA output?

Best regards,
""" + sig("bae"), reply="aquaprocess.pl")

M("english", "zendesk-ticket-update", "Ultimaker Support <support@ultimaker.zendesk.com>", P["han"],
  "[Ultimaker Support] Re: Print head error ER42 (Ticket #884201)", "2026-09-23 08:55 +0000", """
##- Please type your reply above this line -##

Your request (884201) has been updated. To add additional comments, reply to this email.

Mark (Ultimaker Support)
Sep 23, 2026, 10:55 CEST

Hi Seoyeon,

Thank you for the logs. Error ER42 points to a loose print-core connector. Please reseat print core AA 0.4
as shown in the attached guide. If the error persists, we will arrange a replacement under warranty
through your local reseller.

Kind regards,
Mark
""", att=["PrintCore_reseat_guide.pdf"], client="system")

M("english", "hubspot-newsletter-subscribed", "Automation World <newsletters@automationworld.com>", P["lim"],
  "This week in automation: edge AI, OPC UA over MQTT, and 5 predictive maintenance lessons",
  "2026-10-08 13:00 +0000", html=notice_html(
      "Automation World", "#c8102e", "This week in automation", [
          "<b>Edge AI moves into the sensor</b><br>Vendors now ship vibration sensors that run anomaly models on the device. "
          "What it means for plant networks.",
          "<b>OPC UA over MQTT: one year later</b><br>Three integrators share what worked, what did not, and what they would do again.",
          "<b>5 lessons from predictive maintenance projects</b><br>Start small, trust the maintenance crew, and measure downtime before you buy.",
          '<a href="https://www.automationworld.com/newsletters">Read all stories</a>',
      ], 'You are receiving this newsletter because you subscribed at automationworld.com. '
         '<a href="https://www.automationworld.com/unsubscribe">Unsubscribe</a> | PMMI Media Group, Chicago, IL'))

M("english", "github-billing-receipt", "GitHub <billing@github.com>", "IT 관리자 <it@corp.example>",
  "[GitHub] Payment Receipt for nuriworks", "2026-11-01 04:12 +0000", """
We received payment for your GitHub.com subscription. Thanks for your business!

Questions? Visit https://github.com/contact

------------------------------------
GITHUB RECEIPT - ORGANIZATION BILLING - nuriworks

Date: 2026-11-01
Amount: $84.00 USD
Charged to: Visa (4*** **** **** 2207)
Transaction ID: 4JK7Q2MA

For: GitHub Team (21 seats)
------------------------------------
""", client="system")

M("english", "slack-invoice", "Slack <feedback@slack.com>", "IT 관리자 <it@corp.example>",
  "Your Slack invoice for November 2026", "2026-11-30 22:10 +0000", """
Hi there,

Thanks for using Slack Pro! Your invoice for the Nuriworks workspace is ready.

Invoice number: SBIE-8830211
Amount: $218.75
Billing period: Nov 1, 2026 - Nov 30, 2026

You can view and download invoices any time at https://nuriworks.slack.com/admin/billing/history

Cheers,
The team at Slack
""", client="system")

M("english", "dhl-real-tracking", "DHL Express <noreply@dhl.com>", P["oh"],
  "DHL On Demand Delivery: Shipment 1234567890 arrives tomorrow", "2026-11-17 18:20 +0100", """
Hello,

Your shipment from SENSORTECH GmbH is scheduled for delivery tomorrow, 18 Nov 2026, between 10:00 and 14:00.

Waybill: 1234567890
Pieces: 1 / Weight: 2.1 kg
Duties and taxes: paid by shipper (DDP)

Manage your delivery: https://www.dhl.com/kr-en/home/tracking.html?tracking-id=1234567890

DHL Express
""", client="system")

M("english", "maersk-arrival-real", "Hanbit Logistics <import@hanbitlogis.co.kr>", P["oh"],
  "Arrival notice HBKR2611204 / PO-2026-0517 - ETA Busan 9 Dec", "2026-12-03 10:15 +0900", """
Dear Mr. Oh,

Please find attached the arrival notice for your import shipment (SENSORTECH, PO-2026-0517).

MBL: MAEU 261198044 / HBL: HBKR2611204
Vessel: MAERSK HANOI 248E, ETA Busan 9 Dec
2 pallets, 388 kg

Local charges (THC, DOC, CFS) are on the attached sheet. Customs clearance will be done by our broker as usual
once we receive the original EUR.1. Payment to our usual Woori Bank account; nothing has changed.

Best regards,
Jiwon Kang / Import Team
Hanbit Logistics Co., Ltd.
""", att=["Arrival_Notice_HBKR2611204.pdf"], client="outlook")

M("english", "vietnam-po", "Nguyen Van Minh <minh.nguyen@vinawater.com.vn>", P["bae"],
  "PO 2026-VW-118 for 40 pcs PT-400", "2026-11-26 15:02 +0700", """
Dear Mr. Bae,

Please find attached our purchase order 2026-VW-118 for 40 pcs PT-400 pressure transmitters as per your quotation
NW-Q-2611-07. Payment 30% T/T in advance, 70% against copy of B/L.

Kindly send us the proforma invoice so that our accounting can process the advance payment.

Best regards,
Minh
""", att=["PO_2026-VW-118.pdf"], client="gmail")

M("english", "linkedin-job-digest", "LinkedIn <jobs-noreply@linkedin.com>", P["kang"],
  "Jiwoo, 12 new jobs for Marketing Specialist in Seoul", "2026-10-19 01:10 +0000", html=notice_html(
      "LinkedIn", "#0a66c2", "Jobs you may be interested in", [
          "Marketing Specialist - Siemens Korea - Seoul (Hybrid)",
          "B2B Content Marketer - Doosan Robotics - Suwon",
          "Digital Marketing Manager - Bosch Korea - Seoul",
          btn("https://www.linkedin.com/jobs/", "See all jobs", "#0a66c2"),
      ], 'This email was intended for Haneul Kang. <a href="https://www.linkedin.com/e/unsubscribe">Unsubscribe</a> '
         '© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.', layout=2))

M("english", "msft-real-mfa-setup", "Microsoft <msonlineservicesteam@microsoftonline.com>", P["kang"],
  "Set up your security info for corp.example", "2026-12-05 02:30 +0000", """
Your organization corp.example requires you to set up additional security verification.

To finish, sign in to your account and follow the steps:
https://aka.ms/mysecurityinfo

If you weren't expecting this, contact your IT administrator (it@corp.example).

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", client="system")

M("english", "docusign-real-envelope", "Anna Richter via DocuSign <dse_na3@docusign.net>", P["ceo"],
  "Please DocuSign: Supply Agreement 2027 SENSORTECH - Nuriworks", "2026-12-04 10:00 +0100", html=notice_html(
      "DocuSign", "#ffcc22", "Anna Richter sent you a document to review and sign.", [
          "Dear Mr. Lee,<br>as discussed in Frankfurt, please find the Supply Agreement 2027 for signature. "
          "The volume commitment and the price review clause (item 4) are as agreed on 10 June.",
          btn("https://na3.docusign.net/Signing/EmailStart.aspx?a=71c9d2e4", "REVIEW DOCUMENT", "#ffcc22"),
          "Do not share this email. If you have questions about the document, contact Anna Richter "
          "(a.richter@sensortech.de).",
      ], "Powered by DocuSign. This message was sent to you by Anna Richter who is using the DocuSign Electronic "
         "Signature Service."))

M("english", "crypto-exhibitor-no", P["park"], "Brian Lee <brian.lee@iotasia-expo.com>",
  "RE: Exhibitor package for IoT Asia 2027", "2026-11-12 17:30", """
Dear Brian,

thank you for the offer. We have decided not to exhibit in 2027 - our budget goes to Hannover Messe this year.
Please keep us on the visitor mailing list though; the conference programme was useful last time.

Best regards,
""" + sig("park"), reply="iotasia-expo.com")

M("english", "seo-agency-real-report", "Emily Hart <emily@brightpath-digital.com>", P["jung"],
  "November SEO report - nuriworks.co.kr", "2026-12-02 11:00 +0900", """
Hi Minjae,

Attached is the November report for the English site. Summary:

- Organic sessions: 2,418 (+14% vs October)
- "industrial pressure transmitter korea" moved from position 11 to 6
- 3 broken links fixed on the product pages; the new case study page is indexed

Next month we'd like to work on the German landing page you mentioned. Shall we discuss it in our call on Thursday?

Best,
Emily
Brightpath Digital (your agency since 2025)
""", att=["Nuriworks_SEO_Report_2026-11.pdf"], client="gmail")

M("english", "app-dev-partner-estimate", "Rahul Mehta <rahul.mehta@vibrosense.in>", P["lim"],
  "Estimate for the mobile dashboard app (phase 2)", "2026-11-18 13:45 +0530", """
Hi Chaewon,

As requested on Tuesday's call, here is our estimate for phase 2 of the mobile dashboard (iOS and Android):

- Push alerts for threshold breaches: 12 person-days
- Offline cache of the last 7 days: 8 person-days
- Korean localisation: 3 person-days

Total 23 person-days at the rate in our framework contract (USD 420/day) = USD 9,660.
We can start on 11 January if you confirm by 20 December.

Best,
Rahul
""", att=["VibroSense_Estimate_Phase2.pdf"])

M("english", "trade-show-visitor-list-legit", "KOTRA Frankfurt <frankfurt@kotra.or.kr>", P["park"],
  "Hannover Messe 2027 Korea Pavilion - participant briefing", "2026-11-25 09:00 +0100", """
Dear participants of the Korea Pavilion,

The pre-show briefing will take place online on 15 January 2027, 16:00 KST (Teams link to follow).

Topics: stand handover times, buyer matchmaking sessions arranged by KOTRA, logistics for exhibits, and
a reminder about the "exhibitor directory" invoices that some companies received last year: they are not
from Deutsche Messe or KOTRA, please do not sign or pay them.

Best regards,
KOTRA Frankfurt Trade Center
""", client="outlook365")

M("english", "amazon-business-order-real", "Amazon.com <auto-confirm@amazon.com>", P["han"],
  "Your Amazon.com order #113-4402918-5521107", "2026-10-22 06:40 +0000", """
Hello Seoyeon Han,

Thank you for shopping with us. We'll send a confirmation when your item ships.

Order #113-4402918-5521107
Raspberry Pi 5 Model B 8GB x 2 - $160.00
Shipping to Korea (AmazonGlobal Standard): $14.99
Import Fees Deposit: $0.00
Order Total: $174.99

View or manage your order: https://www.amazon.com/gp/css/order-history

We hope to see you again soon.
Amazon.com
""", client="system")

M("english", "onedrive-storage-real", "Microsoft OneDrive <no-reply@onedrive.com>", P["kang"],
  "Your OneDrive is almost full", "2026-11-26 03:15 +0000", """
Hi Haneul,

Your OneDrive is 95% full (0.95 TB of 1 TB). When it is full, files will stop syncing.

You can free up space by deleting files you no longer need or by emptying the recycle bin:
https://onedrive.live.com/?v=managestorage

If your organization manages your storage, contact your IT admin.

The OneDrive team
""", client="system")

M("english", "partner-lead-list-question", "Anna Richter <a.richter@sensortech.de>", P["bae"],
  "Visitor leads from Hannover Messe - how do we share them?", "2026-12-01 15:20 +0100", """
Dear Mr. Bae,

for our joint stand at Hannover Messe we will scan visitor badges with the Messe app. The leads belong to
whoever scanned them, and under GDPR we can only pass on contacts who agreed to be contacted by both companies.

I suggest we add a checkbox to the lead form: "I agree that SENSORTECH and Nuriworks may contact me". Would that
work for you? Your marketing team could then import those leads into your CRM directly.

Best regards,
Anna
""", client="outlook365")

M("english", "quickbooks-real-invoice", "VibroSense Accounts <quickbooks@notification.intuit.com>", P["acct"],
  "Invoice VS-2026-0518 from VibroSense Technologies", "2026-12-01 09:00 +0530", """
VibroSense Technologies sent you an invoice.

Invoice VS-2026-0518
Amount due: USD 1,200.00 (API usage overage, November)
Due: 31 December 2026

Review and pay online, or pay by bank transfer to our usual HDFC account as in previous invoices:
https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-8e2a

Questions? Contact accounts@vibrosense.in
""", client="system")

M("english", "zoom-recording-real", "Zoom <no-reply@zoom.us>", P["lim"], "Cloud Recording - Nuriworks x VibroSense weekly sync is now available",
  "2026-12-04 11:40 +0000", """
Hi Chaewon Lim,

Your cloud recording is now available.

Topic: Nuriworks x VibroSense weekly sync
Date: Dec 4, 2026 07:00 PM Seoul

To view the recording, visit: https://us06web.zoom.us/rec/share/Tq2w9x
Share this recording with viewers: https://us06web.zoom.us/rec/share/Tq2w9x (passcode in your Zoom settings)

Thank you for choosing Zoom.
""", client="system")

M("english", "apple-receipt-real", "Apple <no_reply@email.apple.com>", P["kang"], "Your receipt from Apple.",
  "2026-11-21 08:02 +0000", """
Apple Receipt

Apple ID: haneul.kang@corp.example
Order ID: MR7T2PQ9XL
Document No.: 183290018822

Final Cut Pro for iPad, Monthly  ₩7,500
Total ₩7,500

Manage subscriptions: https://apps.apple.com/account/subscriptions
Privacy Policy: https://www.apple.com/legal/privacy/
""", client="system")
