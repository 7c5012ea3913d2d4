"""hard10: the honest twins of the corpus10 spam batch (and of the eighth's and ninth's), written blind like it — the
hard business ham a Korean office really gets in the words of the lures: a real RE: 견적 thread whose supplier keeps its
account, a partner's 대금 reminder, the court's and the prosecution's real paper-first procedure explained by the office's
lawyer, an overseas remittance credited with the bank's own fee, a real recruiter and an interview with nothing to buy,
a used-machine sale inspected before payment, a real military and city-hall purchase through 나라장터, family money and
a hospital bill paid in person, a real wedding invitation, 당근비즈니스, 배민, 무신사, 카카오페이, 스마트플레이스, Google
Ads, Meta, Apple, 한전 and 국민연금 notices with no login link, corp.example's own IT and finance mail, partners' English
invoices, POs and shipping notices, an award with no fee, opted-in newsletters and an opt-out. corpus10 batch."""
from ham_texts import M, P, btn, gm_quote, notice_html, ol_quote, sig

IPHONE = "\n\niPhone에서 보냄\n"
GALAXY = "\n\nGalaxy S24에서 보냄\n"

# --- A. quotes, orders and reminders from real suppliers ---------------------------------------------------

M("hard10", "osung-quote-thread-real", "오성산업 김민석 <ms.kim@osung-ind.example>", P["ceo"],
  "RE: RE: 견적 문의 (스테인리스 브라켓 2,000EA)", "2026-12-08 11:20", """
이준호 대표님 안녕하세요, 오성산업 김민석입니다.

발주 확정 감사드립니다. 견적(QT-2611-088) 조건 그대로 진행하겠습니다.
- 납기: 12월 26일 판교 사옥 입고
- 결제: 납품 후 세금계산서 발행, 익월 말 현금 (기존 거래 조건)
- 결제 계좌: 기존과 동일 (거래처 등록된 국민은행 오성산업(주) 계좌)

선급금은 없습니다. 도면 최종본만 구매팀 오세훈 차장님께 한 번 더 확인 부탁드립니다.
궁금하신 점은 제 휴대폰 010-4471-2093 으로 편하게 연락 주세요.

김민석 과장 | 오성산업(주) 영업팀 | 032-815-4400
""" + ol_quote("이준호", "2026년 12월 7일 월요일 오후 5:02", "김민석", "RE: 견적 문의 (스테인리스 브라켓 2,000EA)", """
김과장님, 견적 확인했습니다. 이 조건으로 진행하겠습니다.
발주서는 구매팀에서 내일 보내드릴 겁니다.
"""), client="outlook", reply="corp.example")

M("hard10", "daesung-overdue-reminder-real", "대성포장 경리팀 <acc@daesung-pack.example>", P["acct"],
  "[대성포장] 10월분 대금 입금 확인 요청드립니다", "2026-12-07 15:40", """
누리웍스 경영지원팀 담당자님 안녕하세요.
대성포장 경리팀 손미경입니다.

10월 납품분(세금계산서 2026-10-31, 2,365,000원)이 저희 쪽에서 아직 입금 확인이 안 되어 연락드립니다.
혹시 이미 보내셨다면 이체일만 알려 주시면 저희가 은행에서 다시 찾아보겠습니다.

계좌는 바뀐 것이 없습니다(농협 대성포장(주), 거래처 등록 계좌 그대로).
독촉 드리려는 건 아니고 연말 마감 때문에 확인차 연락드렸습니다. 031-944-2180 (내선 3)

손미경 드림
""", client="naver")

M("hard10", "acct-reply-paid-confirm", P["choi"], "대성포장 경리팀 <acc@daesung-pack.example>",
  "RE: [대성포장] 10월분 대금 입금 확인 요청드립니다", "2026-12-07 16:25", """
손미경님 안녕하세요, 누리웍스 최수진입니다.

확인해 보니 10월분은 저희 결재가 늦어져 12월 10일 정기 지급일에 나갈 예정입니다. 늦어져 죄송합니다.
계좌는 거래처 등록된 농협 계좌 그대로 지급합니다.
""" + sig("choi") + gm_quote("대성포장 경리팀", "2026년 12월 7일 (월) 오후 3:40", """
10월 납품분(세금계산서 2026-10-31, 2,365,000원)이 저희 쪽에서 아직 입금 확인이 안 되어 연락드립니다.
"""), client="outlook")

M("hard10", "purchasing-account-change-call", P["oh"], P["acct"],
  "[확인완료] 한빛전선 결제계좌 변경 — 영업담당 유선 확인함", "2026-12-08 10:05", """
최대리님,

한빛전선에서 결제계좌 변경 공문이 우편으로 왔습니다(스캔 첨부).
거래처 등록부에 있는 영업 담당 박상철 부장(031-770-1450)에게 제가 직접 전화해서 확인했고,
은행 변경(기업→하나, 예금주 (주)한빛전선 동일)이 맞다고 합니다. 통장 사본 원본은 다음 주 방문 때 받기로 했습니다.

ERP 거래처 마스터 변경은 전자결재로 올리겠습니다. 1월 지급분부터 반영 부탁드립니다.
""" + sig("oh"), client="outlook", att=[("한빛전선_계좌변경공문.pdf", "scan:")])

M("hard10", "used-cnc-inspection-visit", "대진기계 박대진 <dj.park@daejin-machine.example>", P["oh"],
  "PUMA 2600 중고 선반 현장 확인 일정", "2026-12-04 13:10", """
오세훈 차장님, 대진기계 박대진입니다.

문의하신 두산 PUMA 2600(2019년식)은 저희 시화 공장에 설치된 상태로 시운전 가능합니다.
다음 주 화요일이나 목요일 오전에 직접 보러 오시면 가공 시연해 드리겠습니다.

대금은 현장 확인 후 계약서 작성, 반출 당일 잔금 방식이고 계약 전에 받는 돈은 없습니다.
사업자등록증과 장비 이력(정비 기록)은 미리 첨부해 드립니다.

대진기계 대표 박대진 | 031-498-2270
""", client="daum", att=["PUMA2600_정비이력.pdf", ("PUMA2600_설치사진.jpg", "photo:samsung:SM-S921N")])

# --- B. courts, prosecutors and the office's lawyer ---------------------------------------------------------

M("hard10", "lawyer-fake-prosecutor-explain", "법무법인 세움 윤지호 변호사 <jh.yoon@seum-law.co.kr>", P["ceo"],
  "RE: 검찰 사건조회 메일 관련", "2026-12-08 09:15", """
대표님, 윤지호입니다.

보내 주신 "서울중앙지검 사건번호 2026형제48817호" 메일은 사칭입니다.
- 검찰과 경찰은 수사 중인 사건을 이메일로 통보하거나 전화하라고 요구하지 않습니다. 출석이 필요하면 출석요구서가 우편으로 가거나 담당 수사관이 사무실 대표번호로 연락합니다.
- 사건 여부는 대검찰청 "사건조회" 메뉴에서 직접 확인하실 수 있고, 대표님 명의로 조회되는 사건은 없었습니다.

메일에 있는 번호로는 전화하지 마시고, 혹시 통화하셨다면 바로 말씀 주세요. 경영지원팀에도 공유해 두시면 좋겠습니다.

윤지호 변호사 | 법무법인 세움 | 02-3477-1150
""", client="outlook365")

M("hard10", "court-ecourt-delivery-real", "대한민국 법원 전자소송 <noreply@ecfs.scourt.go.kr>", P["ceo"],
  "[전자소송] 전자문서 송달 안내 (2026가소 52114)", "2026-12-03 10:00", html=notice_html(
      "대한민국 법원 전자소송", "#1a3d7c", "전자문서 송달 안내", [
          "사건번호: 수원지방법원 성남지원 2026가소52114 물품대금",
          "송달 문서: 준비서면(원고) / 송달일: 2026-12-03",
          "문서는 전자소송 홈페이지(ecfs.scourt.go.kr)에 소송대리인 또는 당사자 본인 인증서로 로그인하여 확인하실 수 있습니다. "
          "법원은 이메일로 송금이나 전화를 요구하지 않습니다.",
      ], "대한민국 법원 | 본 메일은 발신 전용입니다.", layout=2))

M("hard10", "lawyer-lawsuit-brief-plan", "법무법인 세움 김은정 변호사 <ej.kim@seum-law.co.kr>", P["acct"],
  "2026가소52114 (한결테크 물품대금) 준비서면 검토 일정", "2026-12-03 17:30", """
최수진 대리님께

오늘 원고 측 준비서면이 송달되었습니다(전자소송). 주요 내용은 10월 납품분 하자 여부입니다.
다음 변론기일(1월 14일) 전까지 저희 답변서를 내야 하니 아래 자료를 12월 15일까지 보내 주세요.
1. 납품 검수 확인서
2. 하자 접수 이후 주고받은 메일
3. 반품 처리 내역

수임료는 기존 고문 계약 범위 안입니다. 추가 비용이 생기면 미리 견적드리겠습니다.

김은정 변호사 | 법무법인 세움
""", client="outlook365")

# --- C. money from abroad, awards and vouchers, with nothing to pay --------------------------------------

M("hard10", "bank-inward-remittance-credited", "IBK기업은행 <ibk_notice@ibk.co.kr>", P["acct"],
  "[IBK기업은행] 해외 타발송금 입금 완료 안내", "2026-12-07 14:22", html=notice_html(
      "IBK기업은행", "#0050a0", "해외 타발송금 입금 완료", [
          "(주)누리웍스 고객님, 해외에서 송금하신 외화가 입금되었습니다.",
          "송금인: FAIRMONT TRADING INC / 금액: USD 48,200.00 / 입금계좌: 외화보통 ***-******-**-101",
          "수취 수수료 USD 10.00 은 입금액에서 차감되었습니다. 은행은 타발송금 지급을 위해 별도 입금을 요청하지 않습니다.",
          "자세한 내역은 기업 인터넷뱅킹 또는 가까운 영업점에서 확인하실 수 있습니다.",
      ], "IBK기업은행 | 고객센터 1566-2566 | 본 메일은 발신 전용입니다."))

M("hard10", "award-kcci-no-fee", "한국산업기술진흥협회 시상 사무국 <award@koita-award.example>", P["ceo"],
  "[안내] 2026 산업기술 혁신기업 표창 수상 기업 선정 및 시상식 안내", "2026-12-02 10:30", """
(주)누리웍스 대표이사 귀하

귀사가 2026 산업기술 혁신기업 표창(중소기업 부문) 수상 기업으로 선정되었음을 알려드립니다.
- 시상식: 2026년 12월 18일(금) 14:00, 서울 코엑스 컨퍼런스룸 300호
- 참석 인원: 대표자 포함 2인

수상과 관련하여 어떠한 비용(심사비, 게재료, 부상 제작비 등)도 받지 않습니다. 수상을 이유로 광고나 책자 게재를 권유하는 연락이 오면
사무국(02-3460-9011)으로 알려 주십시오. 참석 여부는 12월 11일까지 회신 부탁드립니다.

시상 사무국 드림
""", client="hiworks", att=["시상식_안내문.pdf"])

M("hard10", "export-voucher-selected-real", "수출바우처 사업관리팀 <voucher@exportvoucher.example>", P["park"],
  "[수출바우처] 2027년 1차 참여기업 선정 결과 안내", "2026-12-06 09:00", html=notice_html(
      "수출바우처", "#00529b", "2027년 1차 참여기업 선정 결과", [
          "(주)누리웍스는 2027년 수출바우처 1차 참여기업(내수기업 유형)으로 선정되었습니다.",
          "협약 체결: 수출바우처 누리집에서 2027-01-05까지 (기업 분담금은 협약 후 전용 계좌로 납부, 수행기관에 직접 지급하지 않음)",
          "사업관리기관은 수행기관 매칭이나 선정 유지를 이유로 별도 비용을 요구하지 않습니다.",
      ], "수출바우처 사업관리팀 | 1600-7119 | 발신 전용"))

M("hard10", "lottery-real-office-pool", P["bae"], P["sales"], "ㅋㅋ 연말 로또 결과", "2026-12-06 20:41", """
다들 기대하셨을 연말 로또 결과 공유합니다 ㅋㅋ
10장 중 5등 2장 → 1만원 당첨. 세금은 당연히 없습니다 ㅎㅎ
이 돈은 월요일 커피값으로 쓰겠습니다. 다음엔 꼭 1등을...
""" + GALAXY, client="naver")

# --- D. recruiting, interviews and staff, no equipment to buy -----------------------------------------------

M("hard10", "recruiter-headhunter-real", "커리어링크 서치펌 정다현 <dh.jung@careerlink-search.example>", P["han"],
  "[포지션 제안] 임베디드 펌웨어 리드 (산업용 센서, 판교)", "2026-12-04 11:05", """
한서연 선임님 안녕하세요,
헤드헌팅사 커리어링크의 정다현 컨설턴트입니다. 링크드인 프로필을 보고 연락드립니다.

고객사(판교 소재 산업용 IoT 기업, 직원 120명)에서 펌웨어 리드를 찾고 있습니다.
- 업무: STM32 기반 센서 게이트웨이 펌웨어, 4명 팀 리드
- 연봉: 협의 (현 연봉 +15% 내외 기대 가능)

관심 있으시면 편한 시간에 15분 정도 통화 가능할까요? 후보자에게 받는 비용은 전혀 없습니다.
관심 없으시면 회신 안 주셔도 괜찮습니다.

정다현 | 커리어링크 | 010-2288-4071
""", client="gmail")

M("hard10", "hr-interview-schedule-candidate", P["kim"], "이하은 <haeun.lee.dev@gmail.com>",
  "[누리웍스] 2차 면접 일정 안내 — 영업지원 (12/11 금)", "2026-12-07 13:30", """
이하은 님 안녕하세요, (주)누리웍스 인사팀 김다은입니다.

1차 면접 합격을 축하드리며 2차(임원) 면접 일정 안내드립니다.
- 일시: 2026년 12월 11일(금) 10:30 (약 40분)
- 장소: 경기도 성남시 분당구 판교역로 192번길 14, 5층 누리웍스 회의실
- 준비물: 신분증

면접 교통비 3만원은 당일 회사가 지급합니다. 입사 전후로 지원자가 구매하거나 부담하는 장비·교육비는 없습니다.
참석 가능 여부를 회신 부탁드립니다.
""" + sig("kim"), client="outlook")

M("hard10", "hr-newhire-laptop-provided", P["yoon"], P["kim"], "1월 입사자 노트북·계정 준비 완료", "2026-12-08 16:40", """
김과장님,

1월 2일 입사자 2명(영업지원 1, 개발 1) 노트북 준비 완료했습니다.
- 노트북: 회사 자산 ThinkPad T14 (자산번호 NW-NB-0412, 0413), MDM 등록 완료
- 메일 계정과 그룹웨어 계정은 입사 당일 오전에 IT에서 직접 전달합니다 (메일로 비밀번호 안 보냄)

입사자에게 장비 관련해서 따로 안내하실 건 없습니다.
""" + sig("yoon"), client="outlook")

M("hard10", "worknet-job-posting-approved", "고용24 <noreply@work24.go.kr>", P["hr"],
  "[고용24] 채용공고 승인 안내 (영업지원 사원)", "2026-12-05 09:31", html=notice_html(
      "고용24", "#0b67b2", "채용공고가 승인되었습니다", [
          "(주)누리웍스 채용 담당자님, 등록하신 채용공고가 승인되어 게시되었습니다.",
          "공고명: 산업용 센서 영업지원 사원 / 마감: 2026-12-24",
          "지원자 관리는 고용24 기업회원 메뉴에서 하실 수 있습니다.",
      ], "고용노동부 고용24 | 고객상담센터 1350 | 발신 전용"))

# --- E. military and public purchases that go through 나라장터 ----------------------------------------------

M("hard10", "army-unit-purchase-real", "육군 제7보병사단 군수참모처 <logi7div@army.mil.example>", P["sales"],
  "[견적 요청] 온습도 센서 30세트 — 국방전자조달 입찰 예정", "2026-12-03 10:20", """
(주)누리웍스 영업 담당자님께

육군 제7보병사단 군수참모처 계약담당 상사 김태윤입니다.
부대 탄약고 환경관리용 온습도 센서(TH-200 또는 동등품) 30세트 구매를 검토 중입니다.

구매는 국방전자조달시스템(d2b.go.kr) 공개 입찰로 진행되며, 본 메일은 예산 산정용 참고 견적 요청입니다.
견적서를 12월 10일까지 회신해 주시면 됩니다. 부대는 업체에 다른 물품의 대리 구매나 선결제를 요청하지 않습니다.
확인이 필요하시면 부대 대표번호(033-530-4xxx)로 물어보시면 됩니다.

김태윤 상사 | 제7보병사단 군수참모처
""", client="outlook")

M("hard10", "city-hall-contract-koneps", "성남시청 회계과 <account@seongnam.go.kr.example>", P["sales"],
  "[성남시] 환경측정 센서 수의계약 견적 제출 안내", "2026-12-04 14:00", """
(주)누리웍스 귀중

성남시 회계과 계약팀 이정민 주무관입니다.
「하천 수질 모니터링 센서 교체」 건 소액 수의계약 견적 제출을 아래와 같이 안내드립니다.
- 제출: 나라장터(g2b.go.kr) 전자견적, 2026-12-11 17:00까지
- 대금 지급: 납품 검수 후 귀사 등록 계좌로 지급 (시는 업체에 선구매나 대리 구매를 요청하지 않습니다)

문의: 031-729-2xxx (계약팀)
""", client="outlook")

# --- F. family, friends and weddings -----------------------------------------------------------------------

M("hard10", "son-hospital-paid-in-person", "김소연 <soyeon.kim.home@gmail.com>", P["ceo"],
  "민준이 병원 다녀왔어", "2026-12-05 19:10", """
여보 민준이 축구하다 발목 삐어서 분당 정형외과 다녀왔어. 다행히 골절은 아니래.
진료비 48,700원 내가 카드로 냈고 영수증 사진 보내. 실비 청구는 내가 앱으로 할게.
오늘 저녁은 민준이 좋아하는 거 먹자~
""" + IPHONE, client="gmail", att=[("진료비영수증.jpg", "photo:Apple:iPhone 15")])

M("hard10", "friend-kakao-hacked-warning", "이수정 <sujeong.lee.88@naver.com>", P["seo"],
  "민지야 혹시 내 카톡으로 이상한 거 오면 무시해", "2026-12-06 10:02", """
민지야 나 수정이
어제 카톡 계정이 해킹당해서 내 이름으로 친구들한테 상품권 사달라는 메시지가 갔대 ㅠㅠ
지금 고객센터 통해서 다시 찾았고 비밀번호도 바꿨어. 혹시 너한테도 뭐 왔으면 절대 보내지 말고 그냥 삭제해줘
이번 주말에 보기로 한 건 그대로 하자! 전화로 얘기해 010 번호 그대로야
""", client="naver")

M("hard10", "aunt-hospital-visit", "박은희 <eunhee.park.mom@hanmail.net>", P["seo"], "이모, 엄마 퇴원했어요", "2026-12-07 21:15", """
이모 저 은희예요
엄마 오늘 오후에 퇴원하셨어요. 병원비는 실비 보험으로 거의 다 처리됐고 나머지는 제가 냈어요.
걱정해 주셔서 감사해요. 이모가 보내주신 과일은 잘 받았어요
다음 주에 엄마랑 같이 찾아뵐게요
""", client="daum")

M("hard10", "colleague-wedding-real", "강하늘 <haneul.kang@corp.example>", P["all"],
  "[청첩] 마케팅팀 강하늘 결혼합니다", "2026-12-04 17:00", """
안녕하세요, 마케팅팀 강하늘입니다.

제가 2027년 1월 16일(토) 오후 1시, 판교 그랜드 웨딩홀 3층에서 결혼합니다.
바쁘신 와중에 와 주시면 감사하겠습니다. 종이 청첩장은 내일 자리로 직접 돌리겠습니다.

(회사 경조사 규정에 따른 축의는 인사팀에서 일괄 처리하니 따로 챙기지 않으셔도 됩니다.)

강하늘 드림
""", client="outlook", att=[("청첩장_강하늘.jpg", "png:800x1200")])

M("hard10", "old-friend-us-visit", "Kevin Lee <kevin.lee.seattle@gmail.com>", P["ceo"], "준호야 나 케빈, 다음달 서울 간다", "2026-12-03 08:40", """
준호야 오랜만이다 나 경민이(케빈)
1월 둘째 주에 출장으로 서울 가는데 시간 되면 저녁 한번 하자. 판교 쪽으로 갈게
내 한국 번호는 예전 그대로 로밍해서 가니까 그쪽으로 카톡 줘
형수님이랑 민준이도 잘 지내지?
""", client="gmail")

# --- G. platforms and services, the real notices with no login link --------------------------------------

M("hard10", "daangn-biz-receipt", "당근비즈니스 <noreply@business.daangn.com>", P["jung"],
  "[당근비즈니스] 광고비 충전 영수증", "2026-12-02 12:30", html=notice_html(
      "당근비즈니스", "#ff6f0f", "광고비 충전이 완료되었어요", [
          "누리웍스 비즈프로필 광고 캐시 100,000원이 충전되었어요.",
          "결제수단: 법인카드(****-1207) / 일시: 2026-12-02 12:29",
          "충전 내역과 세금계산서는 당근 앱의 비즈프로필 관리에서 확인할 수 있어요.",
      ], "당근마켓 | 서울시 서초구 강남대로 465 | 발신 전용 메일입니다."))

M("hard10", "baemin-settlement-done", "배민셀러 <no-reply@baemin.com>", P["acct"],
  "[배민] 12월 1차 정산 완료 안내", "2026-12-04 09:02", html=notice_html(
      "배달의민족 사장님광장", "#2ac1bc", "12월 1차 정산이 완료되었습니다", [
          "사장님, 구내 카페 '누리라운지' 12월 1차 정산금 1,214,600원이 등록 계좌로 입금되었습니다.",
          "정산 상세 내역은 배민셀프서비스 앱에서 확인하실 수 있습니다. 배민은 이메일로 계좌 재등록을 요청하지 않습니다.",
      ], "(주)우아한형제들 | 고객센터 1600-0987"))

M("hard10", "musinsa-contract-renewal-md", "무신사 MD 최윤서 <ys.choi@musinsa-partner.example>", P["jung"],
  "2027 협업 굿즈 입점 계약 관련 — 담당 MD 연락처 안내", "2026-12-03 15:10", """
정민재 팀장님 안녕하세요, 무신사 MD 최윤서입니다.

지난주 미팅에서 말씀드린 협업 굿즈(센서 키링) 입점 건 계약서는 파트너센터에 등록해 두었습니다.
파트너센터에 평소처럼 로그인하셔서 검토하시면 되고, 수정 요청은 저에게 메일이나 전화로 주시면 됩니다.
기한이 급하지 않으니 사내 검토 충분히 하시고 1월 중에 서명해 주셔도 됩니다.

최윤서 | 무신사 MD | 02-6xxx-4120
""", client="gmail")

M("hard10", "kakaopay-buyer-protection-real", "카카오페이 <noreply@kakaopay.com>", P["kang"],
  "[카카오페이] 구매자 보호 신청 처리 결과", "2026-12-06 11:11", html=notice_html(
      "kakaopay", "#ffeb00", "구매자 보호 신청 처리 결과 안내", [
          "강하늘님이 신청하신 구매자 보호(주문 2611-55812, 무선 키보드 89,000원)가 처리되었습니다.",
          "결과: 환불 완료 / 환불 수단: 카카오페이머니",
          "자세한 내용은 카카오톡 > 더보기 > 페이 > 결제내역에서 확인하세요.",
      ], "카카오페이 | 고객센터 1644-7405"))

M("hard10", "smartplace-review-reply-notice", "네이버 스마트플레이스 <smartplace_noreply@navercorp.com>", P["info"],
  "[스마트플레이스] 새 방문자 리뷰가 등록되었습니다", "2026-12-07 18:20", html=notice_html(
      "NAVER 스마트플레이스", "#03c75a", "새 리뷰가 등록되었어요", [
          "누리웍스 쇼룸에 새 방문자 리뷰가 등록되었습니다.",
          "\"센서 시연을 친절하게 설명해 주셔서 좋았습니다\" ★★★★★",
          "리뷰 답글은 스마트플레이스 앱에서 작성할 수 있습니다.",
      ], "네이버(주) | 본 메일은 발신 전용입니다.", layout=2))

M("hard10", "google-ads-invoice-monthly", "Google Ads <ads-account-noreply@google.com>", P["jung"],
  "Google Ads: 2026년 11월 월간 인보이스를 사용할 수 있습니다", "2026-12-02 05:14", """
정민재님, 안녕하세요.

계정 418-227-9051(누리웍스)의 2026년 11월 월간 인보이스가 발행되었습니다.
금액: ₩1,382,410 (부가세 포함) / 결제 방법: 월별 인보이스 청구(계좌이체, 기존 가상계좌)

인보이스는 Google Ads 계정의 결제 > 문서에서 다운로드할 수 있습니다.

Google LLC 1600 Amphitheatre Parkway, Mountain View, CA 94043
""", client="system")

M("hard10", "marketing-meta-appeal-internal", P["jung"], P["kang"], "인스타 광고 반려 건 — 직접 재검토 요청함", "2026-12-05 10:30", """
하늘씨,

어제 반려된 인스타 광고(신제품 센서 카드뉴스)는 비즈니스 관리자에서 내가 직접 "재검토 요청" 눌러 뒀어요.
"계정 정지"나 "24시간 내 이의제기" 메일이 따로 오면 전부 열지 말고 나한테 넘겨 줘요. 메타는 정책 안내를 비즈니스 지원 홈에서만 해요.
인증 배지도 대행 업체 안 쓰고 우리가 Meta Verified 로 직접 신청하기로 했습니다.
""" + sig("jung"), client="outlook")

M("hard10", "apple-id-signin-new-device", "Apple <appleid@id.apple.com>", P["han"],
  "Apple 계정에 새로운 기기로 로그인했습니다", "2026-12-08 08:03", """
한서연님, 안녕하세요.

2026년 12월 8일 오전 8:02에 Apple 계정(sy.han@corp.example)이 새로운 기기에서 로그인하는 데 사용되었습니다.
기기: MacBook Pro / 위치: 대한민국 성남

본인이 로그인했다면 아무 조치도 필요하지 않습니다.
본인이 아니라면 기기의 설정에서 직접 Apple 계정 암호를 변경하십시오.

Apple
""", client="system")

M("hard10", "kepco-energy-cashback-result", "한국전력공사 <kepco_noreply@kepco.co.kr>", P["acct"],
  "[한전] 에너지캐시백 하반기 절감 실적 안내", "2026-12-03 10:00", html=notice_html(
      "한국전력공사", "#00479d", "에너지캐시백 절감 실적 안내", [
          "고객번호 04-1123-4458-xx (주)누리웍스 고객님의 2026년 하반기 절감 실적을 안내드립니다.",
          "절감률: 4.2% / 캐시백 예정액: 38,400원 (2027년 1월 전기요금에서 자동 차감)",
          "캐시백은 전기요금에서 차감되므로 별도 신청이나 계좌 등록이 필요하지 않습니다.",
      ], "한국전력공사 | 고객센터 123 | 발신 전용"))

M("hard10", "nps-monthly-notice-real", "국민연금공단 <nps_noreply@nps.or.kr>", P["hr"],
  "[국민연금] 2026년 12월분 연금보험료 결정내역 안내", "2026-12-06 09:00", """
(주)누리웍스 담당자님

2026년 12월분 사업장 연금보험료 결정내역을 안내드립니다.
- 가입자 수: 41명 / 결정 보험료: 9,842,130원 / 납부기한: 2027-01-12
- 납부: 기존 자동이체 계좌에서 출금

가입자 취득·상실 신고는 4대사회보험 정보연계센터(www.4insure.or.kr)에서 하실 수 있습니다.
본 안내는 확인용이며 회신하실 필요가 없습니다.

국민연금공단 성남중원지사 | 1355
""", client="system", fmt="plain")

M("hard10", "toss-payments-settlement-statement", "토스페이먼츠 <noreply@tosspayments.com>", P["acct"],
  "[토스페이먼츠] 11월 정산 명세서", "2026-12-01 07:00", html=notice_html(
      "토스페이먼츠", "#0064ff", "11월 정산 명세서", [
          "누리웍스 온라인몰의 11월 정산이 완료되었습니다.",
          "정산 금액: 8,214,560원 / 수수료: 246,437원 / 지급일: 2026-11-28",
          "정산 계좌 변경은 상점관리자에서 대표자 본인 인증 후에만 가능합니다.",
      ], "비바리퍼블리카(주) 토스페이먼츠 | 1544-7772"))

# --- H. corp.example's own IT and finance -----------------------------------------------------------------

M("hard10", "it-phishing-wave-warning", P["yoon"], P["all"], "[보안] 이번 주 들어온 사칭 메일 유형 (검찰·배민·애플)", "2026-12-08 09:40", """
전 직원 여러분, IT인프라 윤태식입니다.

이번 주에 대표 메일과 영업팀 메일로 아래와 같은 사칭 메일이 많이 들어왔습니다.
1. "서울중앙지검 사건조회 — 수사관에게 전화하라": 검찰은 메일로 전화를 요구하지 않습니다.
2. "배민 정산 보류 / 당근 광고계정 정지 — 로그인": 링크로 로그인하지 마시고 앱에서 직접 확인하세요.
3. "Apple ID 잠김", "Meta 비즈니스 정지": 설정이나 앱에서 직접 확인하세요.
4. "RE: 견적 문의 — 계좌가 바뀌었다": 기존 거래처라도 계좌 변경은 반드시 등록된 번호로 전화 확인.

받으신 메일은 지우지 마시고 Outlook의 "피싱 신고" 버튼을 눌러 주세요. 링크를 누르셨다면 바로 저에게 전화 주세요(내선 249).
""" + sig("yoon"), client="outlook")

M("hard10", "it-password-policy-change", "IT 관리자 <it@corp.example>", P["all"], "[IT] 1월부터 그룹웨어 로그인 2단계 인증 의무화", "2026-12-07 11:00", """
전 직원 여러분,

2027년 1월 4일부터 그룹웨어와 메일(웹) 로그인에 2단계 인증이 필수가 됩니다.
등록은 사내망에서 그룹웨어 > 내 정보 > 보안 설정에서 각자 하시면 됩니다(5분 정도).
IT는 메일이나 메신저로 인증번호나 비밀번호를 묻지 않습니다. 외부 링크로 등록을 요구하는 메일은 사칭입니다.

문의: IT인프라 윤태식 (내선 249)
""", client="system")

M("hard10", "ceo-bonus-transfer-approval", P["ceo"], P["choi"], "연말 성과급 지급 — 전자결재 올렸습니다", "2026-12-08 14:10", """
최대리,

연말 성과급 지급 품의 전자결재(NW-2026-1208-03)로 올렸어요. 재무 박 이사님 합의 후 결재하겠습니다.
지급은 12월 24일 급여와 함께 각자 급여 계좌로, 원천세는 평소처럼 1월 10일 신고·납부하면 됩니다.
세무사님께 따로 선납할 건 없고, 혹시 내 이름으로 다른 계좌 얘기가 오면 무조건 나한테 전화로 확인해요.
""" + sig("ceo"), client="outlook")

M("hard10", "tax-accountant-yearend-schedule", "세무법인 한결 정수민 세무사 <sm.jung@hangyeol-tax.example>", P["choi"],
  "2026 연말정산 및 원천세 일정 안내", "2026-12-04 10:30", """
최수진 대리님 안녕하세요, 세무법인 한결 정수민 세무사입니다.

연말 일정 정리해 드립니다.
- 12월분 원천세(성과급 포함): 2027-01-12까지 신고·납부 (홈택스에서 회사 계좌로 직접 납부)
- 연말정산 자료 제출: 2027-02-06까지

저희 사무소가 세금을 대신 받아서 납부하는 일은 없습니다. 세금 관련 입금 요청이 저희 이름으로 오면 꼭 제 휴대폰(010-5523-1890)으로 확인해 주세요.

정수민 세무사 드림
""", client="outlook")

M("hard10", "card-corporate-payment-due", "신한카드 <shcard@shinhancard.com>", P["acct"],
  "[신한카드] 법인카드 12월 결제 예정 금액 안내", "2026-12-05 08:00", html=notice_html(
      "신한카드", "#0046ff", "법인카드 결제 예정 금액 안내", [
          "(주)누리웍스 고객님, 12월 결제 예정 금액을 안내드립니다.",
          "결제일: 2026-12-14 / 결제 예정 금액: 14,208,330원 / 결제 계좌: 기업 ***-******-**-014",
          "신한카드는 이메일로 가상계좌 입금을 요청하지 않습니다.",
      ], "신한카드 | 법인 고객센터 1544-7200 | 발신 전용"))

# --- I. partners in English --------------------------------------------------------------------------------

M("hard10", "fairmont-invoice-real", "Megan Ross <megan.ross@fairmont-supply.example>", P["acct"],
  "Invoice 22871 - NURIWORKS - due 31 Dec", "2026-12-03 02:15", """
Hello Sujin,

Please find attached invoice 22871 (USD 18,940.00) for the December shipment of RTD probes, payable by 31 December.
Bank details are unchanged from our master agreement (Wells Fargo, account ending 4410).

As a reminder, we never change remittance details by email. If anyone asks you to pay a different account in our name,
please call me at +1 503 555 0182 first.

Thanks and happy holidays,
Megan Ross
Accounts Receivable | Fairmont Supply Co.
""", client="outlook365", att=["Invoice_22871.pdf"])

M("hard10", "shipping-notice-ocean", "Pacific Star Logistics <notify@pacificstar-log.example>", P["oh"],
  "Shipping notice: 2 x 40HC SHA-BUS, ETD 19 Dec - HBL PSL2612044", "2026-12-08 03:40", """
Dear Consignee,

Your shipper Shenzhen Lianda Co. has booked the following cargo through us:
HBL: PSL2612044 / Vessel: HMM BLESSING 041E / ETD Shanghai 19 Dec / ETA Busan 22 Dec

Destination charges will be invoiced by our Busan agent (Hanmi Forwarding) after arrival, as usual, against the arrival notice.
No payment is due before departure.

Pacific Star Logistics - Shanghai Export Desk
""", client="system", att=["HBL_PSL2612044_draft.pdf"])

M("hard10", "lianda-po-confirmation", "Chen Jing <chen.jing@lianda-sz.example>", P["oh"],
  "RE: PO NW-2611-17 order confirmation", "2026-12-02 10:05", """
Dear Mr. Oh,

Thank you for PO NW-2611-17. Please find attached our order confirmation.
Payment terms stay as agreed: 30% T/T after shipment documents, 70% 60 days after B/L, to our account on file with you.
Our bank details have not changed.

Best regards,
Chen Jing
Sales Dept. | Shenzhen Lianda Electronics Co., Ltd.
""", client="outlook", att=["OC_NW-2611-17.pdf"])

M("hard10", "amazon-business-order-shipped", "Amazon Business <shipment-tracking@amazon.com>", P["yoon"],
  "Your Amazon Business order #114-7720193-4418 has shipped", "2026-12-04 22:10", """
Hello Taesik,

Your order has shipped and is on its way to Pangyo, KR.
Items: 2 x USB-C docking station
Estimated delivery: Dec 11 - Dec 14 (import duties prepaid at checkout)

Track your package from Your Orders on amazon.com.
""", client="system", fmt="plain")

M("hard10", "linkedin-recruiter-real-en", "Ryan Park <ryan.park@hirebridge-asia.example>", P["lim"],
  "Engineering Manager role (Singapore) - open to a chat?", "2026-12-06 01:30", """
Hi Chaewon,

I'm a recruiter at HireBridge Asia. A Singapore-based industrial automation client is hiring an Engineering Manager
for their Korea development centre (Pangyo). Happy to share the JD if you're open to it.
There's no cost to candidates at any stage. If now isn't the right time, no worries at all.

Best,
Ryan Park | HireBridge Asia | +65 6555 0133
""", client="gmail")

M("hard10", "conference-speaker-no-fee-en", "Program Committee <program@sensors-asia-conf.example>", P["han"],
  "Sensors Asia 2027: your talk has been accepted", "2026-12-05 06:00", """
Dear Dr. Han,

We are pleased to inform you that your talk "Drift compensation in low-cost humidity sensors" has been accepted for
Sensors Asia 2027 (Busan, 22-24 April). Speakers receive a free full-conference pass; there is no speaker fee.

Please confirm your participation and upload your final abstract in the submission system you used before 15 January.

Program Committee, Sensors Asia 2027
""", client="system")

# --- J. newsletters asked for, and an opt-out --------------------------------------------------------------

M("hard10", "kotra-newsletter-optin", "KOTRA 해외시장뉴스 <news@kotra.or.kr>", P["park"],
  "[KOTRA 해외시장뉴스] 12월 2주차 — 베트남 스마트팩토리 수요", "2026-12-08 07:00", html=notice_html(
      "KOTRA 해외시장뉴스", "#005baa", "12월 2주차 주요 기사", [
          "· 베트남, 전자부품 공장 스마트팩토리 투자 확대",
          "· 인도 산업용 센서 수입 규제 개정 동향",
          "· 2027 하노이 국제산업전 한국관 참가기업 모집(무료 신청)",
          btn("https://dream.kotra.or.kr/kotranews/index.do", "기사 전체 보기", "#005baa"),
      ], "본 메일은 해외시장뉴스 구독을 신청하신 분께 발송됩니다. "
         "<a href=\"https://dream.kotra.or.kr/kotranews/unsubscribe.do\">수신거부</a> | KOTRA 서울 서초구 헌릉로 13"),
  headers={"List-Unsubscribe": "<https://dream.kotra.or.kr/kotranews/unsubscribe.do?u=88142>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"})

M("hard10", "optout-confirmation-bizgift", "비즈기프트몰 <noreply@bizgift-mall.example>", P["info"],
  "수신거부 처리 완료 안내", "2026-12-07 10:12", """
요청하신 광고성 정보 수신거부가 2026-12-07 10:11에 처리되었습니다.
대상 주소: info@corp.example
이후 광고 메일은 발송되지 않으며, 주문·배송 관련 안내만 발송될 수 있습니다.
(정보통신망법 제50조에 따른 처리 결과 안내)

비즈기프트몰 고객센터 1668-2xxx
""", client="esp", fmt="plain")
