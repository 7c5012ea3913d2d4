"""travel: tour buses (관광 고속버스), e-tickets, hotels, workshops, rental cars, local tourism notices."""
from ham_texts import M, P, btn, notice_html, ol_quote, sig

M("travel", "tour-bus-quote", "김영태 <yt.kim@hanultour-bus.co.kr>", P["choi"], "워크숍 관광 고속버스 대절 견적 드립니다",
  "2026-08-25 10:30", """
최수진 대리님 안녕하세요.
한울관광 고속버스 배차 담당 김영태입니다.

문의하신 워크숍 차량 견적 드립니다.
- 일정: 9/17(목) 08:00 판교 출발 → 평창 / 9/18(금) 15:00 평창 출발 → 판교
- 차량: 45인승 관광 고속버스 1대 (우등형 28인승은 인원 초과로 불가)
- 금액: 1,150,000원 (유류대, 통행료, 기사 숙식비 포함 / VAT 별도)
- 보험: 여객공제 종합 가입 차량

관광버스 성수기(9~10월)라 이번 주 안에 확정 주시면 차량 잡아두겠습니다.
계약금 30%는 확정 후 입금, 잔금은 운행 후 세금계산서 발행 시 입금하시면 됩니다.

한울관광(주) 김영태 / 031-704-5512 / 010-8835-2017
""", client="hiworks")

M("travel", "tour-bus-confirm", P["choi"], "김영태 <yt.kim@hanultour-bus.co.kr>", "RE: 워크숍 관광 고속버스 대절 견적 드립니다",
  "2026-08-27 09:15", """
김영태 님, 안녕하세요.
견적대로 45인승 1대 확정하겠습니다. 계약금 345,000원 오늘 오후에 입금하겠습니다.

탑승 인원은 38명이고, 출발 장소는 판교역로 192번길 14 건물 앞입니다.
기사님 연락처는 전날 문자로 부탁드립니다.
""" + sig("choi") + ol_quote("김영태 <yt.kim@hanultour-bus.co.kr>", "2026년 8월 25일 화요일 오전 10:30",
                             "최수진 <sj.choi@corp.example>", "워크숍 관광 고속버스 대절 견적 드립니다", """
- 차량: 45인승 관광 고속버스 1대
- 금액: 1,150,000원 (유류대, 통행료, 기사 숙식비 포함 / VAT 별도)
"""), reply="hanultour-bus.co.kr")

M("travel", "korean-air-eticket", "대한항공 <e-ticket@koreanair.com>", P["bae"],
  "[대한항공] 전자항공권 발행 확인서 (E-Ticket Itinerary) - BAE/SUNGWOO MR", "2026-05-18 14:02", html=notice_html(
      "KOREAN AIR", "#00256c", "전자항공권 발행 확인서", [
          "BAE/SUNGWOO MR 님, 대한항공을 이용해 주셔서 감사합니다.",
          "<b>예약번호</b> 7KQ2MX<br><b>항공권번호</b> 180-2419473316",
          "<b>KE0905</b> 인천(ICN) 06/09 10:35 → 프랑크푸르트(FRA) 06/09 17:05 · 일반석(Y) · 수하물 1PC<br>"
          "<b>KE0906</b> 프랑크푸르트(FRA) 06/13 19:20 → 인천(ICN) 06/14 13:55 · 일반석(Y) · 수하물 1PC",
          "온라인 체크인은 출발 48시간 전부터 가능합니다.",
          btn("https://www.koreanair.com/booking/manage", "예약 조회", "#00256c"),
      ], "대한항공 서비스센터 1588-2001 | 서울특별시 강서구 하늘길 260<br>본 메일은 발신전용입니다.", layout=2),
  att=["E-Ticket_7KQ2MX_BAE_SUNGWOO.pdf"])

M("travel", "travel-agency-itinerary", "하나투어비즈니스 출장팀 <biz.desk@hanatourbiz.com>", P["bae"],
  "배성우 부장님 프랑크푸르트 출장 일정표 및 호텔 바우처", "2026-05-19 11:20", """
배성우 부장님, 안녕하세요.
하나투어비즈니스 기업출장팀 문소영입니다.

프랑크푸르트 출장(6/9~6/14) 일정표와 호텔 바우처 보내드립니다.

- 호텔: Motel One Frankfurt-Messe (6/9~6/13, 4박, 조식 포함), 예약번호 MO-44180271
- 공항-호텔: S-Bahn S8/S9 약 15분 (Hauptbahnhof 환승 불필요)
- 현지 일정: 6/10~6/12 SENSORTECH GmbH 방문 및 ACHEMA 전시회 참관

ACHEMA 기간이라 택시 잡기가 어려우니 대중교통 이용을 권해 드립니다.
유럽 여행자보험은 법인 단체보험으로 가입되어 있습니다(증권 첨부).

문소영 드림 | 02-2127-8804
""", att=["출장일정표_배성우_FRA_0609.pdf", "호텔바우처_MotelOne.pdf", "여행자보험_가입증명서.pdf"], client="outlook365")

M("travel", "hotel-confirm-busan", "Booking.com <noreply@booking.com>", P["park"],
  "예약 확정: 라발스호텔 부산 (6월 4일~6월 5일)", "2026-05-27 21:12", html=notice_html(
      "Booking.com", "#003580", "박지영 님, 예약이 확정되었습니다!", [
          "<b>라발스호텔 부산</b><br>부산광역시 영도구 봉래나루로 82",
          "체크인 2026년 6월 4일 (목) 15:00부터<br>체크아웃 2026년 6월 5일 (금) 11:00까지<br>"
          "객실: 스탠다드 더블룸 1실 · 조식 불포함<br>예약 번호: 4182.557.903 · PIN: 2719",
          "총 요금: ₩118,000 (현장 결제)",
          btn("https://secure.booking.com/myreservations.html", "예약 관리하기", "#0071c2"),
      ], "Booking.com B.V. | Herengracht 597, 1017 CE Amsterdam, Netherlands<br>"
         "이 이메일은 예약 확인을 위해 발송되었습니다."))

M("travel", "workshop-schedule", P["choi"], P["all"], "[확정] 하반기 워크숍 일정표 (9/17~18, 평창)", "2026-09-08 17:00", """
하반기 워크숍 일정 확정되어 안내드립니다. 🏞️

■ 9/17(목)
 08:00 판교 사옥 앞 집결 (관광 고속버스 1대, 지각 시 개별 이동입니다!)
 11:00 평창 도착, 숙소 체크인 (휘닉스 평창 콘도)
 12:00 점심 (막국수)
 14:00 2026 하반기 전략 공유 (대표님) / 팀별 발표
 16:30 래프팅 (동강, 우천 시 실내 볼링으로 대체)
 19:00 바비큐 저녁
■ 9/18(금)
 09:00 조식 후 자유 시간 (오대산 월정사 전나무숲길 산책 희망자 모집)
 12:00 점심 후 15:00 출발, 18:00경 판교 도착

준비물: 편한 옷, 여벌 옷(래프팅), 운동화, 상비약
알레르기나 식단 제한 있으신 분은 9/11까지 말씀해 주세요.
""" + sig("choi"), att=["2026하반기_워크숍_일정표.pdf"])

M("travel", "pyeongchang-tourism-info", "평창군 문화관광과 <tour@pc.go.kr>", P["choi"],
  "단체 관광 안내 자료 요청하신 건 회신드립니다", "2026-09-02 10:40", """
최수진 님께

평창군 문화관광과입니다. 기업 단체 관광 안내 자료 요청하신 건 회신드립니다.

- 월정사 전나무숲길: 왕복 약 2km, 1시간 소요, 단체 해설 신청 가능(무료, 3일 전 예약)
- 평창 효석문화제: 9월 4일~13일, 봉평 일원 (워크숍 기간과 겹치지 않습니다)
- 대관령 양떼목장: 단체(20인 이상) 입장료 할인

관광 안내 책자와 지도는 PDF로 첨부드립니다. 평창 관광 누리집(https://www.yes-pc.net)에서 더 많은 정보를 보실 수 있습니다.
평창 방문을 환영합니다.
""", att=["평창관광안내_2026.pdf"], client="oldweb", enc="euc-kr/base64")

M("travel", "rental-car-jeju", "롯데렌터카 <reservation@lotterentacar.net>", P["jung"],
  "[롯데렌터카] 제주 예약 완료 안내 (예약번호 J2609-118204)", "2026-09-22 16:45", """
정민재 고객님, 롯데렌터카를 이용해 주셔서 감사합니다.

■ 예약 정보
- 예약번호: J2609-118204
- 차종: 아반떼 CN7 (LPG) 또는 동급
- 대여: 2026-10-14 09:00 제주오토하우스
- 반납: 2026-10-16 18:00 제주오토하우스
- 보험: 완전자차(고객부담금 면제)
- 결제 금액: 142,000원

제주공항 5번 게이트 앞 셔틀버스 승차장(구역 3)에서 무료 셔틀을 이용하세요.
예약 확인/변경: https://www.lotterentacar.net
고객센터 1588-1230
""", client="system", enc="utf-8/base64")

M("travel", "ktx-ticket", "코레일 <letskorail@korail.com>", P["han"], "[코레일] 승차권 발권 안내", "2026-04-06 22:10", """
한서연 고객님, 승차권이 발권되었습니다.

KTX 031 서울 07:00 → 창원중앙 09:52
2026년 4월 7일(화) 8호차 11A 일반실 어른 1명
운임 59,800원 (법인카드 결제)

승차권은 코레일톡 앱 또는 https://www.letskorail.com 에서 확인하세요.
출발 후에는 반환 위약금이 발생합니다.
""", client="system", enc="euc-kr/base64", henc="euc-kr/B")

M("travel", "flight-change-notice", "아시아나항공 <noreply@flyasiana.com>", P["park"],
  "[아시아나항공] 운항 스케줄 변경 안내 OZ8123", "2026-06-01 07:30", """
PARK/JIYOUNG MS 님,

예약하신 항공편의 운항 스케줄이 변경되어 안내드립니다.
- 변경 전: OZ8123 김포 06/04 08:10 → 김해 09:10
- 변경 후: OZ8123 김포 06/04 08:40 → 김해 09:40

변경된 스케줄을 원치 않으시면 수수료 없이 환불 또는 다른 항공편으로 변경하실 수 있습니다.
예약 확인: https://flyasiana.com
아시아나항공 예약센터 1588-8000
""", client="system")

M("travel", "tour-bus-jeonse-short", "한울관광 <dispatch@hanultour-bus.co.kr>", P["choi"], "기사님 연락처 안내 (9/17 누리웍스)",
  "2026-09-16 18:20", """
내일 판교-평창 관광버스 기사님 안내드립니다.
김정호 기사 010-5531-7720 / 차량번호 경기70바 1234 (흰색 유니버스)
07:45까지 건물 앞 도착 예정입니다.
""", client="naver")

M("travel", "business-trip-request", P["bae"], P["ceo"], "[결재요청] 독일 출장 신청 (6/9~6/14, SENSORTECH 방문)", "2026-05-12 10:30", """
대표님, 독일 출장 신청서 올렸습니다.

- 목적: SENSORTECH GmbH 연간 공급계약 협상, 신제품(진동센서 VX-3) 기술 미팅, ACHEMA 전시회 참관
- 인원: 배성우, 한서연
- 예산: 항공 2인 3,240,000원, 숙박 4박 2실 2,080,000원, 일비 및 현지 교통 1,100,000원
- 출장 규정상 비행시간 11시간이라 프리미엄 이코노미 가능하지만 일반석으로 신청했습니다.

https://gw.corp.example/approval/doc/2026-0512-009
""" + sig("bae"))

M("travel", "airbnb-team-stay", "Airbnb <automated@airbnb.com>", P["kang"], "예약 확정 - 속초 바다 전망 단독주택",
  "2026-07-20 13:05", html=notice_html(
      "airbnb", "#ff385c", "예약이 확정되었습니다", [
          "하늘 님, 속초 여행 준비를 시작하세요! 호스트 <b>미경</b>님이 예약을 확정했습니다.",
          "체크인 8월 7일(금) 16:00 · 체크아웃 8월 9일(일) 11:00 · 게스트 4명<br>확인 코드: HMQ3K9R2XZ",
          btn("https://www.airbnb.co.kr/trips", "여행 일정 보기", "#ff385c"),
      ], "Airbnb Ireland UC | 8 Hanover Quay, Dublin 2, Ireland"))

M("travel", "tourism-fair-visit", "경기관광공사 <mice@gto.or.kr>", P["choi"], "경기도 기업 워크숍·MICE 지원사업 신청 결과 안내",
  "2026-08-11 15:00", """
(주)누리웍스 최수진 님

경기관광공사 MICE뷰로입니다.
'2026 경기도 기업 워크숍 유치 지원사업' 신청 결과 선정되셨음을 알려드립니다.

- 지원 내용: 도내 숙박 시 1인당 2만원 (최대 40명), 관광 프로그램 체험비 일부
- 조건: 경기도 내 숙박시설 1박 이상, 도내 관광지 1곳 이상 방문
- 정산: 행사 종료 후 30일 이내 결과보고서 및 증빙 제출

평창(강원)에서 진행하시면 지원 대상이 아니니, 장소가 바뀌면 알려주세요.
문의: 031-259-4711
""", client="outlook")

M("travel", "expense-report-trip", P["han"], P["seo"], "창원 출장비 정산 영수증", "2026-04-09 09:20", """
주임님, 창원 출장(4/7) 정산 올렸습니다.
KTX 왕복 119,600원, 택시 23,400원, 점심 9,000원입니다. 영수증 사진 첨부합니다.
""" + sig("han"), att=["영수증_KTX.jpg", "영수증_택시.jpg"])

M("travel", "visa-invitation", "Anna Richter <a.richter@sensortech.de>", P["bae"], "Invitation letter for your visit / 초청장",
  "2026-05-13 09:02 +0200", """
Dear Mr. Bae,

please find attached the invitation letter for your visit to SENSORTECH GmbH from 10 to 12 June.
Korean citizens do not need a visa for Germany for stays under 90 days, but the letter may help at immigration.

Hotel near our office: Motel One Frankfurt-Messe is fine, 20 minutes by tram (line 17).
Looking forward to seeing you and Ms. Han.

안녕히 계세요 (I hope I wrote that correctly!)

Best regards,
Anna Richter
Export Sales Asia | SENSORTECH GmbH
Tel. +49 69 2475 3310
""", att=["Invitation_Letter_Bae_Han.pdf"], client="outlook365")

M("travel", "jeju-conference-shuttle", "스마트제조 컨퍼런스 사무국 <office@smfconf.kr>", P["jung"],
  "[안내] 제주 컨퍼런스 참가자 공항 셔틀 및 관광 프로그램", "2026-10-06 10:00", """
정민재 님, 2026 스마트제조 컨퍼런스(10/14~16, 제주 ICC) 등록을 감사드립니다.

■ 공항 셔틀
 10/14 제주공항 → ICC: 10:00, 11:30, 13:00 (1층 5번 출구)
■ 동반 관광 프로그램 (선착순 40명, 무료)
 10/15 14:00~18:00 성산일출봉·섭지코지 관광 (관광 가이드 동행)
 신청: https://www.smfconf.kr/tour

숙소는 개별 예약입니다. 사무국 제휴 요금은 9/30로 마감되었습니다.
""", client="esp", html="""<html><body style="font-family:'맑은 고딕',sans-serif;font-size:14px;">
<h2 style="color:#0a5c8a;">2026 스마트제조 컨퍼런스 참가 안내</h2>
<p>정민재 님, 2026 스마트제조 컨퍼런스(10/14~16, 제주 ICC) 등록을 감사드립니다.</p>
<h3>공항 셔틀</h3>
<p>10/14 제주공항 → ICC: 10:00, 11:30, 13:00 (1층 5번 출구)</p>
<h3>동반 관광 프로그램 (선착순 40명, 무료)</h3>
<p>10/15 14:00~18:00 성산일출봉·섭지코지 관광 (관광 가이드 동행)<br>
신청: <a href="https://www.smfconf.kr/tour">https://www.smfconf.kr/tour</a></p>
<p style="color:#777;font-size:12px;">숙소는 개별 예약입니다. 사무국 제휴 요금은 9/30로 마감되었습니다.<br>
2026 스마트제조 컨퍼런스 사무국 | 064-735-1000</p>
</body></html>
""")

M("travel", "taxi-receipt-kakaot", "카카오 T <noreply@kakaomobility.com>", P["bae"], "[카카오 T] 법인 택시 이용 영수증", "2026-06-15 23:48", """
배성우 님의 카카오 T 비즈니스 이용 내역입니다.

출발: 인천국제공항 제2여객터미널
도착: 경기 성남시 분당구 판교역로
이용 일시: 2026.06.14 14:52 ~ 15:58
결제 금액: 68,300원 (법인 결제: (주)누리웍스)
""", client="system", enc="utf-8/quoted-printable")

M("travel", "hotel-group-contract", "휘닉스 평창 단체영업 <group@phoenixhnr.co.kr>", P["choi"],
  "단체 객실 계약서 송부 (누리웍스 9/17)", "2026-08-28 14:10", """
최수진 님 안녕하세요.
휘닉스 평창 단체영업팀 박하은입니다.

9월 17일 1박 단체 객실 계약서 송부드립니다.
- 객실: 콘도 34평형 8실, 25평형 2실
- 세미나실: 그랜드볼룸 B (14:00~17:00)
- 바비큐: 야외 바비큐장 40인 (19:00~21:00)
- 합계: 4,380,000원 (VAT 포함)

계약서 날인 후 회신 주시고, 계약금 30%는 9/4까지 입금 부탁드립니다.
인원 변동은 3일 전까지 무료로 가능합니다.

박하은 드림 | 033-330-6114
""", att=["단체계약서_누리웍스_0917.pdf"], logo=True, client="hiworks")

M("travel", "trip-photo-share", "노윤희 <yh.noh@corp.example>", P["all"], "워크숍 사진 공유합니다 📸", "2026-09-21 10:12", """
워크숍 사진 모아서 올렸어요! 래프팅 사진은 업체에서 받은 거라 화질이 좀 아쉽네요 ㅎㅎ
https://corpexample-my.sharepoint.com/:f:/g/personal/yh_noh/workshop2026h2
다운로드는 이번 주까지만 열어둘게요.
""", client="outlook")

M("travel", "flight-checkin-reminder", "대한항공 <e-ticket@koreanair.com>", P["bae"], "[대한항공] 온라인 체크인을 하세요 - KE0905",
  "2026-06-07 10:35", """
BAE/SUNGWOO MR 님,
6월 9일 인천 출발 KE0905편 온라인 체크인이 가능합니다.
체크인: https://www.koreanair.com/check-in
좌석 지정과 모바일 탑승권 발급을 미리 해 두시면 공항에서 시간을 줄일 수 있습니다.
""", client="system")

M("travel", "exhibition-hotel-block", "코엑스 전시사업팀 <expo@coex.co.kr>", P["jung"], "참가업체 숙박 제휴 요금 안내", "2026-02-25 14:00", """
참가업체 담당자님께

스마트공장 박람회(3/25~27) 참가업체 대상 인근 호텔 제휴 요금을 안내드립니다.
- 코엑스 인터컨티넨탈: 1박 22만원부터 (조식 포함, 3/10 마감)
- 신라스테이 삼성: 1박 13만원부터

예약 시 '박람회 참가업체' 코드 EXPO2026 을 말씀해 주세요.
참가업체 매뉴얼 및 반입 일정은 https://www.coex.co.kr 참가업체 전용 페이지를 참고하세요.
""", client="esp", fmt="alt")

M("travel", "train-group-booking", P["choi"], "코레일 단체영업 <group@korail.com>", "단체 승차권 예약 문의 (20명, 부산)",
  "2026-10-05 11:30", """
안녕하세요. (주)누리웍스 최수진입니다.
11월 12일 부산 고객사 세미나로 20명 단체 승차권 예약 문의드립니다.

- 11/12(목) 서울 → 부산 오전 7~8시대 KTX
- 11/12(목) 부산 → 서울 오후 6~7시대 KTX

단체 할인 가능 여부와 예약 절차 알려주시면 감사하겠습니다.
""" + sig("choi"))

M("travel", "tour-bus-review-request", "한울관광 <dispatch@hanultour-bus.co.kr>", P["choi"], "이용 후기 부탁드립니다 (설문 1분)",
  "2026-09-21 09:00", """
누리웍스 최수진 님,
지난주 평창 관광 고속버스 이용해 주셔서 감사합니다.
기사님 친절도, 차량 청결 평가를 부탁드립니다. (1분 소요)
https://hanultour-bus.co.kr/survey?r=NW0917

다음 단체 여행 때도 한울관광을 찾아주세요.
""", client="naver")

M("travel", "roaming-notice", "SK텔레콤 <noreply@sktelecom.com>", P["bae"], "[SK텔레콤] 로밍 요금제 가입 안내 (바로 3GB)",
  "2026-06-08 21:00", """
배성우 고객님, 로밍 요금제 가입이 완료되었습니다.

- 요금제: baro 3GB (7일)
- 이용 기간: 2026-06-09 ~ 2026-06-15 (한국 시간 기준)
- 요금: 29,000원 (법인 명의 청구)
- 현지 도착 후 데이터 로밍이 자동으로 켜집니다. baro 통화는 무료 (T전화 앱)

문의: 로밍센터 +82-2-6343-9000 (해외에서 무료)
""", client="system", enc="utf-8/base64")

M("travel", "tour-guide-booking", "부산관광공사 <tour@bto.or.kr>", P["choi"], "부산 시티투어 단체 예약 확인",
  "2026-11-03 11:00", """
(주)누리웍스 최수진 님

부산 시티투어버스 단체 예약이 확인되었습니다.
- 일시: 2026년 11월 12일(목) 15:30 부산역 출발
- 코스: 레드라인 (부산역 → 용두산공원 → 광안리 → 해운대)
- 인원: 20명 / 요금: 단체 할인 적용 1인 12,000원

관광 안내 자료와 승차 위치 지도를 첨부드립니다.
""", att=["부산시티투어_승차안내.pdf"], client="oldweb")

M("travel", "jeju-air-eticket", "제주항공 <noreply@jejuair.net>", P["jung"], "[제주항공] 구매하신 항공권의 E-티켓 확인증입니다",
  "2026-09-24 13:30", """
정민재 님, 제주항공을 이용해 주셔서 감사합니다.

예약번호: K7D2QH
7C105 김포(GMP) 10/14 07:05 → 제주(CJU) 08:15  좌석 12C  수하물 15kg
7C158 제주(CJU) 10/16 19:40 → 김포(GMP) 20:50  좌석 14A  수하물 15kg
총 결제금액: 148,600원

모바일 탑승권은 출발 24시간 전부터 발급됩니다. https://www.jejuair.net
신분증(모바일 신분증 가능)을 꼭 지참하세요.
""", client="system", att=["E-Ticket_K7D2QH.pdf"])

M("travel", "hotel-invoice-english", "Motel One Frankfurt-Messe <frankfurt-messe@motel-one.com>", P["bae"],
  "Your invoice / Ihre Rechnung - Motel One Frankfurt-Messe", "2026-06-13 08:02 +0200", """
Dear Mr. Bae,

thank you for staying with us. Please find your invoice attached.

Stay: 09.06.2026 - 13.06.2026 (4 nights)
Total: EUR 612.00 incl. 7% VAT (room) and 19% VAT (breakfast)
Paid by: Visa ****2231

We hope to welcome you back soon.
Motel One Frankfurt-Messe, Europa-Allee 25, 60327 Frankfurt am Main
""", att=["Rechnung_MO-44180271.pdf"], client="system")

M("travel", "tour-bus-insurance", P["choi"], "한울관광 <dispatch@hanultour-bus.co.kr>", "관광버스 보험 가입 증명서 요청",
  "2026-09-10 14:00", """
김영태 님, 누리웍스 최수진입니다.
회사 안전관리 규정상 단체 이동 차량의 공제(보험) 가입증명서를 보관해야 해서요.
9/17 배차 차량의 여객공제 가입증명서와 기사님 운전적성정밀검사 확인서 사본을 보내주실 수 있을까요?
""" + sig("choi"))

M("travel", "business-trip-china", "이주원 <jw.lee@corp.example>", P["bae"], "선전 출장 비자 및 일정 확인 부탁드립니다",
  "2026-10-13 10:40", """
부장님, 11월 선전 전자부품 전시회 출장 관련입니다.

- 중국 비자: 단체비자 말고 개인 상용비자(M) 신청 예정, 초청장은 전시회 주최 측에서 발급
- 항공: 인천 → 선전 11/24, 선전 → 인천 11/27 (대한항공 직항)
- 호텔: 전시장 근처 Hilton Shenzhen World (3박)

중국 방문 시 노트북 보안 규정(업무 자료 최소화, 별도 노트북 사용) 확인했습니다.
출장 신청서 결재 올려두었습니다.
""", client="outlook")

M("travel", "trip-cancellation-refund", "하나투어비즈니스 출장팀 <biz.desk@hanatourbiz.com>", P["park"],
  "RE: 부산 출장 항공권 취소 및 환불 안내", "2026-06-02 17:20", """
박지영 과장님,

요청하신 6/4 김포-김해 항공권(OZ8123) 취소 처리되었습니다.
- 환불 금액: 78,400원 (취소 수수료 없음, 스케줄 변경에 따른 무료 취소)
- 환불 방법: 결제하신 법인카드로 승인 취소 (카드사에 따라 3~7영업일 소요)

KTX로 대체 예약 원하시면 말씀 주세요.
""", client="outlook365")

M("travel", "dmz-tour-partner", "한국관광공사 <kto@knto.or.kr>", "Anna Richter <a.richter@sensortech.de>",
  "Your Korea visit: DMZ tour booking confirmation", "2026-10-02 09:00", """
Dear Ms. Anna Richter,

thank you for booking through VisitKorea. Your tour is confirmed:

Tour: DMZ Half-day Tour (English guide)
Date: 22 October 2026, pick-up 07:20 at Lotte Hotel Seoul
Please bring your passport; foreign visitors cannot enter the Joint Security Area area without it.

Tourist information 1330 (24 hours, English available)
https://english.visitkorea.or.kr
""", client="system")

M("travel", "srt-ticket", "SR <srt@srail.kr>", P["park"], "[SRT] 승차권 발권 내역", "2026-11-10 21:40", """
박지영 고객님, SRT 승차권이 발권되었습니다.

SRT 301 수서 06:00 → 부산 08:28
2026-11-12(목) 5호차 8D 일반실
운임 52,600원

승차권 확인: SRT 앱 또는 https://etk.srail.kr
""", client="system", enc="utf-8/base64")

M("travel", "yanolja-receipt", "여기어때 <noreply@gccompany.co.kr>", "이주원 <jw.lee@corp.example>", "[여기어때] 예약이 확정되었어요",
  "2026-11-06 13:20", """
이주원 님, 예약이 확정되었어요!

숙소: 호텔 포레 부산역
체크인 11/12(목) 15:00 · 체크아웃 11/13(금) 11:00
객실: 스탠다드 트윈 · 2명
결제 금액: 89,000원 (법인카드)

예약 상세: https://www.goodchoice.kr/my/reservation
""", client="system")

M("travel", "vietnam-evisa", P["bae"], "이주원 <jw.lee@corp.example>", "베트남 출장 전자비자 신청 방법", "2026-07-28 10:10", """
주원 님,
9월 호찌민 출장(VinaWater 현장 방문)은 무비자 45일이라 비자 필요 없습니다.
다만 여권 유효기간 6개월 이상 남았는지 꼭 확인하세요. 입국 시 왕복 항공권 보여달라는 경우가 있어요.
현지 유심은 공항에서 사면 되고, 로밍은 회사 규정상 일 1만원까지 지원됩니다.
""" + sig("bae"))

M("travel", "korail-ticket-biz", "코레일 <korail@korail.com>", P["bae"], "[코레일] 승차권 발권 안내 (KTX 서울→부산)",
  "2026-12-02 09:12", """
배성우 고객님, 승차권이 발권되었습니다.

열차 : KTX 023
일시 : 2026-12-09 (수) 07:30 서울 → 10:08 부산
좌석 : 8호차 11A (일반실)
운임 : 59,800원 (법인카드 결제)

승차권은 코레일톡 앱에서 확인하실 수 있습니다. https://www.letskorail.com
""", client="system")

M("travel", "hotel-busan-confirm", "롯데호텔 부산 <reservation.busan@lotte.net>", P["bae"],
  "[롯데호텔 부산] 예약 확인서 (12월 9일, 1박)", "2026-12-02 10:40", """
배성우 고객님, 롯데호텔 부산을 예약해 주셔서 감사합니다.

예약 번호 : LHB-2612-88120
체크인 : 2026년 12월 9일 (수) 15:00
체크아웃 : 2026년 12월 10일 (목) 12:00
객실 : 디럭스 더블 (조식 1인 포함)
요금 : 198,000원 (기업 특가, 현장 결제)

변경 및 취소는 체크인 전일 18시까지 무료입니다.
롯데호텔 부산 051-810-1000
""", client="outlook365")
