"""hard14: the honest twins of the corpus14 spam batch, written blind like it — the same roles writing honestly, with money,
accounts and deadlines in plain words: a supplier's rep quoting with VAT and a tax invoice, the landlord's own 보증금 반환
notice through the 중개사, an adjuster from the insurer's side, a real 나라장터 입찰 notice (보증금 by 지급각서), a customer's
RFQ through its purchasing portal, a supplier's new-factory notice with the account unchanged, a colleague's own sick leave
and HR's 가불 procedure, a leaver's account change done by form, the card company's 한도 notice with nothing to send, a
university club's 협찬 request asking only a reply, a registered charity with 기부금 영수증, a real 동창회, the apartment's
입주자대표회의 notice, a kindergarten through 처음학교로, a 학원's card receipt, the building pharmacy's invoice, a lawmaker's
간담회 with no fee, a reporter's interview request, the office's lawyer on a 합의금 letter; NAVER WORKS, 전자결재, 스마트빌,
팝빌, 전자어음, 퇴직연금, 카카오 T 비즈니스, KG이니시스, UNI-PASS, 알바몬, NICE, 한국정보인증, 기업마당 and 로지스팟 notices
with nothing to log in to in a hurry; partners' English mail (a verified bank change, a buyer paying for samples, the
office's own auditor, a forwarder's arrival notice, a principal's visit, a real speaker invitation, a distributor renewal);
the vendors the office already uses. corpus14 batch."""
from ham_texts import M, P, btn, gm_quote, notice_html, ol_quote, sig

IPHONE = "\n\niPhone에서 보냄\n"
GALAXY = "\n\nGalaxy S25에서 보냄\n"

# --- A. partners and counterparties, honestly ---------------------------------------------------------------

M("hard14", "hangyeol-quote-with-vat", "한결테크 영업부 문상철 <sc.moon@hangyeol-tech.example>", P["oh"],
  "[한결테크] 1월 센서 하우징 발주 견적서 송부 (부가세 별도)", "2026-12-07 10:20", """
오세훈 차장님, 한결테크 문상철입니다. 늘 챙겨주셔서 감사합니다.

요청하신 1월 센서 하우징 발주분 견적서 첨부드립니다.
 - SH-200 알루미늄 하우징 4,000개 × 8,000원 = 32,000,000원 (부가세 별도)
 - 납기: 발주 후 3주, 판교 물류창고 도착도
연말 재고 소진 건이라 단가를 작년보다 4% 낮췄습니다. 세금계산서는 납품일에 발행하고, 대금은 기존처럼 익월 말 저희 법인 계좌로 주시면 됩니다.
견적 유효기간은 12월 31일까지입니다. 궁금하신 점은 편하게 전화 주세요 (010-xxxx-3318).

문상철 드림
(주)한결테크 영업부 과장
""", client="outlook", att=["견적서_누리웍스_SH-200_20261207.pdf"])

M("hard14", "oh-reports-vat-offer", P["oh"], P["choi"], "대리님, 한결테크 이름으로 이상한 제안 메일 왔어요", "2026-12-08 09:40", """
대리님, 아침에 naver 메일로 "한결테크 문상철"이라면서 세금계산서 없이 개인 쪽으로 주면 부가세 10% 빼준다는 메일이 왔어요.
문과장님 회사 메일은 hangyeol-tech 쪽이라 방금 휴대폰으로 직접 여쭤봤더니, 본인은 그런 메일 보낸 적 없고 어제 정식 견적서만 보냈대요.
1월 발주는 어제 받은 견적서(부가세 별도 3,200만원)로 품의 올리겠습니다. 그 naver 메일은 IT에 신고해 뒀습니다.
""" + sig("oh"), client="outlook")

M("hard14", "landlord-deposit-return", "판교공인중개사사무소 정미란 <mr.jung@pangyo-realty.example>", P["choi"],
  "5층 임대차 만기(2027.2.28) 보증금 반환 절차 안내 — 임대인 정○○님 건", "2026-12-03 11:00", """
(주)누리웍스 최수진 대리님께

안녕하세요, 계약 당시 중개를 맡았던 판교공인중개사사무소 정미란입니다.
임대인 정○○ 님께서 재계약 대신 만기 종료 의사를 밝히셔서, 보증금 반환 절차를 미리 안내드립니다.

 1. 만기일: 2027년 2월 28일 (계약서 제2조)
 2. 보증금 1억 2천만원은 만기일 당일 퇴거 확인 후 임대인 본인 명의 계좌에서 귀사 법인 계좌로 반환됩니다.
 3. 반환받으실 법인 계좌는 만기 2주 전까지 공문(법인 인감 날인)으로 임대인께 직접 전달해 주세요. 메일로 통장 사본을 보내실 필요는 없습니다.
 4. 관리비·공과금은 퇴거일 기준으로 관리사무소에서 정산서를 발행하며, 보증금에서 미리 떼는 예치금은 없습니다.
 5. 원상복구 범위는 1월 중 임대인과 현장에서 함께 확인하시면 됩니다.

임대인께서 해외에 계셔도 연락은 늘 되던 번호(010-xxxx-2207)로 가능합니다. 대리인이라며 따로 연락하는 사람이 있으면 저나 임대인께 꼭 확인해 주세요.

정미란 드림 (공인중개사)
""", client="outlook")

M("hard14", "insurer-adjuster-claim", "KB손해보험 보상서비스 <claim.noreply@kbinsure-claims.example>", P["choi"],
  "[KB손해보험] 사고접수번호 26-1203-xxxx 손해사정 진행 안내", "2026-12-07 14:30", html=notice_html(
      "KB손해보험", "#ffbc00", "손해사정 진행 안내", [
          "(주)누리웍스 고객님, 12월 3일 접수하신 물류창고 누수 사고(기업재물보험)의 손해사정이 진행 중입니다.",
          "담당 손해사정: 당사 위탁 손해사정법인 한결손해사정 박진우 손해사정사<br>현장 조사 예정: 12월 9일(수) 오후 2시",
          "손해사정 비용은 보험사가 부담합니다. 고객님께 수수료·예치금을 요청하는 일은 없습니다.",
          "준비 서류: 피해 물품 목록, 매입 세금계산서 사본, 현장 사진 (조사 당일 담당자에게 전달)",
          "보험금은 사정 완료 후 계약자 명의 법인 계좌로만 지급됩니다. 진행 상황은 KB손해보험 앱 또는 고객센터 1544-xxxx에서 확인하실 수 있습니다.",
      ], "KB손해보험 보상서비스 | 본 메일은 발신 전용입니다.", layout=2), client="esp")

M("hard14", "g2b-bid-notice", "나라장터 <noreply@g2b.go.kr>", P["bae"],
  "[나라장터] 입찰공고 알림 — 경기도○○공사 2027년 현장 계측기 유지보수 용역", "2026-12-04 09:00", """
관심 업종 입찰공고 알림

공고번호: R26BK0088xxxx-000
공고명: 2027년 현장 계측기 유지보수 용역
수요기관: 경기도○○공사
추정가격: 62,181,818원 (부가세 별도)
입찰방식: 제한경쟁 / 적격심사 / 전자입찰
입찰서 제출 마감: 2026-12-16 10:00
입찰보증금: 입찰금액의 5% — 조달청 입찰참가자격 등록 시 제출한 지급각서로 갈음
계약보증금: 낙찰 후 보증보험증권 또는 공제증권으로 제출

입찰 참가는 나라장터(www.g2b.go.kr)에 공동인증서로 로그인하여 진행하십시오.
본 메일은 관심 업종 알림 신청에 따라 발송되었습니다.
""", client="system", fmt="plain")

M("hard14", "bae-bid-plan", P["bae"], P["ceo"], "○○공사 계측기 유지보수 입찰 참여 건", "2026-12-04 15:10", """
대표님, 나라장터에 ○○공사 계측기 유지보수 용역 공고 떴습니다. 작년에 우리가 납품한 현장이라 참여 검토 부탁드립니다.
 - 추정가격 6,218만원, 적격심사, 12/16 10시 마감
 - 입찰보증금은 지급각서로 갈음이라 현금 나갈 건 없습니다. 낙찰되면 계약보증금은 서울보증 증권으로 끊으면 되고요.
참고로 지난주에 outlook.kr 주소로 "수의계약 선정됐으니 보증금 현금 예치"하라는 메일이 왔었는데, 공사 계약팀 대표번호로 확인하니 그런 건 없다고 했습니다.
투찰 금액은 내일 오전 회의 때 정하시죠.
""" + sig("bae"), client="outlook")

M("hard14", "daesung-rfq-portal", "대성산업(주) 구매팀 윤재석 <js.yoon@daesung-ind.example>", P["bae"],
  "[대성산업] 2027 상반기 압력센서 연간 단가계약 견적 요청", "2026-12-02 13:00", """
(주)누리웍스 배성우 부장님께

대성산업 구매팀 윤재석입니다.
2027년 상반기 압력센서 연간 단가계약(예상 물량 4,000개) 견적을 요청드립니다.

 - 사양서: 첨부 파일 참조 (PS-100 계열, 0~10bar, 4~20mA)
 - 제출 방법: 당사 협력사 포털(기존 등록 업체 계정)에서 견적서 업로드
 - 마감: 2026년 12월 11일(금) 17:00
 - 견적 참여에 따른 보증금이나 비용은 없습니다.

당사 구매팀은 개인 메일(hanmail, naver 등)로 견적이나 입금 안내를 보내지 않습니다. 의심되는 메일은 제게 전화로 알려주세요 (02-3289-xxxx).

윤재석 드림
""", client="outlook", att=["2027H1_압력센서_사양서.pdf"])

M("hard14", "sejin-new-factory", "세진정밀 이영호 <yh.lee@sejin-precision.example>", P["oh"],
  "[세진정밀] 음성 신공장 이전 안내 및 1분기 발주 일정 협조 요청", "2026-12-01 10:00", """
(주)누리웍스 구매팀 오세훈 차장님께

세진정밀 이영호입니다. 1월부터 음성 신공장으로 브래킷 라인을 옮기게 되어 안내드립니다.

 1. 이전 기간: 2027.1.4 ~ 1.15 (이 기간 출하 중지)
 2. 1분기 물량은 이전 전 12월 중 선생산하여 재고로 보관하겠습니다.
 3. 선금 조건은 기존 계약대로 발주 시 30%이며, 대금 입금 계좌(세진정밀(주) 법인 명의, 기업은행)는 변동이 없습니다.
 4. 공장 주소 변경에 따른 사업자등록 정정 후 새 사업자등록증을 보내드리겠습니다.

1분기 발주서를 12월 18일까지 주시면 선생산 계획에 반영하겠습니다. 연락은 늘 쓰시던 사무실 번호로 주시면 됩니다.

이영호 드림
""", client="outlook", att=["세진정밀_신공장이전_안내문.pdf"])

M("hard14", "bae-sick-leave", "배성우 <sungwoo.bae.home@gmail.com>", P["kim"], "과장님 배성우입니다 (병가 관련)", "2026-12-08 07:55", """
김과장님, 배성우입니다. 개인 메일로 드려 죄송합니다. 폰으로 회사 메일이 잘 안 열려서요.
어제 대전 출장 중에 어지럼증이 심해서 응급실 다녀왔고, 검사 때문에 오늘 하루 입원했습니다. 큰 문제는 아니라고 해요.
오늘 내일 병가 처리 부탁드리고, 진단서는 출근하면 드리겠습니다.
혹시 저 찾는 연락이 가족이라면서 회사로 오면, 제 아내는 회사에 따로 연락할 일 없으니 저한테 먼저 확인해 주세요.
""" + GALAXY, client="gmail", fmt="plain")

M("hard14", "hr-reply-sick-leave", P["kim"], "배성우 <sungwoo.bae.home@gmail.com>", "RE: 과장님 배성우입니다 (병가 관련)", "2026-12-08 09:20", """
부장님, 몸은 좀 괜찮으세요? 병가 2일(12/8~9) 처리해 두었습니다. 진단서는 복귀 후 주시면 돼요.
그리고 오늘 아침 "부장님 아내"라는 분이 회사 대표 메일로 급여 가불을 본인 계좌로 해달라고 메일을 보냈어요. 말씀하신 대로 응대하지 않았고 IT에 신고했습니다.
혹시 실제로 입원비 때문에 가불이 필요하시면, 사내 가불 신청서(그룹웨어 > 인사 > 서식)를 올려주시면 부장님 급여 계좌로 지급됩니다.
푹 쉬세요.
""" + sig("kim") + gm_quote("배성우 <sungwoo.bae.home@gmail.com>", "2026년 12월 8일 (화) 오전 7:55", """
김과장님, 배성우입니다. 개인 메일로 드려 죄송합니다.
오늘 내일 병가 처리 부탁드리고, 진단서는 출근하면 드리겠습니다.
"""), client="outlook")

M("hard14", "leaver-severance-notice", P["kim"], "정하윤 <hayoon.jung.92@gmail.com>", "[누리웍스 인사팀] 퇴직금 지급 및 계좌 확인 안내", "2026-12-03 10:00", """
정하윤님, 그동안 수고 많으셨습니다. 인사팀 김다은입니다.

퇴직금 지급 일정을 안내드립니다.
 - 지급일: 2026년 12월 10일 (퇴직일로부터 14일 이내)
 - 지급 방식: DC형 퇴직연금 가입 기간분은 IRP 계좌로 이전, 그 외 정산분은 재직 시 급여 계좌(신한)로 입금
 - 퇴직소득 원천징수영수증은 지급 후 메일로 보내드립니다.

지급 계좌를 바꾸셔야 하면 메일 회신만으로는 변경하지 않고, 계좌변경 신청서(첨부)에 서명하고 본인 명의 통장 사본을 함께 보내주신 뒤,
제가 재직 시 등록된 휴대폰 번호로 전화드려 확인하고 반영합니다. 번거로우시겠지만 양해 부탁드려요.
""" + sig("kim"), client="outlook", att=["급여계좌_변경신청서.hwp"])

M("hard14", "hyundaicard-limit", "현대카드 <corp_notice@hyundaicard.example>", P["choi"],
  "[현대카드] 법인카드 한도 변경 신청 접수 안내", "2026-12-05 16:00", html=notice_html(
      "Hyundai Card Corporate", "#000000", "법인카드 한도 변경 신청이 접수되었습니다", [
          "(주)누리웍스 고객님, 법인카드 관리자 사이트에서 신청하신 한도 변경이 접수되었습니다.",
          "신청 한도: 월 3,000만원 → 월 5,000만원 · 신청자: 최수진(카드 관리자) · 접수일: 2026.12.05",
          "심사 결과는 영업일 기준 3일 이내 관리자 사이트와 문자로 안내드립니다. 추가 서류가 필요하면 관리자 사이트 서류함에서 요청드리며, 카드 번호·CVC·신분증 사진을 메일로 요청하지 않습니다.",
          "본인이 신청하지 않으셨다면 법인카드 고객센터 1577-xxxx으로 연락 주세요.",
      ], "현대카드 주식회사 | 본 메일은 발신 전용입니다.", layout=1), client="esp")

# --- B. people and groups that ask for money or a reply, honestly ----------------------------------------------

M("hard14", "univ-club-sponsor", "가천대 창업동아리 스타트온 <starton.club@gachon-univ.example>", P["ceo"],
  "[협찬 요청] 캠퍼스 센서 해커톤 — 부스나 장비 협찬 가능 여부만 여쭙습니다", "2026-12-02 20:10", """
이준호 대표님께

안녕하세요. 가천대학교 창업동아리 스타트온 회장 김도현입니다.
내년 2월 7~8일 교내에서 「IoT 센서 해커톤」(학생 60명)을 엽니다. 지난 취업박람회에서 대표님 회사 부스를 보고 연락드립니다.

혹시 아래 중 가능한 것이 있을지 여쭙고 싶습니다.
 - 해커톤 기간 센서 키트 대여 (행사 후 반납)
 - 심사위원 1분 참여
 - 1~2시간 현직자 멘토링
현금 협찬은 학교 산학협력단을 통해서만 받을 수 있어서 따로 부탁드리지 않습니다. 어렵다면 답장 한 줄만 주셔도 감사하겠습니다.

김도현 드림 (010-xxxx-5520, 지도교수: 전자공학과 최승민 교수)
""", client="gmail", fmt="plain")

M("hard14", "charity-coal-receipt", "밥상공동체 연탄은행 성남지부 <seongnam@coalbank.example>", P["ceo"],
  "[연탄은행] 누리웍스 임직원 연탄 나눔 봉사 확정 및 후원 영수증 안내", "2026-12-04 11:30", """
(주)누리웍스 이준호 대표님께

올해도 임직원 연탄 나눔 봉사를 신청해 주셔서 감사합니다.
 - 봉사 일시: 2026년 12월 19일(토) 오전 9시, 성남 수정구 일대
 - 참가 인원: 임직원 12명 (장갑·앞치마는 현장에서 드립니다)
 - 후원 연탄: 3,000장 (1장 950원, 합계 2,850,000원)

후원금은 연탄은행 법인 계좌(사단법인 밥상공동체복지재단)로 봉사 전까지 보내주시면 되고, 법인 기부금 영수증은 국세청 간소화 자료와 별도로 1월 중 보내드립니다.
연탄은행은 개인 계좌나 전화로 후원금을 요청하지 않습니다.

성남지부 사무국장 배은정 드림 (031-7xx-xxxx)
""", client="outlook", att=["2026_연탄나눔_봉사안내.pdf"])

M("hard14", "alumni-yearend", "성일고 31회 동창회 <sungil31@alumni-band.example>", "이준호 <junho.lee.home@naver.com>",
  "[성일고 31회] 송년회 겸 김선생님 팔순 축하연 안내", "2026-12-01 21:00", """
31회 동기 여러분, 총무 권민석입니다.

올해 송년회는 3학년 담임이셨던 김영태 선생님 팔순 축하를 겸해서 합니다.
 - 일시: 12월 20일(토) 저녁 6시 30분
 - 장소: 수원 인계동 ○○한정식 2층 (주차 가능)
 - 회비: 1인 7만원 (선생님 선물·꽃 포함)

회비는 늘 쓰던 동창회 모임통장(카카오뱅크 모임통장, 총무 권민석)으로 12월 15일까지 넣어주세요. 밴드 공지에 입금 현황 올려둘게요.
찬조는 받지 않기로 회장단에서 정했습니다. 참석 여부는 밴드 투표로 부탁해.
""", client="naver", fmt="plain")

M("hard14", "apt-council-notice", "판교○○아파트 관리사무소 <office@pangyo-apt.example>", "이준호 <junho.lee.home@naver.com>",
  "[입주자대표회의] 정문 보행로 안전 펜스 공사 결정 및 동의서 안내", "2026-12-02 17:00", """
입주민 여러분께

입주자대표회의 11월 정기회의(11/28)에서 정문 보행로 안전 펜스 설치 공사가 의결되었습니다.
 - 공사 금액: 2,860만원 (3개 업체 공개 입찰, 결과는 게시판과 K-apt에 공개)
 - 재원: 장기수선충당금 (입주민 과반 동의 후 집행)
 - 세대별 추가 부담: 없음

동의서는 각 세대 우편함에 넣어드렸으며, 12월 12일까지 관리사무소 또는 아파트 앱으로 제출해 주세요.
관리비 외에 입주자대표회의나 회장 명의 계좌로 돈을 걷는 일은 없습니다.

입주자대표회의 회장 신동규 / 관리사무소장 오미숙
""", client="esp", fmt="plain")

M("hard14", "kindergarten-admission", "해솔유치원 <haesol@kinder.example>", "배성우 <sungwoo.bae.home@gmail.com>",
  "[해솔유치원] 2027학년도 만4세반 최종 등록 안내", "2026-12-03 15:00", """
배○○ 어린이 부모님께

2027학년도 처음학교로 추첨 결과 해솔유치원 만 4세반에 선발되었음을 알려드립니다.
 - 등록 기간: 2026. 12. 8.(월) ~ 12. 10.(수), 처음학교로 누리집에서 "등록" 버튼을 눌러 주세요.
 - 입학금: 없음 (누리과정 지원)
 - 특성화 활동비·급식비: 3월부터 매월 스쿨뱅킹(CMS) 자동이체로 납부
 - 신입 원아 오리엔테이션: 2027. 2. 20.(금) 오전 10시

유치원은 등록 전 입학금이나 선납금을 받지 않으며, 원장 개인 계좌로 돈을 받지 않습니다.
궁금하신 점은 교무실(031-7xx-xxxx)로 전화 주세요.

해솔유치원장 송미경
""", client="esp", fmt="plain", att=["2027_신입원아_등록안내문.pdf"])

M("hard14", "academy-receipt", "수학의 정석 학원 <receipt@jungsuk-academy.example>", "배성우 <sungwoo.bae.home@gmail.com>",
  "[수학의 정석 학원] 겨울방학 특강 수강료 결제 영수증", "2026-12-05 19:40", """
학부모님, 겨울방학 특강 수강료 결제가 완료되었습니다.

 - 수강생: 배○○ (중2 심화반)
 - 과정: 겨울방학 특강 (12/29 ~ 2/13, 주 3회)
 - 수강료: 1,840,000원 (교육청 신고 금액과 동일)
 - 결제: 신한카드 일시불 (승인번호 7781xxxx)

교육비 소득공제용 납입증명서는 1월 중 발급해 드립니다.
할인을 이유로 계좌 입금을 따로 요청드리지 않습니다. 문의: 학원 데스크 031-7xx-xxxx
""", client="system", fmt="plain")

M("hard14", "pharmacy-monthly-invoice", "온누리약국 <onnuri@pharm.example>", P["seo"],
  "[온누리약국] 12월 사무실 상비약 보충 내역 및 세금계산서", "2026-12-04 13:10", """
누리웍스 서민지 주임님, 1층 온누리약국입니다.
오늘 오전 5층 상비약함 보충해 드렸습니다.
 - 해열진통제 2통, 소화제 2통, 밴드·소독약, 파스 1박스
 - 합계 88,000원 (일반의약품·의약외품)
늘 하시던 대로 세금계산서는 홈택스로 발행했고, 대금은 월말에 회사 계좌이체로 주시면 됩니다. 결제 방식 변경은 없습니다.
""", client="naver", fmt="plain")

M("hard14", "assembly-roundtable", "국회의원 ○○○ 의원실 <member.office@assembly.example>", P["ceo"],
  "[의원실] 판교 중소 제조·유통기업 현장 간담회 참석 요청 (12.18)", "2026-12-03 10:30", """
(주)누리웍스 이준호 대표님께

○○○ 국회의원실 정책비서관 윤성호입니다.
의원님께서 판교 지역 중소 제조·유통기업의 애로 사항을 듣는 간담회를 엽니다. 판교테크노밸리 기업협의회의 추천으로 대표님께 참석을 부탁드립니다.

 - 일시: 2026년 12월 18일(금) 오후 3시 ~ 4시 30분
 - 장소: 판교 스타트업캠퍼스 2층 세미나실
 - 주제: 수출 인증 비용, 인력 채용, 연구개발 세액공제
 - 참가비나 분담금은 없으며, 간담회 결과는 의원실 보도자료로 공개됩니다.

참석 여부를 12월 11일까지 회신 부탁드립니다. 의원실 대표번호(02-784-xxxx)로 확인하셔도 됩니다.
""", client="outlook")

M("hard14", "reporter-interview", "경기산업일보 박경민 기자 <km.park@gg-sanup.example>", P["ceo"],
  "[인터뷰 요청] 판교 센서 기업 수출 특집 — 30분 전화 인터뷰 가능하실까요", "2026-12-04 16:45", """
이준호 대표님 안녕하세요. 경기산업일보 산업부 박경민 기자입니다.
12월 말 "경기 중소기업 수출 현장" 특집을 준비하고 있습니다. 올해 중동 수출을 늘리신 사례로 대표님 이야기를 듣고 싶습니다.
 - 방식: 30분 전화 또는 방문 인터뷰, 사진 1~2장
 - 질문: 수출 시작 계기, 인증 과정의 어려움, 내년 계획
 - 게재 예정: 12월 29일 지면·인터넷판
기사는 비용이 전혀 들지 않고, 게재 전 사실관계 확인용 원고를 보내드립니다. 편하신 시간 알려주시면 맞추겠습니다.

박경민 드림 (산업부, 031-2xx-xxxx)
""", client="outlook")

M("hard14", "review-threat-report", P["jung"], P["ceo"], "대표님, 리뷰 협박 메일 건 정리했습니다", "2026-12-08 11:30", """
대표님, 오늘 받으신 "별점 1점 리뷰 27건 게시" 메일 건 정리했습니다.
 - 보낸 곳: proton.me 익명 주소, USDT 요구 → 응대하지 않았습니다.
 - 경찰청 사이버범죄 신고 시스템(ECRM)에 신고 접수했고, 접수번호는 공유 폴더에 올려뒀습니다.
 - 잡플래닛·네이버 플레이스 리뷰는 제가 매일 확인하겠습니다. 허위 리뷰가 올라오면 각 플랫폼 신고 절차로 처리할게요.
참고로 11월 잡플래닛 리뷰 리포트상 실제 리뷰는 2건, 평점 3.8로 변동 없습니다.
""" + sig("jung"), client="outlook")

M("hard14", "lawyer-on-settlement-letter", "법무법인 다온 정수연 변호사 <sy.jung@daon-law.example>", P["ceo"],
  "RE: 교통사고 합의금 요구 메일 검토 의견", "2026-12-08 15:20", """
대표님, 보내주신 "법무법인 한빛 서지훈 변호사" 메일 검토했습니다.

 1. 대한변협 등록 변호사 조회상 같은 이름의 변호사는 있으나 소속이 다르고, 법무법인 한빛 대표번호로 확인하니 해당 사건이 없다고 합니다.
 2. 법인 차량 사고라면 자동차보험사가 대인 배상을 처리하고, 형사 합의금이 필요한 경우에도 운전자보험·보험사를 통해 피해자 측과 직접 진행합니다. 변호사 개인 명의 "예치 계좌"로 보낼 일은 없습니다.
 3. 총무팀에 확인하니 11월 28일 법인 차량 사고 기록도 없습니다.
응대하지 마시고 메일은 보관만 해 주세요. 혹시 실제로 사고 연락이 오면 바로 저에게 알려주시면 보험사와 함께 보겠습니다.

정수연 드림
""" + ol_quote("이준호 <jh.lee@corp.example>", "2026년 12월 8일 화요일 오후 1:05", "정수연 <sy.jung@daon-law.example>",
               "FW: [합의 제안] 귀사 직원 교통사고 관련", """
변호사님, 이런 메일이 왔는데 한번 봐주시겠어요? 총무팀은 사고 보고 받은 게 없다고 합니다.
"""), client="outlook")

M("hard14", "building-fire-inspection", "판교○○타워 관리단 <facility@pangyo-tower.example>", P["all"],
  "[관리단] 12월 소방시설 작동기능점검 일정 안내 (12/10~11)", "2026-12-05 09:00", """
입주사 여러분께

소방시설 설치 및 관리에 관한 법률에 따라 12월 소방시설 작동기능점검을 실시합니다.
 - 5층: 12월 10일(목) 오후 2시 ~ 4시 (감지기·스프링클러 헤드 점검, 경보 시험 있음)
 - 점검 업체: 관리단 계약 업체 (주)한빛소방 — 점검 비용은 관리비에 포함
건물의 소방안전관리자는 관리단이 선임하고 있으며, 입주사가 별도로 선임하거나 대행 계약을 할 필요는 없습니다.
소방서 지적을 이유로 비용을 요구하는 연락은 관리단(031-6xx-xxxx)으로 알려주세요.
""", client="esp", fmt="plain")

M("hard14", "ceo-gift-approval", P["ceo"], P["kim"], "거래처 연말 선물 건 — 결재 올렸습니다", "2026-12-07 17:20", """
김과장님, 거래처 연말 선물 건 전자결재 올렸어요 (NW-결재-2026-1902).
작년처럼 과일 세트 15곳, 업체는 총무팀에서 쓰던 곳으로, 법인카드 결제하고 세금계산서 받아주세요.
기프트카드나 상품권 핀번호 같은 건 제가 메일로 부탁할 일 없으니 혹시 그런 메일 오면 무시하세요.
""" + sig("ceo"), client="outlook")

M("hard14", "gyeonggi-award-notice", "경기도경제과학진흥원 <award@gbsa.example>", P["ceo"],
  "[경기도] 2026 경기도 유망중소기업 선정 결과 통보", "2026-12-04 14:00", """
(주)누리웍스 대표이사 귀하

1. 귀 사의 발전을 기원합니다.
2. 귀 사가 신청한 「2026년 경기도 유망중소기업」 심사 결과 최종 선정되었음을 알려드립니다.
3. 인증 기간은 2027.1.1.~2029.12.31.(3년)이며, 인증서와 현판은 1월 중 등기우편으로 발송합니다. 제작비 등 비용은 없습니다.
4. 인증 기업 지원사업(자금 금리 우대, 해외전시회 우선 선발) 안내는 첨부 공문을 참고하시기 바랍니다.

경기도경제과학진흥원 기업성장본부
""", client="outlook", att=["2026_유망중소기업_선정통보.pdf"])

M("hard14", "tax-accountant-vat-prep", "세무법인 온새 김도윤 세무사 <dy.kim@onsae-tax.example>", P["choi"],
  "2026년 2기 부가세 확정신고 자료 요청 (1/10까지)", "2026-12-07 10:40", """
최수진 대리님, 김도윤입니다.
1월 부가세 확정신고 준비로 자료 요청드립니다.
 1. 10~12월 매출·매입 세금계산서 외 증빙 (카드 사용분은 저희가 홈택스에서 조회합니다)
 2. 수출 실적 명세 (B/L, 수출신고필증)
 3. 12월 법인카드 사적 사용분 여부
예상 납부세액은 12월 말에 미리 알려드리겠습니다. 납부는 1월 26일까지 홈택스 가상계좌나 은행 납부로 하시면 됩니다.
""", client="outlook")

# --- C. the services' own notices, nothing to log in to in a hurry -------------------------------------------------

M("hard14", "naverworks-policy", "NAVER WORKS <noreply@worksmobile.com>", P["yoon"],
  "[NAVER WORKS] 2027년 1월 관리자 보안 정책 업데이트 안내", "2026-12-01 10:00", html=notice_html(
      "NAVER WORKS", "#00c73c", "관리자 보안 정책 업데이트 안내", [
          "윤태식 관리자님, 2027년 1월 12일부터 관리자 계정의 2단계 인증이 기본 적용됩니다.",
          "기존에 2단계 인증을 사용 중인 관리자는 별도 조치가 필요 없습니다. 미사용 관리자는 적용일 이후 첫 로그인 시 설정 화면이 나타납니다.",
          "구성원의 메일·메시지 이용에는 영향이 없으며, 적용일 전 재인증을 요구하는 메일은 보내지 않습니다.",
          btn("https://admin.worksmobile.com", "관리자 화면에서 정책 보기", "#00c73c"),
      ], "NAVER Cloud Corp. | 본 메일은 관리자에게 발송되는 서비스 공지입니다.", layout=2), client="esp")

M("hard14", "groupware-approval-notice", "전자결재 알림 <approval@corp.example>", P["park"],
  "[전자결재] 참조 문서 도착: 2026년 4분기 성과급 지급 기준(안)", "2026-12-07 18:05", """
참조 문서가 도착했습니다.

문서번호: NW-결재-2026-1897
제목: 2026년 4분기 성과급 지급 기준(안)
기안자: 경영지원팀 최수진 / 결재: 이준호 대표이사 (완료)
참조: 팀장 이상 7명

사내 그룹웨어 > 전자결재 > 참조함에서 확인하실 수 있습니다. (사내망 또는 VPN 접속)
이 메일은 그룹웨어에서 자동 발송되었습니다.
""", client="system", fmt="plain")

M("hard14", "smartbill-received", "스마트빌 <noreply@smartbill.example>", P["choi"],
  "[스마트빌] 전자세금계산서가 도착했습니다 — (주)한성정밀", "2026-12-04 16:20", """
(주)누리웍스 귀하

(주)한성정밀이 발행한 전자세금계산서가 도착했습니다.
 - 작성일자: 2026-12-04
 - 공급가액: 15,000,000원 / 세액: 1,500,000원 / 합계: 16,500,000원
 - 품목: 설비 계약금 (계약서 NW-2026-1874)

국세청 전송이 완료된 세금계산서이며, 홈택스에서도 조회하실 수 있습니다.
수신 확인은 선택 사항이며, 하지 않아도 매입세액 공제에 영향이 없습니다.
""", client="system", fmt="plain")

M("hard14", "popbill-point-low", "팝빌 <no-reply@popbill.example>", P["choi"],
  "[팝빌] 포인트 잔액 알림 (설정 기준 5,000P 미만)", "2026-12-06 09:00", """
누리웍스 관리자님, 팝빌입니다.
설정하신 알림 기준에 따라 포인트 잔액을 알려드립니다.
 - 현재 잔액: 4,620P (세금계산서 약 46건 발행 가능)
 - 최근 30일 사용: 1,910P
잔액이 0이 되어도 이미 발행된 문서에는 영향이 없으며, 충전은 팝빌 사이트의 [포인트 충전] 메뉴에서 하실 수 있습니다.
알림 기준은 [환경설정 > 알림]에서 바꿀 수 있습니다.
""", client="system", fmt="plain")

M("hard14", "ibk-ebill-maturity", "IBK기업은행 <ebill_notice@ibk.example>", P["choi"],
  "[IBK기업은행] 전자어음 만기 도래 안내 (12/08)", "2026-12-07 09:00", html=notice_html(
      "IBK기업은행", "#004b9c", "전자어음 만기 도래 안내", [
          "(주)누리웍스 고객님, 보유하신 전자어음의 만기가 도래하여 안내드립니다.",
          "발행인: (주)대성산업 · 액면 금액: 32,400,000원 · 만기일: 2026.12.08",
          "자동 지급제시를 신청하신 어음이므로 만기일에 별도 조치 없이 결제 계좌로 입금됩니다.",
          "결제 결과는 만기일 오후 기업뱅킹 입금 내역에서 확인하실 수 있습니다. 은행은 메일 링크로 인증서 로그인을 요청하지 않습니다.",
      ], "IBK기업은행 | 고객센터 1566-xxxx | 본 메일은 발신 전용입니다.", layout=1), client="esp")

M("hard14", "pension-default-option", "미래에셋증권 퇴직연금 <pension@miraeasset.example>", P["kim"],
  "[퇴직연금] DC형 가입자 운용지시 안내 — 2027년 상품 만기 도래 가입자 12명", "2026-12-02 10:00", """
누리웍스 퇴직연금 담당자님께

DC형 가입자 중 12명의 정기예금 상품이 12~1월에 만기됩니다.
만기 후 4주 내에 가입자 본인이 운용지시를 하지 않으면, 가입자가 미리 정한 사전지정운용(디폴트옵션) 상품으로 운용됩니다.
가입자별로 모바일 앱 안내가 나가며, 담당자님은 가입자들께 사내 공지만 해주시면 됩니다. (명단은 기업 담당자 화면에서 확인)
디폴트옵션 상품은 언제든 가입자가 변경할 수 있습니다.

미래에셋증권 퇴직연금 법인 담당 RM 조은비 (02-3774-xxxx)
""", client="outlook")

M("hard14", "kakaot-biz-monthly", "카카오 T 비즈니스 <biz_noreply@kakaomobility.example>", P["choi"],
  "[카카오 T 비즈니스] 11월 법인 이용 내역 리포트", "2026-12-01 08:00", html=notice_html(
      "kakao T business", "#ffcd00", "11월 이용 내역 리포트", [
          "누리웍스 관리자님, 11월 법인 이용 내역을 보내드립니다.",
          "택시 86건 · 1,284,300원 / 대리 3건 · 96,000원 / 이용 임직원 24명",
          "결제: 신한 법인카드 ****-2204 (12월 1일 일괄 승인 완료)",
          "부서별 상세 내역은 관리자 웹에서 엑셀로 내려받을 수 있습니다.",
      ], "(주)카카오모빌리티 | 본 메일은 발신 전용입니다.", layout=2), client="esp")

M("hard14", "inicis-settlement", "KG이니시스 <settle_noreply@inicis.example>", P["choi"],
  "[KG이니시스] 12/09 정산 예정 내역 안내", "2026-12-08 07:00", """
가맹점명: 누리웍스 온라인몰 (MID: nuriw0xxxx)

 - 정산 예정일: 2026-12-09
 - 승인 금액: 4,982,000원 / 수수료: 156,000원 / 정산 예정액: 4,826,000원
 - 입금 계좌: 기업은행 ***-******-01-*** (등록 계좌)

상세 내역은 이니시스 가맹점 관리자 페이지에서 확인하실 수 있습니다.
본 메일은 정산 알림 수신에 동의한 가맹점에 발송됩니다.
""", client="system", fmt="plain")

M("hard14", "customs-broker-unipass", "한빛관세사무소 최정우 <jw.choi@hanbit-customs.example>", P["oh"],
  "[수입신고 수리] HDMU2611xxxx — 관부가세 납부서 첨부", "2026-12-07 13:30", """
오세훈 차장님, 한빛관세사무소 최정우입니다.
12/5 입항한 압력센서 건 수입신고가 오늘 수리되었습니다.
 - 신고번호: 41233-26-1208xxx
 - 관세 0원(FTA 적용), 부가세 3,284,000원
 - 납부: 첨부한 납부서의 관세청 전자납부번호로 은행·인터넷뱅킹 납부 (납부 기한 12/21)
UNI-PASS에서 귀사 인증서로 조회하셔도 같은 내용 나옵니다. 화물은 내일 오전 창고 반출 예정입니다.
""", client="outlook", att=["관부가세_납부서_41233-26-1208xxx.pdf"])

M("hard14", "albamon-posting-closed", "알바몬 <noreply@albamon.example>", P["kim"],
  "[알바몬] 채용공고 마감 안내 — 물류센터 단기 포장 알바(12월)", "2026-12-06 00:10", """
누리웍스 담당자님, 알바몬입니다.
게재하신 공고가 설정하신 마감일에 따라 마감되었습니다.
 - 공고명: 물류센터 단기 포장 알바(12월)
 - 게재 기간: 11/22 ~ 12/05 / 지원자 37명
지원자 이력서는 마감 후 90일간 기업회원 페이지에서 열람하실 수 있습니다.
""", client="system", fmt="plain")

M("hard14", "nice-annual-rating", "NICE평가정보 <report@nicerating.example>", P["choi"],
  "[NICE평가정보] 2026년 기업신용평가 결과 통보 — (주)누리웍스", "2026-12-03 11:00", """
(주)누리웍스 귀하

귀사가 신청하신 2026년 기업신용평가(공공기관 입찰용) 결과를 알려드립니다.
 - 신용등급: BB+ (전년 BB)
 - 현금흐름등급: CF3
 - 유효기간: 2027.6.30.까지 (결산 반영 후 재평가 권장)
등급확인서 원본은 등기우편으로 발송했으며, 조달청 나라장터에는 당사가 전자 전송했습니다.
평가 수수료는 11월에 이미 결제되어 추가 비용은 없습니다.
""", client="outlook", att=["신용평가등급확인서_누리웍스_2026.pdf"])

M("hard14", "it-cert-renewal", P["yoon"], P["choi"], "사업자 범용 공동인증서 갱신 완료했습니다", "2026-12-07 16:00", """
대리님, 12/15 만료 예정이던 사업자 범용 공동인증서 오늘 한국정보인증 사이트에서 갱신 완료했습니다 (수수료 법인카드 결제, 영수증 공유 폴더).
새 인증서는 경리 PC와 보안 USB에 넣어뒀고, 홈택스·나라장터·기업뱅킹 재등록도 끝냈어요.
참고로 "갱신 신청서.html" 첨부로 인증서 비밀번호를 입력하라는 메일이 돌고 있는데, 인증기관은 그런 식으로 갱신하지 않으니 열지 마세요.
""" + sig("yoon"), client="outlook")

M("hard14", "bizinfo-newsletter", "기업마당 <news@bizinfo.example>", P["ceo"],
  "[기업마당] 12월 2주차 지원사업 공고 모음 — 수출·R&D·인력", "2026-12-07 08:00", html=notice_html(
      "기업마당", "#1b4f9c", "12월 2주차 지원사업 공고 모음", [
          "관심 분야(수출, 기술개발, 인력)로 설정하신 신규 공고입니다.",
          "· 2027년 수출바우처 사업 참여기업 모집 (KOTRA, 접수 ~1/16)<br>· 2027년 중소기업 기술개발 R&D 1차 공고 (중기부, 접수 ~1/30)<br>· 청년 일경험 지원사업 참여기업 모집 (고용부, 접수 ~12/31)",
          "신청은 각 공고의 주관기관 누리집에서 직접 하시며, 기업마당은 신청 대행이나 수수료를 받지 않습니다.",
          btn("https://www.bizinfo.go.kr", "공고 전체 보기", "#1b4f9c"),
      ], "중소벤처기업부 기업마당 | 수신을 원하지 않으시면 마이페이지에서 설정을 변경하세요.", layout=2), client="esp")

M("hard14", "logispot-dispatch-done", "로지스팟 <dispatch@logispot.example>", P["oh"],
  "[로지스팟] 배차 완료 — 12/09 판교→평택 5톤", "2026-12-08 17:45", """
오세훈 차장님, 배차가 완료되었습니다.
 - 상차: 12/09(수) 08:00 판교 물류창고 / 하차: 평택 ○○산업 11:00 예정
 - 차량: 5톤 윙바디 (경기 8x바 xxxx), 기사님 연락처는 상차 1시간 전 문자로 드립니다
 - 운송료: 412,000원 (월말 세금계산서 일괄 청구)
변경·취소는 로지스팟 웹에서 상차 2시간 전까지 가능합니다.
""", client="system", fmt="plain")

# --- D. partners in English -----------------------------------------------------------------------------------

M("hard14", "hartmann-bank-change-verified", "Markus Vogel <m.vogel@hartmann-sensorik.example>", P["oh"],
  "Hartmann Sensorik - bank details from January (please verify by phone)", "2026-12-02 15:30", """
Dear Mr. Oh,

As announced at our distributor meeting in October, Hartmann Sensorik will move its house bank from Commerzbank to
Deutsche Bank from 1 January 2027. The account holder stays Hartmann Sensorik GmbH.

The signed letter on our letterhead is attached. Please do not change anything based on email alone: call me on our
office line (+49 711 xxx-240) or ask your contact Ms. Weber to confirm, and we will also confirm in our next call on
14 December. December invoices should still be paid to the current Commerzbank account.

Kind regards,
Markus Vogel
Accounts Receivable, Hartmann Sensorik GmbH
""", client="outlook365", att=["Hartmann_Bank_Change_Letter_signed.pdf"])

M("hard14", "mexico-buyer-sample-paid", "Rafael Ortiz <r.ortiz@norteind.example>", P["bae"],
  "Sample order PT-300 - payment sent", "2026-12-03 02:15", """
Hi Mr. Bae,

Thanks for the proforma. We have paid the 5 samples of PT-300 plus DHL freight (USD 1,140 in total) by wire today;
the remittance advice is attached. Our lab will test them for NOM certification at our cost, and if everything goes
well we expect to send the first PO (about 2,000 pcs) in February.

Please ship with our DHL account number on the airway bill. Let me know if you need anything else.

Best,
Rafael Ortiz
Purchasing Manager, Norte Industrial
""", client="outlook365", att=["Remittance_Advice_PI-NW-2611.pdf"])

M("hard14", "own-auditor-confirmation", P["choi"], "Grace Lim <grace.lim@samil-audit.example>",
  "RE: Year-end audit - bank and balance confirmations sent", "2026-12-04 11:10", """
Dear Ms. Lim,

As requested in your audit planning letter, we have asked our two banks to send the confirmations directly to your
office, and the customer balance confirmations went out from our side this morning (list attached).
Please note we received an email from "pwc-assurance-kr.com" asking suppliers for ID copies and passbooks by reply;
we did not respond. If any real request comes from another audit firm, we assume it will go through our finance team
with a signed letter, as yours did.

Best regards,
""" + sig("choi"), client="outlook", att=["Confirmation_request_list_FY2026.xlsx"])

M("hard14", "forwarder-arrival-notice", "Sunrise Freight Korea <ops@sunrise-freight.example>", P["oh"],
  "Arrival Notice - HDMU2611xxxx / ETA Busan 12/05", "2026-12-03 09:00", """
Dear Customer,

Please find the arrival notice for your shipment.

  B/L: HDMU2611xxxx
  Vessel: HMM GARNET 0412E
  ETA Busan: 05 Dec 2026
  Packages: 14 CTNS / 312 KGS

Local charges (THC, DOC fee, CCF) KRW 286,400 are invoiced to your account as usual and payable within 30 days to
Sunrise Freight Korea's registered account on file. Our bank details have not changed; we will never change them by email.

Best regards,
Sunrise Freight Korea Co., Ltd. / Import Team
""", client="outlook", att=["AN_HDMU2611xxxx.pdf"])

M("hard14", "principal-coo-visit", "David Kessler <d.kessler@nordtek.example>", P["ceo"],
  "Visit to Pangyo on 15 January", "2026-12-05 17:40", """
Dear Mr. Lee,

I will be in Seoul in mid-January and would like to visit your office on 15 January, around 2pm, to review the 2027
forecast and the new product launch plan. My assistant, Anna, will send a calendar invitation.

Nothing to prepare beyond your usual quarterly report. Looking forward to seeing you and the team.

Best regards,
David Kessler
COO, Nordtek AG
""", client="outlook365")

M("hard14", "real-speaker-invite", "Dr. Helen Tan <helen.tan@sensor-assoc-sg.example>", P["han"],
  "Invitation to speak - Sensor Asia Forum 2027 (no fee)", "2026-12-02 12:00", """
Dear Ms. Han,

On behalf of the programme committee, I am pleased to invite you to give a 20-minute talk on temperature-drift
compensation at the Sensor Asia Forum, 17 March 2027, Singapore. Your paper at the Daegu workshop was recommended by
Prof. Choi.

Invited speakers do not pay any registration fee, and we cover one night's hotel. Please let me know by 15 January
whether you can accept; a short abstract is enough for now.

Kind regards,
Dr. Helen Tan
Programme Chair
""", client="outlook365")

M("hard14", "distributor-renewal", "Priya Nair <priya.nair@rotofab.example>", P["ceo"],
  "Distributor agreement 2027 - renewal draft for your review", "2026-12-03 13:20", """
Dear Mr. Lee,

Attached is the renewal draft of our Korea distributor agreement for 2027. The terms are the same as 2026 except the
price list (+3% on the RF series) and a new clause on annual training. There is no fee or bond for the renewal.

Please send any comments by 20 December; we can sign by DocuSign from our legal team's usual address before the
holidays.

Best regards,
Priya Nair
Channel Manager, Asia, Rotofab
""", client="outlook365", att=["Rotofab_Korea_Distributor_Agreement_2027_draft.docx"])

# --- E. the vendors the office already uses ---------------------------------------------------------------------

M("hard14", "shred-vendor-visit", "세이프쉬레드 <cs@safeshred.example>", P["seo"],
  "[세이프쉬레드] 12/18 방문 파쇄 예약 확인 및 파쇄증명서 안내", "2026-12-07 14:00", """
누리웍스 서민지 주임님, 세이프쉬레드입니다.
12월 18일(금) 오전 10시 방문 파쇄 예약 확인드립니다.
 - 예상 수량: 보안 박스 14개 (현장에서 무게 측정 후 확정)
 - 단가: 박스당 12,000원, 작년과 동일 / 세금계산서 익월 발행
 - 파쇄 후 파쇄증명서(개인정보 파기 기록용) 메일로 보내드립니다.
주차 등록 부탁드리고, 변경 사항은 이 메일로 회신 주세요.
""", client="outlook")

M("hard14", "aircheck-result", "판교○○타워 관리단 <facility@pangyo-tower.example>", P["all"],
  "[관리단] 11월 실내공기질 측정 결과 공유", "2026-12-03 10:00", """
입주사 여러분께

관리단이 연 1회 실시하는 실내공기질 측정 결과를 공유드립니다. (측정: 환경부 등록 측정대행업체, 11/24)
 - 5층 미세먼지(PM10) 38㎍/㎥, 이산화탄소 880ppm, 폼알데하이드 22㎍/㎥ — 모두 기준 이내
겨울철에는 점심시간 전후 10분 환기를 권장드립니다. 측정 비용은 관리비에 포함되어 있습니다.
""", client="esp", fmt="plain")

M("hard14", "ev-charger-quote-followup", P["yoon"], P["ceo"], "RE: 법인차 전기차 전환 시 충전기 설치 견적", "2026-12-08 10:05", """
대표님, 말씀하신 충전기 설치 건 관리단에 확인했습니다.
지하 2층에 건물 공용 완속 충전기가 6기 있고, 입주사 전용 설치는 관리단 승인과 전기 용량 검토가 필요하다고 합니다.
우선 공용 충전기를 쓰고, 내년 2월 법인차 리스 갱신 때 다시 보시는 걸 권합니다. 광고 메일로 온 업체들 견적은 따로 받지 않았습니다.
""" + sig("yoon"), client="outlook")
