"""overlap: ordinary business mail whose words are the spammers' words — 대출/여신, 카지노 리조트 offsites, 성인
교육, 비아그라 in a pharmacy's stock list, 토토 as a nickname and a company, 광고 agency work, 관광 고속버스,
완성 인원, 주식 이전, 코인 laundries and parking coins, 투자 유치 IR decks, 슬롯, 놀이터 안전점검, 몰카 점검,
선입금 terms, 상위노출 reports. Third batch."""
from ham_texts import M, P, gm_quote, ol_quote, sig

M("overlap", "high1-resort-workshop", "하이원리조트 단체영업팀 <group@high1.com>", P["kim"],
  "[하이원리조트] 단체 워크숍 예약 확정 안내 - (주)누리웍스", "2026-09-02 15:20", """
(주)누리웍스 김다은 과장님께

하이원리조트 단체영업팀 박소연입니다. 10월 워크숍 예약이 아래와 같이 확정되어 안내드립니다.

- 일정: 2026년 10월 15일(목) ~ 16일(금), 1박 2일
- 객실: 하이원 그랜드호텔 컨벤션타워 디럭스 트윈 20실
- 세미나실: 컨벤션홀 B (40석, 빔프로젝터·마이크 포함) 15일 14:00~18:00
- 식사: 15일 석식 바비큐 뷔페, 16일 조식
- 계약금: 총액의 20% (1,184,000원), 9월 11일까지 입금

참고로 호텔 내 카지노(하이원 그랜드 카지노)는 만 19세 이상 별도 입장이며 단체 일정과는 무관합니다.
곤돌라 이용권은 투숙객 30% 할인됩니다.

계약서와 견적서 첨부드립니다. 문의 사항은 편하게 연락 주세요.

박소연 드림
하이원리조트 단체영업팀 | 033-590-7720 | www.high1.com
""", client="outlook365", att=["하이원_단체계약서_누리웍스.pdf", "견적서_20261015.pdf"])

M("overlap", "workshop-casino-rule-internal", P["kim"], P["all"], "[워크숍] 10/15~16 하이원 워크숍 안내 (필독)",
  "2026-10-06 10:00", """
안녕하세요, 인사팀입니다. 다음 주 하이원 워크숍 안내드립니다.

■ 출발: 10/15(목) 오전 8시 회사 앞 관광버스 2대 (7시 50분까지 탑승)
■ 일정: 14시 하반기 전략 세미나 → 18시 30분 바비큐 만찬 → 자유시간
■ 복귀: 10/16(금) 오후 3시 회사 도착 예정

※ 자유시간에 호텔 내 카지노 출입은 개인 자유지만, 법인카드 사용과 팀 단위 이동은 금지입니다.
  (작년 워크숍 이후 정해진 규칙입니다. 양해 부탁드려요.)
※ 멀미약은 버스에 비치해 둡니다.

방 배정표 첨부합니다.
""" + sig("kim"), att=["워크숍_방배정표.xlsx"])

M("overlap", "paradise-city-partner-conference", "Paradise City Sales <mice@paradisecity.co.kr>", P["bae"],
  "RE: 파트너 컨퍼런스 대관 견적 (파라다이스시티, 11월)", "2026-07-14 11:10", """
배성우 부장님, 안녕하세요.
파라다이스시티 MICE 세일즈팀 이지훈입니다.

요청하신 11월 파트너 컨퍼런스 견적 다시 보내드립니다.
- 그랜드볼룸 1/2 분할 (150명 극장식), 11월 12일 09:00~18:00
- 호텔 객실 40실 (디럭스), 1박, 조식 포함
- 코스 디너 150명 (한식 코스)

카지노 리조트라 해외 파트너분들 관심이 많으실 텐데, 카지노는 외국인 전용이라 한국 국적 임직원은 입장이
불가한 점 미리 공유드립니다. 아트 스페이스와 스파(씨메르)는 투숙객 할인이 됩니다.

수정 견적서 첨부합니다. 7월 말까지 가예약 유지해 두겠습니다.

이지훈 드림 | 032-729-2114
""" + ol_quote("배성우", "2026년 7월 10일 금요일 오후 4:02", "mice@paradisecity.co.kr", "파트너 컨퍼런스 대관 견적 문의", """
11월 중순 해외 대리점 파트너 컨퍼런스(약 150명)를 인천에서 열려고 합니다.
공항과 가까운 곳을 찾고 있어 연락드립니다. 대관과 객실 견적 부탁드립니다.
"""), client="outlook365", reply="corp.example", att=["Paradise_MICE_Quote_v2.pdf"])

M("overlap", "adult-literacy-volunteer", "성남시평생학습관 <lifelong@seongnam.go.kr>", P["kim"],
  "[성남시평생학습관] 성인 문해교육 자원봉사 강사 모집 협조 요청", "2026-03-03 09:20", """
관내 기업 인사 담당자님께

성남시평생학습관입니다.
2026년 성인 문해교육 프로그램(한글·디지털 문해)의 자원봉사 강사를 모집하고 있어 협조를 요청드립니다.

- 대상: 임직원 중 성인 학습자 교육에 관심 있는 분
- 활동: 주 1회 2시간 (화 또는 목 저녁 7시), 4월~11월
- 장소: 분당구 정자동 평생학습관 2층
- 혜택: 자원봉사 시간 인정(1365), 성인 교육 강사 연수 무료 수강

홍보 포스터를 첨부하오니 사내 게시판에 게시해 주시면 감사하겠습니다.

성남시평생학습관 평생교육팀 | 031-729-3041
""", client="hiworks", att=["성인문해교육_자원봉사_포스터.pdf"])

M("overlap", "pharmacy-cold-storage-druglist", "온누리약국 정자점 <onnuri.jeongja@naver.com>", P["park"],
  "온도센서 설치 위치 관련 - 보관 의약품 목록 보내드립니다", "2026-05-18 19:40", """
박지영 과장님, 온누리약국 정자점 약사 김은경입니다.

지난주 상담 때 말씀하신 대로 보관 구역별 의약품 목록 보내드려요.
냉장고 2대랑 조제실 선반, 일반약 진열대에 센서 붙이는 견적 부탁드립니다.

[냉장 2~8℃]
- 인슐린 펜 (란투스, 트레시바), 백신류, 프롤리아 프리필드

[조제실 실온 1~30℃]
- 비아그라정 50mg / 100mg, 시알리스정 5mg / 20mg, 팔팔정 (전문약, 처방 조제용)
- 항생제 시럽류, 졸피뎀정(향정, 잠금장치 보관)

[일반약 진열대]
- 해열진통제, 소화제, 파스류

특히 조제실이 여름에 30도 넘을 때가 있어서 알림 기능이 꼭 필요해요.
방문 가능하신 날짜 알려주세요.

김은경 드림
온누리약국 정자점 | 031-712-XXXX
""", client="naver")

M("overlap", "pharmacy-quote-reply", P["park"], "온누리약국 정자점 <onnuri.jeongja@naver.com>",
  "RE: 온도센서 설치 위치 관련 - 보관 의약품 목록 보내드립니다", "2026-05-19 10:15", """
약사님 안녕하세요. 목록 감사합니다.

냉장고 2대는 NURI-TH200 무선 센서(데이터 로깅, 식약처 보관 기준 리포트 지원)로,
조제실과 진열대는 NURI-TH100 2개로 구성하면 될 것 같습니다. 견적서 첨부드립니다.
30도 초과 시 카카오 알림톡과 문자로 약사님께 알림이 가도록 설정해 드립니다.

방문은 목요일 오후 2시 가능합니다. 괜찮으실까요?
""" + sig("park") + gm_quote("온누리약국 정자점 <onnuri.jeongja@naver.com>", "2026년 5월 18일 (월) 오후 7:40", """
[조제실 실온 1~30℃]
- 비아그라정 50mg / 100mg, 시알리스정 5mg / 20mg, 팔팔정 (전문약, 처방 조제용)
특히 조제실이 여름에 30도 넘을 때가 있어서 알림 기능이 꼭 필요해요.
"""), client="outlook", reply="naver.com", att=["견적서_온누리약국_온도모니터링.pdf"])

M("overlap", "toto-nickname-club", "문가은 <gaeun.moon@corp.example>", "풋살 동호회 <futsal@corp.example>",
  "토토 형님 생일 + 이번 주 풋살 ⚽", "2026-08-18 12:30", """
다들 아시죠? 우리 골키퍼 '토토' 형님(구매팀 오세훈 차장님 ㅋㅋ) 이번 주 목요일 생일이에요 🎂
풋살 끝나고 케이크 하나 준비하려고 하니까 1인 3천원씩 걷겠습니다!

그리고 목요일 구장 예약 8시로 바뀌었어요 (7시 타임 만석).
토토 형님한테는 비밀입니다 🤫
""", client="outlook")

M("overlap", "toto-engineering-vendor", "(주)토토엔지니어링 <sales@totoeng.co.kr>", P["oh"],
  "[토토엔지니어링] 제어반 제작 견적서 송부", "2026-04-09 14:40", """
오세훈 차장님 안녕하세요.
(주)토토엔지니어링 영업부 이상민입니다.

요청하신 센서 집선용 제어반(옥외형, SUS 304, IP65) 견적서 첨부드립니다.
- 수량: 6면
- 납기: 발주 후 4주
- 결제 조건: 기존 거래 조건(월말 마감, 익월 말 현금)

도면 확인 후 수정 사항 있으시면 말씀 부탁드립니다.

이상민 드림
(주)토토엔지니어링 | 경기도 화성시 향남읍 제약공단2길 31 | 031-353-88XX
""", client="hiworks", att=["토토엔지니어링_견적서_NURI_제어반.pdf", "제어반_외형도.pdf"])

M("overlap", "toto-bidet-facility", "판교에이스타워 관리사무소 <office@acetower-pangyo.co.kr>", P["all"],
  "[관리사무소] 5층 화장실 비데(TOTO) 교체 공사 안내", "2026-06-08 08:50", """
입주사 여러분께

5층 공용 화장실 비데 노후 교체 공사를 아래와 같이 진행합니다.

- 일시: 6월 10일(수) 10:00 ~ 16:00
- 내용: 남녀 화장실 비데 8대 교체 (TOTO 워시렛 S7)
- 공사 중에는 4층 화장실을 이용해 주시기 바랍니다.

또한 건물 공용 화장실 불법촬영 카메라(몰카) 정기 점검을 같은 날 오후에 함께 실시합니다.
점검은 성남시 불법촬영 점검반이 전용 탐지 장비로 진행합니다.

판교에이스타워 관리사무소 | 031-8016-7000
""", client="legacy")

M("overlap", "agency-ad-draft-review", "이노션 디지털2팀 <minsu.kang@innocean.com>", P["jung"],
  "[광고 시안] NURI Sense 하반기 디지털 광고 시안 1차 검토 요청", "2026-07-03 16:30", """
정민재 팀장님 안녕하세요.
이노션 디지털2팀 강민수입니다.

하반기 NURI Sense 디지털 광고 시안 1차안 공유드립니다.
- A안: "공장이 멈추기 전에, 센서가 먼저 압니다" (예지보전 메시지)
- B안: "설치 30분, 데이터는 그날부터" (간편 설치 메시지)
- C안: 고객 인터뷰형 (한일정밀 공장장님 사례, 동의서 확보 완료)

매체는 네이버 GFA, 링크드인, 유튜브 범퍼 광고 기준으로 사이즈 변형했습니다.
광고 문구 중 "무료 진단"은 법무 검토 필요해서 일단 뺐습니다.

다음 주 화요일까지 피드백 주시면 2차안 금요일에 드리겠습니다.

강민수 드림 | 이노션 디지털2팀 | 02-2016-2XXX
""", client="outlook365", att=["NURI_Sense_H2_광고시안_v1.pdf"])

M("overlap", "ad-execution-report-monthly", "이노션 디지털2팀 <minsu.kang@innocean.com>", [P["jung"], P["kang"]],
  "[광고 집행 보고] 2026년 9월 NURI Sense 디지털 광고 결과", "2026-10-06 10:20", """
팀장님, 9월 광고 집행 결과 보고드립니다.

- 총 집행비: 12,480,000원 (예산 대비 98.4%)
- 노출 2,310,442회 / 클릭 18,210회 (CTR 0.79%)
- 전환(문의 폼 제출) 64건, 전환당 비용 195,000원 (8월 대비 -22%)
- 매체별: 링크드인 전환 효율 최고, 유튜브 범퍼는 인지도 지표만 상승

10월은 링크드인 예산을 30% 늘리고 네이버 GFA를 줄이는 안을 제안드립니다.
상세 보고서 첨부드립니다.
""", client="outlook365", att=["광고집행보고서_202609.xlsx", "광고집행보고서_202609.pdf"])

M("overlap", "tour-bus-rental-quote", "경기관광버스 <ggbus2004@daum.net>", P["kim"], "관광버스 견적서 (10/15 하이원 왕복 45인승 2대)",
  "2026-09-07 13:10", """
누리웍스 김다은 과장님

경기관광버스 배차 담당 최영호입니다. 문의주신 관광버스 견적 보내드립니다.

- 일정: 10/15(목) 08:00 판교 출발 → 하이원리조트 / 10/16(금) 13:00 하이원 출발 → 판교
- 차량: 45인승 관광고속버스 2대 (2024년식 리무진형, 기사 2명)
- 금액: 대당 1,150,000원, 합계 2,300,000원 (통행료·주차비·기사 숙박 포함, 부가세 별도)
- 보험: 여객공제 가입 차량 (가입증명서 첨부)

계약금 30% 입금 시 배차 확정됩니다.
입금 계좌: 농협 351-1188-2204-13 (경기관광버스 최영호)

감사합니다.
""", client="daum", att=["관광버스_견적서.pdf", "여객공제_가입증명서.pdf"])

M("overlap", "training-completion-count", P["kim"], "경영지원팀 <account@corp.example>",
  "법정의무교육 완성 인원 집계 (11월 말 기준)", "2026-11-30 17:00", """
경영지원팀께,

11월 말 기준 법정의무교육 이수 현황 공유드립니다. 고용노동부 점검 대비 자료입니다.

- 재직 인원: 41명
- 성희롱 예방교육 완성 인원: 41명 (100%)
- 개인정보보호 교육 완성 인원: 39명 (미완성 2명: 신규 입사자, 12/5까지 완료 예정)
- 산업안전보건교육 완성 인원: 38명
- 장애인 인식개선 교육 완성 인원: 41명

미완성 인원은 팀장님들께 따로 안내드렸습니다. 증빙 엑셀 첨부합니다.
""" + sig("kim"), att=["법정의무교육_이수현황_202611.xlsx"])

M("overlap", "production-completed-units", "한일정밀 생산관리 <prod@hanilprecision.co.kr>", P["park"],
  "센서 브래킷 완성 수량 및 출하 일정 회신", "2026-03-19 10:40", """
박 과장님,

요청하신 센서 브래킷 생산 현황 회신드립니다.
- 주문 수량: 1,200개
- 오늘까지 완성 수량: 840개 (완성률 70%)
- 잔여 360개는 다음 주 화요일 완성, 수요일 출하 예정

도금 공정 인원이 이번 주 2명 결원이라 하루 늦어졌습니다. 양해 부탁드립니다.
완성분 840개 먼저 받으시려면 금요일에 부분 출하 가능합니다.

한일정밀 생산관리팀 조은비
""", client="hiworks")

M("overlap", "share-transfer-registry", "법무법인 세움 <legal@seumlaw.com>", P["ceo"],
  "주식 양도 및 명의개서 절차 안내 (엔젤 투자자 지분 이전)", "2026-06-22 15:00", """
이준호 대표님께

법무법인 세움 변호사 윤지혜입니다.
문의하신 엔젤 투자자(최OO 님) 보유 보통주 20,000주를 신규 투자사로 이전하는 건 관련하여 절차를 정리해
드립니다.

1. 정관상 주식양도 제한(이사회 승인) 조항 확인 → 이사회 승인 결의
2. 주식양수도계약서 작성 및 날인 (양도가액, 진술·보장 조항)
3. 주주명부 명의개서 (회사가 주주명부 변경)
4. 증권거래세(0.35%) 양도인 신고·납부, 양도소득세 신고는 양도일이 속한 반기 말일부터 2개월 내
5. 주식등변동상황명세서는 법인세 신고 시 제출

계약서 초안과 이사회 의사록 양식 첨부드립니다.

윤지혜 변호사 | 법무법인 세움 | 02-6952-XXXX
""", client="outlook365", att=["주식양수도계약서_초안.docx", "이사회의사록_양식.docx"])

M("overlap", "esop-employee-stock-plan", P["acct"], P["all"], "[공지] 우리사주조합 설립 설명회 (스톡옵션과의 차이)",
  "2026-09-14 11:00", """
안녕하세요, 경영지원팀입니다.

회사는 임직원 주식 보상 제도로 우리사주조합 설립을 검토하고 있습니다.
다음 주 설명회에서 스톡옵션과 우리사주의 차이, 세금, 주식 매도 제한 기간(1년 예탁)을 설명드립니다.

- 일시: 9월 22일(화) 16:00, 5층 대회의실
- 설명: 한빛세무회계 김정우 세무사

투자 권유가 아니라 제도 설명이며, 가입은 자유입니다.
질문은 미리 보내 주시면 설명회 때 같이 답변드리겠습니다.
""" + sig("choi"))

M("overlap", "coin-laundry-dormitory", P["kim"], "기숙사 입주자 <dorm@corp.example>",
  "[기숙사] 코인세탁기 교체 및 세탁 코인 지급 안내", "2026-04-20 09:00", """
기숙사 입주자분들께

기숙사 1층 코인세탁실 세탁기 2대와 건조기 1대를 새 제품으로 교체했습니다.
앞으로 세탁 코인은 인사팀에서 월 10개씩 지급합니다 (1회 세탁 2코인, 건조 2코인).

- 코인 수령: 매월 첫째 주 월요일, 인사팀 자리
- 코인 추가 구매: 1코인 1,000원 (세탁실 코인 교환기)
- 고장 신고: 세탁기 옆 QR 코드 또는 인사팀으로

분실한 코인은 재지급이 안 되니 잘 보관해 주세요 🙏
""" + sig("kim"))

M("overlap", "parking-coin-visitors", P["seo"], "영업팀 <sales@corp.example>", "방문 고객 주차 코인 사용 방법",
  "2026-02-24 14:15", """
영업팀 여러분,

건물 주차 정산 시스템이 바뀌어서 방문 고객 주차 할인은 이제 '주차 코인'으로 처리합니다.

- 1코인 = 1시간 무료 (고객 1명당 최대 3코인)
- 코인은 경영지원팀 서민지 자리에서 받아 가시고, 사용 내역을 공유 시트에 적어 주세요
- 웹 할인 등록(차량번호 입력)도 여전히 가능합니다: 주차 관리 페이지 http://10.10.1.40/parking

분기별로 코인 사용량을 관리사무소와 정산합니다.
""" + sig("seo"))

M("overlap", "vc-ir-deck-request", "스파크랩 벤처스 <jh.kim@sparklabs.co.kr>", P["ceo"],
  "IR 자료 요청드립니다 (시리즈A 투자 유치 검토)", "2026-05-11 09:40", """
이준호 대표님 안녕하세요,
스파크랩 벤처스 김지훈 심사역입니다.

지난주 판교 데모데이 발표 인상 깊게 봤습니다. 투자 검토를 위해 아래 자료를 부탁드립니다.
- IR 덱 (최신본)
- 최근 3개년 재무제표와 2026년 월별 매출
- 주주명부 및 기존 투자 조건 (투자 유치 이력)
- 주요 고객사 레퍼런스 2~3곳

검토 후 2주 내로 1차 미팅 일정 제안드리겠습니다.
자료는 아래 데이터룸 링크로 올려 주셔도 됩니다: https://www.docsend.com/view/s/sparklabs-nuri

김지훈 드림
SparkLabs Ventures | 서울특별시 강남구 봉은사로 524
""", client="gmail")

M("overlap", "ir-deck-send-reply", P["ceo"], "스파크랩 벤처스 <jh.kim@sparklabs.co.kr>", "RE: IR 자료 요청드립니다 (시리즈A 투자 유치 검토)",
  "2026-05-12 18:20", """
김지훈 심사역님,

관심 가져 주셔서 감사합니다. 요청하신 자료 중 IR 덱과 재무제표 먼저 첨부드립니다.
주주명부와 고객 레퍼런스는 NDA 체결 후 데이터룸에 올리겠습니다. NDA 양식 있으시면 보내 주세요.

올해 매출 목표 58억, 상반기 누적 수주 31억입니다. 투자 유치 규모는 30억 내외로 생각하고 있습니다.

이준호 드림
""" + sig("ceo"), client="outlook", reply="sparklabs.co.kr",
  att=["NURIWORKS_IR_Deck_2026_v3.pdf", "재무제표_2023-2025.pdf"])

M("overlap", "server-slot-expansion", P["yoon"], P["lim"], "서버 메모리 슬롯 증설 건 (빈 슬롯 4개 남음)",
  "2026-10-12 11:05", """
팀장님,
빌드 서버(Dell R650) 메모리 증설 관련 확인했습니다.
현재 DIMM 슬롯 16개 중 12개 사용 중이고, 빈 슬롯 4개에 32GB 4개 추가하면 512GB까지 갑니다.
같은 모델(DDR4-3200 RDIMM)로 견적 받아 둘게요. PCIe 슬롯은 GPU 넣으려면 라이저 교체가 필요합니다.
""" + sig("yoon"))

M("overlap", "daycare-playground-safety", "누리어린이집(직장어린이집) <nuri.daycare@gmail.com>", P["hr"],
  "어린이 놀이터 안전점검 결과 및 시설 보수 요청", "2026-05-27 16:40", """
인사팀 담당자님께

직장어린이집 원장 이미숙입니다.
한국어린이놀이시설협회의 정기 안전점검(어린이놀이시설 안전관리법) 결과를 공유드립니다.

- 점검일: 5월 26일
- 결과: 적합 (개선 권고 2건)
  1) 미끄럼틀 하단 충격 흡수 매트 일부 마모 → 교체 권고
  2) 그네 체인 보호 커버 1개 파손 → 교체 권고

보수 비용 견적(약 68만원) 첨부드립니다. 안전놀이터 인증 유지를 위해 6월 중 보수 부탁드립니다.

누리어린이집 원장 이미숙 드림
""", client="gmail", att=["어린이놀이시설_안전점검결과서.pdf", "보수견적서.pdf"])

M("overlap", "prepayment-terms-new-customer", P["park"], "베트남 대리점 <duc.nguyen@vinasensor.vn>",
  "결제 조건 안내: 첫 거래 선입금 50% (견적 Q-2026-0412)", "2026-04-14 10:30", """
Mr. Duc,

Thank you for the order plan. For a first order we apply the following terms (first order only):
- 50% 선입금 (advance payment, T/T) with the PO
- 50% before shipment

From the second order we can move to 30 days after B/L, subject to our credit insurer (K-SURE) approval.
Our bank details are on the proforma invoice. Please confirm any bank detail change by phone only.

Best regards,
""" + sig("park"), client="outlook", att=["PI_Q-2026-0412.pdf"])

M("overlap", "agency-place-ranking-report", "블루오션 마케팅 <report@blueocean-mkt.co.kr>", P["jung"],
  "[월간 리포트] 네이버 플레이스·블로그 검색 노출 현황 (10월)", "2026-11-04 10:00", """
정민재 팀장님,

10월 검색 노출 리포트 드립니다.
- '산업용 온도 센서' 네이버 블로그 검색: 3위 → 2위 (상위노출 유지)
- '진동 센서 설치' 플레이스 검색: 판교 지역 1위
- 자사 블로그 월 방문자 4,112명 (+18%)

이번 달부터 검색 노출용 체험단·리뷰 작업은 공정위 표시광고 지침에 맞게 '광고' 표기를 넣고 있습니다.
계약 범위에 없는 '연관검색어 작업' 제안이 타 업체에서 오면 불법이니 응하지 마시라고 말씀드린 건 기억하시죠?
상세 리포트 첨부드립니다.
""", client="hiworks", att=["검색노출리포트_202610.pdf"])

M("overlap", "hatsal-loan-employment-cert", "이주원 <jw.lee@corp.example>", P["hr"], "재직증명서 2부 발급 부탁드립니다 (대출 서류)",
  "2026-03-16 09:10", """
인사팀 과장님,
은행 전세자금대출(버팀목) 서류로 재직증명서 2부랑 원천징수영수증 1부 부탁드려요.
혹시 햇살론 같은 것도 알아보는 중인데 회사에서 따로 써 주셔야 하는 서류가 있나요?
급하진 않고 이번 주 안에만 주시면 됩니다. 감사합니다!
""", client="outlook")

M("overlap", "hr-reply-loan-docs", P["kim"], "이주원 <jw.lee@corp.example>", "RE: 재직증명서 2부 발급 부탁드립니다 (대출 서류)",
  "2026-03-16 11:30", """
주원 님, 재직증명서 2부와 원천징수영수증 PDF 첨부드려요. 원본 도장 필요하면 자리로 오세요.
햇살론은 회사 서류는 재직증명서면 되고, 나머지는 서민금융진흥원(www.kinfa.or.kr)이나 은행 창구에서 직접
진행하셔야 해요. 혹시 '정부지원 대출 대행' 같은 문자나 전화 오면 100% 사기니까 응하지 마세요!
""" + sig("kim"), client="outlook", reply="corp.example", att=["재직증명서_이주원.pdf", "근로소득원천징수영수증_2025.pdf"])

M("overlap", "kodit-guarantee-renewal", "신용보증기금 <webmaster@kodit.co.kr>", P["ceo"],
  "[신용보증기금] 보증기한 연장 심사 결과 안내", "2026-08-26 15:30", """
(주)누리웍스 대표이사 귀하

귀사의 운전자금 대출 신용보증(보증금액 3억원) 기한연장 심사 결과를 안내드립니다.

- 결과: 기한연장 승인
- 연장 후 보증기한: 2027년 9월 1일
- 보증료율: 연 1.12% (전년 대비 0.08%p 인하)
- 대출 취급 은행: IBK기업은행 판교테크노밸리지점

보증료는 은행을 통해 자동 납부되며 추가 서류 제출은 필요 없습니다.
신용보증기금은 대출 알선이나 수수료를 요구하지 않습니다. 관련 전화를 받으시면 신고해 주십시오.

신용보증기금 성남지점 | 1588-6565 | www.kodit.co.kr
""", client="system", enc="euc-kr/base64", henc="euc-kr/B")

M("overlap", "capital-lease-equipment", "현대캐피탈 기업금융 <corp.lease@hyundaicapital.com>", P["acct"],
  "[현대캐피탈] 시험장비 리스 계약 실행 완료 및 상환 일정", "2026-02-10 13:00", """
(주)누리웍스 경영지원팀 담당자님께

신청하신 시험장비(환경 챔버 1식) 금융리스 계약이 실행되었습니다.

- 리스 원금: 86,000,000원
- 기간: 36개월 / 금리: 연 6.2% (고정)
- 월 리스료: 2,623,480원 (매월 10일 자동이체)
- 만기 시: 잔존가치 10% 인수 또는 반납 선택

상환 스케줄표와 계약서 사본 첨부드립니다.
현대캐피탈 기업금융센터 | 1588-2114
""", client="outlook365", att=["리스상환스케줄.pdf", "금융리스계약서_사본.pdf"])

M("overlap", "massage-chair-rental-lounge", P["kim"], P["all"], "5층 라운지 안마의자 렌탈 설치 완료 🙆",
  "2026-07-01 10:10", """
직원 복지 설문에서 요청이 많았던 안마의자(바디프랜드 렌탈) 2대를 5층 라운지에 설치했습니다.
- 이용 시간: 점심시간, 오후 3~5시 (1회 20분)
- 사용 후 물티슈로 닦아 주세요
- 고장 시 인사팀으로 연락

출장 마사지 같은 외부 업체 광고 전단이 라운지에 꽂혀 있으면 떼어 버려 주세요. 건물에서 단속 중입니다.
""" + sig("kim"))

M("overlap", "crm-db-migration", P["lim"], "영업팀 <sales@corp.example>", "고객 DB 이관 일정 (구 CRM → HubSpot)",
  "2026-08-03 09:30", """
영업팀 여러분,

고객 DB를 구 CRM에서 HubSpot으로 이관합니다.
- 8/7(금) 18시: 구 CRM 읽기 전용 전환
- 8/8~9: 고객 데이터 약 4,200건 이관 (연락처, 거래 이력, 견적)
- 8/10(월): HubSpot 사용 시작

이관 후 개인 PC에 고객 명단 엑셀이 남아 있으면 삭제해 주세요 (개인정보 보호).
외부에서 '고객 DB 판매' 같은 메일이 오면 열지 말고 IT로 전달 부탁드립니다.
""" + sig("lim"))

M("overlap", "vip-customer-golf-day", P["bae"], [P["ceo"], P["park"]], "VIP 고객사 초청 골프 행사 (10/23) 참석자 및 예산",
  "2026-09-15 10:20", """
대표님, 과장님

10월 VIP 고객사 초청 골프 행사 정리했습니다.
- 일시/장소: 10월 23일(금) 07:30 티오프, 남촌CC (4팀 16명)
- 초청: 한일정밀, 대성기계, 창원 3개사, 베트남 대리점 대표 (고객 12명 + 당사 4명)
- 예산: 그린피·카트·캐디피 약 520만원, 식사 120만원, 기념품 80만원 → 총 720만원
- 청탁금지법: 공공기관·공기업 담당자는 초청 대상에서 제외했습니다

접대비 한도 내이고, 경영지원팀에 사전 품의 올리겠습니다.
""" + sig("bae"))

M("overlap", "exhibition-raffle-winner", "KIMES 사무국 <kimes@kimes.kr>", P["park"],
  "[KIMES 2026] 관람객 경품 이벤트 당첨 안내", "2026-03-25 14:00", """
박지영 님, 안녕하세요. KIMES 2026 사무국입니다.

전시회 관람객 설문 경품 이벤트에 당첨되셨습니다. 축하드립니다!

- 경품: 갤럭시 버즈3 (1명)
- 수령 방법: 4월 10일까지 회신으로 배송지 주소와 연락처를 보내 주세요
- 제세공과금: 경품가 5만원 이하로 없습니다

당첨 확인은 KIMES 홈페이지 공지사항(https://www.kimes.kr)에서도 하실 수 있습니다.
사무국은 당첨을 이유로 계좌번호나 수수료를 요구하지 않습니다.

KIMES 사무국 | 02-551-0102
""", client="hiworks")

M("overlap", "crypto-payment-request-declined", "Ahmed Al-Rashid <ahmed@gulfautomation.ae>", P["park"],
  "RE: Quotation Q-2026-0914 - payment in USDT?", "2026-09-22 13:10 +0400", """
Dear Jiyoung,

Understood, thank you for the clear answer. We will pay by T/T in USD as per your proforma.
Our finance team only asked because some suppliers in the region now accept stablecoins.
PO will follow this week.

Best regards,
Ahmed Al-Rashid
Procurement Manager | Gulf Automation LLC, Dubai

-----Original Message-----
From: 박지영 <jy.park@corp.example>
Sent: Monday, September 21, 2026 11:02 AM
To: Ahmed Al-Rashid <ahmed@gulfautomation.ae>
Subject: RE: Quotation Q-2026-0914 - payment in USDT?

Dear Ahmed,

Thank you for your interest. I'm afraid we cannot accept payment in cryptocurrency (USDT, Bitcoin or any
other coin) under Korean foreign exchange rules. Please pay by bank transfer (T/T) to the account on our
proforma invoice only.
""", client="outlook365", reply="corp.example")

M("overlap", "gambling-addiction-prevention-edu", P["hr"], P["all"], "[필수] 도박 중독 예방 교육 안내 (온라인 20분)",
  "2026-05-06 09:30", """
안녕하세요, 인사팀입니다.

올해부터 사내 건강 프로그램의 하나로 한국도박문제예방치유원의 '도박 중독 예방 교육'(온라인 20분)을 진행합니다.
최근 직장인 사이에서 불법 스포츠 토토, 온라인 카지노 앱 피해가 늘고 있어 마련했습니다.

- 수강 기간: 5월 11일 ~ 5월 29일
- 방법: 한국도박문제예방치유원 교육 사이트(https://www.kcgp.or.kr) 회원가입 후 '직장인 예방교육' 수강
- 수료증을 인사팀에 제출해 주세요

본인이나 가족이 도움이 필요하면 국번 없이 1336(24시간 무료 상담)으로 연락하실 수 있습니다. 상담 내용은 회사에
공유되지 않습니다.
""" + sig("kim"))

M("overlap", "gift-certificate-bulk-purchase", P["acct"], "신세계백화점 법인영업 <corp.gift@shinsegae.com>",
  "명절 선물용 상품권 구매 및 세금계산서 발행 요청", "2026-09-08 10:00", """
신세계백화점 법인영업팀 담당자님께

추석 임직원 선물용 상품권 구매를 아래와 같이 요청드립니다.

- 품목: 신세계 상품권 10만원권 42매 (420만원)
- 결제: 법인 계좌이체 (견적서 확인 후 입금)
- 수령: 9월 18일까지 당사 방문 수령 또는 등기 배송
- 증빙: 상품권은 세금계산서 대상이 아니므로 거래명세서와 입금 영수증 부탁드립니다

작년과 같은 조건으로 할인(2%) 가능한지도 알려 주세요.
""" + sig("choi"))

M("overlap", "saas-free-trial-ending", "Grafana Labs <noreply@grafana.com>", P["yoon"],
  "Your free trial of Grafana Cloud Pro ends in 3 days", "2026-08-14 14:00 +0000", """
Hi Taesik,

Your 14-day free trial of Grafana Cloud Pro for the stack nuriworks.grafana.net ends on August 17.

After the trial, your stack moves to the Free tier (10k metrics series, 50 GB logs, 14-day retention).
Nothing is deleted, but alerts above the free limits will pause.

To keep Pro features, add a payment method: https://grafana.com/orgs/nuriworks/billing
Questions? Reply to this email or visit https://grafana.com/support

The Grafana Labs team
""", client="plain8")
