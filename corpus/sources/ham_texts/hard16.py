"""hard16: the honest twins of the corpus16 spam batch, written blind like it — a Korean exporter's and importer's real
English correspondence (a distributor's statement with its bank unchanged, a forwarder's real detention invoice, a buyer's
inspection at the buyer's cost, an agent's commission statement after payment, the bank's L/C advice, a real investor's
NDA, a trade show's exhibitor manual, a customer's real PO and RFQ, a collection letter the office really owes),
Microsoft, Google, DHL, FedEx, UPS, Adobe, DocuSign, Dropbox and WeTransfer notices with nothing to log in to; and the
honest twins of the Korean fraud and phishing: the bonded warehouse, a KC test lab, KOTRA, K-SURE, the bank's FX desk,
a booth builder, a translator, a hotel, an insurer, the cleaner and the water-purifier firm, uTradeHub, 신용보증기금,
한전, 스마트스토어, 카카오 비즈니스, 토스페이먼츠, 중소벤처24 and Q-Net in the same plain words. corpus16 batch."""
from ham_texts import M, P, btn, gm_quote, notice_html, ol_quote, sig

IPHONE = "\n\niPhone에서 보냄\n"

# --- A. partners' English mail ---------------------------------------------------------------------------------------

M("hard16", "brasil-statement", "Rafaela Costa <rafaela.costa@brasiltec.example>", P["park"],
  "Statement of account - November 2026 (no change to bank details)", "2026-12-03 21:40", """
Dear Jiyoung,

Please find attached our statement of account as of 30 November. The open items are your credit note CN-2611 (USD 1,240)
and the commission for the São Paulo project, which we will net against the December order as agreed.

I know several of our partners have received fake "new bank" letters using our name this month. Our bank details have
not changed and will not change by email. If you ever get such a letter, please call me on my mobile before doing
anything.

Obrigada,
Rafaela Costa
Finance, Brasiltec Distribuidora
""", client="outlook365", att=["SOA_Nuriworks_2611.pdf"])

M("hard16", "forwarder-detention-real", "Hanjin Global Logistics Billing <billing@hanjin-gl.example>", P["oh"],
  "Debit note DN-26-11877 - detention charges, container TGHU 55xxxx2", "2026-12-04 10:15", """
Dear Mr. Oh,

As discussed with your team on Tuesday, the empty container TGHU 55xxxx2 (ex Jebel Ali) was returned to the depot
on 2 December, 19 days after free time. The shipping line has charged detention of USD 95/day, USD 1,805 in total.
We have attached the line's invoice and the depot's gate-in record.

Our debit note is attached. Please pay it with your usual monthly settlement to our account on the service agreement
(KB, unchanged). If you want to dispute the free-time count, reply and we'll raise it with the line first.

Regards,
Sunny Park
Billing Team, Hanjin Global Logistics
""", client="outlook", att=["DN-26-11877.pdf", "Line_Detention_Invoice.pdf", "Gate-in_TGHU55xxxx2.pdf"])

M("hard16", "buyer-inspection-real", "Khalid Al Mansoori <k.mansoori@alnoor-trading.example>", P["bae"],
  "Pre-shipment inspection - PO AN-26-118", "2026-12-05 14:02", """
Dear Mr. Bae,

Our bank will open the L/C next week. As usual, we have booked a pre-shipment inspection with SGS Korea for
16 December at your Pyeongtaek warehouse. SGS will contact your QC manager directly to confirm the time.
The inspection is ordered and paid by us; there is nothing for you to pay.

Please have the packing list and the calibration certificates ready for the inspector.

Best regards,
Khalid Al Mansoori
Purchasing Manager, Al Noor Trading
""", client="outlook365")

M("hard16", "agent-commission-stmt", "Arjun Mehta <arjun@mehta-associates.example>", P["bae"],
  "Commission statement - Q3 shipments", "2026-12-06 09:30", """
Dear Mr. Bae,

Thank you for the payment received from the Pune customer. As per clause 5 of our agency agreement, commission is due
30 days after the customer's payment reaches you. Attached is my commission statement for Q3 (4% of USD 46,600 =
USD 1,864) with my company's invoice. The bank details are the same Mehta Associates account in Mumbai as in the
agreement.

No rush, please include it in your January payment run.

Kind regards,
Arjun Mehta
""", client="gmail", att=["Commission_Q3_2026_Nuriworks.pdf"])

M("hard16", "lc-advice-bank", "하나은행 외환센터 <tradeservice@hanabank.com>", P["choi"],
  "[하나은행] 수출신용장 통지 안내 — L/C No. ENB/LC/26/44902", "2026-12-07 11:20", """
(주)누리웍스 귀하

귀사를 수익자로 하는 수출신용장이 도착하여 통지합니다.
 - 개설은행: Emirates National Bank
 - 금액: USD 286,400 / 유효기일 2027-03-15 / 선적기일 2027-02-28
통지서 원본은 거래 지점에서 수령하시거나 기업 인터넷뱅킹 > 외환 > 수출신용장 조회에서 확인하실 수 있습니다.
통지 수수료는 귀사 외화 수수료 계좌에서 자동 출금되며, 별도로 입금하실 금액은 없습니다.

하나은행 판교기업센터 외환 담당 드림 (031-7xx-xxxx)
""", client="system", fmt="plain")

M("hard16", "choi-lc-check", P["choi"], P["bae"], "L/C 통지 들어왔어요", "2026-12-07 13:05", """
부장님, 알누르 건 L/C 하나은행으로 통지 왔어요. 금액, 선적기일 PI랑 맞고 조건에 이상한 거(사전 수수료 같은 거) 없습니다.
원본은 내일 제가 지점 들러서 받아올게요.
""" + sig("choi"), client="outlook")

M("hard16", "investor-nda", "Jonathan Price via DocuSign <dse@docusign.net>", P["ceo"],
  "Please DocuSign: Mutual NDA - Vantage Capital / Nuriworks", "2026-12-03 08:00", html=notice_html(
      "DocuSign", "#ffcc22", "Jonathan Price sent you a document to review and sign.", [
          "Mutual NDA - Vantage Capital / Nuriworks (4 pages)",
          "Message from sender: Dear Mr. Lee, as discussed at our meeting in Pangyo, here is our standard mutual NDA. "
          "There are no fees of any kind on either side. Please have your counsel review it at leisure.",
          "To sign, use the envelope access from your DocuSign account or the access code Jonathan gave you by phone.",
      ], "Do not share this email. DocuSign, Inc. 221 Main St, San Francisco, CA", layout=1), client="esp")

M("hard16", "expo-exhibitor-manual", "Sensors Expo Exhibitor Services <exhibitors@sensorsexpo.example>", P["jung"],
  "Exhibitor Manual and deadlines - Sensors Expo 2027, booth 1418", "2026-12-02 17:00", """
Dear Exhibitor,

Thank you for booking booth 1418 (Korea Pavilion, organised by KOTRA). Your Exhibitor Manual is attached.
Key deadlines:
 - Booth graphics approval: 14 March
 - Electrical and internet orders (discounted): 28 April
 - Freight to the advance warehouse: 20 May
All payments for the booth itself go through KOTRA under the pavilion contract; we will never ask you for a deposit by
email. Service orders are placed in the exhibitor portal you already use.

Exhibitor Services
""", client="esp", att=["Exhibitor_Manual_2027.pdf"])

M("hard16", "real-collection", "Pacific Components AR <ar@pacific-components.example>", P["choi"],
  "Reminder: invoice 26-1182 overdue 30 days", "2026-12-04 02:10", """
Hi Sujin,

Friendly reminder that our invoice 26-1182 (USD 9,870, delivered 12 August, net 90) is now 30 days overdue.
Could you check whether it's in your December run? If there's a dispute about the short shipment you mentioned,
please let me know and I'll ask our warehouse for the count.

Pay to the account on the invoice, as always.

Thanks,
Grace Liu, Accounts Receivable
""", client="outlook365")

M("hard16", "choi-collection-reply", P["choi"], "Grace Liu <ar@pacific-components.example>",
  "RE: Reminder: invoice 26-1182 overdue 30 days", "2026-12-04 09:40", """
Hi Grace,

Sorry about the delay. The short shipment was resolved by your credit note in October, so the invoice is fine.
It is in our 15 December payment run, to the account on the invoice.

Best regards,
""" + sig("choi") + ol_quote("Grace Liu <ar@pacific-components.example>", "Friday, December 4, 2026 11:10 AM",
                            "최수진 <sj.choi@corp.example>", "Reminder: invoice 26-1182 overdue 30 days",
                            "Friendly reminder that our invoice 26-1182 (USD 9,870) is now 30 days overdue."),
  client="outlook")

M("hard16", "availability-real", "Michael Tan <michael.tan@tanengineering.example>", P["bae"],
  "Kindly confirm your availability", "2026-12-05 10:02", """
Hi Mr. Bae,

Kindly confirm your availability for a call next Tuesday or Wednesday afternoon (KST) about the Jurong project.
I'd like to bring our site engineer. Teams or phone, whichever you prefer.

Michael Tan
Tan Engineering Pte Ltd
""", client="outlook365")

M("hard16", "still-your-email", "Laura Becker <l.becker@vantek.example>", P["sales"],
  "Is this still your email?", "2026-12-07 16:45", """
Hello,

is this still the right address for sales? Your old contact Mr. Kwon left, I think. We bought 40 PT100 probes
from you in 2024 and would like the same again. Quote with delivery time would be great.

Laura Becker, Vantek Industrial (Stuttgart)
""", client="gmail")

M("hard16", "real-po", "Procurement - Sunrise Engineering <po@sunrise-eng.example>", P["park"],
  "PO SE-PO-77106 - pressure transmitters", "2026-12-08 10:10", """
Dear Jiyoung,

Thank you for your quotation QT-2611-31. Please find our PO SE-PO-77106 attached as a PDF (qty 320, CIF Jakarta,
payment 30 days after B/L as per our frame agreement). Please send the order confirmation and the expected ETD.

Best regards,
Dewi Santoso
Procurement, Sunrise Engineering
""", client="outlook365", att=["SE-PO-77106.pdf"])

M("hard16", "real-rfq", "Anita Novak <anita.novak@eurotrade.example>", P["park"],
  "RFQ: PT100 sensors, 5,000 pcs", "2026-12-08 15:30", """
Dear Ms. Park,

we met at SPS Nuremberg. We would like your FOB Busan price for 5,000 pcs PT100 (class A, 3-wire, 6 x 150 mm).
Drawing and spec are attached to this mail. No portal, just reply with your quotation by 18 December.

Kind regards,
Anita Novak, Purchasing, Eurotrade d.o.o.
""", client="outlook365", att=["PT100_spec_rev3.pdf", "Drawing_ET-4410.pdf"])

M("hard16", "sample-card-real", "Li Wei <liwei@szhuatai.example>", P["park"],
  "sample order 10 pcs", "2026-12-06 12:12", """
Hi Jiyoung,
We want 10 pcs sample of TS-200. Please send proforma invoice, we pay by T/T to your company account, bank charge on us.
Courier account DHL 95xxxx12 for freight collect.
Thanks, Li Wei
""", client="gmail")

# --- B. service notices with nothing to log in to --------------------------------------------------------------------

M("hard16", "m365-billing", "Microsoft <microsoft-noreply@microsoft.com>", P["yoon"],
  "Your Microsoft 365 Business Standard invoice is available", "2026-12-01 06:10", html=notice_html(
      "Microsoft", "#0078d4", "Your invoice is ready", [
          "Billing account: NURIWORKS / corp.example<br>Invoice: G0xxxx7721<br>Amount: KRW 740,880 (42 licences)",
          "The amount will be charged to the payment method on file. No action is needed.",
          "You can view invoices in the Microsoft 365 admin center under Billing &gt; Bills &amp; payments.",
      ], "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052", layout=2), client="esp")

M("hard16", "workspace-storage", "Google Workspace <workspace-noreply@google.com>", P["yoon"],
  "Pooled storage for corp.example is 85% full", "2026-12-04 03:00", """
Hello Administrator,

Your organization's pooled storage is 85% full (1.7 TB of 2 TB). Nothing will be locked; when storage is full, users
will not be able to upload new files until space is freed or added.

You can review storage by user and shared drive in the Admin console (admin.google.com) under Storage.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""", client="system", fmt="plain")

M("hard16", "dhl-duty-real", "DHL Express Korea <noreply@dhl.com>", P["oh"],
  "DHL: 관세·부가세 납부 안내 — 운송장 48xxxxx320", "2026-12-05 09:30", """
(주)누리웍스 귀하

발송지: Shenzhen, CN / 1 PCS / 2.4 kg
수입 관세·부가세 38,600원이 발생했습니다. 귀사 DHL 수입 계정(account 95xxxx12)으로 월말 청구되며,
지금 따로 결제하실 필요는 없습니다. 배송은 내일 오전 예정입니다.
통관 관련 문의: DHL 고객센터 1588-0001
""", client="system", fmt="plain")

M("hard16", "fedex-invoice-real", "FedEx Billing <billing@fedex.com>", P["choi"],
  "FedEx invoice 9-117-44812 - payment reminder", "2026-12-03 08:20", """
Dear Customer,

Invoice 9-117-44812 (KRW 1,284,900) for November international shipments is 21 days past due.
Please pay by bank transfer to the FedEx Korea account printed on the invoice, or contact your account manager if you
have already paid. This email has no attachments or links; the invoice was sent by post and to your billing contact.

FedEx Korea Billing
""", client="system", fmt="plain")

M("hard16", "ups-delivery-real", "UPS <pkginfo@ups.com>", P["info"],
  "UPS Update: delivery rescheduled to Wednesday", "2026-12-07 18:05", """
Tracking number: 1Z 9W2 xxx xx 4471 5086
We tried to deliver your package today but the office was closed. We'll try again on Wednesday, 9 December.
No fee applies. To change delivery, call UPS Korea.
""", client="system", fmt="plain")

M("hard16", "adobe-renewal", "Adobe <message@adobe.com>", P["jung"],
  "Your Adobe Acrobat Pro subscription renews on 15 December", "2026-12-01 01:00", html=notice_html(
      "Adobe", "#eb1000", "Your plan renews soon", [
          "Acrobat Pro for teams - 5 licences<br>Renewal date: 15 December 2026<br>Amount: USD 1,079.40 + VAT",
          "We'll charge the card ending 4418. You don't need to do anything.",
      ], "Adobe Inc., 345 Park Avenue, San Jose, CA 95110", layout=1), client="esp")

M("hard16", "docusign-completed", "DocuSign <dse@docusign.net>", P["choi"],
  "Completed: Amendment No. 2 to Supply Agreement - Kessler Automation", "2026-12-02 17:44", """
All parties have completed "Amendment No. 2 to Supply Agreement - Payment Terms".
The completed document is attached to this email for your records.
Note: the amendment changes payment terms from 45 to 60 days. Bank details are not part of this amendment.
""", client="system", fmt="plain", att=["Amendment_No2_Completed.pdf"])

M("hard16", "dropbox-transfer-real", "Kenji Watanabe <k.watanabe@osaka-instr.example>", P["oh"],
  "Packing list and CO attached - Osaka shipment", "2026-12-04 13:12", """
Oh-san,

I attach the packing list and the certificate of origin for the Osaka shipment directly to this mail (2 PDF files,
small). I won't use Dropbox this time because your IT team blocks it, as you told me.

Best regards,
Kenji Watanabe
""", client="outlook365", att=["PackingList_OSK-2612.pdf", "CO_OSK-2612.pdf"])

M("hard16", "wetransfer-real", "Blueline Design <hello@blueline-design.example>", P["jung"],
  "최종 아트워크 전송했습니다 (WeTransfer)", "2026-12-07 19:20", """
팀장님, 블루라인 디자인입니다.
최종 CMYK 파일이 커서 방금 WeTransfer로 보냈어요. 팀장님 메일로 WeTransfer 안내 메일이 따로 갈 거예요(7일 보관).
인보이스는 그 안에 넣지 않고 내일 이 메일로 PDF 따로 드리겠습니다.
""", client="gmail")

# --- C. the Korean twins -------------------------------------------------------------------------------------------

M("hard16", "bonded-warehouse-fee", "인천국제물류센터 보세팀 <bonded@icn-logis.example>", P["oh"],
  "[보관료 안내] B/L SNKO26110xxx 보관료 발생 — 포워더 월 정산 포함 예정", "2026-12-04 11:00", """
(주)누리웍스 수입 담당자님

귀사 화물(B/L SNKO26110xxx, 파렛트 6개)이 입고 14일 경과로 보관료 1,864,000원이 발생했습니다.
보관료는 평소대로 한진글로벌로지스 월 정산에 포함되어 포워더를 통해 청구됩니다. 화주가 저희에게 직접 입금하실 일은 없습니다.
반출 예정일만 포워더를 통해 알려주세요.

보세팀 032-7xx-xxxx
""", client="outlook")

M("hard16", "kc-lab-quote", "한국산업기술시험원 접수팀 <reception@ktl.example>", P["oh"],
  "KC 안전인증 갱신 시험 견적 및 접수 안내", "2026-12-03 15:20", """
누리웍스 오세훈 차장님

문의하신 온도 컨트롤러 2종 KC 안전인증 갱신 시험 견적서 첨부드립니다(총 1,320,000원, VAT 포함).
시료 접수 후 기관 명의 세금계산서를 발행하며, 시험료는 기관 법인 계좌로 납부하시면 됩니다(견적서 하단 기재).
1월 접수분도 만료 전 갱신에 문제없습니다. 서두르실 필요 없어요.
""", client="outlook", att=["KC갱신_견적서_누리웍스.pdf"])

M("hard16", "kotra-matching", "KOTRA 두바이무역관 <dubai@kotra.or.kr>", P["bae"],
  "[KOTRA] 중동 바이어 화상상담 일정 확정 안내", "2026-12-02 16:00", """
(주)누리웍스 배성우 부장님

신청하신 중동 바이어 매칭 결과, 현지 유통사 2곳과 화상상담이 확정되었습니다.
 - 12/15(화) 15:00 KST Al Noor Trading / 12/16(수) 16:00 KST Gulf Sensors LLC
통역은 무역관이 지원하며, 본 사업은 참가비가 없습니다. 무역관이 개인 계좌로 비용을 받는 일은 없으니 유의 바랍니다.

두바이무역관 김성민 드림
""", client="outlook365")

M("hard16", "ksure-premium", "한국무역보험공사 <cyber@ksure.or.kr>", P["choi"],
  "[K-SURE] 단기수출보험 보험료 청구 안내 (11월 통지분)", "2026-12-05 09:00", """
(주)누리웍스 고객님

11월 수출 통지분 단기수출보험 보험료가 청구되었습니다.
 - 보험료: 912,000원 / 납부기한: 2026-12-31
 - 납부 방법: 기존 등록된 자동이체 계좌에서 출금
따로 입금하실 필요가 없으며, 자세한 내역은 사이버영업점에서 평소처럼 조회하실 수 있습니다.
""", client="system", fmt="plain")

M("hard16", "fx-desk-received", "하나은행 판교기업센터 <pangyo.corp@hanabank.com>", P["choi"],
  "수출대금 입금 안내 (USD 46,200)", "2026-12-08 10:40", """
(주)누리웍스 담당자님

해외에서 송금된 수출대금 USD 46,200이 귀사 외화 계좌에 입금되었습니다.
거래 외국환 신고를 위해 해당 건의 인보이스 사본을 다음 방문 때 지참해 주시거나 기업 인터넷뱅킹에 올려주세요.
수수료는 없으며 신분증이나 통장 사본은 필요하지 않습니다.

외환 담당 박은정 드림
""", client="outlook")

M("hard16", "booth-builder-invoice", "디자인부스 오현철 실장 <oh@designbooth.example>", P["jung"],
  "킨텍스 부스 시공 잔금 세금계산서 발행 안내", "2026-12-04 17:10", """
팀장님, 디자인부스 오현철입니다.
부스 반입 완료했고 전기는 주최측 서비스 오더로 귀사가 직접 신청하신 대로 들어옵니다.
잔금 620만원 세금계산서 오늘 발행했어요. 계약서대로 전시 종료 후 14일 안에 저희 법인 계좌로 주시면 됩니다.
""", client="naver")

M("hard16", "translator-quote", "이수아 <sua.lee@translate.example>", P["jung"],
  "아랍어 카탈로그 번역 견적 및 일정", "2026-12-02 20:30", """
팀장님 안녕하세요, 번역가 이수아입니다.
카탈로그 42쪽 아랍어 번역은 12/21 납품 가능합니다. 작업비는 쪽당 8만원, 납품 후 검수 끝나고 한 번에 주시면 돼요.
프리랜서라 사업소득 3.3% 원천징수 후 지급해 주시고, 지급 계좌는 계약서에 적은 제 명의 계좌 그대로입니다.
""", client="gmail")

M("hard16", "hotel-banquet", "그랜드호텔 연회 예약실 <banquet@grandhotel.example>", P["seo"],
  "송년회 연회 예약 확정서 (12/19 다이아몬드홀)", "2026-12-03 14:00", """
누리웍스 서민지 주임님

12월 19일(금) 18:30 다이아몬드홀 60명 송년회 예약 확정서 첨부드립니다.
예약금 없이 법인카드 보증으로 확정되었고, 행사 당일 최종 인원으로 정산합니다.
호텔은 예약금이나 정산금을 직원 개인 계좌로 받지 않습니다.
""", client="outlook", att=["연회예약확정서_누리웍스_1219.pdf"])

M("hard16", "group-insurance", "DB손해보험 단체보험팀 <group@dbins.example>", P["kim"],
  "[단체상해보험] 2027년 갱신 안내 및 보험료", "2026-12-06 10:00", """
누리웍스 인사팀 담당자님

직원 단체상해보험 2027년 갱신 계약서와 피보험자 명단(40명) 확인 요청드립니다.
월 보험료 2,216,000원은 기존과 같이 법인 계좌 자동이체로 보험사에 직접 납입됩니다. 설계사를 통해 보험료를 받지 않습니다.
명단 변경 사항이 있으면 12/18까지 회신 주세요.
""", client="outlook", att=["단체상해보험_갱신_명단.xlsx"])

M("hard16", "purifier-visit", "청호정수 관리 <care@purewater.example>", P["seo"],
  "12월 정기 점검 결과 안내", "2026-12-05 16:20", """
누리웍스 담당자님, 청호정수입니다.
오늘 정기 점검 때 냉수 탱크 살균 부품을 교체했습니다. 렌탈 약정에 포함된 부품이라 비용은 없습니다.
현장에서 기사에게 현금이나 계좌이체로 비용을 주시는 일은 없으니 참고 부탁드립니다.
""", client="system", fmt="plain")

M("hard16", "cleaner-invoice", "클린오피스 <cleanoffice@cleanoffice.example>", P["seo"],
  "12월 청소 용역비 세금계산서 발행", "2026-12-07 09:10", """
안녕하세요 클린오피스입니다. 12월 청소 용역비 88만원 세금계산서 발행했습니다.
입금은 늘 하시던 사업자 계좌로 부탁드립니다. 다음 주 화요일 카펫 청소 있어요.
""", client="naver")

M("hard16", "ceo-card-ask", P["ceo"], P["choi"], "법인카드 한도", "2026-12-08 09:02", """
최대리, 법인카드 이번 달 한도 얼마 남았나? 1월 하노이 출장 항공권 오늘 발권해야 해서.
모자라면 재무팀장한테 한도 올려달라고 하고, 개인 카드로 결제하는 건 하지 말자.
""" + IPHONE, client="outlook365")

M("hard16", "hr-leaver-edi", P["kim"], P["choi"], "퇴사자 4대보험 상실 신고 완료", "2026-12-04 17:30", """
대리님, 11월 퇴사자 3명 건강보험·국민연금 상실 신고 EDI로 오늘 접수 완료했어요.
주민번호나 계좌는 메일로 주고받지 말고 인사 시스템에서만 확인해 주세요.
""" + sig("kim"), client="outlook")

M("hard16", "parcel-agency-stmt", "판교 택배 대리점 <pangyo.parcel@cjlogistics.com>", P["seo"],
  "11월 계약 택배비 청구서", "2026-12-03 13:00", """
안녕하세요 판교 대리점입니다. 11월 계약 택배비 1,346,000원 청구서 첨부드립니다.
세금계산서는 대리점 법인으로 발행했고, 입금 계좌는 계약서 계좌 그대로입니다.
""", client="outlook", att=["11월_택배비_청구서_누리웍스.pdf"])

# --- D. Korean service notices with nothing to hand over ------------------------------------------------------------

M("hard16", "utradehub-lc", "uTradeHub <noreply@utradehub.or.kr>", P["choi"],
  "[uTradeHub] 전자 L/C 통지 도착 알림", "2026-12-07 11:25", html=notice_html(
      "uTradeHub 전자무역", "#00529b", "전자 L/C 통지 도착", [
          "수익자: (주)누리웍스<br>통지은행: 하나은행<br>L/C 번호: ENB/LC/26/44902 / USD 286,400",
          "통지 내용은 uTradeHub에 평소처럼 접속해 확인하실 수 있습니다. 이 메일에는 첨부나 로그인 링크가 없습니다.",
      ], "한국무역정보통신 | 발신 전용 메일입니다.", layout=2), client="esp")

M("hard16", "kodit-extension", "신용보증기금 판교지점 <pangyo@kodit.co.kr>", P["ceo"],
  "보증 기한연장 안내 (만기 2026-12-20)", "2026-12-02 10:00", """
(주)누리웍스 대표이사님

귀사 보증(3억원)의 만기가 12월 20일 도래합니다. 기한연장 심사를 위해 담당 심사역이 12/9에 방문 예정입니다.
약정은 지점 방문 또는 신보 홈페이지에서 직접 진행하시며, 메일로 약정 링크를 보내지 않습니다.
담당 심사역 정현우 031-7xx-xxxx
""", client="outlook")

M("hard16", "kepco-bill", "한국전력공사 <bill@kepco.co.kr>", P["choi"],
  "[한전] 12월 전기요금 청구서 (사업장)", "2026-12-06 07:00", """
고객번호: 01-2345-67xx
청구금액: 1,092,150원 / 납기일: 2026-12-25
자동이체 계좌에서 납기일에 출금됩니다. 미납 금액은 없습니다.
""", client="system", fmt="plain")

M("hard16", "smartstore-settle", "네이버 스마트스토어센터 <smartstore@naver.com>", P["jung"],
  "[스마트스토어] 정산 완료 안내", "2026-12-08 06:30", """
누리웍스 온라인몰 판매자님, 12월 8일 정산이 완료되었습니다.
정산 금액 4,128,600원이 등록된 정산 계좌로 지급되었습니다. 상세 내역은 스마트스토어센터 > 정산관리에서 확인하세요.
""", client="system", fmt="plain")

M("hard16", "kakaobiz-policy", "카카오 비즈니스 <noreply@kakao.com>", P["jung"],
  "[카카오 비즈니스] 비즈니스 채널 운영정책 개정 안내 (2027-01-05 시행)", "2026-12-04 10:00", html=notice_html(
      "kakao business", "#fee500", "운영정책 개정 안내", [
          "광고성 메시지 수신 동의 확인 기준이 2027년 1월 5일부터 강화됩니다.",
          "귀사 채널 「누리웍스 공식」은 현재 제재나 위반 사항이 없습니다. 별도로 조치하실 일은 없습니다.",
      ], "(주)카카오 | 본 메일은 정책 변경에 따라 모든 채널 관리자에게 발송됩니다.", layout=1), client="esp")

M("hard16", "tosspay-settle", "토스페이먼츠 <noreply@tosspayments.com>", P["choi"],
  "[토스페이먼츠] 12월 10일 정산 예정 안내", "2026-12-08 07:00", """
상점명: 누리웍스 / 정산 예정액: 3,912,400원 / 정산일: 2026-12-10
정산 계좌: 등록 계좌 (국민 ***-**-**1187)
정산 계좌 변경은 상점관리자에서 대표자 본인 인증 후에만 가능하며, 메일로 요청하지 않습니다.
""", client="system", fmt="plain")

M("hard16", "smes24-cert", "중소벤처24 <noreply@smes.go.kr>", P["choi"],
  "[중소벤처24] 중소기업 확인서 유효기간 안내", "2026-12-01 09:00", """
(주)누리웍스의 중소기업 확인서가 2027년 3월 31일 만료됩니다.
2026년 결산이 끝나면 중소벤처24에서 재발급을 신청하실 수 있습니다. 신청 수수료는 없습니다.
""", client="system", fmt="plain")

M("hard16", "qnet-edu", "Q-Net <noreply@q-net.or.kr>", P["yoon"],
  "[큐넷] 전기기사 자격 보수교육 안내", "2026-12-03 09:00", """
윤태식님, 선임 전기안전관리자 직무교육 대상 안내입니다.
교육 기한: 2027-06-30 / 교육 신청은 한국전기기술인협회 홈페이지에서 직접 하시면 됩니다.
자격 정지 사항은 없으며, 이 메일은 기한 전 안내입니다.
""", client="system", fmt="plain")

M("hard16", "it-week-lures", P["it"], P["all"], "[IT] 이번 주 들어온 가짜 메일 유형 (L/C, 보관료, KC 인증)", "2026-12-08 17:00", """
전 직원께,

이번 주 무역 쪽을 노린 가짜 메일이 여럿 들어왔습니다.
 - "MT700 L/C copy" HTML 첨부에 메일 비밀번호를 넣으라는 것 (진짜 L/C 통지는 하나은행·uTradeHub로 옵니다)
 - 보세창고 "반출팀장 계좌"로 보관료를 내라는 것 (보관료는 포워더 월 정산으로만 나갑니다)
 - KC 인증 "심사비 선납", 코트라 "상담 확정비" (둘 다 저희가 확인해 보니 없는 비용입니다)
의심되면 열지 말고 it@corp.example 으로 전달만 해주세요.

IT인프라 윤태식
""", client="outlook")
