"""hard13: the honest twins of the corpus13 spam batch, written blind like it — money and account mail done properly, in the
words of the no-link lures: the CEO's transfer request through 전자결재, the landlord's real rent notice from the managing
company, the customs broker's duty invoice paid to the customs account, the office's lawyer on a real settlement, a school's
스쿨뱅킹 notice, the clinic's 검진 정산 on letterhead, the apartment's 관리비 notice, a courier's real return pickup, the tax
office's real 안내문 with no account, the bank RM's visit note, a professor's 산학 협약 through the 산학협력단, the association's
dues to its corporate account, a church bulletin, a friend abroad asking nothing, a new hire's own payroll change, the office IT
on a remote session it scheduled, a partner's 공문 confirmed by call-back; flex, 시프티, 원티드, 잡플래닛, 리멤버, 비즈플레이,
식권대장, WEHAGO, 이카운트, 에스원, 특허로, 근로복지공단, 삼쩜삼, 쏘카 비즈니스 and 캐시노트 notices with nothing to log in to
in a hurry; partners' English AR mail, a forwarder's pre-alert, an auditor's confirmation sent by the office itself, a Coupa
invitation the customer announced, 1Password and Notion; the vendors the office already uses, in the untagged ads' voice, and
HR's own 법정의무교육 notice. corpus13 batch."""
from ham_texts import M, P, btn, gm_quote, notice_html, ol_quote, sig

IPHONE = "\n\niPhone에서 보냄\n"
GALAXY = "\n\nGalaxy S25에서 보냄\n"

# --- A. money inside the company's own process ----------------------------------------------------------------

M("hard13", "ceo-transfer-via-approval", P["ceo"], P["choi"], "한성정밀 계약금 — 전자결재 올렸어요", "2026-12-08 10:12", """
최대리, 한성정밀 설비 계약금 건 전자결재 올렸어요 (문서번호 NW-결재-2026-1874).
금액 1,650만원, 계약서 3조에 적힌 한성정밀 법인 계좌(기업은행, 거래처 등록된 그 계좌) 그대로입니다.
박부장 합의 끝나면 오늘 오후 정기 이체 때 같이 나가면 돼요. 급한 거 아니니 순서대로 처리해 주세요.
""" + sig("ceo"), client="outlook")

M("hard13", "choi-kakao-style-reminder", P["choi"], P["ceo"], "대표님 결재 하나만 부탁드려요", "2026-12-08 15:40", """
대표님, 3시 정기이체 전에 결재 하나만 부탁드립니다 🙏
NW-결재-2026-1881 성우부품 12월 납품대금 18,920,000원 — 거래처 등록 계좌(국민, 법인명의) 변동 없습니다.
모바일 결재함에서 바로 승인 가능하세요.
""" + GALAXY, client="hiworks")

M("hard13", "seo-transfer-question", P["seo"], P["choi"], "대리님 대명케이블 지급 건 질문", "2026-12-08 11:05", """
대리님, 대명케이블 이번 주 지급분 2,746만원이요
오늘 대표님 이름으로 "새 계좌로 넣어라"는 메일이 gmail로 왔는데, 대표님은 지금 사무실에 계세요.
여쭤보니 그런 메일 보낸 적 없으시대요. 대명케이블 김부장님께도 대표번호로 전화했더니 계좌 변경 없답니다.
지급은 기존 등록 계좌로 결재 올리고, 그 메일은 IT에 신고했어요. 혹시 대리님도 받으셨으면 열지 마세요.
""" + sig("seo"), client="outlook")

M("hard13", "daemyung-real-account-change", "(주)대명케이블 경리부 김형석 <hs.kim@daemyung-cable.example>", P["choi"],
  "[공문] 거래 계좌 변경 통지 (대명-경리-2026-121) — 유선 확인 부탁드립니다", "2026-12-02 14:20", """
(주)누리웍스 경영지원팀 최수진 대리님께

문서번호: 대명-경리-2026-121
제목: 거래 계좌 변경 통지

1. 당사 주거래 은행 변경에 따라 2027년 1월 지급분부터 입금 계좌를 아래와 같이 변경하고자 합니다.
   - 변경 계좌: 신한은행 140-013-xxxxxx (예금주: (주)대명케이블) — 법인 명의
2. 통장 사본과 사업자등록증을 첨부하며, 공문 원본(직인 날인)은 우편으로도 발송했습니다.
3. 12월 지급분은 기존 계좌로 보내주시면 됩니다.
4. 계좌 변경은 반드시 저희 회사 대표번호(031-499-xxxx)로 전화 주셔서 제게 확인하신 뒤 반영해 주세요.
   메일만으로 계좌를 바꾸는 일은 없습니다.

(주)대명케이블 경리부 부장 김형석
""", client="outlook", att=["대명-경리-2026-121_계좌변경공문.pdf", "통장사본_대명케이블.pdf", "사업자등록증_대명케이블.pdf"])

M("hard13", "sungwoo-statement-unchanged", "서은영 <ey.seo@sungwoo-parts.example>", P["choi"], "RE: 12월 납품 대금 정산의 건", "2026-12-08 13:55", """
최수진 대리님,

네, 12월 납품분 세금계산서 3건 합계 18,920,000원 맞습니다.
입금은 늘 하시던 저희 법인 계좌(국민은행, 예금주 성우부품(주))로 부탁드립니다. 변경 사항 없습니다.
혹시 다른 계좌를 안내하는 메일을 받으시면 저희 쪽에서 보낸 것이 아니니 꼭 전화 주세요 (031-8039-xxxx, 내선 2).

서은영 드림
성우부품(주) 경리팀
""" + ol_quote("최수진", "2026년 12월 8일 월요일 오전 9:30", "서은영", "12월 납품 대금 정산의 건", """
서은영 대리님, 12월 납품분 정산 금액 확인 부탁드립니다. 이번 주 금요일 지급 예정입니다.
최수진 드림
"""), client="outlook365")

M("hard13", "kevin-vn-invoice", "Kevin Tran <kevin.tran@nuri-vn.example>", P["park"], "Re: Vietnam 법인 12월 payment", "2026-12-07 17:30 +0700", """
과장님 안녕하세요, Kevin입니다 ^^
Hanoi 법인 12월 invoice 보내드려요. USD 21,480, 계좌는 늘 쓰시던 Vietcombank 법인 계좌 그대로입니다.
HQ에서 "계좌 바뀌었다"는 메일 받으시면 그건 저희 아니에요. 요즘 베트남 업체들 사이에 그런 메일 많이 돈다고 합니다.
내일 Hanoi 출장이라 급한 건 법인 대표번호로 주시면 Linh 대리가 받습니다. Thanks 과장님!
""", client="gmail", att=["INV-NVN-2612_NURIWORKS.pdf"])

# --- B. landlord, customs, law, school, clinic, apartment, courier, tax office, bank, professor, association ----

M("hard13", "landlord-rent-notice", "(주)판교스퀘어관리 <billing@pangyo-square.example>", P["acct"],
  "[판교스퀘어] 2027년 1월 임대료 및 관리비 청구서 (501호)", "2026-12-07 09:00", """
(주)누리웍스 귀중

2027년 1월분 임대료 및 관리비를 아래와 같이 청구드립니다.

  임대료        6,200,000원
  관리비        1,148,000원 (전기·수도 실사용분 포함)
  합계          7,348,000원 (부가세 별도, 세금계산서 1월 2일 발행)
  납부 기한     2027. 1. 10.
  입금 계좌     기존과 동일 ((주)판교스퀘어관리 법인 계좌, 변경 없음)

※ 임대인 또는 관리회사는 메일로 입금 계좌를 변경하지 않습니다. 계좌 변경은 임대차계약서 특약에 따라
   서면 통지와 관리사무소 방문 확인을 거칩니다. 다른 계좌 안내를 받으시면 관리사무소(031-8016-xxxx)로 알려주세요.

(주)판교스퀘어관리 관리사무소
""", client="legacy", att=["청구서_501호_2027-01.pdf"])

M("hard13", "customs-broker-duty-invoice", "한결관세사무소 이민규 관세사 <mk.lee@hangyeol-cb.example>", P["choi"],
  "수입신고 수리 및 관부가세 납부 안내 (B/L HDMU2612884)", "2026-12-08 10:40", """
최수진 대리님, 안녕하세요. 한결관세사무소 이민규입니다.

심천발 센서 하우징 건(B/L HDMU2612884) 오늘 오전 수입신고 수리되었습니다.
  관세 218,400원 / 부가세 4,067,910원 / 합계 4,286,310원
  납부: 첨부 납부서의 전자납부번호로 인터넷뱅킹 "관세 납부" 메뉴 또는 UNI-PASS에서 직접 납부
  납부 기한: 수리일로부터 15일 (12월 23일)

세금은 세관 국고 계좌로만 납부되며 저희 사무소 계좌로 받지 않습니다.
저희 통관 수수료(33,000원)는 월말 세금계산서로 따로 청구드립니다.
반출은 납부와 관계없이 내일 오전 가능합니다.

이민규 드림 | 한결관세사무소 02-2660-xxxx
""", client="outlook", att=["수입신고필증_HDMU2612884.pdf", "관세_납부서_HDMU2612884.pdf"])

M("hard13", "lawyer-real-settlement", "법무법인 세움 윤지호 변호사 <jh.yoon@seum-law.co.kr>", P["ceo"],
  "에이치엠테크 용역대금 건 — 합의 조건 검토 의견", "2026-12-08 16:10", """
이준호 대표님, 윤지호입니다.

오늘 "법무법인 한빛"이라는 곳에서 받으셨다는 합의 제안 메일 확인했습니다.
1) 법무법인 한빛은 대한변협 검색으로 확인되지 않고, 메일도 gmail에서 왔습니다.
2) 합의금을 변호사 개인 계좌로 받는 일은 없습니다. 의뢰인 회사 계좌나 법인 예수금 계좌로만 받습니다.
3) 에이치엠테크 쪽 실제 담당자(정 이사님)와 방금 통화했는데, 8월 유지보수 대금은 10월에 정산 끝났다고 하십니다.
답장하지 마시고 그대로 두셔도 됩니다. 실제 소송이나 지급명령은 법원 송달로 오니, 그때 저에게 넘겨주시면 됩니다.

윤지호 드림
법무법인 세움 | 02-6952-xxxx
""", client="outlook")

M("hard13", "school-schoolbank-notice", "판교초등학교 <noreply@pangyo-es.example>", P["kim"],
  "[판교초] 겨울방학 방과후 과학캠프 참가비 스쿨뱅킹 출금 안내", "2026-12-07 13:00", """
학부모님 안녕하세요. 판교초등학교 행정실입니다.

겨울방학 방과후 과학캠프(1/5~1/16) 참가비가 아래와 같이 스쿨뱅킹으로 출금됩니다.
 - 참가비: 186,000원 (재료비 포함)
 - 출금일: 12월 15일 (잔액 부족 시 12월 22일 재출금)
 - 출금 계좌: 가정통신문 동의서에 적어주신 스쿨뱅킹 계좌

학교는 개인 명의 계좌로 입금을 요청하지 않습니다. 문의는 행정실(031-780-xxxx)로 연락 주세요.
판교초등학교장
""", client="system", fmt="plain", att=["가정통신문_2026-178_방과후캠프.pdf"])

M("hard13", "clinic-checkup-settlement", "분당서울병원 건강증진센터 <checkup@bundang-seoul-hospital.example>", P["acct"],
  "누리웍스 임직원 단체검진 정산서 송부 (11월 시행분)", "2026-12-04 11:30", """
(주)누리웍스 경영지원팀 담당자님께

11월 귀사 임직원 단체검진(32명) 정산서를 보내드립니다.
계약 항목 외 개인 추가 검사(수면 내시경 전환 7건, 갑상선 초음파 4건)는 검진 당일 수검자 본인이 원무과에서 결제하셨으므로 회사 청구액에는 포함되지 않습니다.

 회사 청구액: 계약 금액 그대로 (32명 × 기본형) — 세금계산서 12월 10일 발행
 입금 계좌: 계약서에 기재된 병원 법인 계좌 (변경 없음)

개인별 결과지는 12월 14일까지 각자 등기로 발송됩니다. 회사에는 개인 결과가 제공되지 않습니다.
분당서울병원 건강증진센터 기업검진 담당 | 031-787-xxxx
""", client="outlook", att=["누리웍스_단체검진_정산서_2026-11.pdf"])

M("hard13", "apartment-fee-notice", "판교푸르지오 관리사무소 <office@pangyo-prugio.example>", "오세훈 <sh.oh.home@naver.com>",
  "[판교푸르지오] 12월 관리비 고지 (101동 1204호)", "2026-12-05 09:00", """
101동 1204호 입주민님께

12월분 관리비를 안내드립니다.
 부과 금액 312,480원 (전기 84,300 / 난방 118,200 / 일반관리 61,000 외)
 납부 기한 12월 31일 — 자동이체 계좌에서 12월 25일 출금

자동이체가 안 된 세대는 관리비 고지서의 단지 전용 가상계좌 또는 아파트 관리 앱으로 납부하시면 됩니다.
관리사무소는 관리소장 개인 계좌로 관리비를 받지 않습니다.
판교푸르지오 관리사무소 031-8017-xxxx
""", client="system", fmt="plain", att=["관리비고지서_101-1204_2026-12.pdf"])

M("hard13", "courier-return-pickup", "CJ대한통운 <noreply@cjlogistics.com>", P["sales"],
  "[CJ대한통운] 반품 회수 완료 안내 (운송장 6842-1197-xxxx)", "2026-12-08 17:10", """
[CJ대한통운] 반품 회수 완료 안내

고객님께서 접수하신 반품 3박스가 회수되었습니다.
 - 운송장번호: 6842-1197-xxxx
 - 회수 기사: 김○○ (판교 대리점)
 - 운임: 계약 운임으로 월말 정산 (현장 결제 없음)

택배기사는 운임을 개인 계좌로 받지 않습니다. 배송 조회는 CJ대한통운 앱 또는 www.cjlogistics.com 에서 가능합니다.
""", client="system", fmt="plain")

M("hard13", "tax-office-notice-no-account", "이준호 <jh.lee@corp.example>", P["choi"], "분당세무서 안내문 (등기 온 것) 스캔해요", "2026-12-08 09:20", """
최대리, 분당세무서에서 등기로 "부가가치세 신고 내용 확인 안내문" 왔어요. 스캔해서 붙입니다.
매입세액 중 일부 확인해 달라는 거고, 해명 자료를 12월 18일까지 홈택스로 제출하거나 세무서 담당 조사관(대표번호로 연결)에게 내라고 돼 있어요.
돈 보내라는 내용은 없으니 온새 김세무사님께 넘겨서 해명 자료 준비해 주세요.
어제 같은 내용으로 "가산세 감면해 준다"며 계좌 적힌 메일이 따로 왔던데 그건 무시하세요.
""" + sig("ceo"), client="outlook", att=["분당세무서_안내문_20261207.pdf"])

M("hard13", "ibk-rm-visit", "윤서진 <sj.yoon@ibk.example>", P["ceo"], "[IBK기업은행] 운전자금 대출 기한연장 관련 방문 일정 문의", "2026-12-07 15:00", """
이준호 대표님, 안녕하십니까.
IBK기업은행 판교테크노밸리지점 기업금융 담당 윤서진 RM입니다.

대표님 회사 운전자금 대출(잔액 3억원)이 2027년 1월 만기로 기한연장 심사를 앞두고 있습니다.
심사에는 2026년 부가세 과세표준증명, 최근 재무제표, 4대보험 완납증명이 필요합니다.
다음 주 중 회사로 방문드려 서류를 받고 금리 조건을 설명드리고자 하는데 편하신 날짜 알려주시면 맞추겠습니다.

참고로 은행은 금리 조정을 이유로 예치금을 직원 개인 계좌로 받지 않습니다. 의심되는 연락은 지점 대표번호(031-8016-xxxx)로 확인 부탁드립니다.

윤서진 드림 | IBK기업은행 판교테크노밸리지점
""", client="outlook")

M("hard13", "professor-joint-research", "최성호 <shchoi@kpu.example.ac.kr>", P["han"], "산학 공동연구 협약서 초안 (산학협력단 경유)", "2026-12-07 10:30", """
한서연 선임님, 최성호입니다.

지난달 말씀 나눈 2027 산학 공동연구(센서 드리프트 보정) 협약서 초안을 산학협력단에서 받았습니다. 첨부합니다.
연구비는 협약 체결 후 산학협력단 계좌로 세금계산서 발행해 청구합니다. 학생연구원 인건비도 산단에서 지급하니 회사에서 따로 주실 건 없습니다.
실험은 협약 이후(1월 중순) 시작하는 것으로 학생들과 일정 잡아두었습니다.
법무 검토 후 의견 주시면 산단 담당(정혜진 선생님, 031-8041-xxxx)과 함께 반영하겠습니다.

최성호 드림
한국공학대학교 정밀계측연구실
""", client="outlook365", att=["2027_산학공동연구_협약서(안)_누리웍스.hwp"])

M("hard13", "association-dues", "한국산업센서협회 <office@kssa.example.or.kr>", P["acct"],
  "[한국산업센서협회] 2027년도 정회원 연회비 청구서", "2026-12-04 10:00", html=notice_html(
      "한국산업센서협회", "#00695c", "2027년도 정회원 연회비 청구", [
          "(주)누리웍스 대표이사님께",
          "2027년도 정회원 연회비를 청구드립니다.<br>연회비 600,000원 (부가세 없음) · 납부 기한 2027. 1. 31.",
          "납부 계좌는 협회 법인 계좌(사단법인 한국산업센서협회)로 종전과 같습니다. 협회는 임원·직원 개인 계좌로 회비를 받지 않습니다.",
          "「2027 회원사 명부」 게재는 정회원 혜택으로 별도 비용이 없습니다. 게재 정보 수정은 12월 15일까지 회신해 주세요.",
      ], "사단법인 한국산업센서협회 사무국 | 02-3460-xxxx | 본 메일은 회원사에 발송되는 안내입니다.", layout=2),
  client="esp", att=["2027_연회비_청구서_누리웍스.pdf"])

M("hard13", "church-bulletin", "은혜교회 <news@grace-church.example>", "이준호 <junho.lee.home@naver.com>",
  "[은혜교회] 12월 둘째 주 주보 및 성탄 선교헌금 안내", "2026-12-05 18:00", """
은혜교회 성도님들께

이번 주 주보를 보내드립니다.
- 성탄 선교헌금: 캄보디아 선교지 학교 지붕 보수를 위해 12월 20일, 27일 두 주간 드립니다.
  헌금은 예배 중 또는 교회 헌금 계좌(예금주 은혜교회)로만 받으며, 개인 계좌로 안내하는 일은 없습니다.
- 최근 목회자나 사모를 사칭해 성도님께 개인적으로 헌금을 부탁하는 문자와 메일이 있다고 합니다. 받으시면 교회 사무실로 알려주세요.
- 송구영신 예배: 12월 31일 밤 11시

은혜교회 사무실 031-705-xxxx
""", client="esp", fmt="plain", att=["주보_2026-12-06.pdf"])

M("hard13", "friend-sydney", "Minsoo Park <minsoo.park.syd@gmail.com>", "이준호 <junho.lee.home@naver.com>", "준호야 나 민수 (시드니)", "2026-12-06 21:40 +1100", """
준호야 오랜만이다 ㅎㅎ 시드니 민수야
카톡이 호주 번호로 바뀌어서 메일로 먼저 연락한다. 새 번호 +61 4xx xxx xxx 저장해 줘
1월 말에 애들 데리고 한국 들어가는데 판교 근처에서 밥 한 번 먹자
부탁할 건 없고 ㅋㅋ 그냥 얼굴 보고 싶어서. 너 회사 잘 된다는 얘기 동창들한테 들었다
여기는 지금 한여름이라 크리스마스에 바비큐 한다 ㅎ 형수님께도 안부 전해 줘
""", client="gmail")

M("hard13", "new-hire-payroll-change", "정우진 <wj.jung@corp.example>", P["kim"], "급여 계좌 변경 신청서 제출합니다", "2026-12-08 09:45", """
김다은 과장님, 안녕하세요. 영업팀 정우진입니다.
입사 때 적어낸 급여 계좌를 제 명의 다른 은행 계좌로 바꾸려고 합니다.
그룹웨어 "급여계좌 변경 신청" 양식으로 올렸고, 본인 명의 통장 사본 첨부했습니다.
혹시 저희 어머니께서 따로 연락드리셨다면 제가 부탁드린 게 아니니 무시해 주세요. 어제 어머니께서 이상한 문자 받으셨다고 해서 말씀드려요.
""" + sig("park").replace("박지영 과장", "정우진 사원").replace("010-2931-5804", "010-5508-2217").replace("jy.park", "wj.jung"),
  client="outlook", att=["통장사본_정우진.pdf"])

M("hard13", "it-remote-session-scheduled", P["it"], P["acct"], "[IT] 회계용 공용 PC 원격 점검 일정 (12/10 14:00)", "2026-12-08 11:00", """
경영지원팀 여러분,

연말 보안 점검으로 2층 회계용 공용 PC를 12월 10일(목) 14:00에 원격 점검합니다.
- 점검은 사내 원격지원 시스템으로 IT가 접속 요청을 보내면 화면에 뜨는 "허용"을 누르시면 됩니다.
- IT는 원격 ID나 비밀번호를 메일·메신저로 묻지 않습니다. 외부 메일(gmail 등)로 IT를 자칭하는 연락은 모두 가짜입니다.
- 오늘 it.nuriworks.support@gmail.com 에서 온 메일은 저희가 보낸 게 아니니 회신하지 말고 삭제해 주세요.
""" + sig("yoon"), client="outlook")

M("hard13", "ceo-forwards-real-notice", P["ceo"], P["choi"], "FW: [공문] 대명케이블 계좌 변경 — 전화 확인 완료", "2026-12-03 10:05", """
최대리, 대명케이블 공문 전달해요.
제가 김형석 부장님과 대표번호로 통화해서 확인했고, 1월 지급분부터 반영하면 됩니다.
거래처 계좌 변경은 규정대로 변경 신청서 결재(NW-결재-2026-1850)로 올렸어요.

-----원본 메시지-----
보낸 사람: (주)대명케이블 경리부 김형석 <hs.kim@daemyung-cable.example>
보낸 날짜: 2026년 12월 2일 수요일 오후 2:20
받는 사람: 최수진
제목: [공문] 거래 계좌 변경 통지 (대명-경리-2026-121) — 유선 확인 부탁드립니다

1. 당사 주거래 은행 변경에 따라 2027년 1월 지급분부터 입금 계좌를 변경하고자 합니다.
4. 계좌 변경은 반드시 저희 회사 대표번호로 전화 주셔서 확인하신 뒤 반영해 주세요.
""" + sig("ceo"), client="outlook", att=["대명-경리-2026-121_계좌변경공문.pdf"])

# --- C. the services the lures copy, in their real voice ------------------------------------------------------

M("hard13", "flex-contract-sign", "flex <no-reply@flex.team>", P["park"], "[flex] 2027년 연봉계약서 서명 요청이 도착했어요", "2026-12-07 10:00", html=notice_html(
    "flex", "#111111", "2027년 연봉계약서 서명 요청", [
        "박지영님, 누리웍스에서 2027년 연봉계약서 서명을 요청했어요.",
        "문서: 2027년 연봉계약서 · 요청자: 인사팀 김다은 · 서명 기한: 2026. 12. 18.",
        "flex 앱 또는 PC에서 평소처럼 회사 SSO로 로그인해 문서함에서 확인할 수 있어요. 계약 내용 문의는 인사팀에 해 주세요.",
        btn("https://flex.team", "flex에서 확인하기", "#111111"),
    ], "flex Inc. | 본 메일은 발신 전용입니다.", layout=2), client="esp")

M("hard13", "shiftee-monthly-close", "시프티 <noreply@shiftee.io>", P["kang"], "[시프티] 11월 근무 기록 마감 안내", "2026-12-01 09:00", """
강하늘님, 11월 근무 기록이 마감되었습니다.

 · 총 근무일 20일 / 연장근무 4시간 (승인 완료)
 · 수정 요청 1건: 11/24 퇴근 미기록 → 관리자 승인 대기

수정 요청 결과는 관리자 승인 후 앱 알림으로 알려드려요. 급여 반영은 회사 급여 일정에 따릅니다.
시프티 앱에서 확인하세요. 본 메일은 발신 전용입니다.
""", client="system", fmt="plain")

M("hard13", "wanted-invoice", "원티드 <biz@wanted.co.kr>", P["kim"], "[원티드] 채용 성공 수수료 세금계산서 발행 안내 (11월)", "2026-12-02 10:00", """
누리웍스 채용 담당자님, 원티드입니다.

11월 채용 성공 1건에 대한 수수료 세금계산서가 발행되었습니다.
 · 포지션: 임베디드 SW 개발자 (입사일 11/16)
 · 수수료: 계약 요율 기준, 세금계산서 참조
 · 납부: 세금계산서의 원티드 법인 계좌로 12월 31일까지

게재 중인 공고 2건은 정상 노출 중입니다. 자세한 내용은 원티드 기업 대시보드(www.wanted.co.kr)에서 확인하세요.
""", client="esp", fmt="plain")

M("hard13", "jobplanet-review-digest", "잡플래닛 <noreply@jobplanet.co.kr>", P["kim"], "[잡플래닛] 누리웍스 11월 기업 리뷰 리포트", "2026-12-03 08:00", html=notice_html(
    "잡플래닛", "#00c362", "11월 기업 리뷰 리포트", [
        "누리웍스 기업 담당자님, 11월 신규 리뷰 2건이 등록되었습니다.",
        "평균 평점 3.8 · 키워드: '수평적 분위기', '연봉 협상'",
        "리뷰 원문과 답변 작성은 기업 서비스에서 평소 쓰시는 계정으로 확인하실 수 있습니다. 이 메일은 월간 요약이며 조치가 필요한 사항은 없습니다.",
    ], "(주)브레인커머스 · 잡플래닛 | 수신 설정은 기업 서비스 > 알림 설정에서 변경할 수 있습니다.", layout=1), client="esp")

M("hard13", "remember-card-update", "리멤버 <noreply@rememberapp.co.kr>", P["ceo"], "한성정밀 정 이사님이 명함을 업데이트했습니다", "2026-12-06 12:00", """
이준호님, 리멤버입니다.
명함첩에 있는 한성정밀 정동원 이사님이 새 명함을 등록했습니다. (직함 변경: 이사 → 상무)
리멤버 앱에서 확인하세요.
알림 받지 않기: 앱 > 설정 > 알림
""", client="system", fmt="plain")

M("hard13", "bizplay-receipts", "비즈플레이 <noreply@bizplay.co.kr>", P["bae"], "[비즈플레이] 12월 법인카드 증빙 제출 안내", "2026-12-07 09:00", """
배성우님, 비즈플레이입니다.
12월 마감 전 증빙 제출이 필요한 법인카드 사용 건이 2건 있습니다.

 11/28 쿠팡 129,800원
 12/02 SK에너지 판교 92,400원

회사 경비 규정에 따라 12월 24일까지 비즈플레이 앱에서 영수증 사진과 사용 목적을 입력해 주세요.
문의는 회사 경영지원팀으로 해 주세요.
""", client="system", fmt="plain")

M("hard13", "sikdae-monthly-points", "식권대장 <noreply@sikdae.com>", P["all"], "[식권대장] 12월 식대 포인트가 지급되었습니다", "2026-12-01 07:00", """
누리웍스 임직원님, 식권대장입니다.
12월 식대 포인트 200,000P가 지급되었습니다. (사용 기한 12월 31일)
식권대장 앱에서 잔액을 확인하고 제휴 식당에서 사용하세요.
""", client="system", fmt="plain")

M("hard13", "wehago-access-request", "WEHAGO <noreply@wehago.com>", P["choi"], "[WEHAGO] 세무법인 온새에서 결산 자료 열람을 요청했습니다", "2026-12-08 09:14", html=notice_html(
    "WEHAGO", "#1c90fb", "수임처 자료 열람 요청", [
        "(주)누리웍스 관리자님",
        "수임 세무대리인 <b>세무법인 온새</b>가 2026년 결산 자료(원장, 증빙) 열람 권한을 요청했습니다.<br>요청 일시 2026-12-08 09:14",
        "WEHAGO에 평소처럼 접속하신 뒤 [설정 &gt; 수임처 관리]에서 승인 또는 거절하실 수 있습니다. 기한은 없으며, 담당 세무사님께 확인 후 처리하셔도 됩니다.",
    ], "(주)더존비즈온 | 본 메일은 발신 전용입니다.", layout=2), client="esp")

M("hard13", "tax-accountant-wehago", "세무법인 온새 김도윤 세무사 <dy.kim@onsae-tax.example>", P["choi"], "WEHAGO 열람 요청 드렸습니다 (결산 준비)", "2026-12-08 09:20", """
최수진 대리님, 김도윤입니다.
방금 WEHAGO로 2026년 결산 자료 열람 권한 요청 드렸습니다. 인사·급여는 필요 없고 회계 원장과 증빙만 요청했어요.
승인해 주시면 다음 주부터 결산 조정 시작하겠습니다. 급하지 않으니 편하실 때 해 주세요.
""", client="outlook")

M("hard13", "ecount-usage-notice", "이카운트 <noreply@ecount.com>", P["it"], "[이카운트] 데이터 사용량 안내 (80% 도달)", "2026-12-02 10:00", """
이카운트 ERP 관리자님께
귀사의 데이터 사용량이 제공량의 80%에 도달했습니다. (8.1GB / 10GB)
보관 자료는 용량을 넘더라도 삭제되지 않으며, 추가 용량은 필요하실 때 ERP 내 [고객센터 > 서비스 신청]에서 신청하실 수 있습니다.
본 메일은 발신전용입니다.
""", client="system", fmt="plain")

M("hard13", "s1-card-issue", "에스원 <noreply@s1.co.kr>", P["it"], "[에스원] 출입카드 추가 발급 완료 안내", "2026-12-04 15:00", """
고객님 안녕하세요. 에스원입니다.
요청하신 출입카드 2매(신규 입사자) 발급과 등록이 완료되었습니다. 담당 기사가 12월 7일 방문해 전달드립니다.
출입카드 인증서 갱신 같은 작업은 고객님께서 따로 하실 일이 없으며, 에스원이 메일 링크로 로그인을 요청하지 않습니다.
문의: 에스원 고객센터 1588-3112
""", client="system", fmt="plain")

M("hard13", "patent-firm-office-action", "한울특허법률사무소 최가은 변리사 <ge.choi@hanul-ip.example>", P["han"],
  "[보고] 10-2026-0148xxx 방식심사 보정요구서 접수 — 대응 일정", "2026-12-08 14:00", """
한서연 선임님, 최가은입니다.

특허로를 통해 출원번호 10-2026-0148xxx(온도 드리프트 보정 센서 모듈)에 대한 보정요구서가 저희 사무소로 송달되었습니다.
요지: 출원인 위임장 서명일 누락 (간단한 방식 보정입니다)
보정 기한: 2026. 12. 21.

위임장을 다시 보내드리니 대표님 서명(또는 법인인감) 후 스캔해 주시면 저희가 제출하겠습니다. 보정 비용은 별도 청구 없습니다.
특허청은 출원인에게 링크로 로그인을 요구하지 않습니다. 송달 문서는 대리인인 저희 사무소로만 옵니다.
""", client="outlook", att=["위임장_10-2026-0148xxx.pdf", "보정요구서_10-2026-0148xxx.pdf"])

M("hard13", "comwel-insurance-settlement", P["choi"], P["ceo"], "산재보험료 정산 결과 (근로복지공단 고지서)", "2026-12-07 16:30", """
대표님, 근로복지공단에서 2026년 산재·고용보험료 정산 결과 고지서가 우편으로 왔습니다.
과납분 1,284,630원은 1월 보험료에서 자동 충당된다고 되어 있어요. 따로 신청할 건 없습니다.
오늘 "환급 계좌 등록"하라는 메일도 왔는데, 공단 토탈서비스에 제가 직접 접속해 보니 해당 안내가 없어서 무시했습니다.
""" + sig("choi"), client="outlook", att=["근로복지공단_정산결과_고지서.pdf"])

M("hard13", "socar-business-receipt", "쏘카 비즈니스 <noreply@socar.kr>", P["acct"], "[쏘카 비즈니스] 12월 3일 이용 영수증 (배성우)", "2026-12-04 19:20", """
누리웍스 관리자님, 쏘카 비즈니스입니다.

 이용자: 배성우
 이용 일시: 12/03 08:30 ~ 12/04 19:10
 차량: 아반떼 CN7
 결제 금액: 187,400원 (등록 법인카드 승인 완료)

영수증은 관리자 페이지에서도 내려받을 수 있습니다.
""", client="system", fmt="plain")

M("hard13", "cashnote-weekly", "캐시노트 <report@cashnote.kr>", "이준호 <junho.lee.home@naver.com>", "[캐시노트] 지난주 매장 매출 리포트", "2026-12-07 08:00", """
사장님, 캐시노트 주간 리포트입니다. (분당 카페 '누리' 매장)
 · 지난주 매출 4,812,000원 (전주 대비 +6%)
 · 카드사 입금 예정 3,904,000원 — 모두 정상 입금 예정이에요
리포트 수신 설정은 앱에서 바꿀 수 있어요.
""", client="system", fmt="plain")

M("hard13", "3o3-colleague-question", P["park"], P["choi"], "대리님 삼쩜삼 환급 이거 진짜예요?", "2026-12-08 12:20", """
대리님 점심 맛있게 드셨어요?
메일로 삼쩜삼에서 "돌려받을 세금 482,300원" 왔는데 링크가 3o3.co.kr이 아니고 이상한 주소라 안 눌렀어요 ㅎㅎ
저 작년에 부업 강의료 받은 게 있어서 종합소득세 경정청구는 진짜 해보려고 하는데, 그냥 앱에서 직접 들어가서 하면 되죠?
""" + sig("park"), client="outlook")

# --- D. partners in English -----------------------------------------------------------------------------------

M("hard13", "apex-ar-statement", "Megan Liu <megan.liu@apexsense.example.tw>", P["oh"], "Statement of account - Nuriworks - November 2026", "2026-12-07 11:00 +0800", """
Dear Mr. Oh,

Please find attached your statement of account as of November 30.
Open item: INV-ASX-26-1142, USD 38,450.00, due Dec 15.

Our bank details are unchanged (Bank SinoPac, Taipei, as printed on every invoice).
We will never change bank details by email alone; any change would come by signed letter and a call from our finance manager.
If you receive a message claiming otherwise, please forward it to us.

Best regards,
Megan Liu
Accounts Receivable, Apex Sense Technology
""", client="outlook365", att=["SOA_Nuriworks_2026-11.pdf"])

M("hard13", "forwarder-prealert", "Jason Ng <jason.ng@orientlink.example.sg>", P["oh"], "Pre-alert - HBL OLL2612047 / ETA Busan Dec 11", "2026-12-07 18:10 +0800", """
Hi Mr. Oh,

Pre-alert for your LCL shipment from Shenzhen:
HBL: OLL2612047 / Vessel: KMTC NINGBO 2612E / ETA Busan: Dec 11

Destination local charges will be invoiced in KRW by our Busan agent, Hanmi Shipping, as usual, payable to their account on the invoice after arrival.
Your customs broker (Hangyeol) has the documents. D/O will be released to them directly.

Thanks & regards,
Jason Ng
Orient Link Logistics
""", client="outlook", att=["HBL_OLL2612047.pdf", "CI_PL_HY-2026-1207.pdf"])

M("hard13", "audit-confirmation-sent", P["choi"], "Confirmations <confirm@samil.example>", "[Balance confirmation] Nuriworks Co., Ltd. to Hanwa Process Korea - as of 2026-12-31", "2026-12-08 15:30", """
Dear audit team,

As requested by Hanwa Process Korea (our customer), please find our signed balance confirmation attached.
The request reached us through Hanwa's finance team; we reply to the address printed on their request letter.
Balance due from Hanwa Process Korea as of December 31: KRW 46,280,000 (3 invoices).
We have not included bank details, as the form does not ask for them.

Best regards,
""" + sig("choi"), client="outlook", att=["Balance_Confirmation_signed.pdf"])

M("hard13", "coupa-invitation-announced", "Hanwa Process Korea Procurement <procurement@hanwa-process.example>", P["acct"],
  "Coupa 공급사 포털 전환 안내 (2027년 1월부터) / Supplier portal migration", "2026-12-01 10:00", """
협력사 담당자님께 / Dear Supplier,

당사는 2027년 1월부터 발주·송장 처리를 Coupa 공급사 포털로 전환합니다.
 - 다음 주 중 supplier.coupahost.com 에서 초대 메일이 발송됩니다.
 - 계좌 정보는 포털에 입력하지 않으시고, 기존처럼 구매팀에 서면 양식으로 제출합니다.
 - 기존 미지급 송장은 현재 일정대로 지급되며 보류되지 않습니다.

Invitations will come from supplier.coupahost.com next week. Bank details stay on the paper form; open invoices are not on hold.
문의: 구매팀 02-3771-xxxx
""", client="outlook365", att=["Coupa_공급사_가이드_v1.pdf"])

M("hard13", "onepassword-receipt", "1Password <billing@1password.com>", P["yoon"], "Your 1Password Business receipt", "2026-12-01 03:00", """
Hi Yoon Tae-sik,

Thanks for your payment.
Account: nuriworks.1password.com
Plan: Business, 40 seats
Amount: USD 319.20
Payment method: Visa ending 4410

You can view invoices anytime in your account under Billing.
1Password
""", client="system", fmt="plain")

M("hard13", "notion-share-real", "Notion <notify@mail.notion.so>", P["kang"], "정민재 invited you to \"1월 캠페인 카드뉴스 기획\"", "2026-12-08 10:05", """
정민재 (mj.jung@corp.example) invited you to a page in the Nuriworks workspace.

1월 캠페인 카드뉴스 기획
Last edited just now

Open in Notion: https://www.notion.so
""", client="system", fmt="plain")

# --- E. vendors the office already uses, HR's own notice -----------------------------------------------------

M("hard13", "pest-vendor-visit", "클린가드방역 정동훈 실장 <dh.jung@cleanguard.example>", P["acct"], "12월 정기 소독 방문 일정 (누리웍스 판교 5층)", "2026-12-03 10:00", """
누리웍스 경영지원팀 담당자님 안녕하세요.
매달 방역 맡고 있는 클린가드방역 정동훈입니다.

12월 정기 소독은 12월 12일(토) 오전 10시에 진행하겠습니다. 약 1시간 걸리고, 탕비실 식품은 미리 덮어두시면 됩니다.
11월분 소독증명서와 세금계산서 첨부드립니다. 계약 금액은 그대로 월 89,000원입니다.
""", client="outlook", att=["소독증명서_2026-11_누리웍스.pdf"])

M("hard13", "copier-vendor-renewal", "오피스솔루션 박진우 과장 <jw.park@officesol.example>", P["acct"], "2층 복합기 렌탈 만료(2027.2) 재계약 견적", "2026-12-02 14:00", """
안녕하세요, 지금 2층 복합기 관리하고 있는 오피스솔루션 박진우입니다.
렌탈 계약이 2027년 2월 만료라 재계약 견적 두 가지 드립니다.
 1) 현재 기기 유지: 월 98,000원 (토너 포함)
 2) A3 컬러 신형 교체: 월 116,000원 (보안 인쇄, 스캔 to 메일)
어느 쪽이든 편하신 대로 결정해 주세요. 지난번 말씀하신 스캔 폴더 권한 설정은 다음 정기 점검 때 해드리겠습니다.
""", client="outlook", att=["복합기_재계약_견적_2027.pdf"])

M("hard13", "translation-vendor-quote", "글로벌링크 통번역 PM 이소라 <sora.lee@globallink.example>", P["park"], "RE: 베트남어 제품 카탈로그 번역 견적", "2026-12-04 16:20", """
박지영 과장님, 요청하신 베트남어 카탈로그(영문 원문 약 6,200단어) 번역 견적 보내드립니다.
단어당 95원 기준, 전문 감수 포함 총 589,000원(부가세 별도)이며 납기는 영업일 7일입니다.
작년 번역 메모리 재사용분은 할인 반영했습니다. 발주서 주시면 바로 착수하겠습니다.
""" + gm_quote("박지영", "2026년 12월 3일 (목) 오전 11:02", "소라 님, 첨부 카탈로그 베트남어 번역 견적 부탁드려요. 1월 하노이 전시회용입니다."),
  client="gmail", att=["견적서_GL-26-1204_누리웍스.pdf"])

M("hard13", "event-agency-proposal-requested", "이벤트온 기획팀 문세라 <sera.moon@eventon.example>", P["jung"], "요청하신 2027 시무식 기획안 보내드립니다", "2026-12-07 11:30", """
정민재 팀장님, 지난주 통화 감사했습니다.
말씀하신 40명 규모 시무식(1월 5일 오전) 기획안과 견적 첨부드립니다. 장소는 판교 호텔 연회장 두 곳으로 비교했습니다.
우수사원 시상 영상은 작년처럼 회사에서 사진만 주시면 저희가 편집합니다.
""", client="outlook", att=["2027_시무식_기획안_누리웍스.pdf"])

M("hard13", "hr-mandatory-training", P["hr"], P["all"], "[인사팀] 2026년 법정의무교육 미이수자 안내 (12/24까지)", "2026-12-07 09:30", """
전 직원 여러분,

2026년 법정의무교육 이수 기한이 다가와 안내드립니다.
 · 직장 내 성희롱 예방교육 · 개인정보 보호교육 · 장애인 인식개선 교육 · 산업안전보건교육
회사가 계약한 교육 사이트(그룹웨어 > 교육 메뉴)에서 사번으로 로그인해 수강하시면 됩니다. 비용은 회사가 부담합니다.
미이수 시 회사가 과태료를 낼 수 있으니 12월 24일까지 꼭 완료해 주세요. 현재 미이수자 7명에게는 개별 메일도 드렸습니다.

외부 "교육센터"에서 과태료를 언급하며 신청을 권하는 메일은 회사와 무관합니다.
""" + sig("kim"), client="outlook")

M("hard13", "tax-accountant-yearend", "세무법인 온새 김도윤 세무사 <dy.kim@onsae-tax.example>", P["ceo"], "12월 결산 전 체크리스트 (연구인력개발비 세액공제 포함)", "2026-12-05 10:00", """
이준호 대표님, 김도윤입니다.
12월 결산 전에 챙기실 것 정리해 드립니다.
 1. 연구인력개발비 세액공제: 연구소 인력 명단과 12월 급여대장 (최수진 대리님께 요청드렸습니다)
 2. 고용증대 세액공제: 2026년 상시근로자 수 증감 확인
 3. 가지급금 잔액 정리 여부
기장료는 계약대로 월 정액이며 결산 조정료는 1월 청구서에 반영됩니다.
""", client="outlook")

M("hard13", "patent-firm-newsletter", "한울특허법률사무소 <news@hanul-ip.example>", P["han"], "[한울 IP 레터] 전시회 전 공개와 공지예외 주장, 이것만 기억하세요", "2026-12-02 09:00", """
한울 IP 레터 제48호

전시회·논문·제안서로 먼저 공개한 기술도 공개일로부터 12개월 안에 공지예외 주장을 하며 출원하면 특허를 받을 수 있습니다.
다만 해외 출원(특히 유럽)은 공지예외가 거의 인정되지 않으니, 1월 해외 전시회 출품 전에 출원을 마치시는 것이 안전합니다.
출원 상담이 필요하시면 담당 변리사에게 연락 주세요.

이 레터는 한울특허법률사무소 고객사에 보내드립니다. 수신을 원하지 않으시면 회신으로 알려주세요.
""", client="esp", fmt="plain")

M("hard13", "colleague-gift-check", P["han"], P["lim"], "팀장님 혹시 오늘 '사진 확인 부탁' 메일 받으셨어요?", "2026-12-08 14:35", """
팀장님, 대표님 이름으로 gmail에서 "첨부 사진 계좌로 오늘 처리 부탁" 메일이 개발팀 몇 명한테 왔어요.
우리 팀은 송금 권한도 없는데 ㅎㅎ 윤책임님께 신고했더니 전사 공지 나간다고 합니다.
그리고 산학 협약서 초안 최교수님께 받아서 공유 폴더에 올렸어요. 내일 회의 때 같이 보시죠.
""" + sig("han"), client="outlook")
