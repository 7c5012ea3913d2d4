"""hard11: the honest twins of the corpus11 spam batch, written blind like it — the hard business ham a Korean SME's shared
inbox really gets in the words of the lures: the office's own tax accountant on 가지급금, 명의신탁 주식 and 법인전환, public
agencies' 정책자금, 고용지원금 and 연구소 notices that name no agent and no fee, the office's registrar, host and SSL vendor,
its trademark attorney's filing and 연차료 reports, an expo's free directory, a credit-rating report under contract, an
opted-in review programme, the office's lawyer on a real 경매 and a real 피해금 환급, real Temu, AliExpress, Starbucks,
카카오 선물하기, KakaoPay, 하이패스, 소비쿠폰, EDI and 홈택스 notices with no login link, the office's copier and HR policy
mail, partners' English invoices, shipping documents and a renewal receipt, newsletters with their opt-out, family and
colleagues. corpus11 batch."""
from ham_texts import M, P, btn, gm_quote, notice_html, ol_quote, sig

IPHONE = "\n\niPhone에서 보냄\n"
GALAXY = "\n\nGalaxy S24에서 보냄\n"
TAX = "세무법인 온새 김도윤 세무사 <dy.kim@onsae-tax.example>"
LAW = "법무법인 세움 윤지호 변호사 <jh.yoon@seum-law.co.kr>"

# --- A. the office's own tax accountant and labour attorney ------------------------------------------------

M("hard11", "ceo-asks-tax-gajigeup", P["ceo"], TAX,
  "가지급금 정리 관련 문의드립니다 (컨설팅 메일 받음)", "2026-12-08 08:42", """
김세무사님, 안녕하세요. 이준호입니다.

요즘 "가지급금 3억 이상 법인은 세무조사 1순위"라는 메일이 하루에도 몇 통씩 옵니다.
저희 가지급금이 작년 결산 기준 얼마였는지, 올해 결산 때 어떻게 정리하는 게 맞는지 여쭤봅니다.
특허권 양수도나 이익소각 같은 얘기도 있던데 저희한테 해당되는지도 궁금합니다.

급한 건 아니고 다음 주 결산 미팅 때 같이 봐도 됩니다.
""" + IPHONE, client="outlook")

M("hard11", "tax-answer-gajigeup", TAX, P["ceo"],
  "RE: 가지급금 정리 관련 문의드립니다 (컨설팅 메일 받음)", "2026-12-08 14:15", """
대표님 안녕하세요, 김도윤 세무사입니다.

문의하신 가지급금은 2025년 결산 기준 4,120만원이고, 대부분 작년 장비 구입 시 대표님 카드로 먼저 결제하신 건의
정산이 늦어진 부분입니다. 말씀하신 "3억", "세무조사 1순위" 같은 문구는 귀사와 관계가 없습니다.

정리 방법은 간단합니다.
1) 증빙이 있는 법인 비용은 계정 재분류 (약 2,600만원 해당)
2) 나머지는 대표님이 연내 법인 계좌로 상환하시거나, 상여 처리 시 세부담을 비교해서 결정
인정이자(4.6%)는 올해분만 계산해서 결산에 반영하겠습니다.

특허권 양수도·이익소각은 가지급금이 수억 원대이고 특허 가치평가가 객관적일 때나 검토하는 방법이고,
무리하게 하면 오히려 부당행위계산부인으로 문제가 됩니다. 귀사에는 권하지 않습니다.
이 건으로 별도 수수료나 착수금은 없고 기장 계약 범위 안에서 결산 때 처리합니다.

다음 주 목요일 결산 미팅 때 계정별 내역 뽑아서 가겠습니다.

김도윤 드림
세무법인 온새 | 031-8017-2250
""" + ol_quote("이준호", "2026년 12월 8일 화요일 오전 8:42", "김도윤", "가지급금 정리 관련 문의드립니다 (컨설팅 메일 받음)", """
요즘 "가지급금 3억 이상 법인은 세무조사 1순위"라는 메일이 하루에도 몇 통씩 옵니다.
"""), client="outlook")

M("hard11", "tax-meimyeong-shares", TAX, P["ceo"],
  "명의신탁 주식 실제소유자 확인 신청 — 준비 서류 안내", "2026-12-03 17:30", """
대표님, 지난번 말씀하신 창업 당시 주식 건 정리해 드립니다.

2009년 설립 때 어머님(이순자님) 명의로 되어 있는 주식 3,000주는 실제 대표님 소유로 보이므로
국세청 "명의신탁 주식 실제소유자 확인" 제도로 환원 신청이 가능합니다(관할 세무서 접수, 수수료 없음).

필요 서류
- 설립 당시 주금 납입 자금 출처(대표님 통장 거래내역, 2009년 3월)
- 주주명부, 법인등기부등본
- 어머님 확인서(서명은 저희 사무실에서 같이 받겠습니다)

환원 자체로 세금이 "0원"이 된다고 장담할 수는 없습니다. 증여세 과세 여부는 세무서가 판단하고,
저희가 미리 검토해서 리스크를 말씀드리겠습니다. 비용은 별도 견적 없이 기존 자문 계약 시간당 단가로 청구합니다.
광고 메일에서 말하는 "선 검토비"는 저희는 받지 않습니다.
""", client="outlook", att=["명의신탁주식_확인신청_체크리스트.pdf"])

M("hard11", "tax-corp-conversion-brother", TAX, "이준석 <js.lee.cafe@naver.com>",
  "법인전환 검토 결과 (이준석 사장님 카페)", "2026-12-04 11:05", """
이준석 사장님 안녕하세요. 형님(이준호 대표님) 소개로 의뢰 주신 법인전환 검토 결과입니다.

작년 매출 6억 2천, 소득금액 1억 1천 기준으로
- 개인 유지 시 예상 종합소득세+지방세: 약 2,870만원
- 법인 전환 후 (대표 급여 6천 책정) 법인세+근로소득세 합계: 약 2,010만원
차이가 연 800만원 정도인데, 전환 비용(등기, 회계 처리, 4대보험 증가)을 빼면 첫해 실익은 크지 않습니다.

"연말까지 착수금을 넣어야 감면" 같은 기한은 없습니다. 현물출자 감면 요건은 내년에도 같고,
가게 이전 계획이 있으시면 그때 같이 하시는 게 낫습니다. 천천히 보시고 연락 주세요.
""", client="outlook", cc=P["ceo"], att=["법인전환_세부담비교_이준석.pdf"])

M("hard11", "labor-attorney-subsidy", "노무법인 바른 정유나 노무사 <yn.jung@barun-labor.example>", P["kim"],
  "청년일자리도약장려금 신청 대상 검토 — 2명 해당", "2026-12-02 15:20", """
김다은 과장님 안녕하세요, 노무법인 바른 정유나입니다.

요청하신 고용지원금 대상 검토 결과 알려드립니다.
- 청년일자리도약장려금: 9월 입사 신입 2명(정규직, 6개월 고용유지 후) 해당. 2027년 3월 신청 가능
- 육아휴직 대체인력 지원금: 내년 1월 복직 예정자 건은 대체인력 채용일 기준으로 해당 여부 재확인 필요
- 3년 소급해서 "미수령 지원금"이 있는지도 봤는데, 해당되는 건은 없었습니다.

신청은 고용24(work24.go.kr)에서 회사 공동인증서로 직접 하시면 되고 수수료는 없습니다.
저희 자문 계약 범위라 신청서 작성도 도와드릴게요. 직원 주민번호 명부 같은 건 메일로 보내지 마세요.

정유나 노무사 | 노무법인 바른 | 02-6203-1180
""", client="outlook")

# --- B. public agencies: 정책자금, 고용지원금, 연구소 ------------------------------------------------------

M("hard11", "kosmes-policy-fund-notice", "중소벤처기업진흥공단 <webmaster@kosmes.or.kr>", P["choi"],
  "[중진공] 2027년 중소기업 정책자금 융자계획 공고 안내", "2026-12-07 10:00", html=notice_html(
      "중소벤처기업진흥공단", "#00479d", "2027년 정책자금 융자계획 공고", [
          "2027년 중소기업 정책자금 융자계획이 공고되었습니다.",
          "· 신청 접수: 2027. 1. 12.(화)부터 중진공 누리집 온라인 접수<br>· 대상: 혁신성장, 신시장진출, 신성장기반, 재도약 자금",
          "<b>정책자금은 중진공이 직접 상담·심사·지원하며, 별도의 신청 대행 수수료가 필요하지 않습니다.</b><br>"
          "중진공 직원 또는 협약 기관을 사칭해 착수금·수수료를 요구하는 경우 불법 브로커 신고센터(1811-3655)로 알려 주십시오.",
          btn("https://www.kosmes.or.kr", "공고문 보기", "#00479d"),
      ], "본 메일은 중진공 회원 중 정보 수신에 동의하신 분께 발송됩니다. 수신을 원하지 않으시면 누리집 회원정보에서 "
         "변경하실 수 있습니다. 경상남도 진주시 동진로 430"),
  headers={"List-Unsubscribe": "<mailto:unsubscribe@kosmes.or.kr>"})

M("hard11", "acct-policy-fund-prep", P["choi"], P["ceo"],
  "정책자금(신시장진출) 신청 준비 일정 보고", "2026-12-08 09:30", """
대표님,

중진공 2027년 정책자금 공고 나왔습니다. 1월 12일부터 온라인 접수라 아래처럼 준비하겠습니다.
- 12/21까지: 2025 결산 재무제표, 부가세 과세표준증명 발급 (홈택스)
- 1/8까지: 사업계획서 초안 (해외 전시 2건, 베트남 바이어 건 중심) — 영업팀 배성우 부장님 협조
- 1/12 접수 당일 오전 제출

요즘 "사전 심사 통과", "착수금 입금 기업만 접수 명단" 같은 메일이 많이 오는데 다 대행업체입니다.
중진공은 수수료가 없고 접수도 저희가 직접 합니다. 해당 메일들은 IT에 스팸 신고해 두었습니다.
""" + sig("choi"), client="outlook")

M("hard11", "work24-subsidy-paid", "고용24 <noreply@work24.go.kr>", P["kim"],
  "[고용24] 고용창출장려금 지급 결정 통지", "2026-12-05 16:02", """
(주)누리웍스 귀하

신청하신 고용지원금의 지급이 결정되었음을 알려드립니다.
- 지원금명: 고용창출장려금(정규직 전환 지원)
- 지급 결정액: 4,200,000원 (2026년 3분기)
- 지급 예정일: 2026-12-11
- 입금 계좌: 신청 시 등록한 사업장 계좌

고용노동부와 고용센터는 지원금 지급을 이유로 수수료, 조회비 또는 개인정보를 요구하지 않습니다.
상세 내역은 고용24 누리집 > 기업서비스 > 지원금 신청내역에서 확인하실 수 있습니다.
""", client="system", fmt="plain")

M("hard11", "koita-lab-recognized", "한국산업기술진흥협회 <rnd@koita.or.kr>", P["lim"],
  "[KOITA] 기업부설연구소 인정서 발급 안내 ((주)누리웍스 센서연구소)", "2026-12-01 13:40", """
(주)누리웍스 연구소장님께

귀사에서 신고하신 기업부설연구소가 「기초연구진흥 및 기술개발지원에 관한 법률」에 따라 인정되었습니다.
- 연구소명: (주)누리웍스 센서연구소
- 인정일: 2026-11-30
- 연구전담요원: 4명 (신고 내역 기준)

인정서는 연구개발서비스 시스템(rnd.or.kr)에 로그인하시어 출력하실 수 있습니다.
연구전담요원 변동 시 30일 이내 변경 신고가 필요하며, 타인 명의를 빌린 연구원 등록은 인정 취소 사유입니다.
""", client="system")

# --- C. registrar, host, SSL, trademark, patent ------------------------------------------------------------

M("hard11", "gabia-domain-renewal-real", "가비아 <help@gabia.com>", P["yoon"],
  "[가비아] corp.example 도메인 자동 연장 결제 예정 안내", "2026-12-06 09:00", html=notice_html(
      "gabia", "#2c6ecb", "도메인 자동 연장 예정 안내", [
          "윤태식 고객님, 등록하신 도메인의 만료일이 다가와 자동 연장이 예정되어 있습니다.",
          "· 도메인: corp.example<br>· 만료일: 2027-01-14<br>· 자동 연장 결제일: 2026-12-31<br>· 결제 수단: 등록된 법인카드(끝자리 4471)",
          "별도로 하실 일은 없습니다. 결제 수단 변경은 가비아 홈페이지 로그인 후 My가비아에서 하실 수 있습니다.",
          "가비아는 메일로 로그인 파일이나 비밀번호 입력을 요청하지 않습니다.",
      ], "(주)가비아 | 경기도 성남시 분당구 대왕판교로 660 | 고객센터 1544-4370"),
  client="system")

M("hard11", "cafe24-hosting-notice-real", "카페24 <hosting@cafe24.com>", P["kang"],
  "[카페24] 웹호스팅 만료 30일 전 안내 (nuriworks)", "2026-12-07 10:20", """
안녕하세요, 카페24입니다.

고객님이 이용 중인 웹호스팅 상품의 만료일이 30일 남았습니다.
- 아이디: nuriworks
- 상품: 10G 광아우토반 Full SSD
- 만료일: 2027-01-06
- 자동연장: 사용 중 (2027-01-03 결제 예정)

자동연장 설정이 되어 있어 별도 조치는 필요하지 않습니다.
설정 확인은 카페24 홈페이지(cafe24.com)에 직접 접속하여 나의서비스관리에서 하실 수 있습니다.
""", client="system", fmt="plain")

M("hard11", "it-ssl-renewed-all", P["yoon"], P["all"],
  "[IT] 홈페이지 SSL 인증서 갱신 완료 — 별도 조치 없음", "2026-12-08 17:10", """
전 직원 여러분,

www.corp.example 과 메일 서버의 SSL 인증서를 오늘 갱신했습니다(유효기간 2027-12-22까지).
브라우저나 Outlook에서 따로 하실 일은 없습니다.

참고로 이번 주에 "SSL 인증서 만료 3일 전", "가비아 도메인 소유권 확인 실패", "KISA 긴급 점검 도구" 같은 메일이
여러 명에게 들어왔습니다. 우리 회사 도메인·인증서 갱신은 IT에서만 하고, 직원분께 결제나 로그인을 요청하는 일은 없습니다.
특히 KISA는 메일로 실행 파일이나 ZIP을 보내지 않습니다. 받으신 건 열지 말고 it@corp.example 로 전달만 해 주세요.
""" + sig("yoon"), client="outlook")

M("hard11", "patent-office-tm-filing-report", "특허법인 한울 이수민 변리사 <sm.lee@hanul-ip.example>", P["ceo"],
  "[출원보고] NURIWORKS 상표 중국 출원 완료 및 도메인 관련 메일 안내", "2026-12-04 10:45", """
이준호 대표님께

지난달 지시하신 NURIWORKS 상표의 중국 출원을 마드리드 경유로 완료하여 보고드립니다.
- 지정상품: 제9류 (센서, 측정기기)
- 출원일: 2026-12-03 / 국제등록번호 통지 예정: 약 2개월 후
- 비용: 기 송부드린 견적대로 청구서를 별도 발송합니다.

덧붙여, 최근 "상하이 도메인 등록 관리 기관"이나 "Asia Domain Audit" 명의로 다른 회사가 nuriworks.cn 등록을
신청했다는 메일이 오셨다면, 오래된 수법의 영업 메일입니다. 중국 도메인 등록기관은 상표권자에게 이런 확인을 하지 않습니다.
회신하지 않으셔도 상표 출원에는 전혀 영향이 없습니다.
""", client="outlook", att=["출원보고서_NURIWORKS_CN.pdf"])

M("hard11", "patent-annual-fee-paid", "특허법인 한울 연차료팀 <annuity@hanul-ip.example>", P["choi"],
  "[연차료 납부 보고] 특허 제10-2231884호 제6년차 납부 완료", "2026-12-07 14:00", """
누리웍스 경영지원팀 최수진 대리님

관리 위탁하신 특허의 연차등록료를 납부하였기에 보고드립니다.
- 등록번호: 제10-2231884호 (온습도 센서 보정 장치)
- 납부 대상: 제6년차 연차등록료
- 납부일: 2026-12-07 (정상 납부기간 내, 가산금 없음)
- 특허청 영수증: 첨부

관납료와 대리인 수수료는 월말 청구서로 한 번에 청구합니다. 특허청이나 저희가 별도 가상계좌로 입금을 요청하는 일은 없으니,
"특허관리센터" 등 다른 명의의 고지서는 무시하시고 저희에게 알려 주세요.
""", client="outlook", att=["연차료_납부영수증_10-2231884.pdf"])

# --- D. expo, credit rating, review programme ------------------------------------------------------------

M("hard11", "expo-directory-free", "스마트공장자동화산업전 사무국 <exhibit@smart-factory-expo.example>", P["bae"],
  "[참가기업 안내] 2027 온라인 참가기업 디렉토리 정보 확인 요청 (무료)", "2026-12-02 11:00", """
배성우 부장님 안녕하세요, 산업전 사무국입니다.

2027 전시회 온라인 참가기업 디렉토리에 게재될 귀사 정보를 참가기업 전용 페이지에서 확인해 주세요(12/18까지).
디렉토리 등재는 참가비에 포함되어 있으며 추가 비용이 없습니다.

최근 "바이어 가이드 등재 확인서"에 서명을 요구하고 연간 유료 계약으로 전환하는 외부 업체 메일이 돌고 있습니다.
사무국과 무관하며, 사무국은 등재 확인을 위해 서명이나 결제를 요청하지 않습니다.

사무국 전시팀 문태영 | 02-6000-3870
""", client="outlook")

M("hard11", "credit-rating-report", "이크레더블 <report@ecredible.co.kr>", P["choi"],
  "[이크레더블] 기업신용평가 등급 확정 및 확인서 발급 안내", "2026-12-03 15:30", """
(주)누리웍스 담당자님께

신청하신 기업신용평가가 완료되어 등급이 확정되었습니다.
- 평가등급: BB+ (공공기관 입찰용)
- 평가기준일: 2025-12-31 결산
- 유효기간: 2027-06-30

평가 수수료는 신청 시 결제하신 금액 외에 추가로 청구되지 않습니다.
등급확인서는 당사 홈페이지 로그인 후 발급 메뉴에서 출력하시거나, 조달청 나라장터에 자동 전송됩니다.
""", client="system", fmt="plain")

M("hard11", "marketing-review-program-consent", P["jung"], P["kang"],
  "스마트스토어 체험단 운영 가이드 (동의서 받은 고객만)", "2026-12-03 10:10", """
하늘씨,

1월 체험단은 아래 기준으로만 진행해 주세요.
1. 대상: 뉴스레터에서 "체험단 참여"에 직접 신청하고 개인정보 수집·이용 동의서를 작성한 고객 20명
2. 제품 무상 제공, 리뷰 작성 여부·별점은 자유 (좋게 써달라는 요청 금지)
3. 리뷰에 "제품을 무상으로 제공받아 작성한 후기입니다" 문구 필수 (공정위 추천·보증 심사지침)
4. 선결제 후 환급, 찜·알림받기 대가 지급 같은 방식은 절대 안 됩니다

요즘 "리뷰 100건 3일 완성", "찜 500개 패키지" 제안 메일 오는데 전부 거절이에요. 동의서 양식 첨부합니다.
""" + sig("jung"), client="outlook", att=["체험단_개인정보동의서_2027.docx"])

M("hard11", "customer-review-optin-confirm", "누리웍스 스토어 <store@corp.example>", "한지민 <jimin.han88@gmail.com>",
  "[누리웍스] 1월 체험단 선정 안내 — 제품 발송 예정", "2026-12-08 15:00", """
한지민님 안녕하세요, 누리웍스 스토어입니다.

11월 뉴스레터에서 신청하신 "스마트 온습도계 1월 체험단"에 선정되셨습니다.
- 제품: 누리 온습도계 NH-200 1대 (무상 제공)
- 발송 예정: 12월 14일, 신청 시 적어주신 주소로
- 리뷰: 1월 15일까지 자유롭게 작성 (작성하지 않으셔도 불이익 없음)

결제하실 금액은 없고, 제품 대금을 먼저 받는 일도 없습니다.
참여를 원하지 않으시면 이 메일에 회신해 주시면 바로 취소해 드립니다.
""", client="hiworks")

# --- E. legal: auction, damages refund, 전세 -------------------------------------------------------------

M("hard11", "lawyer-court-auction-dividend", LAW, P["ceo"],
  "(주)대원정밀 부동산 경매 — 배당요구 신청 완료 및 일정 보고", "2026-12-04 16:40", """
이준호 대표님께

미수금 채권(1억 2천 4백만원) 관련하여 채무자 (주)대원정밀 소유 공장에 대해 수원지방법원 경매(2026타경18842)가
개시되었고, 귀사 명의로 배당요구 신청을 마쳤습니다(가압류 채권자로 배당 참가).

- 배당요구종기: 2027-01-20
- 1차 매각기일: 2027년 3월 예정 (법원 공고 후 다시 알려드립니다)
- 예상 배당: 선순위 근저당이 커서 일부 회수 예상, 상세 추정은 감정평가 후 보고

법원 경매 절차에서 귀사가 따로 보증금을 예치하거나 누구에게 입금할 일은 없습니다.
법원 서류 사본 첨부드리며, 이번 건은 기존 위임 계약 범위 내에서 진행합니다.

윤지호 변호사 드림
""", client="outlook", att=["배당요구신청서_2026타경18842.pdf"])

M("hard11", "son-father-fraud-refund", "이현우 <hyunwoo.lee.91@gmail.com>", P["ceo"],
  "아버지, 은행에서 온 피해금 환급 건 진짜 맞아요", "2026-12-06 21:10", """
아버지, 아까 전화로 말씀하신 거 확인했어요.

작년에 보이스피싱으로 보낸 돈 중에 사기 계좌에 남아 있던 돈 일부를 금감원 절차로 돌려받는 거예요.
농협에서 온 "피해환급금 지급 결정 통지"는 진짜고, 아버지 원래 계좌로 자동으로 들어와요. 386만원이요.
수수료나 인지대 내라는 거 전혀 없어요.

근데 같은 날 온 "법무법인 정의 피해구제팀" 메일은 가짜예요. 돈 먼저 보내라는 건 무조건 사기니까 답장하지 마세요.
주말에 내려가서 통장 같이 봐 드릴게요.
""", client="gmail")

M("hard11", "hr-jeonse-hug-employee", P["kim"], "정민재 <mj.jung@corp.example>",
  "RE: 전세보증금 반환보증 관련 재직증명서 요청", "2026-12-02 13:20", """
정민재 팀장님,

요청하신 재직증명서(HUG 전세보증금 반환보증 가입용) 발급해서 첨부드립니다.
HUG 보증료는 은행이나 HUG 앱에서 직접 결제하시는 거고, 회사 쪽으로는 따로 들어오는 게 없습니다.
혹시 "민간 보증 특약"이라며 보증료 선납하라는 업체 연락 받으시면 조심하세요. 지난달 다른 직원분도 받았다고 하셨어요.
""" + sig("kim") + gm_quote("정민재", "2026년 12월 2일 (수) 오전 11:02", """
과장님, 전세 반환보증 가입하려는데 재직증명서 1부 부탁드려요.
"""), client="outlook")

# --- F. shops, gifts and payments with no login link --------------------------------------------------------

M("hard11", "temu-refund-real", "Temu <transaction@orders.temu.com>", P["seo"],
  "환불이 처리되었습니다 — 주문 PO-211-4402918", "2026-12-05 19:22", html=notice_html(
      "Temu", "#fb7701", "환불 완료 안내", [
          "서민지님, 요청하신 상품의 환불이 처리되었습니다.",
          "· 주문번호: PO-211-4402918<br>· 상품: 케이블 정리 클립 20개입<br>· 환불 금액: 8,400원<br>· 환불 수단: 원래 결제 수단 (카드)",
          "카드사에 따라 영업일 기준 3~7일 후 반영됩니다. 별도로 계좌나 카드 정보를 입력하실 필요가 없습니다.",
      ], "Temu 앱의 주문 내역에서도 확인하실 수 있습니다. 이 메일은 발신 전용입니다."),
  client="system")

M("hard11", "aliexpress-dispute-real", "AliExpress <transaction@notice.aliexpress.com>", P["han"],
  "분쟁이 종료되었습니다: 주문 8182270331957", "2026-12-04 03:15", """
안녕하세요 한서연님,

주문 8182270331957 (USB 로직 분석기) 분쟁이 판매자 동의로 종료되었습니다.
환불 금액: US $23.60
환불 방식: 원래 결제 카드로 환불 (영업일 기준 3-20일)

추가로 하실 일은 없습니다. AliExpress는 환불을 위해 카드 정보를 다시 입력하라고 요청하지 않습니다.
""", client="system", fmt="plain")

M("hard11", "hr-starbucks-egift-yearend", P["hr"], P["all"],
  "[인사팀] 연말 감사 선물 — 스타벅스 e-Gift 카드 발송 안내", "2026-12-08 11:00", """
임직원 여러분, 한 해 동안 수고 많으셨습니다.

연말 감사 선물로 스타벅스 e-Gift 카드(3만원)를 오늘 오후 3시에 일괄 발송합니다.
- 받는 곳: 인사 시스템에 등록된 휴대폰 번호 (카카오톡 또는 문자)
- 발신: 스타벅스 공식 (starbucks.co.kr), 보내는 사람 "누리웍스 드림"
- 별도 회신이나 인증번호, 생년월일 제출은 필요 없습니다.

혹시 "총무팀" 명의로 인증번호나 생년월일을 회신해 달라는 메일을 받으셨다면 저희가 보낸 것이 아닙니다.
IT로 전달해 주세요. 오후 5시까지 못 받으신 분은 인사팀 김다은 과장(내선 263)에게 말씀해 주세요.
""", client="outlook")

M("hard11", "starbucks-egift-sent-receipt", "스타벅스 <egift@starbucks.co.kr>", P["kim"],
  "[스타벅스] e-Gift Card 단체 선물 발송 완료 (38건)", "2026-12-08 15:04", """
(주)누리웍스 고객님, e-Gift Card 단체 선물이 발송되었습니다.

주문번호: SBX-B2B-20261208-0417
발송 건수: 38건 / 금액: 30,000원 x 38 = 1,140,000원
결제: 법인카드 (승인 완료)
발송 방식: 카카오톡 (미가입자는 문자)

수신자별 발송 결과는 스타벅스 기업 고객 페이지에서 확인하실 수 있습니다.
""", client="system")

M("hard11", "kakao-gift-from-partner", "카카오톡 선물하기 <noreply@kakao.com>", P["park"],
  "[카카오톡 선물하기] 선물 구매 내역 안내", "2026-12-07 20:12", """
박지영님, 카카오톡 선물하기 구매가 완료되었습니다.

받는 분: 조은비 (대성포장 경리팀) 외 2명
상품: 스타벅스 카페 라떼 T 2잔
결제 금액: 33,600원 (카카오페이머니)
메시지: "올해 납기 맞춰주셔서 감사했어요!"

선물 내역은 카카오톡 > 더보기 > 선물하기 > 선물함에서 확인하실 수 있습니다.
""", client="system", fmt="plain")

M("hard11", "kakaopay-receipt-parking", "카카오페이 <noreply@kakaopay.com>", P["bae"],
  "[카카오페이] 결제 완료 — 판교 글로벌R&D센터 주차장", "2026-12-04 18:47", """
결제가 완료되었습니다.

가맹점: 판교 글로벌R&D센터 주차장
결제 금액: 7,000원
결제 수단: 카카오페이머니
결제 일시: 2026.12.04 18:47
승인번호: 30418822

결제 내역은 카카오페이 앱 > 전체 > 결제내역에서 확인할 수 있습니다.
""", client="system", fmt="plain")

M("hard11", "hipass-corp-car-real", "한국도로공사 <hipass@ex.co.kr>", P["choi"],
  "[한국도로공사] 미납 통행료 납부 안내 (법인 차량)", "2026-12-03 09:10", """
(주)누리웍스 고객님

법인 명의 차량의 통행료 미납 내역이 있어 안내드립니다.
차량번호: 12가34xx / 미납 1건 / 3,100원 (2026-11-27 서판교 TG, 하이패스 카드 잔액 부족)

납부 기한(2026-12-17)까지 고속도로 통행료 홈페이지, 앱, 휴게소 또는 가까운 영업소에서 납부하실 수 있습니다.
한국도로공사는 문자나 메일에 납부 링크를 넣어 보내지 않습니다. 인터넷 검색으로 직접 접속해 주십시오.
""", client="system", fmt="plain")

M("hard11", "hr-consumer-coupon-guide", P["hr"], P["all"],
  "[인사팀] 민생회복 소비쿠폰 2차 신청 방법 안내 (링크 없음)", "2026-12-02 09:40", """
임직원 여러분,

민생회복 소비쿠폰 2차 신청 문의가 많아 정리해 드립니다.
- 신청: 본인이 쓰는 카드사 앱·홈페이지, 또는 지역사랑상품권 앱에서 직접 신청
- 기간: 12월 10일까지 / 주민등록 주소지 기준
- 회사에서 따로 신청해 드리는 것은 없습니다.

"소비쿠폰 신청 마감 D-2" 같은 문자·메일에 있는 링크는 누르지 마세요.
정부와 카드사는 링크를 보내서 카드번호나 비밀번호를 입력받지 않습니다.
""", client="outlook")

M("hard11", "nhis-edi-notice-real", "4대사회보험 정보연계센터 <edi@4insure.or.kr>", P["seo"],
  "[4대보험] 2026년 12월분 보험료 고지 안내", "2026-12-08 07:30", """
사업장명: (주)누리웍스
사업장관리번호: 12986xxxxx0

2026년 12월분 4대 사회보험료가 고지되었습니다.
- 건강보험(장기요양 포함): 6,842,110원
- 국민연금: 7,015,500원
- 고용보험: 1,318,240원
- 산재보험: 402,870원
납부기한: 2027-01-11 (자동이체 등록 계좌에서 출금)

상세 고지 내역은 EDI 서비스에 사업장 인증서로 로그인하여 확인하십시오. 본 메일에는 파일이 첨부되지 않습니다.
""", client="system", fmt="plain")

M("hard11", "hometax-einvoice-real", "국세청 홈택스 <hometax@nts.go.kr>", P["acct"],
  "[홈택스] 전자세금계산서 수신 안내 — (주)오성산업", "2026-12-08 10:32", """
(주)누리웍스 귀하

(주)오성산업에서 전자세금계산서를 발급하였습니다.
작성일자: 2026-12-08
승인번호: 20261208-41000087-11502238
공급가액: 6,400,000원 / 세액: 640,000원 / 합계: 7,040,000원

발급된 세금계산서는 홈택스(www.hometax.go.kr) > 조회/발급 > 전자세금계산서 > 목록조회에서 확인하실 수 있습니다.
본 메일은 발신 전용이며 첨부 파일이 없습니다.
""", client="system", fmt="plain")

M("hard11", "copier-scan-real", "RICOH IM C3000 <scanner@corp.example>", P["choi"],
  "스캔 문서 - 2F 복합기 (3페이지)", "2026-12-08 09:31", """
2F 복합기(RICOH IM C3000)에서 스캔한 문서입니다.
페이지: 3
해상도: 300dpi
""", client="system", fmt="plain", att=[("SCAN_20261208_0931.pdf", None)])

# --- G. HR policy -------------------------------------------------------------------------------------------

M("hard11", "hr-handbook-2027", P["hr"], P["all"],
  "[인사팀] 2027년 취업규칙·재택근무 규정 개정 안내 및 의견 수렴", "2026-12-07 10:00", """
임직원 여러분,

2027년 1월 1일부터 적용될 취업규칙과 재택근무 규정 개정안을 안내드립니다.
주요 변경
- 재택근무: 주 1회 → 주 2회 (팀장 승인, 그룹웨어 근태 신청)
- 연차 이월: 최대 5일까지 다음 해 3월 말까지 사용 가능
- 경비 결재: 50만원 이하 팀장 전결

개정안 전문은 첨부 PDF와 그룹웨어 게시판에 올려 두었습니다. 별도 로그인 페이지나 외부 링크는 없습니다.
근로자 과반 의견 청취를 위해 12월 16일 오후 4시 대회의실에서 설명회를 하고, 의견서는 종이로 제출받습니다.
""" + sig("kim"), client="outlook", att=["2027_취업규칙_개정안.pdf", "재택근무규정_신구대조표.pdf"])

M("hard11", "it-warn-hr-policy-lure", P["yoon"], P["all"],
  "[주의] \"Employee Handbook acknowledgement\" 메일은 피싱입니다", "2026-12-08 11:30", """
여러분,

오전에 "Action required: 2027 Employee Handbook and Remote Work Policy acknowledgement" 라는 영문 메일이
여러 분께 들어왔습니다. 발신 도메인이 corp-example.co 로, 우리 회사 도메인이 아닙니다.
첨부 .htm 파일을 열면 Microsoft 로그인 화면이 뜨는데 비밀번호를 넣으시면 안 됩니다.

진짜 취업규칙 개정 안내는 인사팀이 한글로, PDF와 그룹웨어 게시판으로만 보냈습니다.
이미 입력하신 분은 바로 IT(내선 8800)로 연락 주세요. 비밀번호 변경과 세션 차단 해 드리겠습니다.
""" + sig("yoon"), client="outlook")

# --- H. partners in English ---------------------------------------------------------------------------------

M("hard11", "halvorsen-invoice-en", "Ingrid Halvorsen <ingrid@halvorsen-instruments.example>", P["acct"],
  "Invoice HI-26-1184 for PO NW-2611-09", "2026-12-07 08:15", """
Dear Nuriworks Accounts team,

Please find attached our invoice HI-26-1184 for PO NW-2611-09 (40 x reference hygrometer RH-90), shipped on 2 December.
Amount: EUR 9,280.00, payment terms net 45 days as agreed.

Our bank details are unchanged and are the same as on all previous invoices. We never change remittance details by
email; if you ever receive such a request in our name, please call me on +47 22 55 0184 before paying.

Best regards,
Ingrid Halvorsen
Finance, Halvorsen Instruments AS, Oslo
""", client="outlook365", att=["HI-26-1184.pdf"])

M("hard11", "forwarder-bl-docs-en", "Tan Wei Ming <wm.tan@straitsfreight.example>", P["oh"],
  "Shipping documents - HBL SFL26-11873 / ETA Busan 14 Dec", "2026-12-08 06:40", """
Dear Mr. Oh,

Attached are the shipping documents for your import from Singapore:
- House B/L SFL26-11873 (surrendered, no original needed)
- Commercial invoice and packing list from Wintec Sensors
Vessel MSC ALINA, ETA Busan New Port 14 Dec. Our Busan agent Hanil Logistics will send you the arrival notice.

Freight is prepaid by the shipper; there are no charges due from your side except local D/O fees billed by the agent.

Regards,
Tan Wei Ming | Straits Freight Lines | Singapore
""", client="outlook365", att=["HBL_SFL26-11873.pdf", "CI_PL_Wintec_2611.pdf"])

M("hard11", "cloudflare-renewal-receipt-en", "Cloudflare <noreply@notify.cloudflare.com>", P["yoon"],
  "Your receipt from Cloudflare, Inc. - domain renewal", "2026-12-05 02:11", """
Thanks for renewing with Cloudflare Registrar.

Domain: nuriworks-sensor.com
Renewal period: 1 year (expires 2027-12-18)
Amount charged: USD 10.44 to Visa ending 4471
Invoice: IN-48821093

You can view and download your invoices from the Billing section of your Cloudflare dashboard.
""", client="system", fmt="plain")

M("hard11", "pbx-voicemail-real", "UCM6304 Voicemail <pbx@corp.example>", P["bae"],
  "[Voicemail] 새 음성 메시지 - 02-3448-1120 (0:32)", "2026-12-08 09:14", """
내선 231 (배성우) 에 새 음성 메시지가 있습니다.

발신 번호: 02-3448-1120
길이: 0:32
수신 시각: 2026-12-08 09:13:41

첨부된 WAV 파일로 듣거나 내선 8000번에서 들을 수 있습니다.
-- Grandstream UCM6304
""", client="plain8", fmt="plain", att=[("VM_20261208_091341_231.wav", None)])

M("hard11", "expo-organizer-no-list-en", "Exhibitor Services <exhibitors@sensors-asia-expo.example>", P["bae"],
  "Important: we do not sell attendee lists", "2026-12-03 05:00", """
Dear Exhibitor,

Several exhibitors have told us they received emails offering the "Sensors Asia 2027 attendee list" for sale.
These emails are not from us. Attendee data is never sold or shared; the only leads you receive are the badge
scans collected at your own booth with the official lead-retrieval app, exported after the show.

If you receive such an offer, please forward it to exhibitors@sensors-asia-expo.example.

Exhibitor Services Team, Sensors Asia Expo
""", client="esp")

M("hard11", "mouser-newsletter-optin-en", "Mouser Electronics <newsletter@mouser.com>", P["han"],
  "New Products: December 2026 - humidity, pressure and gas sensors", "2026-12-08 00:30", html=notice_html(
      "Mouser Electronics", "#0c4a8c", "New Products for December", [
          "Sensirion SHT45 evaluation kits, Bosch BME690 gas sensor modules and TE pressure transducers are now in stock.",
          btn("https://www.mouser.kr/new/", "See new products", "#0c4a8c"),
      ], "You are receiving this email because you subscribed to Mouser newsletters. "
         "<a href=\"https://www.mouser.kr/unsubscribe/\">Unsubscribe</a> | Mouser Electronics, Mansfield, TX, USA"),
  headers={"List-Unsubscribe": "<https://www.mouser.kr/unsubscribe/?e=sy.han>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})

# --- I. family, friends, colleagues, newsletters ------------------------------------------------------------

M("hard11", "mother-coin-recovery-question", "이순자 <soonja.lee52@hanmail.net>", P["ceo"],
  "준호야 이거 좀 봐줘", "2026-12-06 10:20", """
준호야 엄마다
코인 추적 완료 됐다고 돈 돌려준다는 메일이 왔는데 엄마는 코인 한 적이 없거든
근데 수수료를 먼저 보내라고 해서 이상해서
아무것도 안 눌렀다 니가 한번 봐주라
""", client="oldweb", enc="euc-kr/base64")

M("hard11", "ceo-reply-mother", P["ceo"], "이순자 <soonja.lee52@hanmail.net>",
  "RE: 준호야 이거 좀 봐줘", "2026-12-06 12:05", """
엄마, 그거 사기예요. 잘하셨어요.
돈 돌려준다면서 수수료 먼저 보내라는 건 전부 가짜니까 앞으로도 그런 메일은 그냥 지우세요.
저녁에 전화드릴게요.
""" + IPHONE, client="outlook")

M("hard11", "wine-class-friend-real", "이서윤 <seoyun.lee.design@gmail.com>", P["ceo"],
  "지난주 와인 클래스 사진 보내드려요", "2026-12-05 22:30", """
대표님 안녕하세요, 청담 와인 클래스 같은 조였던 이서윤입니다 :)
그날 찍은 단체 사진 보내드려요. 명함 주셔서 메일로 보내요.
다음 달 부르고뉴 편도 신청하셨다고 하셔서 그때 또 뵈어요. 선생님이 잔 가져오지 말라고 하셨어요 ㅎㅎ
""", client="gmail", att=[("IMG_4471.jpg", "photo:Apple:iPhone 15 Pro")])

M("hard11", "sister-like-job-warning", "강하나 <hana.kang.0614@naver.com>", P["kang"],
  "하늘아 민지가 말한 좋아요 알바", "2026-12-07 23:10", """
하늘아 민지가 너한테도 유튜브 좋아요 알바 얘기했지?
나도 들었는데 그거 처음엔 2천원씩 주다가 "충전 미션"에서 돈 넣게 하는 거래. 민지 벌써 80만원 넣었대 ㅠㅠ
너는 절대 하지 마 그리고 민지한테 경찰서 같이 가자고 했어 토요일에
""", client="naver")

M("hard11", "colleague-gift-thanks", "조은비 <eb.cho@daesung-pack.example>", P["park"],
  "박과장님 커피 선물 감사합니다!", "2026-12-08 09:05", """
박과장님, 어제 카톡으로 보내주신 커피 선물 잘 받았습니다 ☕
저희 팀 셋이서 오늘 아침에 바로 먹었어요 ㅎㅎ
내년에도 잘 부탁드립니다. 1월 첫 주 발주 일정 나오면 미리 알려주세요!

조은비 드림 | 대성포장 경리팀
""", client="naver")

M("hard11", "policyfund-optout-confirm", "정책자금 파트너스 <noreply@policyfund-partners.example>", P["info"],
  "수신거부 처리 결과 안내", "2026-12-08 13:20", """
요청하신 광고성 정보 수신거부가 처리되었습니다.
대상 주소: info@corp.example
처리 일시: 2026-12-08 13:19
이후 세미나 안내 등 광고성 메일은 발송되지 않습니다.
(정보통신망법 제50조 제7항에 따른 처리 결과 통지)
""", client="esp", fmt="plain")

M("hard11", "court-auction-realestate-friend", "박준영 <jy.park.realty@daum.net>", P["ceo"],
  "준호야 경매 물건 얘기한 거", "2026-12-04 20:40", """
준호야 지난번 모임 때 물어본 경매 얘기.
나도 작년에 처음 해봤는데 입찰보증금은 입찰 당일 법원에 직접 수표로 내는 거고 누구한테 맡기는 거 아니다.
대리 입찰은 법무사한테 위임장 써주면 되고 수수료는 몇십만원 수준이야.
"보증금 예치해 주면 다 해준다" 그런 데는 거르고, 법원경매정보 사이트에서 물건 직접 보고 권리분석부터 해봐.
다음 주에 밥 한번 먹자
""", client="daum")
