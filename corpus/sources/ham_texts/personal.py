"""personal: colleagues' informal mail — weddings, obituaries, clubs, lunch, birthdays, with emoji."""
from ham_texts import M, P, gm_quote, sig

M("personal", "wedding-invitation", "한서연 <sy.han@corp.example>", P["all"], "[청첩장] 한서연 결혼합니다 💍", "2026-04-10 11:00", """
안녕하세요, 개발팀 한서연입니다.

쑥스럽지만 제가 5월 23일에 결혼하게 되었습니다. 🥰
바쁘시겠지만 오셔서 축하해 주시면 큰 힘이 될 것 같습니다.

- 일시: 2026년 5월 23일(토) 오후 1시 30분
- 장소: 더채플앳청담 3층 (7호선 청담역 9번 출구, 셔틀 운행)
- 모바일 청첩장: https://m.barunsoncard.com/m/mcard/view/hansy0523

식사는 예식 후 같은 건물 2층에서 하시면 됩니다.
신혼여행 때문에 5/25~6/5 휴가입니다. 그 사이 급한 일은 정다빈 님께 부탁드려 두었습니다!
""")

M("personal", "wedding-reply", "노윤희 <yh.noh@corp.example>", "한서연 <sy.han@corp.example>", "RE: [청첩장] 한서연 결혼합니다 💍",
  "2026-04-10 11:25", """
선임님 축하드려요!!! 🎉🎉 드디어!!
개발팀 다 같이 갈게요. 축가 준비 안 하셨으면 저희가... 아 아니에요 ㅋㅋ
""", client="outlook", reply="corp.example")

M("personal", "obituary", P["kim"], P["all"], "[부고] 영업팀 배성우 부장 부친상", "2026-07-27 08:20", """
영업팀 배성우 부장님의 부친께서 7월 26일 별세하셨기에 삼가 알려드립니다.

- 빈소: 분당서울대학교병원 장례식장 5호실 (경기도 성남시 분당구 구미로173번길 82)
- 발인: 2026년 7월 29일(수) 오전 7시
- 장지: 용인 평온의 숲
- 장례식장 안내: https://www.snubh.org/funeral

회사 조화는 경영지원팀에서 보냈습니다. 경조금은 사규에 따라 지급됩니다.
조문하실 분들은 참고 부탁드립니다.

삼가 고인의 명복을 빕니다.
""" + sig("kim"))

M("personal", "obituary-thanks", P["bae"], P["all"], "감사 인사드립니다", "2026-08-03 09:00", """
지난주 부친상 때 바쁘신 중에도 조문 와 주시고 위로해 주신 모든 분들께 진심으로 감사드립니다.
덕분에 장례를 잘 치렀습니다. 일일이 찾아뵙고 인사드려야 하나 먼저 글로 대신합니다.

배성우 드림
""")

M("personal", "lunch-today", "문가은 <gaeun.moon@corp.example>", ["이주원 <jw.lee@corp.example>", P["kang"]], "점심 🍜",
  "2026-05-13 11:20", """
오늘 점심 판교역 쌀국수 어때요? 11시 50분에 1층에서 봬요~
""", client="outlook")

M("personal", "lunch-reply-short", P["kang"], "문가은 <gaeun.moon@corp.example>", "RE: 점심 🍜", "2026-05-13 11:22", """
좋아요 👍 근데 저 12시 반에 미팅 있어서 빨리 먹어야 해요 ㅠ
""", client="outlook", reply="corp.example")

M("personal", "hiking-club", "오세훈 <sh.oh@corp.example>", "등산 동호회 <hiking@corp.example>", "[산악회] 10월 정기 산행 - 북한산 백운대 ⛰️",
  "2026-10-05 14:00", """
누리 산악회 회원 여러분!

10월 정기 산행 안내입니다.
- 일시: 10월 17일(토) 오전 8시 30분
- 집결: 북한산우이역 2번 출구
- 코스: 우이동 → 하루재 → 백운대 → 원점 회귀 (약 5시간, 중급)
- 회비: 동호회 지원금으로 점심(산채비빔밥) 제공

등산화, 물 1L 이상, 바람막이 꼭 챙기세요. 초보자 환영입니다!
참석 여부는 금요일까지 회신 부탁드려요.

산악회 총무 오세훈
""")

M("personal", "futsal-club", "정다빈 <db.jeong@corp.example>", "풋살 동호회 <futsal@corp.example>", "이번 주 목요일 풋살 ⚽ 인원 체크",
  "2026-06-22 17:30", """
목요일 저녁 7시 판교 실내 풋살장 예약했습니다!
현재 8명이라 2명 더 있으면 5:5 가능해요. 오실 분 답장 주세요 🙋
구장비 1인 1만원 (회사 동호회비에서 절반 지원)
""", client="outlook")

M("personal", "birthday-cake", P["choi"], P["all"], "6월 생일자 축하 케이크 🎂", "2026-06-26 15:00", """
6월 생일이신 이준호 대표님, 박지영 과장님, 정다빈 님 축하드립니다! 🎉
오늘 4시에 5층 라운지에서 케이크 자릅니다. 다들 잠깐 오세요~
""" + sig("choi"))

M("personal", "friend-gmail", "김유나 <yuna.kim88@gmail.com>", "박지영 <jiyoung.p0211@naver.com>", "지영아 주말에 시간 돼? 😊",
  "2026-05-28 22:10", """
지영아~ 잘 지내지?
이번 토요일에 수진이랑 성수동 가기로 했는데 너도 올래?
2시쯤 만나서 전시 보고 저녁 먹자. 요즘 회사 바쁘다며 ㅠㅠ 얼굴 좀 보자!!
""", client="gmail")

M("personal", "friend-reply", "박지영 <jiyoung.p0211@naver.com>", "김유나 <yuna.kim88@gmail.com>", "Re: 지영아 주말에 시간 돼? 😊",
  "2026-05-29 07:45", """
당연 가야지!! 🙌 토요일 2시 성수역에서 보자.
나 금요일에 부산 출장이라 토요일 아침에 올라가. 혹시 늦으면 먼저 들어가 있어~
""" + gm_quote("김유나 <yuna.kim88@gmail.com>", "2026년 5월 28일 (목) 오후 10:10", """
지영아~ 잘 지내지?
이번 토요일에 수진이랑 성수동 가기로 했는데 너도 올래?
"""), client="naver", reply="gmail.com")

M("personal", "alumni-wedding-friend", "이동건 <dglee.mail@daum.net>", P["lim"], "채원아 나 결혼한다 ㅎㅎ", "2026-08-19 20:30", """
채원아 오랜만이다!
갑작스럽지만 10월 10일에 결혼해. 대학 동기들한테 연락 돌리는 중이야.
모바일 청첩장 링크 보낼게: https://mcard.bojagicard.com/dglee1010
대전이라 멀긴 한데 시간 되면 와주라~ 동기 테이블 따로 잡아둘게.
""", client="daum")

M("personal", "condolence-flower", "최수진 <sj.choi@corp.example>", "꽃배달 담당자 <order@flower-pangyo.co.kr>", "근조화환 주문 (분당서울대병원 장례식장)",
  "2026-07-27 08:40", """
안녕하세요. 근조화환 1개 주문드립니다.

- 배송지: 분당서울대학교병원 장례식장 5호실 (고 배정만 님)
- 리본 문구: 좌) 삼가 고인의 명복을 빕니다 / 우) (주)누리웍스 임직원 일동
- 배송 희망: 오늘 오전 중
- 결제: 법인카드 (세금계산서 발행 부탁드립니다, account@corp.example)
""" + sig("choi"))

M("personal", "running-crew", "강하늘 <haneul.kang@corp.example>", "러닝크루 <run@corp.example>", "🏃 다음 주 화요일 퇴근런 탄천 5km",
  "2026-09-03 18:00", """
퇴근런 크루 여러분~
다음 주 화요일 저녁 7시, 정자역 탄천 입구에서 만나요.
5km 천천히 (6분 30초 페이스), 끝나고 근처에서 맥주 한 잔 🍺 (자율)
비 오면 취소합니다!
""", client="outlook")

M("personal", "book-club", "노윤희 <yh.noh@corp.example>", "독서모임 <books@corp.example>", "📚 9월 독서모임 책 정했어요",
  "2026-08-31 12:40", """
9월 책은 투표 결과 「작별하지 않는다」(한강)로 정해졌습니다!
모임은 9월 24일(목) 점심시간, 3층 소회의실. 도시락은 회사 지원이에요 😋
책은 경영지원팀에 3권 비치해 뒀으니 빌려 가셔도 됩니다.
""", client="outlook")

M("personal", "baby-born", "임채원 <cw.lim@corp.example>", P["all"], "감사합니다 - 득녀 소식 전합니다 👶", "2026-03-17 10:00", """
안녕하세요, 개발팀 임채원입니다.
어제 오후 3시 12분에 건강한 딸(3.2kg)이 태어났습니다. 산모와 아기 모두 건강합니다.
축하해 주시고 출산휴가 동안 업무 챙겨주신 개발팀 모두 감사합니다. 🙏
다음 주 월요일에 복귀합니다!
""")

M("personal", "farewell-party", P["park"], "영업팀 <sales@corp.example>", "석진 님 송별회 🥲 (6/25 목)", "2026-06-18 16:10", """
홍석진 님이 6월 26일 마지막 출근이라 송별회 합니다.
- 6월 25일(목) 저녁 7시, 판교 '고기굽는남자' (예약자 박지영)
- 선물은 다 같이 모아서 준비하려고요. 1인 2만원씩 저한테 주시면 됩니다!
석진 님한테는 비밀입니다 🤫
""" + sig("park"))

M("personal", "lost-and-found", "윤태식 <ts.yoon@corp.example>", P["all"], "주인 찾아요 - 회의실 에어팟", "2026-05-20 17:45", """
3층 대회의실에 에어팟 프로(흰색 케이스, 스티커 붙어 있음) 두고 가신 분~
IT 자리(5층 창가)에 보관 중입니다.
""")

M("personal", "parents-day-gift-company", P["choi"], P["all"], "어버이날 선물 신청 안내 🌸", "2026-04-27 10:00", """
올해도 어버이날(5/8) 선물로 부모님께 한우 선물세트 또는 홍삼 세트를 보내드립니다.
5/1까지 받으실 주소 입력해 주세요: https://forms.office.com/r/nuri-parents-2026
배송은 5/6~5/7 사이 택배로 갑니다.
""" + sig("choi"))

M("personal", "carpool", "이주원 <jw.lee@corp.example>", "사내 게시판 <board@corp.example>", "수지 → 판교 카풀 구해요 🚗",
  "2026-09-07 08:50", """
수지구청역 근처 사시는 분 카풀 같이 하실 분 구합니다.
평일 8시 출발, 기름값 반반! 관심 있으시면 메일 주세요~
""", client="outlook")

M("personal", "mom-email", "엄마 <kimsunja1962@hanmail.net>", "박지영 <jiyoung.p0211@naver.com>", "지영아 김치 보냈다",
  "2026-11-20 09:30", """
지영아
어제 김장해서 택배로 김치 보냈다. 내일 도착할 거다
우체국 택배 번호 6091234578812
냉장고 자리 비워 놓고 받으면 전화해라
밥 잘 챙겨 먹고 다녀라
엄마가
""", client="oldweb", enc="euc-kr/base64", henc="euc-kr/B")

M("personal", "school-reunion", "고3 2반 동창회 <class2.reunion@gmail.com>", P["han"], "한빛고 16회 3학년 2반 동창회 🎊 (11월)",
  "2026-10-12 21:00", """
얘들아 졸업 15주년이다!! 😭
11월 21일(토) 저녁 6시 강남역 근처에서 동창회 합니다.
참석 여부 구글폼으로 알려줘: https://forms.gle/hanbit16class2
담임 선생님도 오신대! 회비는 당일 3만원.
""", client="gmail")

M("personal", "secondhand-monitor", "정다빈 <db.jeong@corp.example>", "사내 게시판 <board@corp.example>", "[나눔] 모니터 암 무료 나눔합니다",
  "2026-08-05 13:10", """
이사하면서 쓰던 듀얼 모니터 암 무료로 나눔해요. 선착순 1명!
상태 좋고 나사 다 있습니다. 5층 개발팀 제 자리로 오세요 🙂
""", client="outlook")

M("personal", "coffee-chat", "박지영 <jy.park@corp.example>", "이주원 <jw.lee@corp.example>", "커피 한 잔 ☕", "2026-05-06 14:30", """
주원 님, 온보딩 2주 차인데 어때요? 3시에 1층 카페에서 커피 한 잔 해요. 궁금한 거 편하게 물어보세요!
""")

M("personal", "holiday-greeting", P["ceo"], P["all"], "추석 인사 🌕", "2026-09-23 17:00", """
임직원 여러분,

올해도 정말 수고 많으셨습니다. 공공사업 수주와 신제품 출시까지, 모두 여러분 덕분입니다.
가족과 함께 풍성하고 편안한 한가위 보내시기 바랍니다.
귀성길 안전 운전하시고, 연휴 끝나고 건강한 얼굴로 뵙겠습니다.

이준호 드림
""")

M("personal", "wedding-photo-naver", "박지영 <jiyoung.p0211@naver.com>", "한서연 <sy.han@corp.example>", "결혼식 사진 보내드려요 📷",
  "2026-05-25 21:10", """
선임님~ 어제 결혼식 너무 예뻤어요 💕
제가 찍은 사진 몇 장 보내드려요. 신혼여행 잘 다녀오세요!!
""", att=["IMG_4471.jpg", "IMG_4478.jpg"], client="naver")

M("personal", "galaxy-short", "정다빈 <dabin.jeong@naver.com>", "한서연 <sy.han@corp.example>", "오늘 감사했습니다",
  "2026-04-14 18:40", """
선임님 오늘 면접 때 편하게 대해주셔서 감사했습니다. 좋은 결과 있으면 꼭 같이 일하고 싶습니다!

Galaxy S24에서 보냄
""", client="naver", enc="utf-8/base64")

M("personal", "tomyum-lunch", "노윤희 <yh.noh@corp.example>", ["한서연 <sy.han@corp.example>", "정다빈 <db.jeong@corp.example>"],
  "점심 똠얌꿍 어때요? 🍲", "2026-10-28 11:05", """
오늘 날씨 쌀쌀한데 점심에 판교역 태국집 가서 똠얌꿍이랑 팟타이 먹어요!
11시 50분에 로비에서 만나요~ 자리 없으면 쌀국수집으로 가요.
""", client="outlook", enc="ks_c_5601-1987/base64")

M("personal", "congrats-promotion", "박지영 <jy.park@corp.example>", "한서연 <sy.han@corp.example>", "승진 축하해요 🎊",
  "2026-12-01 09:20", """
서연 선임님, 아니 이제 책임님! 승진 축하드려요 🎉
올해 서일식품이랑 병원 건까지 현장에서 고생 많이 하셨잖아요. 다음 주에 영업팀이 밥 살게요!
""", client="outlook")

M("personal", "kids-charity-run", "오세훈 <sh.oh@corp.example>", P["all"], "어린이 환우 돕기 기부 마라톤 같이 뛰실 분 🏃‍♂️",
  "2026-09-14 12:30", """
10월 25일 한강 어린이 환우 돕기 기부 마라톤(5km/10km)에 회사 팀으로 참가하려고 합니다.
참가비 3만원은 전액 기부되고, 회사에서 1:1 매칭 기부를 해준다고 하네요.
참가 원하시는 분은 9월 25일까지 답장 주세요!
""")

M("personal", "housewarming", "정다빈 <dabin.jeong@naver.com>", ["한서연 <sy.han.dev@gmail.com>", "노윤희 <yhnoh@daum.net>"],
  "집들이 초대합니다 🏠", "2026-11-02 20:15", """
선임님, 윤희 님!
이사 정리가 끝나서 11월 14일(토) 저녁 6시에 집들이 하려고요.
주소는 성남시 분당구 정자동 (자세한 건 카톡으로 보낼게요)
빈손으로 오세요!! 진짜로요 ㅎㅎ
""", client="naver")

M("personal", "funeral-notice-external", "김민수 <minsu.kim@hanilprecision.co.kr>", P["park"], "[부고] 한일정밀 김민수 대리 모친상",
  "2026-10-19 07:40", """
평소 업무로 도움 주신 분들께 알려드립니다.
한일정밀 생산기술팀 김민수 대리의 모친께서 10월 18일 별세하셨습니다.

빈소: 창원경상국립대학교병원 장례식장 2호실
발인: 10월 21일(수) 오전 8시
마음 전하실 곳: 경남은행 (상주 김민수)

경황이 없어 일일이 연락드리지 못함을 양해 바랍니다.
""", client="hiworks")

M("personal", "club-fee-transfer", "오세훈 <sh.oh@corp.example>", "등산 동호회 <hiking@corp.example>", "[산악회] 10월 산행 회비 정산 및 사진 💰📷",
  "2026-10-19 10:20", """
지난 토요일 백운대 산행 다들 수고하셨습니다! ⛰️

회비 정산
- 점심·음료: 213,000원 (동호회 지원금 200,000원 + 개인 부담 13,000원)
- 참석 13명 → 1인 1,000원씩만 보내주시면 됩니다 (나머지는 제가 낼게요 ㅎㅎ)
- 카카오뱅크 3333-12-4471820 오세훈

사진은 공유 폴더에 올렸어요: https://corpexample.sharepoint.com/:f:/s/clubs/hiking-202610
""")

M("personal", "first-birthday", "문가은 <gaeun.moon@corp.example>", P["all"], "조카... 아니고 제 아들 돌잔치 초대해요 🎂👶",
  "2026-09-01 12:10", """
안녕하세요 영업팀 문가은입니다 😊
어느덧 저희 아들이 첫 생일을 맞아 작은 돌잔치를 합니다.
가까운 분들만 모시려고 했는데 팀 분들께는 꼭 알려드리고 싶어서요.

- 9월 20일(일) 낮 12시, 판교 더블트리 2층 라운지
- 모바일 초대장: https://m.barunsoncard.com/m/mcard/view/moon0920

부담 갖지 마시고 시간 되시면 밥 드시러 오세요!
""", client="outlook")

M("personal", "nate-friend", "최윤아 <yuna_choi@nate.com>", "최수진 <sj.choi@corp.example>", "언니 회사 메일로 보내 ㅎㅎ",
  "2026-08-12 21:40", """
언니 카톡이 안 돼서 회사 메일로 보내 ㅋㅋ
엄마 생신 선물 같이 하기로 한 거, 안마의자는 너무 비싸서 목 마사지기 + 꽃다발로 하자
내가 주문할 테니 반반 보내줘~ 토요일 저녁 본가에서 봐!
""", client="daum")

M("personal", "mom-phone-broken-real", "엄마 <soonja.oh1960@hanmail.net>", "오세훈 <sh.oh@corp.example>",
  "세훈아 엄마 폰 바꿨다", "2026-11-29 20:10", """
세훈아 엄마다
폰이 고장나서 오늘 대리점 가서 새로 바꿨어. 번호는 그대로야.
카톡이 다 날아가서 사진 다시 보내주고, 다음 주 김장 때 올 수 있으면 연락해라.
아빠가 배추 40포기 주문했단다 ㅎㅎ
""", client="daum")

M("personal", "club-fee-settlement-dec", P["park"], [P["bae"], P["kang"], P["han"]], "산악회 12월 송년 산행 회비 정산",
  "2026-12-01 12:30", """
산악회 여러분~ 12월 송년 산행(북한산) 회비 정산입니다 🏔️

- 참가 9명 / 1인 25,000원 (점심 + 뒤풀이)
- 카카오뱅크 모임통장으로 보내주세요 (3333-07-*****, 누리 산악회)
- 남은 돈은 1월 시산제 때 씁니다 😊

못 오시는 분은 오늘까지 말씀 주세요!
""" + sig("park"))

M("personal", "sister-gift-kakao-down", "한서진 <seojin.han92@naver.com>", P["han"], "언니 카톡 또 안 돼? 선물 링크 여기로 보내",
  "2026-11-22 21:05", """
언니 카톡 또 먹통이야? 읽지도 않길래 메일로 보내 ㅋㅋ
아빠 생신 선물 내가 고른 거 링크 보내
- 무선 이어폰 189,000원 (아빠 귀 안 좋으니까 큰 걸로)
- 케이크는 언니가 동네에서 사 오기로
내가 주문할 테니까 반 보내줘~ 토요일 점심 본가에서 봐!
https://brand.naver.com/
""", client="naver")

M("personal", "friend-phone-new-number", "이재현 <jaehyun.lee85@gmail.com>", P["bae"], "나 폰 바꿨다 번호 그대로",
  "2026-11-14 22:40", """
성우야 나 재현이
폰 떨어뜨려서 액정 박살나서 새로 샀다 ㅠ 번호는 그대로고 카톡 백업이 날아가서 단톡방 다시 초대 좀 해줘
다음 주 동창 모임 장소 정해지면 알려주고. 이번엔 내가 쏜다 🍻
""", client="gmail")

M("personal", "colleague-gift-order-team", P["kang"], [P["jung"], "마케팅팀 <marketing@corp.example>"], "수아 대리님 출산 선물 모아요 🎁",
  "2026-11-25 11:20", """
마케팅팀 여러분~ 김수아 대리님 출산 선물 같이 해요 👶
- 1인 2만원, 오늘 중 제 카톡 또는 카카오뱅크 3333-12-*****(강하늘)로 보내주세요
- 선물은 유모차 방풍 커버 + 기저귀 케이크, 제가 주문할게요
- 카드에 한 줄씩 써주시면 금요일에 모아서 보낼게요 💌
""" + sig("kang"))

M("personal", "mom-kimchi-order", "엄마 <soonja.oh1960@hanmail.net>", "오세훈 <sh.oh@corp.example>", "김장 김치 택배 보냈다",
  "2026-12-05 19:30", """
세훈아 엄마야
오늘 김장 끝나서 김치 두 통 택배로 보냈다. 우체국 택배니까 내일이나 모레 갈 거야.
받으면 바로 김치냉장고에 넣고, 통은 다음에 올 때 가져와라.
카톡이 자꾸 안 돼서 메일로 보낸다. 폰 새로 바꿨더니 아직 익숙하지가 않네 ㅎㅎ
""", client="daum")
