"""family: personal and family mail — 청첩장, 부고, 돌잔치, 동창회, 경조사 계좌 안내 with real account numbers,
family photos with next to no text, one-line mails with one link, 중고거래 between colleagues — from phones,
Naver, Daum, Gmail and an old EUC-KR webmail. The 부고/청첩장 smishing and 지인 사칭 scams imitate these.
Third batch."""
from ham_texts import M, P, gm_quote, notice_html, ol_quote, sig

IPHONE = "\n\niPhone에서 보냄\n"
GALAXY = "\n\n내 Galaxy에서 보냄\n"

M("family", "wedding-own-account", "정다빈 <db.jeong@corp.example>", P["all"], "[청첩장] 정다빈 결혼합니다 (11/21)",
  "2026-10-20 10:00", """
안녕하세요, 경영지원팀 정다빈입니다.

11월 21일(토)에 결혼합니다. 바쁘시더라도 축하해 주시면 감사하겠습니다.

- 일시: 2026년 11월 21일(토) 낮 12시 30분
- 장소: 웨딩시티 신도림 5층 시티홀 (신도림역 1번 출구 도보 3분)
- 모바일 청첩장: https://www.barunsoncard.com/m/mcard/view/dabin1121

멀리서 마음 전해 주실 분들을 위해 계좌 남깁니다.
신부 정다빈: 카카오뱅크 3333-08-4419021
신부 측 혼주 정만식: 국민은행 412-21-0933-108

식사는 예식 후 4층 연회장입니다. 감사합니다!
""", client="outlook")

M("family", "wedding-mobile-oneliner", "김유나 <yuna.kim88@gmail.com>", P["park"],
  "지영아 모바일 청첩장이야 💌", "2026-03-02 21:40", """
지영아 나 4월에 결혼해!! 회사 메일로 보내 ㅎㅎ 모바일 청첩장이야
https://www.itscard.co.kr/m/yuna0418
""", client="gmail")

M("family", "obituary-grandmother-account", "강하늘 <haneul.kang@corp.example>", "마케팅팀 <marketing@corp.example>",
  "[부고] 강하늘 조모상", "2026-01-12 07:10", """
팀장님, 팀원분들께

저희 할머니께서 어젯밤 별세하셨습니다. 갑작스럽게 연락드려 죄송합니다.

- 빈소: 전북대학교병원 장례식장 특2호실 (전주시 덕진구 건지로 20)
- 발인: 1월 14일(수) 오전 6시
- 상주: 강민석(부), 강하늘(손)

멀리 계셔서 오시기 어려운 분들이 많아 부의금 계좌를 남깁니다. 마음만으로도 충분합니다.
상주 강민석: 농협 302-4418-2290-71

복귀는 1월 16일(금)입니다. 급한 업무는 정민재 팀장님께 인계드렸습니다.
""" + GALAXY, client="outlook")

M("family", "obituary-external-friend", "이동건 <dglee.mail@daum.net>", P["lim"],
  "[부고] 이동건 부친상 알려드립니다", "2026-06-03 23:10", """
채원아, 늦은 시간에 미안하다.
아버지께서 오늘 저녁 돌아가셨어. 동기들한테 좀 전해 줄 수 있을까.

빈소: 대전성모병원 장례식장 3호실
발인: 6월 6일(토) 오전 8시
장지: 대전추모공원

계좌는 동기들이 물어봐서 적어 둘게.
신한 110-382-209471 이동건
""", client="daum")

M("family", "obituary-reply-condolence", P["lim"], "이동건 <dglee.mail@daum.net>",
  "RE: [부고] 이동건 부친상 알려드립니다", "2026-06-04 07:02", """
동건아 많이 힘들지... 동기 단톡에 전했어. 오늘 저녁에 수진이랑 같이 갈게.
아버님 좋은 곳으로 가셨을 거야. 끼니 거르지 말고.
""" + gm_quote("이동건 <dglee.mail@daum.net>", "2026년 6월 3일 (수) 오후 11:10", """
채원아, 늦은 시간에 미안하다.
아버지께서 오늘 저녁 돌아가셨어. 동기들한테 좀 전해 줄 수 있을까.
"""), client="outlook", reply="daum.net")

M("family", "first-birthday-party-invite", "한서연 <seoyeon.han.dev@icloud.com>", "누리 개발팀 동기들 <dev-friends@corp.example>",
  "우리 하린이 돌잔치에 초대합니다 🎈", "2026-09-07 20:30", """
안녕하세요~ 서연이에요 😊
벌써 하린이가 첫 돌이에요! 작게 가족 위주로 하는데 개발팀 분들은 꼭 모시고 싶어서요.

📅 10월 4일(일) 오전 11시 30분
📍 판교 더블트리 바이 힐튼 2층 '라운지 룸'
🅿️ 주차 3시간 무료

선물은 정말 괜찮아요!! 오셔서 축하만 해 주세요 🙏
참석 여부만 이번 주 안에 알려 주시면 자리 준비할게요.
""" + IPHONE, client="gmail")

M("family", "alumni-reunion-fee-account", "분당고 21회 동창회 <bundang21@naver.com>", P["oh"],
  "[분당고 21회] 졸업 30주년 동창회 안내 및 회비 계좌", "2026-10-05 12:00", """
21회 동기 여러분, 총무 김형석입니다.

졸업 30주년 동창회를 아래와 같이 엽니다. 담임 선생님 세 분도 모시기로 했습니다.

- 일시: 11월 28일(토) 저녁 6시
- 장소: 분당 서현역 '한우마당' 2층 전체
- 회비: 1인 10만원 (선생님 선물, 기념품 포함)

회비 입금: 하나은행 620-228410-33107 (예금주 김형석)
입금하실 때 이름 + 반(예: 오세훈3반)으로 적어 주세요.

연락 안 되는 친구들 있으면 이 메일 전달해 주고, 단톡방 초대도 부탁해!
""", client="naver")

M("family", "reunion-reply-paid", P["oh"], "분당고 21회 동창회 <bundang21@naver.com>",
  "RE: [분당고 21회] 졸업 30주년 동창회 안내 및 회비 계좌", "2026-10-05 19:44", """
형석아 수고 많다~ 방금 회비 입금했어 (오세훈3반).
재민이랑 태호도 연락해 볼게. 걔네 메일 주소가 바뀌었더라고.
""", client="outlook", reply="naver.com")

M("family", "mom-photos-image-only", "엄마 <mija.park1958@hanmail.net>", P["park"],
  "사진", "2026-05-09 17:22", "\n", client="daum", fmt="plain",
  att=[("KakaoTalk_20260509_171033.jpg", "photo:samsung:SM-S911N"),
       ("KakaoTalk_20260509_171041.jpg", "photo:samsung:SM-S911N")])

M("family", "dad-photo-oldweb", "아빠 <ys.park54@hanmail.net>", P["park"],
  "텃밭 고추", "2026-07-19 06:50", """
지영아 올해 고추 농사 잘됐다. 다음주에 올때 가져가라.
""", client="oldweb", att=[("IMG_0712.jpg", "photo:samsung:SM-A536N")])

M("family", "iphone-photo-no-text", "강하늘 <haneul.kang.94@gmail.com>", "강하늘 <haneul.kang@corp.example>",
  "IMG_4821", "2026-08-30 14:11", IPHONE, client="gmail", fmt="plain",
  att=[("IMG_4821.jpg", "photo:Apple:iPhone 15 Pro")])

M("family", "link-oneliner-brother", "서민호 <minho.seo@gmail.com>", P["seo"],
  "이거 엄마 생신 선물로 어때", "2026-02-14 22:03", """
https://smartstore.naver.com/healthmall/products/8821370412
""", client="gmail")

M("family", "link-oneliner-reply", P["seo"], "서민호 <minho.seo@gmail.com>",
  "RE: 이거 엄마 생신 선물로 어때", "2026-02-14 22:15", """
괜찮은데 엄마 작년에 비슷한 거 받았어 ㅋㅋ 이걸로 하자 반반 ㄱㄱ
https://www.coupang.com/vp/products/7743209118
""", client="outlook", reply="gmail.com")

M("family", "used-monitor-colleague", "이주원 <jw.lee@corp.example>", P["kang"], "모니터 중고로 넘길게요 (LG 27인치)",
  "2026-04-06 12:50", """
하늘 님, 지난번에 모니터 구한다고 하셨죠?
집에서 쓰던 LG 27UL850 넘기려고요. 2년 썼고 픽셀 불량 없어요. 박스 있음.
중고나라 시세가 20만원쯤인데 15만원에 드릴게요. 사진 첨부합니다!
괜찮으면 내일 차로 가져올게요. 돈은 카카오페이나 계좌(토스뱅크 1000-2281-4410)로 주시면 돼요.
""", client="outlook", att=[("모니터1.jpg", "photo:Apple:iPhone 14"), ("모니터2.jpg", "photo:Apple:iPhone 14")])

M("family", "used-monitor-reply", P["kang"], "이주원 <jw.lee@corp.example>", "RE: 모니터 중고로 넘길게요 (LG 27인치)",
  "2026-04-06 13:02", """
헐 완전 좋아요!! 살게요 🙌 내일 받고 바로 토스로 보내드릴게요.
""", client="outlook", reply="corp.example")

M("family", "carrot-market-baby-items", P["kim"], P["lim"],
  "채원님 아기 용품 필요하시면 드릴게요", "2026-03-20 21:10", """
채원님~ 출산 축하드려요 😊
저희 애가 이제 다 커서 범퍼침대, 바운서, 아기띠(에르고) 정리하려고 해요.
당근에 올리기 전에 먼저 여쭤봐요. 필요하시면 그냥 드릴게요! 사진 보내 드려요.
""", client="outlook", att=[("범퍼침대.jpg", "photo:Apple:iPhone 13"), ("바운서.jpg", "photo:Apple:iPhone 13")])

M("family", "sibling-transfer-request-real", "박지훈 <jihoon.park.91@gmail.com>", P["park"],
  "누나 엄마 칠순 여행 비용 정리", "2026-08-02 23:30", """
누나, 엄마 칠순 제주 여행 비용 정리했어.

항공 (4인) 612,000
숙소 2박 540,000
렌터카 188,000
식당 예약금 100,000
------------------
합계 1,440,000 → 3남매 1인 480,000

나는 벌써 결제했으니까 누나랑 지수는 편할 때 나한테 보내줘.
국민 910202-01-338814 박지훈
단톡에도 올렸어 ㅎㅎ 내일 통화하자.
""", client="gmail")

M("family", "kids-school-photo-day", "조민수 <minsu.cho.home@gmail.com>", P["han"],
  "하린이 어린이집 사진", "2026-11-13 12:40", "어린이집에서 보내준 사진이야 💕 오늘 소풍 갔대\n" + IPHONE, client="gmail",
  att=[("IMG_8812.jpg", "photo:Apple:iPhone 15 Pro"), ("IMG_8813.jpg", "photo:Apple:iPhone 15 Pro"),
       ("IMG_8815.jpg", "photo:Apple:iPhone 15 Pro")])

M("family", "congratulatory-money-team", P["park"], "영업팀 <sales@corp.example>", "다빈 님 결혼 축의금 모아요 💐",
  "2026-11-10 14:00", """
영업팀 여러분, 경영지원팀 정다빈 님 결혼(11/21) 축의금 팀에서 같이 모아서 전달하려고 해요.
개인적으로 따로 하실 분은 따로 하셔도 됩니다!

- 1인 3만원
- 11/18(수)까지 저한테 계좌이체: 우리은행 1002-882-410293 박지영
- 못 오시는 분들 이름도 봉투에 같이 적을게요

입금하시면 이 메일에 "완료" 회신 부탁드려요 😊
""" + sig("park"), client="outlook")

M("family", "grandpa-hospital-short", "엄마 <mija.park1958@hanmail.net>", P["park"],
  "외할아버지 병원", "2026-09-18 08:05", """
지영아 외할아버지 어제 분당서울대병원 입원하셨어. 걱정할 정도는 아니래.
주말에 시간되면 같이 가자. 병실 1204호.
""", client="oldweb")

M("family", "cousin-wedding-photo-link", "최유진 <yujin.choi.cousin@naver.com>", P["choi"],
  "언니 결혼식 사진 원본 링크야 📷", "2026-06-01 20:20", """
언니~ 결혼식 와 줘서 고마워!! 🙏
스냅 작가님이 보내 준 원본이야. 다운로드는 6/15까지래.
https://drive.google.com/drive/folders/1xYz8WeddingSnapYJ0523

언니랑 이모랑 찍은 거 너무 잘 나왔어 ㅋㅋ 45번부터 봐봐
""", client="naver")

M("family", "dol-thanks-gift", "한서연 <sy.han@corp.example>", "개발팀 <dev@corp.example>", "돌잔치 와 주셔서 감사해요 🙇‍♀️",
  "2026-10-05 09:10", """
어제 하린이 돌잔치에 와 주신 분들 정말 감사합니다!
주신 선물과 봉투는 잘 받았어요. 하린이가 돌잡이로 마우스를 잡았어요 😂 (개발자 되려나 봐요)
답례 떡은 오늘 오후에 탕비실에 둘게요!
""", client="outlook")

M("family", "hiking-photo-share-daum", "오세훈 <sh.oh.purchase@kakao.com>", "등산 동호회 <hiking@corp.example>",
  "북한산 산행 단체사진 🏔️", "2026-10-18 20:00", "", client="daum", fmt="html",
  html="""<div style="font-family:'나눔고딕',NanumGothic,sans-serif;font-size:10pt;">
<p>어제 산행 사진입니다~ 다들 고생 많으셨어요!</p>
<p><img src="cid:photo01" width="640" alt="IMG_2041.jpg"></p>
<p><img src="cid:photo02" width="640" alt="IMG_2044.jpg"></p>
<p>원본은 사내 NAS 동호회 폴더에 올려 뒀어요.</p>
</div>
""", inline=[("photo01", "IMG_2041.jpg", "photo:samsung:SM-S928N"), ("photo02", "IMG_2044.jpg", "photo:samsung:SM-S928N")])

M("family", "friend-new-baby-photo", "김유나 <yuna.kim88@gmail.com>", P["park"],
  "우리 아기 보여줄게 👶", "2026-12-03 15:30", "", client="gmail", fmt="html",
  html="""<div dir="ltr"><div>지영아 드디어 태어났어 ㅠㅠ 3.1kg 공주님이야</div>
<div><img src="cid:ii_m8k2a1" alt="IMG_5120.jpg" width="480"><br></div>
<div>조리원 나가면 놀러 와~~</div></div>
""", inline=[("ii_m8k2a1", "IMG_5120.jpg", "photo:Apple:iPhone 16")])

M("family", "club-account-transfer-dues", "정다빈 <db.jeong@corp.example>", "풋살 동호회 <futsal@corp.example>",
  "⚽ 하반기 풋살 동호회비 입금 안내", "2026-07-01 09:30", """
풋살 동호회 하반기 회비 안내입니다!

- 회비: 6개월 3만원 (회사 지원금 별도)
- 입금: 카카오뱅크 3333-21-8840192 (예금주 정다빈, 모임통장)
- 기한: 7월 10일

입금하시면 모임통장 앱에 자동으로 기록돼요. 영수증 필요하신 분은 말씀 주세요!
""", client="outlook")

M("family", "secondhand-stroller-dm", "노윤희 <yh.noh@corp.example>", "김다은 <de.kim@corp.example>",
  "과장님 유모차 아직 있으세요? 🙏", "2026-05-04 12:20", """
과장님~ 지난번에 유모차 정리하신다고 하셨던 거 아직 있으면 제가 사고 싶어요!
사촌 언니가 7월 출산이라서요. 가격 말씀해 주세요 😊
""" + ol_quote("김다은", "2026년 4월 28일 화요일 오후 3:10", "전 직원", "[나눔/판매] 아기 용품 정리합니다",
               """
부가부 폭스3 유모차 (2023년 구입) 25만원, 카시트는 나눔합니다.
관심 있으신 분 연락 주세요.
"""), client="outlook", reply="corp.example")

M("family", "new-year-greeting-card", "이준석 <js.lee.family@gmail.com>", P["ceo"],
  "새해 복 많이 받으세요 🙇", "2027-01-01 00:10", "", client="gmail", fmt="html",
  html="""<div dir="ltr"><div>준호야 새해 복 많이 받아라. 제수씨랑 애들한테도 안부 전하고.</div>
<div>올해는 회사 일 너무 무리하지 말고 건강 챙겨라.</div>
<div><img src="cid:ii_newyear27" alt="2027_새해카드.png" width="600"><br></div>
<div>형이</div></div>
""", inline=[("ii_newyear27", "2027_새해카드.png", "png:600x400")])

M("family", "condolence-money-proxy", P["bae"], "배민아 <mina.bae.sis@naver.com>", "누나 조의금 대신 부탁",
  "2026-11-02 08:40", """
누나, 오늘 회사 거래처 부장님 모친상인데 내가 지방 출장이라 못 가.
누나가 저녁에 그쪽 가는 길이면 내 이름으로 10만원만 대신 넣어 줄 수 있어? 방금 누나 계좌로 보냈어.
빈소는 분당제생병원 장례식장 2호실, 고 김순례 님.
""" + GALAXY, client="outlook")

M("family", "grandma-email-euckr", "할머니 <sunja.kim37@hanmail.net>", P["kang"],
  "하늘이 보거라", "2026-12-06 10:30", """
하늘아 할머니다. 고모가 메일 쓰는거 알려줘서 써본다.
추운데 밥 잘 챙겨먹고 다니거라. 김장 했으니 이번 설에 올때 가져가고.
사진 보낸다. 메리도 잘있다.
""", client="oldweb", att=[("메리.jpg", "photo:LGE:LM-Q730N")])

M("family", "wedding-reply-sorry-absent", "이동건 <dglee.mail@daum.net>", "정다빈 <db.jeong@corp.example>",
  "축하해요 다빈씨! (못 가서 미안해요)", "2026-11-19 22:10", """
다빈씨 결혼 진심으로 축하해요 🎉
그날 대전 본가 일정이 있어서 못 가게 됐어요. 미안해요 ㅠ
청첩장에 있던 계좌로 마음만 조금 보냈어요. 행복하게 잘 살아요!
""", client="daum")

M("family", "naver-me-restaurant-link", "이준석 <js.lee.family@gmail.com>", P["ceo"], "아버지 생신 식당",
  "2026-04-02 19:20", """
토요일 6시 여기로 예약했다. 8명.
https://naver.me/5xQn8TtV
""", client="gmail")

M("family", "uncle-asks-address-euckr", "작은아버지 <kh.kang1955@hanmail.net>", P["kang"], "하늘이 결혼식장 주소",
  "2026-10-02 07:40", """
하늘아 작은아버지다.
니 사촌 결혼식장 주소를 잃어버렸다. 문자로 왔는데 지워졌다.
주소랑 시간 다시 보내다오. 축의금 보낼 계좌도 같이.
""", client="oldweb", enc="euc-kr/quoted-printable")

M("family", "reunion-settlement-xlsx", "분당고 21회 동창회 <bundang21@naver.com>", P["oh"],
  "[분당고 21회] 30주년 동창회 정산 보고 (잔액 이월)", "2026-12-01 21:00", """
21회 동기들 안녕!

지난 토요일 동창회 다들 고마웠다. 정산 결과 공유할게.
- 회비 입금: 42명 × 10만원 = 420만원
- 식대 312만원, 선생님 선물 45만원, 기념품(텀블러) 38만원
- 잔액 25만원 → 동창회 통장에 이월 (하나은행 620-228410-33107)

영수증이랑 상세 내역은 첨부 엑셀 참고해 줘.
내년엔 봄에 번개 한번 하자!
총무 김형석
""", client="naver", att=["30주년_동창회_정산.xlsx"])

M("family", "wedding-gift-thanks-short", "김유나 <yuna.kim88@gmail.com>", P["park"], "지영아 고마워 ㅠㅠ",
  "2026-04-20 10:05", """
결혼식 와 줘서 정말 고마워 ㅠㅠ 축의금도 너무 많이 했더라... 신혼여행 다녀와서 밥 살게!!
""" + "\n\niPhone에서 보냄\n", client="gmail")

M("family", "kakaotalk-export-forward", P["kim"], P["kim"], "FW: 카카오톡 대화 (유치원 반 모임 공지)",
  "2026-03-05 22:30", """
회사에서 보려고 보냄. 첨부 대화 파일 참고.
""", client="outlook", att=[("KakaoTalk_Chat_해님반 엄마들_2026-03-05.txt",
                              "2026. 3. 5. 오후 8:12, 해님반 대표: 3월 반 모임은 14일(토) 11시 키즈카페 '놀숲'입니다.\n"
                              "2026. 3. 5. 오후 8:13, 해님반 대표: 회비 1만원은 모임통장 카카오뱅크 3333-19-2204871로 보내주세요.\n"
                              "2026. 3. 5. 오후 8:20, 지호엄마: 참석합니다~\n")])

M("family", "secondhand-payment-done", P["kang"], "이주원 <jw.lee@corp.example>", "모니터 입금했어요!",
  "2026-04-07 09:05", """
주원 님 모니터 잘 받았어요 😊 방금 토스로 15만원 보냈습니다. 확인 부탁드려요~
""", client="outlook")

M("family", "team-dinner-tomyum", "노윤희 <yh.noh@corp.example>", "개발팀 <dev@corp.example>", "금요일 팀 회식 - 똠얌꿍 맛집으로 정했어요",
  "2026-06-10 16:20", """
금요일 회식 장소 투표 결과 태국 음식으로 정해졌습니다!
- 6/12(금) 저녁 7시, 판교 '쏨땀 똠얌' (판교역 2번 출구)
- 똠얌꿍, 팟타이, 뿌팟퐁커리 코스로 예약했어요 (1인 3.5만원, 팀 회식비)
매운 거 못 드시는 분은 미리 말씀 주세요 ^^
""", client="outlook", enc="ks_c_5601-1987/base64", henc="ks_c_5601-1987/B")

M("family", "mom-kimjang-date-euckr", "엄마 <mija.park1958@hanmail.net>", P["park"], "김장 날짜",
  "2026-11-09 07:15", """
지영아 카톡을 안읽길래 메일 보낸다.
김장은 11월 22일 토요일로 정했다. 아침 9시까지 오너라.
지훈이도 온다고 했다. 고무장갑 챙겨오고.
""", client="oldweb")

M("family", "alumni-obituary-forward", "김형석 <hs.kim.bundang@naver.com>", P["oh"], "FW: [부고] 21회 이재민 모친상",
  "2026-08-14 22:30", """
세훈아, 단톡방 안 보는 것 같아서 메일로도 보낸다. 재민이 어머님이 돌아가셨대.

---------- Forwarded message ---------
보낸사람: 분당고 총동문회 <bundang.alumni@naver.com>
Date: 2026년 8월 14일 (금) 오후 9:50
Subject: [부고] 21회 이재민 모친상

21회 이재민 동문의 모친께서 8월 14일 별세하셨기에 알려드립니다.
- 빈소: 분당제생병원 장례식장 1호실
- 발인: 8월 16일(일) 오전 7시
- 마음 전하실 곳: 상주 이재민 우리은행 1002-338-190421
""", client="naver")

M("family", "funeral-thanks-mobile", "이동건 <dglee.mail@daum.net>", P["lim"], "감사 인사 드립니다",
  "2026-06-10 20:00", """
채원아, 그리고 동기들에게

바쁜 와중에 대전까지 와 주고 마음 써 줘서 정말 고마웠다.
덕분에 아버지 잘 모셨다. 조만간 서울 올라가서 밥 한번 살게.

이동건 올림
""", client="daum")

M("family", "wedding-song-request", "정다빈 <db.jeong@corp.example>", "노윤희 <yh.noh@corp.example>", "윤희 님 축가 부탁드려도 될까요? 🙏",
  "2026-10-12 12:40", """
윤희 님~ 지난번 노래방에서 부른 '사랑은 늘 도망가' 너무 좋아서요 ㅎㅎ
혹시 제 결혼식 축가 해 주실 수 있을까요? 부담되시면 편하게 거절하셔도 돼요!
반주 음원은 제가 준비할게요 🎤
""", client="outlook")

M("family", "housewarming-kakaomap", "문가은 <gaeun.moon@corp.example>", ["이주원 <jw.lee@corp.example>", P["kang"], "노윤희 <yh.noh@corp.example>"],
  "토요일 집들이 위치 🏠", "2026-09-16 18:10", """
토요일 5시 집들이 위치 보내요! 1층 공동현관 비번은 단톡으로 알려드릴게요.
https://place.map.kakao.com/1882047731
빈손으로 오세요 진짜로요 ㅎㅎ
""", client="outlook")

M("family", "yanolja-booking-forward-spouse", "조민수 <minsu.cho.home@gmail.com>", P["han"], "Fwd: [야놀자] 예약이 확정되었습니다",
  "2026-07-01 21:30", """
가평 숙소 예약했어. 토요일 3시 체크인이야.

---------- Forwarded message ---------
From: 야놀자 <noreply@yanolja.com>
Date: Wed, Jul 1, 2026 at 9:21 PM
Subject: [야놀자] 예약이 확정되었습니다
To: <minsu.cho.home@gmail.com>

예약번호: YJ2607012214
숙소: 가평 자라섬 글램핑 A동
일정: 2026.07.18(토) 15:00 ~ 07.19(일) 11:00
결제금액: 238,000원 (쿠폰 할인 20,000원)
""", client="gmail")

M("family", "school-field-trip-notice", "판교초등학교 <pangyo-es@goe.go.kr>", P["park"], "[가정통신문] 2학년 현장체험학습 안내 및 동의서",
  "2026-04-08 13:00", """
학부모님께

봄 햇살이 따뜻한 4월, 가정에 건강과 행복이 가득하시길 바랍니다.
2학년 현장체험학습을 아래와 같이 실시하오니 동의서를 제출해 주시기 바랍니다.

1. 일시: 2026년 4월 24일(금) 09:00 ~ 14:30
2. 장소: 서울대공원 (경기도 과천시)
3. 교통: 관광버스 5대 (안전점검 완료 차량)
4. 준비물: 도시락, 물, 돗자리, 모자
5. 체험학습비: 1인 12,000원 (스쿨뱅킹 자동이체)

동의서는 첨부 파일을 출력해 4월 15일까지 담임 선생님께 보내 주시기 바랍니다.

판교초등학교장
""", client="hiworks", att=["2학년_현장체험학습_동의서.hwp"])

M("family", "toss-sent-oneliner", "김유나 <yuna.kim88@gmail.com>", P["park"], "토스로 보냈어!",
  "2026-05-30 23:05", """
지난번 성수 밥값 토스로 보냈어~ 확인해 봐 😘
""", client="gmail")

M("family", "photo-print-order", "스냅스 <snaps@snaps.com>", P["han"], "[스냅스] 주문하신 포토북 제작이 시작되었습니다",
  "2026-10-12 10:30", html=notice_html(
      "SNAPS", "#ff6a3d", "포토북 제작 시작", [
          "한서연 고객님, 주문하신 '하린이 첫 돌' 포토북(A4 하드커버, 40p) 제작이 시작되었습니다.",
          "주문번호 SN2610120088 · 결제금액 39,800원 · 예상 출고일 10월 16일",
          '<a href="https://www.snaps.com/mypage/order">주문 조회</a>',
      ], "(주)스냅스 | 고객센터 1577-4701"))

M("family", "dol-party-date-change", "한서연 <sy.han@corp.example>", "개발팀 <dev@corp.example>", "[변경] 하린이 돌잔치 시간 변경 (11:30 → 12:00)",
  "2026-09-25 09:10", """
지난번 초대드린 돌잔치 시간이 예약 사정으로 30분 늦춰졌어요.
10월 4일(일) 12시, 장소는 그대로 판교 더블트리 2층입니다. 헷갈리게 해서 죄송해요 🙇‍♀️
""", client="outlook")
