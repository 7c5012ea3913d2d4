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
