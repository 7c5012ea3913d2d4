"""hard12: the honest twins of the corpus12 spam batch, written blind like it — the hard business ham a Korean SME's shared
inbox really gets in the words of the lures: a known Shenzhen supplier's quotation in Chinese and English and a Japanese
customer's order, the font company the office really licenses from and the office's lawyer on a font 합의금 letter, real
개인정보 처리방침 and 유출 notices that ask for nothing, 잡코리아/사람인 service mail with no login demand, an opted-in
체험단 campaign, the office's own internet and rental contracts, an insurance planner the CEO knows, 고용센터's real 장려금
decision, .ics invitations from colleagues, the office's phone system's voicemail, subscribed newsletters, FW: FW: chains
among colleagues, a researcher's real acceptance and review invitations, partners' English RFQ and NDA, the
선관위's 투표시간 notice, the office's web agency, interior contractor and forwarder, family and colleagues. corpus12 batch."""
from ham_texts import M, P, btn, gm_quote, notice_html, ol_quote, sig

IPHONE = "\n\niPhone에서 보냄\n"
GALAXY = "\n\nGalaxy S25에서 보냄\n"
LIN = "林晓燕 Linda Lin <linda.lin@hongyuan-precision.example>"
LAW = "법무법인 세움 윤지호 변호사 <jh.yoon@seum-law.co.kr>"
TAX = "세무법인 온새 김도윤 세무사 <dy.kim@onsae-tax.example>"

# --- A. a known Chinese supplier and a Japanese customer ------------------------------------------------------

M("hard12", "shenzhen-quotation-cn-en", LIN, P["oh"],
  "RE: 询价 RFQ-NW-2612 / 报价单 Quotation for PT100 sensor housings (HY-2026-1207)", "2026-12-07 16:48 +0800", """
吴车长您好 / Dear Mr. Oh,

感谢贵司12月3日的询价。附件是我司的正式报价单，请查收。
Thank you for your RFQ of Dec 3. Please find our formal quotation attached.

1. 不锈钢传感器外壳 SUS316L, M20x1.5 — 5,000 pcs — USD 1.86/pc
2. 铝合金接线盒 IP67 — 1,200 pcs — USD 4.20/pc
3. 模具费 Tooling: 免收 waived (same drawings as 2025 order)

交期 Lead time: 25 working days after PO and drawing confirmation
付款方式 Payment: T/T 30% deposit, 70% before shipment — 与往常一样，汇款至我司在中国银行深圳分行的公司账户（账户信息与去年合同相同，未变更）。
The bank account is the same company account as in our 2025 contract; it has not changed.
价格有效期 Validity: until Jan 15, 2027 (铝材价格波动较大 aluminium prices are moving)

如有问题请随时联系我，也可以微信。年底前如能下单，我们可以安排春节前出货。
Best regards,

林晓燕 Linda Lin
Sales Manager, Overseas Dept.
深圳市鸿远精密五金有限公司 Shenzhen Hongyuan Precision Hardware Co., Ltd.
Tel: +86 755 2861 4402 | WeChat: linda_hy
""" + ol_quote("오세훈", "Thursday, December 3, 2026 10:12 AM", "Linda Lin", "询价 RFQ-NW-2612 / RFQ for PT100 sensor housings", """
Dear Linda,

Please quote the items below with the same drawings as our 2025 order (HY-2025-0611).
SUS316L housing M20x1.5, 5,000 pcs / aluminium junction box IP67, 1,200 pcs.
Best regards, Oh Se-hoon
"""), client="outlook365", att=["HY-2026-1207_Quotation_NURIWORKS.pdf", "HY-2026-1207_报价明细.xlsx"])

M("hard12", "shenzhen-sample-korean", "鸿远精密 한국담당 김미화 <mihua.jin@hongyuan-precision.example>", P["oh"],
  "샘플 발송 완료 안내 (DHL 운송장 번호) - 鸿远精密", "2026-12-08 11:05 +0800", """
오세훈 차장님 안녕하세요.
심천 홍위안정밀 한국 담당 김미화입니다.

요청하신 SUS316L 센서 외장 샘플 10개를 오늘 DHL로 발송했습니다.
운송장 번호: 4471 2093 18 (귀사 DHL 계정 번호로 착불 발송했습니다)
도착 예정은 12월 10일입니다.

샘플 비용은 받지 않습니다. 통관 시 관부가세가 나오면 귀사 DHL 계정으로 청구될 것입니다.
치수 검사 결과를 알려주시면 양산 도면 확정에 반영하겠습니다.

감사합니다.
김미화 드림 (위챗 mihua_hy / 카톡 mihua.kim)
""", client="gmail")

M("hard12", "oh-po-confirm-english", P["oh"], LIN,
  "PO NW-PO-2612-031 / 订单确认 - SUS316L housings 5,000 pcs", "2026-12-08 17:20", """
Dear Linda,

Thank you for the quotation HY-2026-1207. Please find attached our purchase order NW-PO-2612-031.

- SUS316L housing M20x1.5, 5,000 pcs @ USD 1.86 = USD 9,300.00
- Delivery: CIF Incheon, before Feb 5, 2027
- Payment: 30% T/T deposit this week to your Bank of China Shenzhen account as in the 2025 contract

Before we send the deposit, our accounting team will call your office on the number in the contract to confirm
the account, as we do for every first payment of the year. Please let me know who will answer.

请确认订单并回签。Please countersign and return the PO.

Best regards,
""" + sig("oh"), att=["NW-PO-2612-031.pdf"])

M("hard12", "japan-customer-order", "山田 健一 <k.yamada@takumi-keiso.example.jp>", P["bae"],
  "【注文書送付】温度センサー NW-T200 追加注文の件（TK-PO-26-0488）", "2026-12-08 10:32 +0900", """
株式会社ヌリワークス
営業部 裵 部長様

いつも大変お世話になっております。
匠計装株式会社 購買課の山田でございます。

先日お見積りいただきました温度センサー NW-T200 につきまして、下記のとおり追加注文させていただきます。
注文書を添付いたしましたので、ご確認のほどよろしくお願いいたします。

品番：NW-T200-K（Kタイプ、ケーブル3m）
数量：300台
単価：お見積りどおり（見積番号 NW-Q-26-1119）
納期：2027年1月29日（金）弊社川崎工場着
支払条件：従来どおり月末締め翌月末払い

お手数ですが、注文請書をご返送いただけますと幸いです。
年末のお忙しいところ恐縮ですが、何卒よろしくお願い申し上げます。

匠計装株式会社
購買課 山田 健一
TEL 044-221-58xx / FAX 044-221-58xx
""", client="outlook365", att=["注文書_TK-PO-26-0488.pdf"])

M("hard12", "bae-forward-japan-order", P["bae"], P["acct"], "FW: 【注文書送付】温度センサー NW-T200 追加注文の件（TK-PO-26-0488）", "2026-12-08 11:10", """
경영지원팀,

일본 匠計装(타쿠미케이소) 추가 주문입니다. NW-T200-K 300대, 단가는 지난달 견적(NW-Q-26-1119) 그대로예요.
ERP 수주 등록해주시고 주문 확인서(注文請書)는 제가 영문·일문으로 만들어서 보내겠습니다.
결제 조건도 기존과 동일(월말 마감 익월말)입니다.
""" + sig("bae") + ol_quote("山田 健一", "2026年12月8日 10:32", "배성우", "【注文書送付】温度センサー NW-T200 追加注文の件（TK-PO-26-0488）", """
先日お見積りいただきました温度センサー NW-T200 につきまして、下記のとおり追加注文させていただきます。
数量：300台 / 納期：2027年1月29日（金）弊社川崎工場着
"""), att=["注文書_TK-PO-26-0488.pdf"])

M("hard12", "alibaba-rfq-quote-received", "Alibaba.com <notice@notice.alibaba.com>", P["oh"],
  "You have received 3 quotations for your RFQ: Humidity sensor enclosure IP65", "2026-12-06 09:14 +0800", """
Hi Oh Sehoon,

Your RFQ "Humidity sensor enclosure IP65, 2,000 pcs" has received 3 new quotations.

To compare the quotations, open Alibaba.com or the Alibaba app and go to My Alibaba > RFQ > Quotations received.
We never send quotations as attachments, and we never ask for your password by email.

Tips: Trade Assurance protects orders paid through Alibaba.com. Pay only through the order page, not to accounts
sent in chat messages.

Alibaba.com Team
This email was sent to sh.oh@corp.example. Manage email preferences in My Alibaba > Settings.
""", client="esp", fmt="plain")

M("hard12", "eps-vietnamese-workers-arrival", "한국산업인력공단 외국인고용지원 <eps@hrdkorea.or.kr>", P["hr"],
  "[고용허가제] 외국인근로자 입국 일정 및 취업교육 안내 (베트남, 2명)", "2026-12-04 14:00", """
사업주님께

고용허가제(E-9)로 신청하신 외국인근로자의 입국 일정을 알려드립니다.

- 송출국가: 베트남
- 인원: 2명 (NGUYEN VAN HUNG, TRAN THI LAN)
- 입국 예정일: 2026. 12. 21.(월)
- 취업교육: 2026. 12. 22.~24. (한국산업인력공단 경기지사 교육장)
- 사업장 인도일: 2026. 12. 24.(목) 14:00

입국 및 취업교육 비용은 사업주 부담분(1인 195,000원)만 고용24 가상계좌 고지서로 납부하시면 되며,
공단 외의 기관이나 개인에게 알선비를 내실 필요가 없습니다. 공단을 사칭한 "특별 쿼터" 안내에 주의하십시오.

문의: 한국산업인력공단 외국인고용지원 1577-0071
""", client="system", fmt="plain")

# --- B. fonts: the real licence and the lawyer on a 합의금 letter -------------------------------------------

M("hard12", "sandoll-license-renewal", "산돌 고객지원 <biz@sandoll.co.kr>", P["jung"],
  "[산돌구름] 비즈니스 라이선스 갱신 안내 (계약번호 SDB-2025-04412)", "2026-12-01 10:00", html=notice_html(
      "Sandoll 산돌구름", "#111111", "비즈니스 라이선스 갱신 안내", [
          "(주)누리웍스 정민재 담당자님, 안녕하세요.",
          "이용 중인 산돌구름 비즈니스 라이선스가 <b>2027년 1월 14일</b>에 만료됩니다.<br>"
          "계약번호 SDB-2025-04412 · PC 8대 · 웹폰트 1개 도메인(corp.example) · 인쇄물/PDF 사용 포함",
          "갱신은 기존과 같이 세금계산서 발행 후 계좌 이체로 진행되며, 견적서는 요청하시면 메일로 보내드립니다. "
          "라이선스 범위(설치 PC 수, 홈페이지 사용 여부)가 바뀌었다면 회신으로 알려주세요.",
          "최근 산돌을 사칭해 '위반 증거 자료' 압축 파일이나 합의금 계좌를 보내는 메일이 확인되고 있습니다. "
          "산돌은 압축 파일로 증거를 보내거나 개인 계좌로 합의금을 요구하지 않습니다. 의심되는 메일은 biz@sandoll.co.kr 로 전달해 주세요.",
      ], "(주)산돌 | 서울특별시 마포구 · 비즈니스 라이선스 문의 02-3142-xxxx<br>본 메일은 라이선스 계약 고객에게 발송되는 서비스 안내입니다.",
      layout=2), client="esp")

M("hard12", "fw-fw-font-letter-chain", P["yoon"], P["jung"], "FW: FW: [내용증명] 귀사 홈페이지 내 서체(폰트) 무단 사용 — 확인 부탁", "2026-12-08 10:20", """
정팀장님,

대표님이 보내신 거 제가 받아서 홈페이지 쪽 확인해봤습니다.
- 홈페이지 제품 소개 페이지: 산돌구름 웹폰트(계약 범위 안) + 본고딕(무료, OFL)
- 카탈로그 PDF: 작년에 디자인 외주사가 만든 건데, 윤명조 계열 서체가 한 군데 들어가 있습니다. 외주사 라이선스로 작업했는지는 모르겠어요.

카탈로그 원본 파일이 마케팅팀에 있을 테니 외주사한테 사용 서체 라이선스 확인 한번 부탁드립니다.
편지에 적힌 계좌로 돈 보내는 건 절대 하지 말자는 게 대표님 말씀이고, 윤변호사님께도 같이 보냈습니다.
""" + sig("yoon") + ol_quote("이준호", "2026년 12월 8일 화요일 오전 8:55", "윤태식", "FW: [내용증명] 귀사 홈페이지 내 서체(폰트) 무단 사용에 따른 저작권 침해 통지", """
윤책임, 이런 메일이 왔는데 우리 홈페이지랑 카탈로그에 쓰는 폰트 확인 좀 해줘요. 합의금 484만원 달라네.
""") + ol_quote("법무법인 정해 저작권보호팀", "2026년 12월 7일 월요일 오후 6:31", "info@corp.example", "[내용증명] 귀사 홈페이지 내 서체(폰트) 무단 사용에 따른 저작권 침해 통지", """
당 법인의 모니터링 결과, 귀사 홈페이지 제품 소개 페이지 및 카탈로그 PDF에서 정식 라이선스 없이 상기 서체가 사용된 사실이 확인되었습니다.
기한 내 합의금 4,840,000원을 입금하시는 경우 형사 고소를 진행하지 않을 것임을 알려드립니다.
"""))

M("hard12", "lawyer-font-settlement-advice", LAW, P["ceo"], "RE: 폰트 저작권 합의금 요구 메일 검토 의견", "2026-12-08 16:40", """
대표님 안녕하세요, 윤지호입니다.

보내주신 "법무법인 정해" 명의 메일 검토 의견 드립니다.

1. 대한변협 등록 법무법인 목록에 "정해"라는 이름은 있으나 메일 도메인과 전화번호가 해당 법인과 일치하지 않습니다.
   예금주도 법무법인이 아닌 "정해저작권관리"라는 이름이라 사칭이거나 위임 관계가 불분명한 곳으로 보입니다.
2. 폰트 저작권 분쟁 자체는 실제로 많습니다. 다만 정식 권리자라면 침해 서체, 사용 위치, 권리 위임장을 구체적으로 제시합니다.
3. 윤책임님 확인대로 카탈로그 PDF 한 군데가 문제라면, 산돌에 직접 문의해 라이선스 범위를 확인하고
   필요하면 정식 라이선스를 구매하시는 것으로 충분합니다. 합의금을 먼저 입금하실 이유는 없습니다.

회신은 하지 마시고, 형사 고소 운운하는 후속 연락이 오면 저에게 바로 넘겨주십시오.
이 건은 자문 계약 범위라 별도 비용은 없습니다.

윤지호 드림
법무법인 세움 | 02-6952-3310
""", client="outlook")

# --- C. personal data: real policy and breach notices ----------------------------------------------------

M("hard12", "hiworks-privacy-policy-change", "하이웍스 <noreply@hiworks.com>", P["it"],
  "[하이웍스] 개인정보 처리방침 개정 안내 (2027년 1월 1일 시행)", "2026-12-01 09:00", html=notice_html(
      "hiworks", "#2c6bed", "개인정보 처리방침 개정 안내", [
          "하이웍스를 이용해 주시는 고객님께 감사드립니다. 개인정보 처리방침이 아래와 같이 개정됩니다.",
          "<b>시행일</b>: 2027년 1월 1일<br><b>주요 변경</b><br>"
          "1) 개인정보 처리 위탁사 추가: 고객 상담 챗봇 운영(○○클라우드)<br>"
          "2) 보유 기간 명확화: 탈퇴 후 백업 데이터 30일 이내 파기<br>"
          "3) 국외 이전 항목 정비: 해외 로그인 보호 기능의 접속 IP 정보",
          "개정 내용에 동의하지 않으시면 관리자 페이지에서 서비스 해지를 요청하실 수 있으며, 별도의 조치가 없으면 "
          "시행일부터 개정 방침이 적용됩니다. 이 안내와 관련해 로그인이나 재동의를 요구하지 않습니다.",
          "전문 보기: www.hiworks.com 하단 '개인정보처리방침'",
      ], "(주)가비아 하이웍스 | 고객센터 1661-4370<br>본 메일은 법령에 따른 필수 안내로 수신 동의 여부와 관계없이 발송됩니다."),
  client="esp")

M("hard12", "shop-breach-notice-real", "오피스디포몰 개인정보보호팀 <privacy@officemall.example>", P["choi"],
  "[오피스디포몰] 개인정보 유출 사실 통지 및 사과 말씀", "2026-12-05 18:00", """
고객님께 깊이 사과드립니다.

당사 쇼핑몰 주문 조회 시스템의 취약점으로 인해 아래 고객님의 정보가 외부에 노출된 사실을 2026년 12월 3일 확인하였습니다.

1. 유출 항목: 이름, 이메일 주소, 배송지 주소, 휴대폰 번호 (결제 정보·비밀번호는 포함되지 않았습니다)
2. 유출 시점: 2026년 11월 28일 ~ 12월 2일
3. 조치 사항: 취약점 차단, 개인정보보호위원회 및 KISA 신고 완료
4. 고객님께서 하실 일: 당사를 사칭한 "보상금", "유출 조회" 문자·메일에 주의해 주십시오.
   당사는 유출 조회를 위해 주민등록번호나 카드 정보를 요구하지 않으며, 보상을 이유로 링크 클릭을 요청하지 않습니다.
5. 피해 구제: 개인정보 침해신고센터(국번 없이 118), 당사 전담 창구 1588-xxxx (평일 9~18시)

다시 한번 불편과 걱정을 끼쳐드린 점 사과드립니다.
오피스디포몰 대표이사 및 개인정보보호책임자
""", client="esp", fmt="plain")

M("hard12", "hr-privacy-consent-groupware", P["hr"], P["all"], "2027년 개인정보 수집·이용 동의서 — 그룹웨어 전자결재로 받습니다", "2026-12-07 10:00", """
전 직원 여러분,

개인정보 처리방침 개정(연말정산 자료 수집 항목 추가)에 따라 2027년 개인정보 수집·이용 동의서를 새로 받습니다.

- 방법: 사내 그룹웨어 > 전자결재 > 받은 문서함 "2027 개인정보 동의서" (메일 링크나 첨부로는 받지 않습니다)
- 기한: 12월 18일(금)
- 외부 전자서명 서비스(Adobe Sign, DocuSign 등)로 오는 동의서 요청은 인사팀이 보낸 것이 아닙니다.

변경된 항목은 첨부 비교표에서 확인하실 수 있습니다.
""" + sig("kim"), att=["2027_개인정보_수집이용_동의서_변경비교표.pdf"])

# --- D. 잡코리아 / 사람인 service mail ------------------------------------------------------------------

M("hard12", "saramin-posting-closed", "사람인 <noreply@saramin.co.kr>", P["kim"],
  "[사람인] 「[판교] 기술영업 신입/경력 채용」 공고가 마감되었습니다", "2026-12-06 00:05", html=notice_html(
      "saramin 사람인", "#4876ef", "채용공고가 마감되었습니다", [
          "김다은 담당자님, 등록하신 채용공고가 마감일(2026.12.05)이 지나 자동 마감되었습니다.",
          "<b>공고명</b>: [판교] 기술영업 신입/경력 채용<br><b>게재 기간</b>: 2026.11.16 ~ 2026.12.05<br>"
          "<b>총 지원자</b>: 41명 (미열람 6명)",
          "마감 후에도 지원자 이력서는 90일 동안 기업회원 서비스에서 열람하실 수 있습니다. "
          "공고를 다시 게재하려면 사람인 기업회원 서비스에서 '공고 복사'를 이용해 주세요.",
      ], "(주)사람인 | 고객센터 02-2025-4733<br>본 메일은 채용공고 상태 변경에 따라 발송되는 서비스 안내입니다."),
  client="esp")

M("hard12", "jobkorea-new-applicants", "잡코리아 <noreply@jobkorea.co.kr>", P["kim"],
  "[잡코리아] 새 지원자 3명이 도착했습니다 — 경영지원(회계) 경력직", "2026-12-08 08:30", """
김다은 담당자님, 안녕하세요.

어제 진행 중인 공고에 새 지원자가 도착했습니다.

공고: 경영지원(회계) 경력직 채용 (~12/20)
새 지원자: 3명 (누적 17명)
- 경력 5년 / 전산회계 1급
- 경력 3년 / 세무사 사무실 경력
- 경력 8년 / 제조업 원가회계

지원자 이력서는 잡코리아 기업회원 서비스 > 지원자 관리에서 확인하실 수 있습니다.
잡코리아는 메일로 이력서 파일을 보내거나 로그인 확인을 요청하지 않습니다.

잡코리아 기업고객센터 1588-9350
""", client="esp", fmt="plain")

M("hard12", "saramin-receipt", "사람인 결제 <billing@saramin.co.kr>", P["acct"],
  "[사람인] 유료 상품 결제 완료 및 세금계산서 발행 안내", "2026-11-16 14:12", """
(주)누리웍스 담당자님,

채용 상품 결제가 완료되었습니다.

상품: 포커스 상품 (20일)
결제 금액: 330,000원 (VAT 포함)
결제 수단: 법인카드 (현대 ****-2210)
세금계산서: 2026-11-16 발행 (국세청 전송 완료)

결제 내역과 세금계산서는 사람인 기업회원 서비스 > 결제 관리에서 확인하실 수 있습니다.
""", client="esp", fmt="plain")

# --- E. an opted-in 체험단 campaign ---------------------------------------------------------------------

M("hard12", "review-campaign-selected", "레뷰 비즈니스 <biz@revu-campaign.example>", P["jung"],
  "[캠페인 모집 마감] '누리 실내 공기질 센서 NW-AQ1' 체험단 20명 선정 완료", "2026-12-04 17:30", """
정민재 팀장님, 안녕하세요. 레뷰 비즈니스 캠페인 매니저 이소라입니다.

계약하신 체험단 캠페인 모집이 마감되어 선정 결과를 안내드립니다.

- 캠페인: 누리 실내 공기질 센서 NW-AQ1 (블로그 15명 + 인스타그램 5명)
- 신청자: 214명 / 선정: 20명 (선정 명단 첨부)
- 제품 발송: 귀사에서 12월 9일까지 선정자 주소로 발송 부탁드립니다 (주소록 첨부, 캠페인 종료 후 파기)
- 후기 등록 기한: 제품 수령 후 14일

모든 후기에는 "제품을 제공받아 작성한 후기" 문구가 들어갑니다.
캠페인 비용은 계약서대로 11월 세금계산서로 정산 완료되었고, 추가로 청구될 비용은 없습니다.

이소라 드림 | 레뷰 비즈니스 02-6952-1180
""", client="outlook365", att=["NW-AQ1_체험단_선정명단.xlsx", "NW-AQ1_발송주소록.xlsx"])

M("hard12", "blogger-review-posted", "하루맘 <harumom.blog@naver.com>", P["kang"],
  "체험단 제품 잘 받았어요! 후기 링크 보내드립니다 :)", "2026-12-08 21:14", """
안녕하세요 누리웍스 담당자님~
레뷰 체험단으로 공기질 센서 받은 블로거 하루맘이에요.

아이 방에 두고 일주일 써봤는데 이산화탄소 수치가 올라가면 바로 알림 오는 게 진짜 좋더라고요.
후기 올렸어요! 혹시 제품 설명에서 틀린 부분 있으면 알려주세요 수정할게요.
https://blog.naver.com/harumom_diary/2236541187

추운데 감기 조심하세요 ^^
""", client="naver")

# --- F. the office's own internet and rental contracts ---------------------------------------------------

M("hard12", "kt-biz-internet-renewal", "KT 기업고객 담당 송재현 <jh.song@kt-biz-partner.example>", P["choi"],
  "(주)누리웍스 기업인터넷 약정 만료 및 재약정 안내", "2026-12-02 15:40", """
최수진 대리님 안녕하세요, KT 기업영업 담당 송재현입니다.

귀사 기업인터넷(1G) 및 대표번호 3회선 약정이 2027년 1월 31일 만료되어 재약정 조건을 안내드립니다.

현재: 기업인터넷 1G + 인터넷전화 3회선, 월 198,000원 (VAT 별도)
재약정(3년) 시: 월 161,000원, 와이파이 AP 2대 무상 교체
※ 현금 사은품은 통신사 정책상 기존 고객 재약정에는 없습니다. 요금 할인으로만 적용됩니다.

재약정은 서면 계약서(대표자 날인)로 진행하며 요금은 기존처럼 법인 계좌 자동이체로 청구됩니다.
검토 후 편하실 때 회신 주시면 계약서 준비해서 방문하겠습니다.

송재현 드림 | KT 기업영업 분당지사 031-727-xxxx
""", client="outlook")

M("hard12", "coway-filter-visit", "코웨이 <noreply@coway.co.kr>", P["choi"],
  "[코웨이] 12월 정기 관리 방문 예정 안내 (정수기·공기청정기 3대)", "2026-12-03 09:30", html=notice_html(
      "COWAY", "#0075c9", "12월 정기 관리 방문 예정", [
          "고객님, 사업장 제품의 정기 관리 방문 일정을 안내드립니다.",
          "<b>방문 예정일</b>: 2026년 12월 10일(목) 14:00~16:00<br><b>담당 코디</b>: 박은정 (010-****-2231)<br>"
          "<b>관리 제품</b>: 정수기 CHP-7211N 1대, 공기청정기 AP-1520 2대",
          "12월 렌탈료 148,500원은 12월 25일 등록하신 법인카드로 정상 청구될 예정입니다.",
          "일정 변경은 코웨이 앱 또는 고객센터(1588-5100)에서 가능합니다.",
      ], "코웨이(주) | 본 메일은 발신 전용입니다.", layout=2), client="esp")

M("hard12", "choi-rental-card-change", P["choi"], P["acct"], "정수기·공기청정기 렌탈료 결제 카드 변경했습니다", "2026-12-03 11:02", """
경영지원팀 공유드립니다.

코웨이 렌탈료(정수기 1, 공기청정기 2) 결제 카드를 이번 달부터 새 법인카드(현대 2210)로 바꿨습니다.
코웨이 고객센터에 직접 전화해서 변경했고, 12월분부터 새 카드로 나갑니다.
혹시 "자동이체 출금 실패" 같은 메일이나 문자 오면 무시하시고 저한테 말씀해 주세요.
""" + sig("choi"))

# --- G. an insurance planner the CEO knows ---------------------------------------------------------------

M("hard12", "planner-ceo-plan-compare", "한화생명 정은주 FP <ej.jung.fp@gmail.com>", P["ceo"],
  "대표님, 지난번 말씀하신 임원 퇴직금 관련 자료 정리해서 보내드려요", "2026-12-04 19:20", """
대표님 안녕하세요, 정은주입니다.
지난주 모임에서 물어보신 "CEO 플랜" 관련해서 제가 아는 범위에서 정리해 드려요.

1. 법인이 보험료를 내고 나중에 임원 퇴직금 재원으로 쓰는 구조는 맞는데,
   보험료가 전액 비용 처리되는 건 아니고 상품 구조에 따라 자산으로 잡히는 부분이 있어요.
2. 퇴직금을 많이 받으시려면 정관과 임원 퇴직금 지급 규정이 먼저 정비돼야 하고, 이건 세무사님 영역입니다.
3. "연내 가입 안 하면 막힌다"는 얘기는 제가 알기로 사실이 아니에요. 급하게 결정하실 필요 전혀 없습니다.

비교표 첨부했고, 김도윤 세무사님께 보여드리고 같이 판단하시는 게 제일 좋겠습니다.
저는 설명만 드리고 가입은 정말 필요하실 때 말씀 주세요 ^^

정은주 드림 (010-5517-20xx)
""", client="gmail", att=["임원퇴직금_재원마련_상품비교표.pdf"])

M("hard12", "ceo-fw-plan-to-tax", P["ceo"], TAX, "FW: 임원 퇴직금 관련 자료 — 결산 미팅 때 같이 봐주세요", "2026-12-05 08:10", """
김세무사님,

아는 설계사분이 보내준 자료입니다. 요즘 CEO 플랜 권유 메일이 많이 와서 물어봤더니 정리해 주셨어요.
저희 정관에 임원 퇴직금 규정이 있는지부터 다음 주 결산 미팅 때 같이 봐주시면 고맙겠습니다.
""" + IPHONE + ol_quote("정은주", "2026년 12월 4일 금요일 오후 7:20", "이준호", "대표님, 지난번 말씀하신 임원 퇴직금 관련 자료 정리해서 보내드려요", """
3. "연내 가입 안 하면 막힌다"는 얘기는 제가 알기로 사실이 아니에요. 급하게 결정하실 필요 전혀 없습니다.
"""), client="outlook", att=["임원퇴직금_재원마련_상품비교표.pdf"])

# --- H. 청년일자리 장려금, really -------------------------------------------------------------------------

M("hard12", "work24-youth-subsidy-decision", "고용24 <noreply@work24.go.kr>", P["hr"],
  "[고용24] 청년일자리도약장려금 지급 결정 통지 (2026년 3분기분)", "2026-12-02 10:15", """
사업주님께

신청하신 청년일자리도약장려금 지급이 아래와 같이 결정되었음을 알려드립니다.

사업장: (주)누리웍스 (성남고용복지플러스센터 관할)
지원 대상: 청년 2명 (2026년 7~9월분)
지급 결정액: 3,600,000원
지급 예정일: 2026. 12. 9. (사업주 명의 등록 계좌)

결정 내용은 고용24 > 기업서비스 > 지원금 신청 현황에서 확인하실 수 있습니다.
장려금 신청과 지급에는 수수료가 없으며, 고용센터는 대행업체를 지정하거나 전산 등록비를 받지 않습니다.

성남고용복지플러스센터 기업지원팀 031-739-xxxx
""", client="system", fmt="plain")

M("hard12", "hr-subsidy-docs-internal", P["kim"], P["choi"], "장려금 4분기 신청 서류 — 임금대장 좀 부탁드려요", "2026-12-08 14:30", """
최대리님,

청년일자리도약장려금 3분기분 360만원 지급 결정 났습니다 (12/9 입금 예정, 법인 계좌).
4분기분은 1월 초에 고용24에서 직접 신청하려고 해요.
10~12월 임금대장이랑 원천징수 내역만 1월 5일까지 부탁드립니다.

참고로 "미신청분 1,440만원 소멸" 메일이 info@로 또 왔던데, 우리는 매 분기 신청하고 있어서 해당 없어요.
""" + sig("kim"))

# --- I. calendar invitations from colleagues -------------------------------------------------------------

M("hard12", "ceo-office-ics-plan-meeting", P["ceo"], P["all"], "초대: 2027 사업계획 보고회 — 12월 14일 (월) 10:00", "2026-12-07 17:45", """
전 직원 여러분,

2027 사업계획 보고회 일정입니다. 팀장님들은 팀별 발표 자료(10분 분량)를 12월 11일까지 공유 폴더에 올려 주세요.
참석 여부는 일정 초대에서 응답해 주시면 됩니다. 못 오시는 분은 따로 말씀 안 하셔도 되고 녹화본 공유하겠습니다.

일시: 12월 14일(월) 10:00~12:00
장소: 5층 대회의실 (Teams 동시 중계)
""" + sig("ceo"), client="outlook",
  ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=이준호:mailto:jh.lee@corp.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:all@corp.example
SUMMARY:2027 사업계획 보고회
DTSTART;TZID=Korea Standard Time:20261214T100000
DTEND;TZID=Korea Standard Time:20261214T120000
LOCATION:5층 대회의실 / Microsoft Teams
UID:040000008200E00074C5B7101A82E00800000000C2D4E1F3A77EDC01
END:VEVENT
END:VCALENDAR
""")

M("hard12", "lim-ics-code-review", P["lim"], [P["han"], P["yoon"]], "초대: NW-AQ1 펌웨어 2.3 코드 리뷰 (12/10 목 15:00)", "2026-12-08 09:12", """
한선임, 윤책임,

NW-AQ1 펌웨어 2.3 릴리스 전에 코드 리뷰 한번 하죠. 변경 범위는 CO2 보정 로직이랑 OTA 부분이에요.
리뷰할 MR 목록은 GitLab에 라벨(review-2.3) 달아놨습니다.
""" + sig("lim"), client="outlook",
  ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=임채원:mailto:cw.lim@corp.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:sy.han@corp.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:ts.yoon@corp.example
SUMMARY:NW-AQ1 펌웨어 2.3 코드 리뷰
DTSTART;TZID=Korea Standard Time:20261210T150000
DTEND;TZID=Korea Standard Time:20261210T163000
LOCATION:4층 소회의실 1
UID:040000008200E00074C5B7101A82E00800000000D9A1B7C4E12FDC01
END:VEVENT
END:VCALENDAR
""")

# --- J. the office's own phone system ------------------------------------------------------------------

M("hard12", "pbx-voicemail-wav", "음성사서함 <voicemail@corp.example>", P["oh"], "새 음성 메시지: 010-2291-4402 (0:38)", "2026-12-08 13:52", """
새 음성 메시지가 있습니다.

받는 사람: 오세훈 (내선 263)
발신 번호: 010-2291-4402
수신 일시: 2026-12-08 13:51
길이: 0:38

음성 파일이 첨부되어 있습니다. 내선에서 *98을 눌러 들으실 수도 있습니다.
-- 누리웍스 IP-PBX (IT인프라 문의 내선 242)
""", client="system", fmt="plain", att=["VM_20261208_1351_01022914402.wav"])

# --- K. newsletters the office subscribed to -------------------------------------------------------------

M("hard12", "sensor-association-newsletter", "한국센서산업협회 <news@ksensor-assoc.example>", P["jung"],
  "[센서산업 뉴스레터 제112호] 2027 스마트공장 보급사업 공고 예고 · 환경센서 KC 인증 변경 · 회원사 소식", "2026-12-07 07:00",
  html=notice_html("한국센서산업협회 뉴스레터", "#00695c", "제112호 (2026. 12. 7.)", [
      "<b>1. 2027 스마트공장 보급·확산 사업 공고 예고</b><br>중소벤처기업부는 2027년 스마트공장 보급사업 공고를 1월 중순에 낼 "
      "예정이라고 밝혔습니다. 올해와 달리 기초 단계 지원이 줄고 고도화 단계 비중이 늘어날 전망입니다. 공급기업 등록 요건도 "
      "일부 바뀌어, 센서·계측 공급사는 최근 3년 구축 실적 증빙이 필요합니다. 사업 신청은 스마트제조혁신추진단 누리집에서만 "
      "받으며, 협회나 민간 업체가 '사전 심사'를 대행하지 않습니다.",
      "<b>2. 실내 공기질 센서 KC 인증 기준 변경</b><br>국립전파연구원 고시 개정으로 2027년 7월부터 무선 통신 모듈을 내장한 "
      "실내 공기질 센서는 적합성평가 절차가 일부 강화됩니다. 기존 인증 제품은 유예 기간 동안 판매할 수 있으나, 모듈 교체 시 "
      "변경 신고가 필요합니다. 협회는 12월 17일 회원사 대상 설명회를 엽니다(무료, 회원사 2인까지).",
      "<b>3. 산업 동향</b><br>11월 국내 산업용 센서 수입액은 전년 같은 달보다 6.2% 늘었고, 중국산 비중이 처음으로 40%를 "
      "넘었습니다. 반면 고정밀 압력센서는 독일·일본산 의존이 여전히 높습니다. 원자재 가격은 스테인리스가 약보합, 알루미늄은 "
      "3개월 연속 상승했습니다.",
      "<b>4. 회원사 소식</b><br>(주)누리웍스 — 실내 공기질 센서 NW-AQ1 출시 / 한빛계측 — 평택 2공장 준공 / 대성포장 — ISO 14001 인증",
      "<b>5. 일정</b><br>12/17 KC 인증 변경 설명회 · 1/14 신년 인사회 · 2/3~5 스마트공장·자동화산업전(코엑스)",
      btn("https://www.ksensor-assoc.example/newsletter/112", "뉴스레터 전문 보기", "#00695c"),
  ], "한국센서산업협회 | 서울특별시 금천구 · 02-2108-xxxx<br>이 메일은 회원사 뉴스레터 수신에 동의하신 분께 발송됩니다. "
     "수신을 원하지 않으시면 <a href=\"https://www.ksensor-assoc.example/unsubscribe\">수신거부</a>를 눌러 주세요."),
  client="esp")

M("hard12", "kotra-market-news", "KOTRA 해외시장뉴스 <news@kotra.or.kr>", P["bae"],
  "[KOTRA 해외시장뉴스] 베트남 스마트팩토리 시장 동향 외 4건", "2026-12-08 06:30", """
KOTRA 해외시장뉴스 주간 브리핑 (2026년 12월 2주)

1. 베트남 스마트팩토리 시장 동향 — 하노이무역관
   베트남 북부 전자 부품 공장을 중심으로 설비 자동화 수요가 늘고 있으며, 센서·계측 장비의 한국산 선호도가 높습니다.
   현지 인력 부족으로 외국인 근로자 송출·수입 브로커 관련 분쟁도 늘고 있어 진출 기업의 주의가 필요합니다.

2. 일본 계측기 유통 구조와 진입 전략 — 오사카무역관
   일본 구매 담당자는 견적 후 주문서(注文書)와 주문 확인서(注文請書)를 주고받는 절차를 중시합니다.

3. 중국 광둥성 정밀 가공 업체의 가격 경쟁력 — 광저우무역관
4. 중동 스마트시티 조달 동향 — 두바이무역관
5. 2027 해외 전시회 한국관 참가 모집 (KOTRA 누리집 공고, 참가비 외 추가 비용 없음)

전문은 KOTRA 해외시장뉴스(dream.kotra.or.kr)에서 보실 수 있습니다.
수신거부: 해외시장뉴스 > 마이페이지 > 메일 수신 설정
""", client="esp", fmt="plain")

# --- L. FW: FW: chains among colleagues -------------------------------------------------------------------

M("hard12", "fw-fw-customer-spec-change", P["bae"], [P["lim"], P["oh"]], "FW: FW: [한빛계측] NW-T200 케이블 길이 변경 요청 (3m → 5m)", "2026-12-08 15:05", """
임팀장님, 오차장님,

아래 한빛계측 건 정리합니다. 케이블 5m로 바꾸면 단가가 얼마나 오르는지 오차장님이 구매 쪽 확인 부탁드리고,
임팀장님은 5m에서 측정 오차 스펙 유지되는지만 봐주세요. 고객한테는 목요일까지 답 주기로 했습니다.
""" + sig("bae") + ol_quote("박지영", "2026년 12월 8일 화요일 오후 2:40", "배성우", "FW: [한빛계측] NW-T200 케이블 길이 변경 요청 (3m → 5m)", """
부장님, 한빛계측 구매팀에서 온 메일 전달드립니다. 1월 납품분 200대 중 80대를 5m로 바꾸고 싶답니다.
""") + ol_quote("정태호", "2026년 12월 8일 화요일 오후 1:15", "박지영", "[한빛계측] NW-T200 케이블 길이 변경 요청 (3m → 5m)", """
박과장님, 1월 납품 예정인 NW-T200 200대 중 80대는 현장 배선 거리 때문에 케이블 5m로 변경 가능할까요?
가능하면 변경 단가와 납기 영향 알려주세요.
"""))

M("hard12", "fw-fw-building-power-outage", P["choi"], P["all"], "FW: FW: [판교테크빌딩 관리사무소] 12월 12일(토) 전기 설비 점검에 따른 정전 안내", "2026-12-08 10:45", """
전 직원 공유드립니다.
토요일 정전 시간에 서버실은 윤책임님이 UPS 전환 확인하신다고 합니다. 주말 출근 예정인 분은 참고하세요.
""" + sig("choi") + ol_quote("윤태식", "2026년 12월 8일 화요일 오전 10:20", "최수진", "FW: [판교테크빌딩 관리사무소] 12월 12일(토) 전기 설비 점검에 따른 정전 안내", """
최대리님, 이거 전 직원 공지 한번 부탁드려요. 서버는 금요일 저녁에 제가 정리하겠습니다.
""") + ol_quote("판교테크빌딩 관리사무소", "2026년 12월 7일 월요일 오후 4:00", "입주사 담당자", "[판교테크빌딩 관리사무소] 12월 12일(토) 전기 설비 점검에 따른 정전 안내", """
입주사 여러분께
전기 설비 법정 점검으로 12월 12일(토) 09:00~13:00 건물 전체가 정전됩니다.
엘리베이터, 냉난방, 출입 게이트가 멈추니 양해 바랍니다.
"""))

# --- M. a researcher's real conference and journal mail ---------------------------------------------------

M("hard12", "iccas-acceptance", "ICCAS 2027 Program Committee <iccas2027@icros.example>", P["han"],
  "[ICCAS 2027] Notification of Acceptance - Paper ID 1184", "2026-12-07 23:10 +0900", """
Dear Dr. Seoyeon Han,

Congratulations! We are pleased to inform you that your paper

  Paper ID 1184: "Drift Compensation of Low-Cost NDIR CO2 Sensors Using Temperature-Aware Regression"

has been accepted for ORAL presentation at ICCAS 2027, to be held in Busan, Korea, April 20-23, 2027.

The reviewers' comments are available in the submission system (the same account you used to submit).
Please address them in your final manuscript.

Important dates
- Final manuscript and copyright form: January 22, 2027
- Author registration: January 22, 2027 (at least one author per paper; see the conference website for fees)

Registration is handled only on the official conference website; the committee never asks for payment by email
or to a personal account.

Sincerely,
ICCAS 2027 Program Committee
""", client="esp", fmt="plain")

M("hard12", "han-share-acceptance", P["han"], [P["lim"], P["ceo"]], "ICCAS 2027 논문 구두 발표 채택되었습니다", "2026-12-08 08:20", """
팀장님, 대표님,

지난 9월에 제출한 CO2 센서 드리프트 보정 논문이 ICCAS 2027 구두 발표로 채택됐습니다 🙂
4월 부산 학회이고, 등록비는 학회 홈페이지에서 정식 등록(일반 약 60만원대)하면 됩니다.
출장 품의는 1월에 올리겠습니다.

참고로 요즘 "Keynote speaker로 초청한다"는 해외 학회 메일이 연구소 주소로 자주 오는데, 그건 등록비 받는 가짜 학회라 무시하고 있어요.
""" + sig("han"))

M("hard12", "sensors-journal-review-invite", "Sensors Editorial Office <sensors@mdpi.example>", P["han"],
  "[Sensors] Invitation to Review Manuscript sensors-3482219", "2026-12-05 16:02 +0100", """
Dear Dr. Han,

We would like to invite you to review the following manuscript submitted to Sensors:

Title: Long-Term Stability of Metal-Oxide VOC Sensors in Office Environments
Manuscript ID: sensors-3482219
Review deadline: 10 days after acceptance of the invitation

Please let us know whether you accept or decline by using the links in our reviewer system, or simply reply to this
email. If you decline, we would be grateful for suggestions of alternative reviewers.

Kind regards,
Ms. Alina Popescu
Assistant Editor, Sensors Editorial Office
""", client="esp", fmt="plain")

# --- N. partners' English mail -------------------------------------------------------------------------

M("hard12", "partner-rfq-english", "Daniel Cho <daniel.cho@hanyang-ps.example>", P["bae"],
  "RFQ: 2,400 units PT100 transmitters for Ulsan substation project", "2026-12-07 11:30", """
Dear Mr. Bae,

Following our call last week, please find attached the technical specification and BOQ for the Ulsan substation
project. We would like your quotation for:

- PT100 temperature transmitter, 4-20mA, HART, 2,400 units
- installation support (2 engineers, 10 days)

Please send your quotation by email to me by December 18. No portal registration is needed for this project;
our procurement will issue the formal PO through our usual process after technical evaluation.

Best regards,
Daniel Cho
Senior Buyer, Hanyang Power Systems
""", client="outlook365", att=["HPS_Ulsan_Technical_Specification_Rev2.pdf", "HPS_Ulsan_BOQ.xlsx"])

M("hard12", "adobe-sign-real-nda", "Rachel Kim via Adobe Acrobat Sign <adobesign@adobesign.com>", P["bae"],
  "Rachel Kim requests your signature on Mutual NDA - Meridian Robotics / NURIWORKS", "2026-12-08 10:05", """
Rachel Kim (rachel.kim@meridian-robotics.example) has requested your signature on
"Mutual NDA - Meridian Robotics / NURIWORKS".

Message from Rachel:
"Hi Mr. Bae, as agreed in yesterday's meeting with Mr. Park, here is the NDA with your legal team's edits in section 4.
Please sign when ready."

Review and sign: https://secure.adobesign.com/public/apiesign?pid=CBFCIBAA3AAABLblqZhB8
To ensure you continue to receive our emails, add adobesign@adobesign.com to your address book.
""", client="esp", fmt="plain")

M("hard12", "hr-group-insurance-renewal", P["hr"], P["all"], "2027 단체상해보험 갱신 안내 — 가족 추가는 12/18까지", "2026-12-04 15:00", """
전 직원 여러분,

회사 단체상해보험(DB손해보험)이 2027년 1월 1일 자로 갱신됩니다.
보장 내용은 올해와 같고, 회사가 보험료 전액을 부담합니다.

- 배우자·자녀 추가 가입(본인 부담): 12월 18일까지 인사팀에 신청서 제출
- 보험금 청구: 기존처럼 DB손해보험 앱 또는 인사팀 경유

갱신 관련해서 개인 로그인이나 정보 입력을 요구하는 외부 "benefits portal" 메일은 회사와 관계없습니다.
""" + sig("kim"), att=["2027_단체상해보험_보장내용.pdf", "가족추가가입_신청서.docx"])

# --- O. election and church, the real ones -------------------------------------------------------------

M("hard12", "nec-voting-hours-notice", "성남시분당구선거관리위원회 <bundang@nec.go.kr>", P["hr"],
  "2027년 재·보궐선거 근로자 투표시간 보장 안내 (공직선거법 제6조의2)", "2026-12-03 10:00", """
사업주님께

2027년 재·보궐선거와 관련하여 근로자의 투표시간 보장에 대해 안내드립니다.

1. 사업주는 근로자가 사전투표 기간 및 선거일에 모두 근무하는 경우 투표에 필요한 시간을 보장하여야 합니다.
2. 사업주는 선거일 전 7일부터 3일까지 인터넷 홈페이지, 사내 게시판 등을 통하여 근로자에게 투표시간 보장을 알려야 합니다.
3. 투표시간을 보장하지 않은 경우 과태료가 부과될 수 있습니다.

선거관리위원회는 모바일 투표안내문을 문자나 메일 링크로 보내지 않으며, 투표 안내를 이유로 개인정보를 요구하지 않습니다.
첨부 안내문을 사내 게시판에 게시해 주시기 바랍니다.

성남시분당구선거관리위원회
""", client="system", fmt="plain", att=["근로자_투표시간_보장_안내문.hwp"])

M("hard12", "mom-church-bazaar", "이순자 <soonja.lee48@hanmail.net>", P["ceo"], "준호야 교회 바자회", "2026-12-06 21:33", """
준호야 엄마다
이번 주 토요일에 교회에서 연말 바자회 하는데 너네 회사 직원들 쓸 만한 물건 있으면 가져와라
수익금은 전부 동네 독거 어르신 김장 나누는 데 쓴단다
물건 없으면 그냥 와서 떡이나 사가
그리고 요즘 교회 이름으로 헌금 계좌 보내는 메일 온다던데 그런 건 우리 교회 아니다 조심해라
""", client="daum")

# --- P. the office's web agency, ads account, interior contractor, forwarder --------------------------------

M("hard12", "naver-searchad-bizmoney", "네이버 검색광고 <searchad_noreply@naver.com>", P["kang"],
  "[네이버 검색광고] 비즈머니 잔액 부족 안내 (광고 계정: nuriworks)", "2026-12-08 07:00", """
광고주님, 안녕하세요.

광고 계정 nuriworks 의 비즈머니 잔액이 50,000원 미만입니다.
현재 잔액: 41,280원 / 최근 7일 일 평균 소진액: 18,900원

잔액이 소진되면 광고 노출이 중단됩니다. 충전은 검색광고 시스템 > 비즈머니 > 충전하기에서
가상계좌 또는 카드로 하실 수 있으며, 네이버는 대행사나 개인 계좌로 비즈머니 충전을 받지 않습니다.

네이버 검색광고 고객센터 1588-5896
""", client="esp", fmt="plain")

M("hard12", "web-agency-maintenance-renewal", "웹브릭 이상민 <sm.lee@webbrick.example>", P["jung"],
  "누리웍스 홈페이지 유지보수 계약 갱신 건 (2027년)", "2026-12-02 13:20", """
정민재 팀장님 안녕하세요, 웹브릭 이상민입니다.

2024년에 제작해 드린 홈페이지 유지보수 계약이 12월 31일로 끝나서 갱신 조건 보내드립니다.

- 기존: 월 22만원 (월 8시간 수정, 호스팅·SSL 포함)
- 2027년: 동일 금액 유지, 수정 시간만 월 10시간으로 늘려드립니다
- 계약 기간 1년, 중도 해지 시 위약금 없음 (한 달 전 통보)

올해 작업 내역(제품 페이지 12건 추가, 영문 페이지 개편)은 첨부 보고서에 정리했습니다.
폰트는 제작 때 귀사 산돌 웹폰트 라이선스와 무료 서체만 썼고, 사용 서체 목록도 보고서 마지막 장에 넣어 두었어요.

이상민 드림 | 웹브릭 010-3384-12xx
""", client="hiworks", att=["2026_누리웍스_유지보수_작업보고서.pdf", "2027_유지보수_계약서(안).pdf"])

M("hard12", "interior-quote-reply", "디자인그린 인테리어 박준수 <js.park@designgreen.example>", P["ceo"],
  "RE: 판교 사무실 이전 인테리어 견적 (6층 380㎡) — 수정 견적 및 공정표", "2026-12-07 18:10", """
대표님 안녕하세요, 디자인그린 박준수 실장입니다.

지난주 실측 후 요청하신 대로 회의실 유리 파티션을 줄인 수정 견적 보내드립니다.

- 총 공사비: 1억 4,200만원 (VAT 별도) — 기존 대비 1,150만원 감액
- 공사 기간: 2027. 1. 4. ~ 1. 22. (3주)
- 대금 조건: 계약금 30% / 중도금 40% / 잔금 30% (준공 검수 후)
- 입금 계좌: 당사 법인 계좌(기업은행, 계약서에 기재), 매 회차 세금계산서 발행

계약금 외에 자재비를 따로 먼저 받지 않습니다. 혹시 저희 쪽 누구라도 개인 계좌로 입금을 요청하면 저한테 바로 알려주세요.
공정표와 3D 도면 첨부합니다.

박준수 드림 | 디자인그린 031-8039-xxxx
""", client="outlook", att=["누리웍스_판교6층_수정견적서.pdf", "공정표_202701.xlsx", "3D_도면_v2.pdf"])

M("hard12", "forwarder-contract-renewal", "한길로지스 영업팀 최민석 <ms.choi@hangil-logis.example>", P["oh"],
  "2027년 화물 운송 단가 계약 갱신 및 1톤 냉탑 전담 차량 배정 안내", "2026-12-04 10:40", """
오세훈 차장님 안녕하세요, 한길로지스 최민석입니다.

2027년 국내 운송 단가 계약 갱신안 보내드립니다.
- 판교 → 평택·화성 고객사 정기 노선: 건당 단가 동결 (유류할증 별도 분기 정산)
- 1톤 냉탑 전담 차량 1대 배정 (기사: 저희 직영 기사 정동수, 지입차 아님)
- 결제: 월말 마감 / 익월 15일 세금계산서 기준 이체 (계좌 변경 없음)

계약서 초안 첨부합니다. 검토 후 수정 사항 있으시면 말씀 주세요.

최민석 드림 | 한길로지스 031-377-xxxx
""", client="outlook", att=["2027_운송단가계약서_초안_누리웍스.pdf"])

# --- Q. family and colleagues -------------------------------------------------------------------------

M("hard12", "sister-warns-mlm", "이은희 <eunhee.lee.75@naver.com>", P["ceo"], "오빠 혹시 혜숙 언니한테 연락 왔어?", "2026-12-07 22:10", """
오빠 혹시 고등학교 때 혜숙 언니한테 메일 왔어?
나한테도 카톡으로 건강식품 얘기하면서 토요일 설명회 오라고 하더라
엄마 친구분도 거기서 300만원어치 샀다가 반품도 안 된대
오빠 회사 직원들 선물 얘기까지 했다는데 절대 하지 마 ㅋㅋ
그리고 이번 주 일요일 엄마 생신 저녁 7시 분당 한정식집 예약했어 늦지 마
""", client="naver")

M("hard12", "park-yearend-ladder", P["park"], P["sales"], "영업팀 송년회 — 사다리 타기로 선물 정합니다 ㅎㅎ", "2026-12-08 16:50", """
영업팀 여러분~

12월 18일(금) 송년회 장소는 판교역 앞 고깃집으로 잡았습니다 (6시 30분).
올해도 1인 2만원 이하 선물 하나씩 준비해 오시면 당일 사다리 타기로 주인 정할게요.
사다리는 제가 종이에 그려 갑니다. 어디 사이트 가입 이런 거 없어요 ㅋㅋ

회비는 회사 지원이라 따로 안 걷습니다. 못 오시는 분만 저한테 말씀 주세요!
""" + sig("park"))

M("hard12", "colleague-kakao-font-question", P["kang"], P["jung"], "팀장님 카드뉴스 폰트 질문이요", "2026-12-08 11:40", """
팀장님, 다음 주 인스타 카드뉴스 만들 때 쓰는 폰트요,
산돌구름 라이선스에 SNS 이미지 사용도 포함돼 있는지 확인해봤는데 비즈니스 라이선스는 포함이라고 되어 있어요.
그래도 무료 폰트(눈누에서 받은 것) 쓸 때는 상업적 이용 가능 여부를 하나씩 캡처해서 공유 폴더에 모아둘게요.
오늘 온 합의금 메일 보고 좀 무서워져서요 😅
""" + sig("kang"))
