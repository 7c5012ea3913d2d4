"""twins: the honest twins of the spam voices a filter misses most — what the real services send from their
real domains (카카오, 토스, 네이버페이, 홈택스, 건강보험공단, 국민연금, 이파인, 하이패스, 한전, carriers and 관세청),
a supplier's genuine bank-account change confirmed by telephone, English partner mail with invoices and
payment terms, the stock mail an office really gets (broker research, IR notices, 공시 digests, 주주총회),
family mail that asks for money to be sent to an account, and mail that is mostly a picture (posters,
scans, tickets and QR codes with one line). Each one shares its spam twin's surface: the link, the fee, the
account number, the urgency, the QR code. corpus5 batch."""
from ham_texts import M, P, btn, gm_quote, notice_html, ol_quote, sig

IPHONE = "\n\niPhone에서 보냄\n"
GALAXY = "\n\n내 Galaxy에서 보냄\n"

# --- A. the services' own notices, from their real domains ------------------------------------------------

M("twins", "kakao-pc-login", "카카오 <noreply@kakaocorp.com>", P["jung"],
  "[카카오] 카카오톡 PC버전에 로그인되었습니다", "2026-11-03 08:41", html=notice_html(
      "kakao", "#191919", "카카오톡 PC버전 로그인 알림", [
          "mj.j****@corp.example 카카오계정으로 카카오톡 PC버전에 로그인되었습니다.",
          "일시: 2026년 11월 3일 08:41<br>기기: Windows (KAKAO-PC-MJ)<br>위치: 대한민국",
          "본인이 로그인한 것이 맞다면 이 메일은 무시하셔도 됩니다. 본인이 아니라면 카카오톡 모바일 앱의 "
          "[설정 &gt; 개인/보안 &gt; 기기 연결 관리]에서 연결을 해제해 주세요.",
          '카카오는 메일이나 메시지로 비밀번호, 인증번호를 묻지 않습니다. 자세한 안내는 '
          '<a href="https://cs.kakao.com">카카오 고객센터</a>에서 확인하세요.',
      ], "(주)카카오 | 제주특별자치도 제주시 첨단로 242<br>본 메일은 발신전용입니다."))

M("twins", "kakao-wallet-cert-expiry", "카카오 <noreply@kakaocorp.com>", P["seo"],
  "[카카오톡 지갑] 카카오 인증서 유효기간이 30일 남았습니다", "2026-10-14 10:00", """
안녕하세요, 카카오입니다.

고객님의 카카오 인증서 유효기간이 2026년 11월 13일에 만료됩니다.
만료 전 카카오톡 앱에서 직접 갱신하실 수 있습니다.

갱신 방법: 카카오톡 > 더보기 > 지갑 > 인증서 > 갱신하기

이 메일에는 갱신 링크가 없습니다. 카카오는 메일의 링크로 인증서 갱신을 요청하지 않으니, 반드시 카카오톡 앱에서
진행해 주세요.

(주)카카오 | 고객센터 https://cs.kakao.com
""", client="system")

M("twins", "kakaopay-transfer-received", "카카오페이 <noreply@kakaopay.com>", P["kang"],
  "[카카오페이] 송금 받기 완료 안내", "2026-08-22 19:12", html=notice_html(
      "kakaopay", "#ffeb00", "송금을 받았어요", [
          "박민우님이 보낸 <b>32,000원</b>을 받았어요.",
          "메시지: 어제 곱창 N빵 ㅋㅋ",
          "받은 돈은 카카오페이머니에 보관되어 있으며, 연결된 계좌로 언제든 옮길 수 있어요.",
          '거래 내역은 카카오톡 &gt; 더보기 &gt; 페이에서 확인하세요. '
          '<a href="https://www.kakaopay.com/support">카카오페이 고객센터</a>',
      ], "(주)카카오페이 | 경기도 성남시 분당구 판교역로 166<br>본 메일은 발신전용입니다.", layout=2))

M("twins", "toss-transfer-limit-real", "토스 <no-reply@toss.im>", P["kim"],
  "[토스] 보호를 위해 송금이 잠시 제한됐어요", "2026-07-11 22:05", """
김다은님, 토스예요.

평소와 다른 송금 패턴이 감지되어 고객님 보호를 위해 토스 송금을 잠시 제한했어요.
본인이 한 송금이 맞다면 토스 앱에서 본인 확인 후 바로 풀 수 있어요.

토스 앱 > 전체 > 고객센터 > 송금 제한 해제

토스는 문자나 메일의 링크로 본인 확인을 요청하지 않아요. 이 메일에도 링크가 없어요.
궁금한 점은 토스 고객센터(1599-4905)로 전화 주세요.
""", client="system")

M("twins", "tossbank-dormant-notice", "토스뱅크 <noreply@tossbank.com>", P["lim"],
  "[토스뱅크] 장기 미사용 계좌 안내", "2026-09-30 11:00", html=notice_html(
      "toss bank", "#0064ff", "1년 넘게 쓰지 않은 통장이 있어요", [
          "임채원님, 토스뱅크 통장(끝자리 2281)을 1년 넘게 쓰지 않았어요.",
          "잔액: 12,480원<br>마지막 거래일: 2025년 9월 12일",
          "2026년 12월 30일까지 거래가 없으면 이 통장은 거래중지 계좌로 바뀌어요. 거래중지 계좌도 토스뱅크 앱에서 "
          "본인 확인 후 다시 쓸 수 있고, 잔액이 사라지지는 않아요.",
          'www.tossbank.com 또는 토스 앱에서 확인하세요. <a href="https://www.tossbank.com">tossbank.com</a>',
      ], "토스뱅크(주) | 서울특별시 강남구 테헤란로 131<br>본 메일은 발신전용입니다."))

M("twins", "naverpay-point-expiry", "네이버페이 <naverpay_noreply@navercorp.com>", P["park"],
  "[네이버페이] 12월 소멸 예정 포인트 안내", "2026-11-01 09:00", html=notice_html(
      "NAVER Pay", "#03c75a", "소멸 예정 포인트 안내", [
          "jy.pa****님, 2026년 12월 1일에 소멸 예정인 네이버페이 포인트가 있습니다.",
          "소멸 예정 포인트: <b>1,270원</b> (2021년 12월 적립분)",
          "포인트는 네이버페이 결제 시 현금처럼 사용하실 수 있습니다. 현금 전환은 제공하지 않습니다.",
          '포인트 내역: <a href="https://pay.naver.com/point">pay.naver.com/point</a>',
      ], "네이버파이낸셜(주) | 경기도 성남시 분당구 정자일로 95<br>본 메일은 발신전용입니다."))

M("twins", "naverpay-order-paid", "네이버페이 <naverpay_noreply@navercorp.com>", P["oh"],
  "[네이버페이] 결제하신 주문 내역을 안내드립니다", "2026-10-08 14:27", html=notice_html(
      "NAVER Pay", "#03c75a", "주문이 완료되었습니다", [
          "주문번호: 2026100814275518<br>상품: 케이블타이 200mm 1,000개입 (2개)<br>판매자: 다온공구",
          "결제금액: <b>18,600원</b> (네이버페이 포인트 1,200원 사용)",
          "배송 예정: 10월 10일(금) 도착 예정 · CJ대한통운",
          btn("https://orders.pay.naver.com/order/status/2026100814275518", "주문 상세 보기", "#03c75a"),
      ], "네이버파이낸셜(주) | 본 메일은 발신전용입니다.", layout=2))

M("twins", "hometax-eitc-application", "국세청 <hometax@nts.go.kr>", P["seo"],
  "[국세청] 근로·자녀장려금 반기 신청 안내", "2026-09-01 09:00", """
국세청에서 알려드립니다.

2026년 상반기 소득분 근로장려금 반기 신청 기간입니다.
- 신청 기간: 2026. 9. 1.(월) ~ 9. 15.(월)
- 신청 방법: 홈택스(www.hometax.go.kr), 손택스 앱, ARS 1544-9944

국세청은 장려금 신청과 관련하여 문자나 메일로 링크를 보내 계좌번호, 비밀번호를 요구하지 않습니다.
반드시 홈택스 주소(www.hometax.go.kr)를 직접 입력하여 접속하시기 바랍니다.

※ 본 메일은 발신전용입니다. 문의: 국세상담센터 126
""", client="system", enc="euc-kr/base64", henc="euc-kr/B")

M("twins", "hometax-refund-deposited", "국세청 홈택스 <hometax@nts.go.kr>", P["choi"],
  "[홈택스] 종합소득세 환급금 지급 안내", "2026-08-27 15:10", html=notice_html(
      "국세청 홈택스", "#1f4e9c", "환급금 지급 안내", [
          "최수진님의 2025년 귀속 종합소득세 환급금이 신고 시 등록하신 계좌로 지급되었습니다.",
          "환급금액: 184,560원<br>지급일: 2026. 8. 27.<br>입금계좌: 신한은행 ***-***-**8812",
          "환급 내역은 홈택스 [My홈택스 &gt; 세금신고납부 &gt; 환급금 조회]에서 확인하실 수 있습니다.",
          '<a href="https://www.hometax.go.kr">www.hometax.go.kr</a>',
      ], "국세청 | 세종특별자치시 국세청로 8-14<br>본 메일은 발신전용입니다. 문의 126"))

M("twins", "nhis-copay-refund-letter", "국민건강보험공단 <webmaster@nhis.or.kr>", P["kim"],
  "[국민건강보험] 본인부담상한액 초과금 지급 신청 안내", "2026-08-18 10:00", """
국민건강보험공단입니다.

귀하께서 2025년에 부담하신 의료비 중 본인부담상한액을 넘는 금액이 있어 안내드립니다.
- 대상자: 김*은
- 지급 예정액: 96,420원

신청 방법 (택1)
1. 공단 홈페이지(www.nhis.or.kr) 또는 The건강보험 앱에서 본인 인증 후 신청
2. 가까운 지사 방문 또는 고객센터(1577-1000) 전화 신청

공단은 문자·메일에 링크를 넣어 환급금 신청을 받지 않으며, 수수료를 요구하지 않습니다.
의심되는 연락을 받으셨다면 고객센터로 확인해 주십시오.
""", client="system")

M("twins", "nhis-premium-bill", "국민건강보험공단 <noreply@nhis.or.kr>", P["acct"],
  "[국민건강보험] 2026년 11월분 직장가입자 보험료 고지", "2026-11-20 09:00", html=notice_html(
      "국민건강보험공단", "#0a6ebd", "11월분 보험료 고지 안내", [
          "사업장: (주)누리웍스 (사업장관리번호 1318*****0)",
          "고지금액: 건강보험 11,284,160원 / 장기요양 1,460,180원<br>납부기한: 2026. 12. 10.",
          "전자고지 내역은 EDI 서비스 또는 사회보험 통합징수포털에서 확인하실 수 있습니다.",
          '<a href="https://edi.nhis.or.kr">edi.nhis.or.kr</a> · <a href="https://si4n.nhis.or.kr">si4n.nhis.or.kr</a>',
      ], "국민건강보험공단 | 강원특별자치도 원주시 건강로 32<br>본 메일은 발신전용입니다.", layout=2))

M("twins", "nps-contribution-notice", "국민연금공단 <webmaster@nps.or.kr>", P["acct"],
  "[국민연금] 11월 연금보험료 결정 내역", "2026-11-19 09:30", """
(주)누리웍스 담당자님께

2026년 11월분 연금보험료 결정 내역을 알려드립니다.
- 가입자 수: 41명
- 결정 보험료: 14,882,700원
- 납부기한: 2026. 12. 10.

상세 내역은 EDI(edi.nps.or.kr)에서 조회하실 수 있습니다.
문의: 국민연금공단 성남지사 031-780-****
""", client="system")

M("twins", "efine-pre-notice", "경찰청 교통민원24 <efine@police.go.kr>", P["bae"],
  "[이파인] 과태료 부과 사전통지 (전자고지)", "2026-10-21 10:12", """
배성우님, 경찰청 교통민원24(이파인)입니다.

아래 교통법규 위반 건의 과태료 부과 사전통지서가 전자고지되었습니다.
- 차량번호: 12가34**
- 위반일시: 2026. 10. 12. 14:22
- 위반장소: 서울 강남구 테헤란로 ○○ 앞
- 위반내용: 신호위반(고정식 카메라)
- 사전납부 금액: 56,000원 (의견진술 기한 내 납부 시 20% 감경)

위반 사진과 납부는 이파인(www.efine.go.kr) 또는 경찰청 교통민원24 앱에서 직접 조회하세요.
경찰청은 문자·메일의 링크로 과태료를 조회하게 하지 않습니다.
""", client="system")

M("twins", "hipass-unpaid-real", "한국도로공사 <hipass@ex.co.kr>", P["acct"],
  "[한국도로공사] 미납 통행료 납부 안내 (법인차량)", "2026-11-06 11:00", html=notice_html(
      "한국도로공사", "#00529c", "미납 통행료 안내", [
          "법인 차량 34나56** 의 미납 통행료가 있습니다.",
          "미납일: 2026. 10. 28. 판교TG → 서울TG<br>미납 금액: 1,800원<br>납부 기한: 2026. 11. 20.",
          "기한 내 미납 시 부가통행료가 부과될 수 있습니다. 납부는 고속도로 통행료 홈페이지, 하이패스 센터, 영업소, "
          "가까운 편의점에서 가능합니다.",
          '<a href="https://www.hipass.co.kr">www.hipass.co.kr</a> · 고객센터 1588-2504',
      ], "한국도로공사 | 경상북도 김천시 혁신8로 77<br>본 메일은 발신전용입니다."))

M("twins", "kepco-bill-autopay", "한국전력공사 <cyber@kepco.co.kr>", P["acct"],
  "[한전] 2026년 11월분 전기요금 청구서 (전자청구)", "2026-11-15 07:00", html=notice_html(
      "KEPCO 한국전력", "#0054a6", "11월분 전기요금 청구서", [
          "고객번호: 07-1234-****-** / (주)누리웍스 판교",
          "청구금액: <b>1,842,210원</b><br>납기일: 2026. 11. 30. (자동이체: 신한은행)",
          "사용량: 8,412kWh (전월 대비 +3.1%)",
          '상세 청구서: <a href="https://cyber.kepco.co.kr">한전ON (cyber.kepco.co.kr)</a>',
      ], "한국전력공사 | 전남 나주시 전력로 55<br>고객센터 국번없이 123", layout=2))

M("twins", "tworld-bill-business", "SK텔레콤 <billing@sktelecom.com>", P["acct"],
  "[SK텔레콤] 2026년 11월 법인 요금 안내", "2026-11-12 09:00", """
(주)누리웍스 고객님, 11월 이용 요금을 안내드립니다.

청구금액: 1,284,300원 (회선 37개)
납부일: 11월 25일 (자동이체)

회선별 상세 내역은 T world 비즈(https://www.tworld.co.kr)에서 확인하세요.
SK텔레콤은 요금 환급을 이유로 링크 접속이나 계좌 입력을 요구하지 않습니다.
""", client="system")

M("twins", "gov24-fact-survey", "정부24 <noreply@gov.kr>", P["yoon"],
  "[정부24] 2026년 주민등록 사실조사 비대면 조사 안내", "2026-07-21 10:00", """
2026년 주민등록 사실조사를 실시합니다.

- 비대면 조사 기간: 7. 22.(수) ~ 8. 31.(월)
- 참여 방법: 정부24 앱 또는 누리집(www.gov.kr) 로그인 후 [주민등록 사실조사] 메뉴
- 비대면 조사에 참여하지 않은 세대는 9월 이후 방문 조사를 받게 됩니다.

정부24는 사실조사와 관련하여 문자·메일로 인터넷 주소(URL)를 보내지 않습니다.
""", client="system")

M("twins", "customs-unipass-clearance", "관세청 UNI-PASS <unipass@customs.go.kr>", P["oh"],
  "[관세청] 수입신고 수리 안내 (해외직구)", "2026-10-17 13:40", """
관세청 UNI-PASS 알림

오세훈님의 해외직구 물품 수입신고가 수리되었습니다.
- 화물관리번호: 26ECDH0K1823-0001
- 품명: Electronic measuring instrument (1 pc)
- 관세·부가세: 34,200원 (특송업체 대납 후 청구 예정)

통관 진행 조회: https://unipass.customs.go.kr
관세청은 개인통관고유부호 확인을 이유로 링크나 결제를 요구하지 않습니다.
""", client="system")

M("twins", "safedriving-renewal-notice", "도로교통공단 <safedriving@koroad.or.kr>", P["bae"],
  "[도로교통공단] 운전면허 갱신 기간 안내", "2026-08-03 10:00", """
배성우님의 운전면허 갱신 기간을 안내드립니다.
- 갱신 기간: 2026. 7. 1. ~ 2026. 12. 31.
- 신청: 운전면허 시험장, 경찰서, 또는 안전운전 통합민원(www.safedriving.or.kr)

갱신 기간이 지나면 과태료가 부과됩니다.
도로교통공단은 문자·메일 링크로 면허 갱신을 받지 않습니다.
""", client="system")

M("twins", "samsung-service-warranty", "삼성전자서비스 <noreply@samsungsvc.co.kr>", P["han"],
  "[삼성전자서비스] 수리 완료 안내 (접수번호 4412-883)", "2026-09-09 16:20", """
한서연 고객님, 맡기신 제품의 수리가 완료되었습니다.
- 제품: Galaxy S24 / 액정 교체
- 수리비: 0원 (Samsung Care+ 적용)
- 수령: 판교 서비스센터, 평일 9시~18시

수리 내역은 삼성전자서비스 홈페이지(www.samsungsvc.co.kr)에서도 조회하실 수 있습니다.
""", client="system")

# --- B. real parcel, marketplace and customs notices ---------------------------------------------------

M("twins", "cj-address-check-real", "CJ대한통운 <noreply@cjlogistics.com>", P["info"],
  "[CJ대한통운] 배송지 확인이 필요합니다 (운송장 6891-2208-3314)", "2026-10-06 10:40", """
(주)누리웍스 고객님, CJ대한통운입니다.

아래 상품의 배송지 상세주소(층/호수)가 확인되지 않아 담당 기사가 연락드릴 예정입니다.
- 운송장: 6891-2208-3314
- 보내는 분: 오토닉스(주)
- 담당 기사: 김○○ 010-****-3318

배송지 변경이나 도착 예정 조회는 CJ대한통운 앱 또는 홈페이지(www.cjlogistics.com)에서 하실 수 있습니다.
CJ대한통운은 주소 확인을 위해 수수료 결제를 요구하지 않습니다.
""", client="system")

M("twins", "hanjin-delivery-complete", "한진택배 <noreply@hanjin.com>", P["seo"],
  "[한진택배] 배송 완료 (사진 첨부)", "2026-09-24 15:02", html=notice_html(
      "HANJIN", "#0050a0", "배송이 완료되었습니다", [
          "운송장번호 5128-7730-2214 상품이 배송 완료되었습니다.",
          "수령 위치: 5층 경영지원팀 앞 (사진 첨부)<br>배송 기사: 판교2 대리점",
          '<a href="https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?wblnum=512877302214">배송 조회</a>',
      ], "(주)한진 | 고객센터 1588-0011"), att=[("delivery_512877302214.jpg", "photo:samsung:SM-A546N")])

M("twins", "lotte-return-pickup", "롯데택배 <noreply@lotteglogis.com>", P["kang"],
  "[롯데택배] 반품 회수 예정 안내", "2026-11-02 08:30", """
강하늘 고객님, 반품 접수하신 상품을 회수할 예정입니다.
- 회수 예정일: 11월 3일(화)
- 상품: 무선 마우스 (쿠팡 반품)
- 회수 기사: 분당정자 대리점 010-****-8821

부재 시 문 앞에 상품을 두시면 회수합니다. 회수비는 판매처에서 부담합니다.
조회: www.lotteglogis.com
""", client="system")

M("twins", "epost-registered-mail", "우체국 <epost@epost.go.kr>", P["acct"],
  "[우체국] 등기우편물 배달 예정 안내", "2026-10-13 08:10", """
(주)누리웍스 고객님께 등기우편물이 배달될 예정입니다.
- 등기번호: 11071-1882-3304
- 발송인: 수원지방법원 성남지원
- 배달 예정: 오늘 오후

부재 시 우체국에서 2회 재방문 후 보관합니다.
조회: 우체국 홈페이지(www.epost.go.kr) 또는 우체국 앱
우체국은 문자·메일로 주소 보완이나 수수료 결제를 요구하지 않습니다.
""", client="system")

M("twins", "cvs-parcel-500won", "GS Postbox <noreply@cvsnet.co.kr>", P["kang"],
  "[GS Postbox] 반값택배 접수 완료 (결제 1,800원)", "2026-09-15 20:11", """
반값택배 접수가 완료되었습니다.
- 예약번호: 3318-2207-118
- 받는 분: 김*영 (GS25 분당서현점)
- 결제 금액: 1,800원 (카드)

도착 예정: 9월 18일
조회: www.cvsnet.co.kr
""", client="system")

M("twins", "coupang-return-pickup", "쿠팡 <noreply@coupang.com>", P["oh"],
  "[쿠팡] 반품 회수가 완료되었습니다", "2026-10-28 18:40", html=notice_html(
      "coupang", "#346aff", "반품 회수 완료", [
          "주문번호 27100213882 의 반품 상품이 회수되었습니다.",
          "환불 예정 금액: 42,900원 (결제 수단으로 환불, 영업일 기준 3일 이내)",
          '<a href="https://mc.coupang.com/ssr/desktop/order/list">주문목록에서 확인하기</a>',
      ], "쿠팡(주) | 서울시 송파구 송파대로 570<br>본 메일은 발신전용입니다."))

M("twins", "dhl-duty-invoice-real", "DHL Express Korea <noreply@dhl.com>", P["oh"],
  "DHL On Demand Delivery: 관부가세 납부 안내 - 운송장 4418220917", "2026-10-09 11:20", """
DHL Express 고객님,

운송장 4418220917 (발송: Digi-Key Electronics, USA) 화물의 수입 관부가세가 발생했습니다.
- 관세 및 부가세: 58,140원
- 납부 방법: MyDHL+ 또는 DHL 고객센터(1588-0001)

납부 페이지: https://mydhl.express.dhl/kr/ko/home.html
DHL은 개인 메일 계정이나 단축 URL로 결제를 요청하지 않습니다.
""", client="esp")

M("twins", "bunjang-safe-pay-real", "번개장터 <noreply@bunjang.co.kr>", P["han"],
  "[번개장터] 번개페이 구매확정 및 정산 안내", "2026-08-30 21:05", html=notice_html(
      "번개장터", "#d80c18", "정산이 완료되었어요", [
          "판매하신 상품 '로지텍 MX Keys 키보드'의 구매자가 구매확정했어요.",
          "정산 금액: 71,280원 (수수료 차감)<br>정산 계좌: 카카오뱅크 ****-**-**2201",
          "번개장터는 판매자에게 보증금이나 인증 수수료를 요구하지 않아요. 앱 밖 결제 링크는 사기예요.",
          '<a href="https://m.bunjang.co.kr">번개장터 앱에서 확인</a>',
      ], "번개장터(주) | 본 메일은 발신전용입니다."))

M("twins", "daangn-warning-newsletter", "당근 <noreply@daangn.com>", P["park"],
  "[당근] 안전한 거래를 위해 꼭 알아 두세요", "2026-06-12 12:00", html=notice_html(
      "당근", "#ff6f0f", "이런 링크는 사기예요", [
          "최근 '안전결제 링크'를 보내며 판매자 인증이나 보증금을 요구하는 사기가 늘고 있어요.",
          "당근페이는 채팅방 안에서만 송금되고, 외부 링크로 결제하거나 판매자 인증을 받지 않아요.",
          "거래 상대가 카카오톡이나 문자로 대화를 옮기자고 하면 거래를 멈추고 신고해 주세요.",
          '<a href="https://www.daangn.com/wv/faqs">당근 고객센터</a>',
      ], "당근마켓(주) | 본 메일은 수신 동의한 회원에게 발송됩니다. "
         '<a href="https://www.daangn.com/unsubscribe">수신거부</a>', layout=2),
  headers={"List-Unsubscribe": "<https://www.daangn.com/unsubscribe>"})

M("twins", "jungo-colleague-account", "윤태식 <ts.yoon@corp.example>", "김도현 <dh.kim@corp.example>",
  "RE: 모니터 암 중고로 가져가실래요?", "2026-11-05 12:44", """
도현님, 네 모니터 암 가져가세요 ㅎㅎ 3만원만 주시면 됩니다.
토스뱅크 1000-2231-4418 윤태식 으로 보내 주시고, 퇴근 전에 제 자리에서 가져가세요.
박스는 없어요!
""" + ol_quote("김도현", "2026년 11월 5일 수요일 오후 12:31", "윤태식", "모니터 암 중고로 가져가실래요?", """
태식님 사내게시판에 올리신 모니터 암 아직 있나요? 제가 사고 싶어요.
"""), client="outlook")

# --- C. genuine bank-detail changes, confirmed by telephone, and partners' invoices and terms --------------

M("twins", "supplier-bank-change-letter", "한일정밀 경리팀 <account@hanilprecision.co.kr>", P["acct"],
  "[한일정밀] 대금 입금 계좌 변경 안내 (공문 첨부, 유선 확인 부탁드립니다)", "2026-10-02 14:05", """
(주)누리웍스 경영지원팀 담당자님께

안녕하십니까, 한일정밀(주) 경리팀 문정희입니다.

당사 주거래 은행 변경에 따라 11월 1일 지급분부터 대금 입금 계좌가 아래와 같이 변경됩니다.
- 변경 전: 우리은행 1005-380-221190
- 변경 후: 기업은행 221-038812-01-019 (예금주: 한일정밀(주))

대표이사 직인이 날인된 공문과 통장 사본을 첨부합니다.
계좌 변경은 메일만으로 처리하지 마시고, 반드시 기존에 알고 계신 당사 대표번호(031-492-7700)로 전화하셔서
경리팀에 확인하신 뒤 반영해 주시기 바랍니다. 제가 내일 오전에 따로 전화도 드리겠습니다.

감사합니다.

문정희 대리 | 한일정밀(주) 경리팀
T. 031-492-7700 (내선 214)
""", client="outlook", att=["계좌변경_공문_한일정밀.pdf", "통장사본_기업은행.pdf"])

M("twins", "supplier-bank-change-confirmed", P["choi"], "한일정밀 경리팀 <account@hanilprecision.co.kr>",
  "RE: [한일정밀] 대금 입금 계좌 변경 안내 (공문 첨부, 유선 확인 부탁드립니다)", "2026-10-05 10:22", """
문정희 대리님, 안녕하세요.

오늘 오전 대표번호(031-492-7700)로 전화드려 경리팀 김태수 과장님께 변경 내용 확인했습니다.
11월 1일 지급분부터 기업은행 221-038812-01-019로 지급하겠습니다.
거래처 등록 변경 후 결재 완료되면 다시 알려 드리겠습니다.
""" + sig("choi") + ol_quote("한일정밀 경리팀", "2026년 10월 2일 금요일 오후 2:05", "경영지원팀",
                              "[한일정밀] 대금 입금 계좌 변경 안내 (공문 첨부, 유선 확인 부탁드립니다)", """
당사 주거래 은행 변경에 따라 11월 1일 지급분부터 대금 입금 계좌가 아래와 같이 변경됩니다.
계좌 변경은 메일만으로 처리하지 마시고, 반드시 기존에 알고 계신 당사 대표번호(031-492-7700)로 전화하셔서
경리팀에 확인하신 뒤 반영해 주시기 바랍니다.
"""), client="outlook", reply="hanilprecision.co.kr")

M("twins", "internal-bank-change-procedure", P["choi"], P["all"],
  "[경영지원] 거래처 계좌 변경 요청 처리 절차 (필독)", "2026-10-06 09:00", """
전 직원 여러분께

최근 거래처를 사칭해 "입금 계좌가 바뀌었다"는 메일을 보내는 사례가 늘고 있습니다.
실제 거래처의 계좌 변경도 종종 있으니, 아래 절차로만 처리해 주세요.

1. 계좌 변경 메일을 받으면 답장하지 말고 경영지원팀(account@corp.example)으로 전달
2. 경영지원팀이 거래처 대표번호(기존 계약서·홈페이지 기준)로 전화해 확인
3. 공문(직인)과 통장 사본 수령 후 대표이사 결재
4. 변경 후 첫 지급은 소액 테스트 입금 후 거래처 확인

이번 달 실제 변경 건: 한일정밀(주) (10/5 유선 확인 완료)
""" + sig("choi"), client="outlook")

M("twins", "landlord-account-change", "판교오피스 관리단 <office@pangyo-office.co.kr>", P["acct"],
  "[판교오피스] 관리비 수납 계좌 변경 및 12월 관리비 고지", "2026-11-25 17:00", """
입주사 담당자님께

관리단 총회 결정에 따라 12월분 관리비부터 수납 계좌가 변경됩니다.
- 신규 계좌: 농협 301-0288-1104-21 (예금주: 판교오피스관리단)
- 12월 관리비: 3,284,000원 (납기 12월 25일)

변경 공문은 관리사무소(지하 1층)에 비치되어 있으며, 문의는 관리사무소 031-8016-2200으로 해 주세요.
관리사무소는 개인 명의 계좌로 관리비를 받지 않습니다.

판교오피스 관리사무소장 정태영
""", client="hiworks", att=["2026년12월_관리비고지서.pdf"])

M("twins", "en-supplier-bank-change-callback", "Anna Keller <a.keller@sensortec-gmbh.de>", P["oh"],
  "Change of bank details - Sensortec GmbH (please verify by phone)", "2026-09-14 16:20 +0200", """
Dear Mr. Oh,

Please note that Sensortec GmbH is moving its main account from Commerzbank to Deutsche Bank as of 1 November 2026.
Our signed letter on company letterhead is attached.

For your security: please do not act on this e-mail alone. Call me or our finance desk on the number you already
have on file (+49 711 8940 200) to confirm the new details before you change them. I will also send the same
letter by post to your Pangyo office.

Invoices dated before 1 November may still be paid to the old account.

Kind regards,
Anna Keller
Accounts Receivable | Sensortec GmbH
Stuttgart, Germany
""", client="outlook365", att=["Sensortec_Bank_Change_Letter_2026.pdf"])

M("twins", "en-supplier-bank-change-reply", P["oh"], "Anna Keller <a.keller@sensortec-gmbh.de>",
  "RE: Change of bank details - Sensortec GmbH (please verify by phone)", "2026-09-16 09:12", """
Dear Ms. Keller,

Thank you. Our accounting team called +49 711 8940 200 this morning (Korean time, your evening) and Mr. Braun
confirmed the new Deutsche Bank details. We received the posted letter as well.

We will pay invoices from November onward to the new account.

Best regards,
Sehun Oh
Purchasing Team | NURIWORKS Co., Ltd.
""", client="outlook", reply="sensortec-gmbh.de")

M("twins", "en-invoice-payment-terms", "Billing <billing@lumasense-asia.com.sg>", P["acct"],
  "Invoice LSA-26-04418 for PO NW-2026-0712 (Net 30)", "2026-10-01 11:02 +0800", """
Dear NURIWORKS Accounts Payable,

Please find attached invoice LSA-26-04418 for your PO NW-2026-0712.

Amount: USD 12,480.00
Terms: Net 30 (due 31 October 2026)
Bank: OCBC Bank, Singapore - account as per our vendor registration form (unchanged)

Please quote the invoice number on your remittance. For any query, contact your account manager Kelvin Ng.

Regards,
LumaSense Asia Billing
""", client="esp", att=["LSA-26-04418.pdf"])

M("twins", "en-remittance-advice-real", P["acct"], "Billing <billing@lumasense-asia.com.sg>",
  "Remittance advice: LSA-26-04418 (USD 12,480.00)", "2026-10-29 15:40", """
Dear LumaSense Billing team,

We have remitted USD 12,480.00 today for invoice LSA-26-04418 (PO NW-2026-0712) via Shinhan Bank.
The MT103 copy is attached. Bank charges are on our side (OUR).

Best regards,
Sujin Choi
Accounting | NURIWORKS Co., Ltd.
""", client="outlook", att=["MT103_LSA-26-04418.pdf"])

M("twins", "en-overdue-reminder-real", "Kelvin Ng <kelvin.ng@lumasense-asia.com.sg>", P["oh"],
  "Friendly reminder - invoice LSA-26-03902 past due", "2026-09-08 10:15 +0800", """
Hi Sehun,

Hope all is well. Our system shows invoice LSA-26-03902 (USD 3,120.00, due 31 Aug) as still open.
Could you check with your accounting team? If it has already been paid, please ignore this and send me the
remittance slip so I can match it.

No change to our bank details - same OCBC account as always.

Thanks and regards,
Kelvin
""", client="outlook365")

M("twins", "en-proforma-advance", "Sales | Shenzhen Huaxin <sales@huaxin-sensor.com>", P["oh"],
  "PI HX-2026-1182 - 30% advance, balance before shipment", "2026-11-10 09:30 +0800", """
Dear Mr. Oh,

As discussed on the phone yesterday, attached is our proforma invoice HX-2026-1182 for 2,000 pcs of the
HX-T300 probes.

Total: USD 18,600.00
Payment: 30% T/T advance (USD 5,580.00), 70% before shipment
Lead time: 25 days after advance
Bank: as in our contract (Bank of China, Shenzhen branch)

Please sign and return the PI. Thank you for your order.

Best regards,
Lily Zhang
Huaxin Sensor Technology Co., Ltd.
""", client="outlook365", att=["PI_HX-2026-1182.pdf"])

M("twins", "en-ceo-payment-request-real", P["ceo"], P["choi"],
  "Huaxin 선금 송금 건", "2026-11-10 13:10", """
최대리, 화신(Huaxin) PI 30% 선금 오늘 송금 부탁해요.
오과장이 어제 통화로 조건 확인했고, 계좌는 계약서에 있는 중국은행 그대로입니다.
결재는 그룹웨어로 올려 두었어요. 모르는 거 있으면 내 휴대폰으로 전화 주세요.
""" + sig("ceo"), client="outlook")

M("twins", "en-statement-of-account", "Credit Control <credit@kuehne-nagel.com>", P["acct"],
  "Statement of account - NURIWORKS (as of 30 Nov 2026)", "2026-12-01 08:00 +0900", """
Dear Customer,

Please find attached your statement of account as of 30 November 2026.

Open items: 3
Total outstanding: KRW 4,812,300
Oldest item: 12 days

Payments can be made to the account printed on each invoice. Kuehne+Nagel will never notify a change of bank
details by e-mail only.

Credit Control Korea
Kuehne + Nagel Ltd.
""", client="esp", att=["SOA_NURIWORKS_20261130.pdf"])

M("twins", "en-quote-followup", "Tom Baker <tom.baker@novatronic.co.uk>", P["park"],
  "RE: Quotation Q-26-331 - any update?", "2026-10-22 15:00 +0100", """
Hi Jiyoung,

Just checking whether you had a chance to review our quotation Q-26-331 for the IO-Link masters.
Prices are valid until 15 November; after that our 2027 list prices apply (+4%).

Happy to jump on a call this week if that helps.

Best,
Tom
""" + gm_quote("박지영 <jy.park@corp.example>", "On Tue, 13 Oct 2026 at 09:10", """
Hi Tom, thanks for the quotation. We will review it with our customer and come back to you.
"""), client="gmail", reply="corp.example")

M("twins", "en-payment-terms-negotiation", P["bae"], "Hiroshi Tanaka <h.tanaka@kyowa-denki.co.jp>",
  "Payment terms for 2027 frame contract", "2026-11-18 11:30", """
Dear Tanaka-san,

Thank you for the productive meeting in Osaka. As discussed, we propose the following for the 2027 frame contract:

- Payment: 60 days end of month by T/T
- Currency: JPY
- Price review: semi-annual, based on the KRW/JPY rate
- Our bank details: unchanged (Shinhan Bank, Pangyo branch) - please call me before paying if you ever receive
  an e-mail saying otherwise.

Please let me know if this works for your finance department.

Best regards,
Sungwoo Bae
""" + sig("bae"), client="outlook")

M("twins", "vendor-account-registration", "협력사 포털 <vendor@hyundai-mobis.com>", P["acct"],
  "[현대모비스] 협력사 지급 계좌 등록 요청 (포털 등록)", "2026-08-11 10:00", """
(주)누리웍스 담당자님께

신규 협력사 등록에 따라 대금 지급 계좌를 협력사 포털에 등록해 주시기 바랍니다.
- 등록 경로: 협력사 포털(https://vendor.mobis.co.kr) > 기본정보 > 지급계좌
- 제출 서류: 통장 사본, 사업자등록증 (포털에 업로드)

메일로 계좌번호나 통장 사본을 보내지 마십시오. 포털 외 경로로 받은 계좌는 등록하지 않습니다.

현대모비스 구매지원팀
""", client="esp")

M("twins", "ap-payment-schedule", P["choi"], P["ceo"],
  "11월 말 대금 지급 예정 내역 (결재 요청)", "2026-11-26 16:30", """
대표님, 11월 말 지급 예정 내역입니다.

1. 한일정밀(주) 8,412,000원 - 기업은행 221-038812-01-019 (10/5 유선 확인한 변경 계좌)
2. (주)대성케이블 2,180,000원 - 국민은행 기존 계좌
3. 판교오피스관리단 3,284,000원 - 농협 신규 계좌 (관리사무소 방문 확인)
4. Sensortec GmbH EUR 6,200 - Deutsche Bank (9/16 전화 확인)

합계 원화 13,876,000원 + EUR 6,200
그룹웨어 결재 올렸습니다.
""" + sig("choi"), client="outlook", att=[("11월말_지급예정.xlsx", [["거래처", "금액", "계좌", "확인"],
                                                              ["한일정밀", "8412000", "기업 221-038812-01-019", "10/5 유선"],
                                                              ["대성케이블", "2180000", "국민 기존", "-"]])])

# --- D. the SaaS mail phishing copies, from the real services, and IT's own notices ------------------------

M("twins", "m365-quarantine-digest-real", "Microsoft 365 <quarantine@messaging.microsoft.com>", P["park"],
  "Microsoft 365 보안: 격리된 메시지 2개 검토", "2026-11-17 08:00", html=notice_html(
      "Microsoft 365", "#0078d4", "격리된 메시지 검토", [
          "다음 메시지가 격리되어 받은 편지함으로 배달되지 않았습니다. 관리자 정책에 따라 직접 해제할 수 없는 메시지는 "
          "IT 관리자에게 요청하세요.",
          "보낸 사람: billing@office-supply-worldwide.com · 제목: Invoice 88213 - overdue<br>"
          "보낸 사람: no-reply@m365-sharedmail.com · 제목: 3건의 메시지가 전달되지 않았습니다",
          '<a href="https://security.microsoft.com/quarantine">security.microsoft.com/quarantine</a>에서 검토',
      ], "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br>"
         '<a href="https://go.microsoft.com/fwlink/?LinkId=521839">개인정보처리방침</a>'))

M("twins", "google-workspace-billing-real", "Google Workspace <workspace-noreply@google.com>", P["yoon"],
  "[Action required] Update your payment method for corp.example", "2026-10-03 02:10", """
Hello Administrator,

We couldn't process the payment for your Google Workspace subscription for corp.example (Business Standard,
12 users) because the card on file has expired.

To avoid a service interruption, sign in to the Google Admin console and update the payment method:
https://admin.google.com/ac/billing

Google will never ask for your password in an email.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
""", client="system")

M("twins", "it-forward-workspace-billing", P["yoon"], P["ceo"],
  "FW: [Action required] Update your payment method for corp.example", "2026-10-03 09:05", """
대표님, 이 메일은 진짜 구글 메일입니다 (보낸 도메인 google.com, 링크가 admin.google.com).
개발팀 테스트용 Workspace 결제 카드가 만료돼서 그렇습니다. 법인카드 새 번호로 제가 관리 콘솔에서 바꾸겠습니다.
혹시 비슷한 메일이 다른 주소에서 오면 절대 누르지 마시고 저한테 전달해 주세요.
""" + sig("yoon"), client="outlook")

M("twins", "zoom-invite-real", "박지영 <jy.park@corp.example>", ["배성우 <sw.bae@corp.example>",
                                                                 "Tom Baker <tom.baker@novatronic.co.uk>"],
  "Zoom 회의: IO-Link master 견적 검토 (Novatronic)", "2026-10-23 10:00", """
Tom, 성우 부장님,

견적 검토 회의 초대드립니다.

주제: IO-Link master quotation review
시간: 2026년 10월 27일 오후 5:00 서울 (09:00 London)
Zoom 회의 참가: https://us06web.zoom.us/j/83120448812?pwd=Nw4kT2xLbVpQ
회의 ID: 831 2044 8812
암호: 271027
""" + sig("park"), client="outlook")

M("twins", "docusign-envelope-real", "김변호사 via Docusign <dse_na4@docusign.net>", P["ceo"],
  "Please DocuSign: 비밀유지계약서_누리웍스_한결.pdf", "2026-09-02 15:44", html=notice_html(
      "DocuSign", "#ffc820", "김민정 변호사님이 서명할 문서를 보냈습니다", [
          "법무법인 한결 김민정 변호사님이 비밀유지계약서_누리웍스_한결.pdf 서명을 요청했습니다.",
          "메시지: 대표님, 어제 통화로 말씀드린 NDA 최종본입니다. 검토 후 서명 부탁드립니다.",
          btn("https://na4.docusign.net/Signing/EmailStart.aspx?a=4f1d2c8e-77a2-4b0e-9f3d-2cbb1a0e7c11", "문서 검토",
              "#ffc820"),
          "이 메일에는 보안 링크가 포함되어 있으니 다른 사람과 공유하지 마세요. 문서에 대한 질문은 보낸 사람에게 직접 "
          "연락하세요.",
      ], "DocuSign, Inc. | 221 Main Street, Suite 1550, San Francisco, CA 94105"))

M("twins", "dropbox-share-real", "Dropbox <no-reply@dropbox.com>", P["han"],
  "Lily Zhang님이 \"HX-T300_test_report\" 폴더를 공유했습니다", "2026-11-20 16:02 +0800", """
Lily Zhang(lily.zhang@huaxin-sensor.com)님이 폴더를 공유했습니다.

HX-T300_test_report
"온도 프로브 샘플 20개 시험 성적서와 사진입니다."

폴더 보기: https://www.dropbox.com/scl/fo/8k2mx1q0w7/h?rlkey=hx300report
Dropbox, Inc.
""", client="system")

M("twins", "adobe-sign-real", "Adobe Acrobat Sign <adobesign@adobesign.com>", P["ceo"],
  "서명 요청: 2027년 유지보수 계약서 (대성케이블)", "2026-12-01 10:30", """
(주)대성케이블 김영수 님이 Adobe Acrobat Sign을 통해 서명을 요청했습니다.

문서: 2027년 유지보수 계약서
메시지: 대표님, 지난주 미팅에서 합의한 조건 반영본입니다.

검토 및 서명: https://secure.na1.adobesign.com/public/esignWidget?wid=CBFCIBAA3AAABLblqZhB
문의는 보낸 사람에게 직접 해 주세요: ys.kim@daesungcable.co.kr
""", client="system")

M("twins", "teams-mention-real", "Microsoft Teams <noreply@email.teams.microsoft.com>", P["choi"],
  "이준호님이 채팅에서 회원님을 언급했습니다", "2026-11-10 13:12", """
이준호 님이 채팅에서 회원님을 언급했습니다.

"@최수진 화신 선금 송금 결재 올렸어요. 확인 부탁합니다."

Teams에서 답장: https://teams.microsoft.com/l/message/19:8f1c2e@thread.v2/1762748400000
""", client="system")

M("twins", "outlook-invite-yearend-real", P["hr"], P["all"],
  "초대: 2026 연말 성과급 지급 기준 설명회", "2026-12-01 09:30", """
전 직원 대상 연말 성과급 지급 기준 설명회를 아래와 같이 진행합니다.

일시: 2026년 12월 11일(목) 오후 3:00~4:00
장소: 5층 대회의실 / Teams 동시 접속
자료: 그룹웨어 > 인사 > 공지사항 (12/10 게시)

참석 응답은 일정 초대에서 해 주세요.
""" + sig("kim"), client="outlook",
  ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=인사팀:mailto:hr@corp.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:all@corp.example
SUMMARY:2026 연말 성과급 지급 기준 설명회
DTSTART;TZID=Korea Standard Time:20261211T150000
DTEND;TZID=Korea Standard Time:20261211T160000
LOCATION:5층 대회의실
UID:040000008200E00074C5B7101A82E008000000002C9F1A6E0365DC01
END:VEVENT
END:VCALENDAR
""")

M("twins", "voicemail-pbx-wav", "음성사서함 <voicemail@corp.example>", P["park"],
  "새 음성 메시지: 031-492-7700 (0:38)", "2026-11-06 17:44", """
새 음성 메시지가 있습니다.

발신 번호: 031-492-7700 (한일정밀)
수신 내선: 205 (박지영)
길이: 38초
수신 시각: 2026-11-06 17:43

첨부된 WAV 파일로 들을 수 있고, 내선 8000번을 눌러도 들을 수 있습니다.
-- Grandstream UCM6304
""", client="plain8", fmt="plain", att=[("VM_20261106_174312_205.wav", None)])

M("twins", "it-mfa-qr-enrollment", P["yoon"], P["all"],
  "[IT] Microsoft Authenticator 등록 안내 (12월 1일까지)", "2026-11-20 10:00", """
전 직원 여러분,

12월 1일부터 외부에서 메일에 접속할 때 Microsoft Authenticator 인증이 필요합니다.
등록은 반드시 사내에서, 본인 PC로 https://aka.ms/mfasetup 에 접속해 화면에 나오는 QR을 스캔하는 방식으로만 하세요.

메일에 QR 코드가 들어 있는 "인증 등록" 메일은 모두 피싱입니다. 아래 그림은 화면 예시일 뿐이며 QR이 아닙니다.
등록 중 막히면 IT인프라(내선 242)로 오세요. 제가 자리로 가겠습니다.
""" + sig("yoon"), client="outlook", att=[("MFA_등록화면_예시.png", "png:480x320")])

M("twins", "it-password-reply-warning", P["yoon"], P["all"],
  "[IT] \"메일 서버 이전 동의\" 메일 받으신 분들께", "2026-12-02 11:20", """
오늘 오전 helpdesk-mail.com 에서 "메일 계정 이전 동의"라며 아이디와 비밀번호를 회신해 달라는 메일이 돌았습니다.
IT는 메일로 비밀번호를 묻지 않습니다. 회신하신 분은 지금 바로 비밀번호를 바꾸시고 저에게 알려 주세요.

참고로 실제 메일 서버 점검은 12월 13일(토) 새벽 2~4시이며, 여러분이 따로 하실 일은 없습니다.
""" + sig("yoon"), client="outlook")

M("twins", "gcal-invite-real", "Tom Baker <tom.baker@novatronic.co.uk>", P["park"],
  "Invitation: NURIWORKS x Novatronic - Q1 forecast @ Thu 15 Jan 2027 9am - 10am (GMT)", "2026-12-03 17:20 +0000", """
You have been invited to the following event.

NURIWORKS x Novatronic - Q1 forecast
When: Thu 15 Jan 2027 9am - 10am (GMT) / 6pm - 7pm (KST)
Joining info: https://meet.google.com/pqk-wxyz-tnb
Calendar: jy.park@corp.example

Going? Yes - Maybe - No    more options: https://calendar.google.com/calendar/event?action=RESPOND&eid=NW5vdmF0cm9uaWM

Invitation from Google Calendar
""", client="gmail",
  ics="""BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20270115T090000Z
DTEND:20270115T100000Z
ORGANIZER;CN=Tom Baker:mailto:tom.baker@novatronic.co.uk
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:jy.park@corp.example
SUMMARY:NURIWORKS x Novatronic - Q1 forecast
UID:3kq1x8b0cq1m2@google.com
END:VEVENT
END:VCALENDAR
""")

M("twins", "groupware-approval-real", "그룹웨어 <groupware@corp.example>", P["ceo"],
  "[결재 요청] 11월 말 대금 지급 예정 내역 - 최수진", "2026-11-26 16:31", """
결재 요청이 도착했습니다.

문서번호: 경영-2026-1142
제목: 11월 말 대금 지급 예정 내역
기안자: 경영지원팀 최수진
결재선: 최수진 → 이준호

그룹웨어에서 확인: https://gw.corp.example/approval/doc/2026-1142
""", client="system")

SECURE_STATEMENT = """<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>미래에셋증권 보안메일</title></head>
<body style="font-family:'Malgun Gothic',sans-serif;">
<h3>미래에셋증권 거래내역 통보서 (보안메일)</h3>
<p>생년월일 6자리를 입력하면 통보서가 열립니다. 입력한 값은 이 파일 안에서만 쓰이며 어디로도 전송되지 않습니다.</p>
<input type="password" id="pw" maxlength="6"> <button onclick="open_statement()">열기</button>
<div id="doc" data-enc="U2FsdGVkX1+3d9Qm0c2x8w4hQ0w9Zr7YkN2p1T6aF8s="></div>
<script>function open_statement(){document.getElementById('doc').textContent='(복호화된 통보서)';}</script>
<p style="font-size:11px;color:#888;">미래에셋증권(주) 고객센터 1588-6800</p>
</body></html>
""".encode("utf-8")

# --- E. stock mail an office really gets ----------------------------------------------------------------

M("twins", "samsung-sec-research-daily", "삼성증권 리서치센터 <research@samsungpop.com>", P["ceo"],
  "[삼성증권] 12/7 Morning Brief - 전력기기·조선 기자재 수주 모멘텀", "2026-12-07 07:30", html=notice_html(
      "삼성증권 리서치", "#1428a0", "Morning Brief (2026.12.07)", [
          "<b>시장</b>: 간밤 미 증시는 반도체 강세로 나스닥 +1.1%. 원/달러 1,382원.",
          "<b>전력기기</b>: 북미 데이터센터 전력 인프라 수주가 4분기에도 이어지며 변압기 3사의 수주잔고가 사상 최고. "
          "목표주가 유지, 투자의견 Buy.",
          "<b>조선 기자재</b>: LNG선 발주 회복으로 보냉재·밸브 업체 실적 개선 예상.",
          "본 자료는 투자 판단의 참고 자료이며, 투자 결과에 대한 법적 책임을 지지 않습니다. "
          '<a href="https://www.samsungpop.com/mbw/research/main.do">리서치 전체 보기</a>',
      ], "삼성증권(주) | 서울시 중구 세종대로 67<br>본 메일은 리서치 메일 수신에 동의한 고객께 발송됩니다. "
         '<a href="https://www.samsungpop.com/unsubscribe">수신거부</a>'),
  headers={"List-Unsubscribe": "<https://www.samsungpop.com/unsubscribe>"})

M("twins", "kb-sec-industry-report", "KB증권 리서치 <research@kbsec.com>", P["ceo"],
  "[KB증권] 산업분석: 산업용 센서 - 공장 자동화 투자 재개 (PDF)", "2026-11-24 08:10", """
고객님께

KB증권 리서치센터의 산업분석 보고서를 보내드립니다.

산업용 센서: 공장 자동화 투자 재개
- 국내 제조업 설비투자 회복과 로봇 도입 확대로 2027년 산업용 센서 시장 8% 성장 전망
- 관심 종목: 커버리지 3개사 (보고서 본문 참조)

본 보고서는 고객의 투자 판단을 위한 참고 자료이며, 어떠한 경우에도 법적 책임의 근거가 될 수 없습니다.
KB증권 홈페이지(www.kbsec.com) 리서치 메뉴에서도 보실 수 있습니다.
""", client="esp", att=["KB증권_산업용센서_20261124.pdf"])

M("twins", "kiwoom-ipo-subscription-real", "키움증권 <webmaster@kiwoom.com>", P["han"],
  "[키움증권] 공모주 청약 일정 안내 (12월 2주차)", "2026-12-05 17:00", html=notice_html(
      "키움증권", "#e4007f", "12월 2주차 공모주 청약 일정", [
          "12/9~10 ○○로보틱스 (희망가 18,000~21,000원) · 대표주관 키움증권<br>"
          "12/10~11 △△바이오 (희망가 9,500~11,000원) · 공동주관",
          "청약은 영웅문 앱 또는 HTS에서 본인 계좌로만 가능합니다. 키움증권은 별도 계좌로 청약 증거금을 받지 않으며 "
          "'확정 배정'을 약속하지 않습니다.",
          '<a href="https://www.kiwoom.com">www.kiwoom.com</a>',
      ], "키움증권(주) | 본 메일은 정보성 메일 수신에 동의한 고객께 발송됩니다.", layout=2))

M("twins", "mirae-account-statement", "미래에셋증권 <statement@miraeasset.com>", P["lim"],
  "[미래에셋증권] 2026년 11월 거래내역 및 잔고 통보서", "2026-12-03 06:00", """
임채원 고객님, 11월 거래내역 및 잔고 통보서를 보내드립니다.

첨부 파일은 보안 메일로, 생년월일 6자리를 입력하면 열람할 수 있습니다.
미래에셋증권은 통보서 메일에 링크를 넣어 로그인을 요구하지 않습니다.

문의: 고객센터 1588-6800 / www.miraeasset.com
""", client="esp", att=[("거래내역통보서_202611.html", SECURE_STATEMENT)])

M("twins", "ir-earnings-call-invite", "오토닉스 IR <ir@autonics.com>", P["ceo"],
  "[오토닉스] 2026년 3분기 실적발표 컨퍼런스콜 안내", "2026-10-28 10:00", """
주주 및 투자자 여러분께

오토닉스(주)는 2026년 3분기 실적발표 컨퍼런스콜을 아래와 같이 개최합니다.
- 일시: 2026년 11월 6일(금) 오후 4시
- 방식: 전화 컨퍼런스콜 (국문/영문 동시)
- 참가 신청: 회사 홈페이지 IR 페이지

실적 자료는 당일 DART 공시 후 홈페이지에 게시됩니다.

오토닉스(주) IR팀 | ir@autonics.com
""", client="outlook365")

M("twins", "dart-digest-internal", P["choi"], P["ceo"],
  "[주간] 고객사·경쟁사 공시 요약 (12/1~12/5)", "2026-12-05 17:40", """
대표님, 이번 주 주요 공시 요약입니다. (DART 기준)

1. 현대모비스 - 단일판매·공급계약 체결 (북미 전동화 부품, 2.1조원)
2. 오토닉스 - 자기주식 취득 결정 (50억원)
3. 한일정밀 - 최대주주 변경 없음, 유상증자 철회 공시
4. ○○센서 (경쟁사) - 무상증자 결정 (1주당 1주), 주가 상한가

원문 링크는 첨부 엑셀에 정리했습니다. https://dart.fss.or.kr
""" + sig("choi"), client="outlook", att=[("공시요약_1201-1205.xlsx", [["회사", "공시", "일자"],
                                                                      ["현대모비스", "단일판매공급계약", "12/2"],
                                                                      ["오토닉스", "자기주식 취득", "12/3"]])])

M("twins", "agm-convocation-notice", "한일정밀 주식담당 <stock@hanilprecision.co.kr>", P["ceo"],
  "[한일정밀] 임시주주총회 소집 통지서", "2026-11-12 09:00", """
주주님께

상법 제363조에 따라 임시주주총회를 아래와 같이 소집합니다.
- 일시: 2026년 11월 28일(금) 오전 10시
- 장소: 경기도 안산시 단원구 본사 3층 대회의실
- 안건: 제1호 정관 일부 변경의 건, 제2호 사내이사 선임의 건

전자투표: 한국예탁결제원 K-VOTE (https://evote.ksd.or.kr), 11월 18일~27일
위임장 양식을 첨부합니다.
""", client="outlook", att=["임시주주총회_소집통지서.pdf", "위임장.hwp"])

M("twins", "esop-notice-hr", P["hr"], P["all"],
  "[인사] 우리사주조합 2026년 배당금 지급 안내", "2026-04-10 10:00", """
우리사주조합원 여러분께

2025년 결산 배당금이 4월 25일 조합원 개인 계좌로 지급됩니다.
- 1주당 배당금: 350원
- 지급 계좌: 조합 가입 시 등록한 급여 계좌

배당금 지급을 이유로 계좌 확인을 요청하는 메일이나 문자는 인사팀에서 보내지 않습니다.
""" + sig("kim"), client="outlook")

M("twins", "broker-rm-etf-proposal", "NH투자증권 이현우 <hw.lee@nhqv.com>", P["ceo"],
  "대표님, 법인 여유자금 운용 제안드립니다 (MMF·단기채 ETF)", "2026-10-15 11:20", """
이준호 대표님 안녕하십니까, NH투자증권 판교WM센터 이현우 PB입니다.

지난주 방문 때 말씀하신 법인 여유자금(약 5억원) 운용 방안을 정리해 첨부드립니다.
- MMF (수시 입출금) 50%
- 단기채 ETF 30%
- 6개월 발행어음 20%

원금 손실 가능성이 있는 상품이 포함되어 있으며, 자세한 설명은 다음 주 방문 때 드리겠습니다.
법인 계좌 입출금은 반드시 법인 명의 NH투자증권 계좌로만 이루어집니다.

이현우 PB | NH투자증권 판교WM센터 | 031-789-****
""", client="outlook365", att=["누리웍스_여유자금운용제안.pdf"])

M("twins", "krx-kind-alert", "KIND 공시알림 <kind@krx.co.kr>", P["choi"],
  "[KIND] 관심종목 공시 알림: 오토닉스", "2026-12-03 16:02", """
관심종목 공시 알림

회사명: 오토닉스
공시제목: 주요사항보고서(자기주식취득결정)
제출일시: 2026-12-03 16:00

공시 원문: https://kind.krx.co.kr
본 메일은 KIND 회원 관심종목 설정에 따라 발송되었습니다.
""", client="system")

M("twins", "stock-club-colleagues", "오세훈 <sh.oh@corp.example>", "배성우 <sw.bae@corp.example>",
  "RE: 점심 때 얘기한 그 종목", "2026-11-19 13:20", """
부장님 ㅎㅎ 저는 그 리딩방 같은 데 안 들어갑니다. 오늘 아침에도 "VIP방 무료 초대"라고 메일 왔던데 바로 삭제했어요.
그냥 증권사 리포트 보고 ETF만 조금씩 사는 게 제일 속 편하더라고요. 링크 드린 리포트 한번 보세요.
https://www.samsungpop.com/mbw/research/main.do
""" + ol_quote("배성우", "2026년 11월 19일 목요일 오후 1:05", "오세훈", "점심 때 얘기한 그 종목", """
세훈씨 아까 말한 리딩방 그거 진짜 수익 나는 거야? 처남이 들어가 보라는데.
"""), client="outlook")

# --- F. family mail that asks for money to be sent to an account ----------------------------------------

M("twins", "mom-send-to-brother", "엄마 <mija.park1958@hanmail.net>", P["park"],
  "지영아 민호 등록금", "2026-08-17 21:30", """
지영아 엄마야
민호 2학기 등록금 중에 100만원만 니가 좀 보태 줄수있니
지난번에 니가 한다고 했던거 기억나지
민호 통장으로 바로 넣어주면 된다
국민 412-21-8830-119 박민호
아까 전화했는데 안받길래 메일로 보낸다 저녁에 다시 전화할께
""", client="daum", enc="euc-kr/base64", henc="euc-kr/B")

M("twins", "reply-to-mom-sent", P["park"], "엄마 <mija.park1958@hanmail.net>",
  "RE: 지영아 민호 등록금", "2026-08-17 22:10", """
엄마 방금 통화한 대로 민호 통장으로 100만원 보냈어요. 민호한테도 카톡 했어요.
주말에 갈게요~
""" + gm_quote("엄마 <mija.park1958@hanmail.net>", "2026년 8월 17일 (월) 오후 9:30", """
지영아 엄마야
민호 2학기 등록금 중에 100만원만 니가 좀 보태 줄수있니
"""), client="outlook", reply="hanmail.net")

M("twins", "kakao-down-mail-instead", "서민호 <minho.seo@gmail.com>", P["seo"],
  "누나 카톡이 안 돼서 메일로 보내", "2026-09-02 12:40", """
누나 나 민호. 폰 바꾸는 중이라 카톡이 오늘 저녁까지 안 돼서 메일로 보내.
엄마 생신 선물 같이 하기로 한 거 내 몫 15만원 누나 계좌로 방금 보냈어. 확인해 봐.
저녁에 새 폰으로 전화할게!
""", client="gmail")

M("twins", "dad-hospital-split", "박지훈 <jihoon.park.home@naver.com>", P["park"],
  "아버지 병원비 정리 (형제들 분담)", "2026-07-05 20:15", """
지영아, 오빠야.

아버지 무릎 수술 병원비 정리해서 보낸다. 보험 청구하고 남은 금액이야.
- 총 병원비 4,280,000원
- 실손보험 지급 3,120,000원
- 남은 금액 1,160,000원 → 셋이 나누면 각 386,000원 (반올림)

엄마 계좌로 넣어 주면 돼. 농협 352-0441-2281-93 박순자
영수증 사진 첨부한다. 궁금한 거 있으면 전화해.
""", client="naver", att=[("병원비_영수증.jpg", "photo:samsung:SM-S918N")])

M("twins", "aunt-wedding-gift-proxy", "이모 <kyung.ok.lee@daum.net>", P["kang"],
  "하늘아 이모가 부탁 좀", "2026-10-10 09:20", """
하늘아 이모야
다음주 토요일 수현이 결혼식에 이모가 못 가게 됐어 (할머니 병원 때문에)
축의금 10만원 니가 대신 좀 내 주고 이모가 니 계좌로 보내 줄게
니 계좌번호 문자로 보내 줘. 이모가 저녁에 전화할게
""", client="daum")

M("twins", "son-study-abroad-tuition", "이준서 <junseo.lee.ucla@gmail.com>", P["ceo"],
  "아빠 봄학기 등록금 청구서 왔어요", "2026-11-20 07:10 -0800", """
아빠, 준서예요.

봄학기 등록금 청구서가 학교 포털에 올라와서 PDF로 첨부해요.
- 금액: USD 14,214 (납부 기한 12월 15일)
- 납부는 학교 공식 결제 사이트(Flywire)로 해야 해요. 청구서에 있는 학생 번호로 들어가면 돼요.

지난번처럼 제가 계좌번호를 메일로 보내는 일은 없을 거예요. 이상한 메일 오면 저한테 먼저 전화 주세요.
주말에 영상통화해요!
""", client="gmail", att=["Spring2027_Tuition_Statement.pdf"])

M("twins", "grandma-allowance-thanks", "할머니 <soon.ja1944@hanmail.net>", P["kim"],
  "다은아 고맙다", "2026-09-19 15:00", """
다은아 할머니다
니가 보내준 용돈 잘 받았다 고맙다
추석에 오면 맛있는거 해줄께
회사일 힘들어도 밥 잘 먹고 다녀라
""", client="oldweb")

M("twins", "friends-gye-monthly", "동네 계모임 총무 <gye.chongmu@naver.com>", P["oh"],
  "[판교 아빠들 모임] 12월 회비 및 송년회 안내", "2026-12-01 21:00", """
회원님들 안녕하세요, 총무 정재훈입니다.

12월 회비 입금 부탁드립니다.
- 월 회비: 5만원
- 입금 계좌: 카카오뱅크 3333-05-2281193 (모임통장, 예금주 정재훈)
- 기한: 12월 10일

송년회: 12월 19일(토) 저녁 7시, 정자동 '소담' 
가족 동반 가능합니다. 참석 인원은 단톡방 투표로 알려 주세요.
""", client="naver")

M("twins", "sister-phone-broken-no-money", "정혜진 <hyejin.jung.92@gmail.com>", P["jung"],
  "오빠 나 폰 고장나서 이걸로 연락해", "2026-10-25 11:02", """
오빠 나 혜진이. 폰이 물에 빠져서 서비스센터 맡겼어. 월요일에 찾아.
그 사이에 엄마가 연락 안 된다고 걱정할까 봐, 오빠가 엄마한테 말 좀 해 줘.
돈 필요한 거 아니야 ㅋㅋ 요즘 그런 사기 많다며. 혹시 누가 나라고 돈 달라 하면 무시해!
""", client="gmail")

M("twins", "cousin-bday-gift-pool", "김지원 <jiwon.kim.family@naver.com>", P["han"],
  "할아버지 팔순 선물 모금 (사촌들)", "2026-05-02 19:30", """
사촌들~ 지원이야.

할아버지 팔순 잔치(5/24)에 드릴 안마의자 같이 하자고 했던 거 정리했어.
- 안마의자 2,380,000원 / 사촌 8명 → 1인 30만원 (남는 건 꽃다발)
- 모금 계좌: 토스뱅크 1000-4418-2209 김지원
- 5월 15일까지!

입금하면 단톡에 ✅ 남겨 줘~
""", client="naver")

M("twins", "mom-coupang-order-help", "엄마 <mija.park1958@hanmail.net>", P["park"],
  "쿠팡 결제가 안된다", "2026-11-13 14:22", """
지영아 쿠팡에서 전기요 주문하려는데 결제가 안된다
엄마 카드 비밀번호 몇번 틀려서 그런가
니가 대신 주문해주고 엄마가 돈 보내줄께
링크 보낸다
https://www.coupang.com/vp/products/7712209381
""", client="daum")

M("twins", "in-law-condolence-transfer", "박지영 <jy.park@corp.example>", "남편 <sangwoo.kim.home@gmail.com>",
  "자기야 부의금 대신 좀 보내줘", "2026-09-08 10:44", """
자기야 나 오늘 회의 때문에 장례식장 못 가.
영업팀 박과장님 부친상인데 부의금 10만원만 대신 보내 줘. 부고에 있던 계좌야.
상주 박현석: 우리은행 1002-441-882109
저녁에 내가 자기한테 보낼게~
""" + sig("park"), client="outlook")

M("twins", "uncle-farm-order", "작은아버지 <jeong.farm.apple@hanmail.net>", P["jung"],
  "민재야 올해 사과 주문받는다", "2026-10-18 07:30", """
민재야 작은아버지다.
올해 사과 수확했다. 회사 사람들 필요하면 주문받아라.
5kg 한상자 35,000원 (택배비 포함)
농협 301-0882-4419-11 정만수
주문자 이름 주소 상자수 적어서 메일 보내라
""", client="oldweb", enc="euc-kr/8bit", att=[("사과.jpg", "photo:LGE:LM-V500N")])

M("twins", "colleague-gift-pool-team", P["kang"], "마케팅팀 <marketing@corp.example>",
  "정민재 팀장님 출산 선물 모금 🍼", "2026-06-22 11:10", """
마케팅팀 여러분~ 팀장님 득남 축하 선물 모금합니다 (팀장님은 참조에서 뺐어요 🤫)
- 1인 2만원
- 제 계좌: 카카오뱅크 3333-12-4471820 강하늘
- 금요일까지 부탁드려요!
선물은 유모차 쪽으로 알아보는 중이에요 😊
""" + sig("kang"), client="outlook")

# --- G. mail that is mostly a picture, with one line or none -----------------------------------------------

M("twins", "yearend-party-poster", P["hr"], P["all"],
  "2026 누리웍스 송년회 🎄", "2026-12-02 10:00", "", client="outlook", fmt="html", html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;">
<div style="text-align:center;"><img src="cid:yearend2026_poster" width="600" height="848" alt="2026 누리웍스 송년회 - 12월 19일(금) 18:30 판교 그래비티 호텔"></div>
<p style="text-align:center;font-family:'맑은 고딕';font-size:10pt;color:#666;">참석 여부는 12/10까지 인사팀에 알려 주세요.</p>
</body></html>
""", inline=[("yearend2026_poster", "송년회_포스터.png", "png:600x848")])

M("twins", "blood-drive-poster", "인사팀 <hr@corp.example>", P["all"],
  "[사내 헌혈 캠페인] 12월 9일 (포스터)", "2026-11-30 09:20", "", client="outlook", fmt="html", html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<img src="cid:blood_drive_1209" width="640" height="905" alt="사내 헌혈 캠페인 12월 9일 1층 로비">
</body></html>
""", inline=[("blood_drive_1209", "헌혈캠페인.png", "png:640x905")])

M("twins", "scan-one-line-tax", "RICOH IM C3000 <ricoh-5f@corp.example>", P["choi"], "스캔",
  "2026-11-11 15:03", "\n", client="plain8", fmt="plain", att=[("scan_20261111_150244.jpg", "scan:")])

M("twins", "scanned-contract-one-line", "대성케이블 김영수 <ys.kim@daesungcable.co.kr>", P["ceo"],
  "계약서 날인본", "2026-12-03 17:05", """
날인본 스캔 보냅니다.
""", client="hiworks", att=[("유지보수계약서_날인본_1.jpg", "scan:"), ("유지보수계약서_날인본_2.jpg", "scan:")])

M("twins", "event-ticket-qr", "이벤터스 <noreply@event-us.kr>", P["han"],
  "[이벤터스] 'AI 팩토리 컨퍼런스 2026' 입장권 (QR)", "2026-11-25 10:00", """
한서연님, 신청이 확정되었습니다.

행사: AI 팩토리 컨퍼런스 2026
일시: 12월 10일(목) 09:30~17:00
장소: 코엑스 그랜드볼룸

현장에서 첨부된 QR 입장권을 보여 주세요. (이벤터스 앱 > 내 티켓에서도 확인 가능)
https://event-us.kr/mypage/ticket
""", client="system", att=[("입장권_QR_AIFactory2026.png", "qr:EVT-2026-AIF-44182")])

M("twins", "parking-qr-building-real", "판교오피스 관리사무소 <office@pangyo-office.co.kr>", P["all"],
  "[관리사무소] 방문 차량 사전등록 QR 안내", "2026-11-09 10:00", """
입주사 여러분께

11월 16일부터 방문 차량은 사전등록 후 입구의 QR 단말기로 출차 정산합니다.
등록 방법은 첨부 안내문과 같으며, 입주사 전용 페이지(https://pangyo-office.co.kr/visit)에서만 등록합니다.
관리사무소는 개인 차량 재등록을 이유로 결제를 요구하지 않습니다. 문의 031-8016-2200
""", client="hiworks", att=[("방문차량_사전등록_안내.pdf", None), ("출차정산_QR_예시.png", "qr:PANGYO-OFFICE-VISIT-SAMPLE")])

M("twins", "mobile-invitation-qr", "최유진 <yujin.choi.wedding@gmail.com>", P["choi"],
  "수진 언니 청첩장이에요 💐", "2026-10-30 20:40", "", client="gmail", fmt="html", html="""<div dir="ltr">
<div>언니 저 결혼해요!! 🥹 모바일 청첩장이에요</div>
<div><img src="cid:ii_wedding_card" width="420" height="640" alt="최유진 ♥ 김태오 12월 13일"></div>
<div>QR 찍으면 지도 나와요 ㅎㅎ</div>
<div><img src="cid:ii_wedding_qr" width="132" height="132" alt="QR"></div>
</div>
""", inline=[("ii_wedding_card", "청첩장.png", "png:420x640"), ("ii_wedding_qr", "오시는길_QR.png", "qr:https://map.naver.com/p/entry/place/11882")])

M("twins", "banner-draft-from-printer", "동방인쇄 <dongbang.print@naver.com>", P["jung"],
  "현수막 시안 1차", "2026-09-01 16:40", """
시안 확인 부탁드립니다.
""", client="naver", att=[("누리웍스_현수막_시안1.jpg", "scan:")])

M("twins", "floor-plan-image", P["yoon"], "개발팀 <dev@corp.example>",
  "자리 배치도 (12/14 이사)", "2026-12-04 18:00", "\n", client="outlook", fmt="plain",
  att=[("5층_자리배치도_1214.png", "png:1200x800")])

M("twins", "partner-expo-poster", "오토닉스 마케팅 <marketing@autonics.com>", P["bae"],
  "오토닉스 부스에 초대합니다 - 스마트공장 자동화산업전", "2026-03-02 09:00", "", client="esp", fmt="html", html="""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f2f2;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<a href="https://www.autonics.com/kr/event/smart-factory-2026"><img src="cid:autonics_expo" width="640" height="960" alt="오토닉스 Smart Factory + Automation World 2026 부스 A-210" border="0"></a>
<p style="font-size:11px;color:#888;">오토닉스(주) | 본 메일은 거래처 담당자께 발송됩니다. <a href="https://www.autonics.com/kr/unsubscribe">수신거부</a></p>
</td></tr></table>
</body></html>
""", inline=[("autonics_expo", "expo_invite.png", "png:640x960")],
  headers={"List-Unsubscribe": "<https://www.autonics.com/kr/unsubscribe>"})

M("twins", "family-photo-one-line", "이준서 <junseo.lee.ucla@gmail.com>", P["ceo"],
  "졸업 전시 사진", "2026-06-12 19:40 -0700", """
아빠 전시 사진이에요 ㅎㅎ
""", client="gmail", fmt="plain", att=[("IMG_8812.jpg", "photo:Apple:iPhone 15"), ("IMG_8815.jpg", "photo:Apple:iPhone 15")])

M("twins", "kakaotalk-photo-friend", "권나리 <nari.kwon@naver.com>", P["kim"],
  "사진", "2026-10-04 22:10", "", client="naver", fmt="plain",
  att=[("KakaoTalk_20261004_220812.jpg", "photo:samsung:SM-F946N")])

M("twins", "qr-menu-team-lunch", P["kang"], "마케팅팀 <marketing@corp.example>",
  "점심 메뉴 미리 골라 주세요 (QR 주문)", "2026-11-27 10:15", """
내일 팀 점심 가는 '정자동 화덕' 은 테이블 QR로 주문해요. 메뉴 미리 보시라고 가게에서 준 QR 붙여요!
""" + sig("kang"), client="outlook", att=[("화덕_메뉴_QR.png", "qr:https://order.jeongja-hwadeok.kr/menu")])

M("twins", "whiteboard-after-meeting", P["lim"], "개발팀 <dev@corp.example>",
  "스프린트 회고 보드", "2026-11-28 17:50", "\n", client="outlook", fmt="plain",
  att=[("20261128_174922.jpg", "photo:samsung:SM-S928N")])

# --- H. English partner and vendor mail that shares the spam's words -------------------------------------

M("twins", "en-trademark-attorney-cn", "Grace Kim <gkim@hanbit-ip.com>", P["ceo"],
  "NURIWORKS trademark - China filing status and the \"Asian domain\" letters", "2026-10-20 14:00", """
Dear Mr. Lee,

1. Your Chinese trademark application for NURIWORKS (Class 9) passed formal examination at CNIPA on 14 October.
   Publication is expected in January 2027.

2. You forwarded a letter from a "domain registration center in Shanghai" about nuriworks.cn. These letters are
   a well-known sales tactic: nobody else has applied, and there is no deadline. Please do not reply. If you do
   want the .cn domain, we can register it through your usual registrar for about KRW 40,000 a year.

Our invoice for the CNIPA filing is attached (payment to our usual Woori Bank account, unchanged).

Best regards,
Grace Kim | Patent Attorney
Hanbit IP Law Firm, Seoul
""", client="outlook365", att=["Invoice_HB-2026-1182.pdf"])

M("twins", "en-embedded-world-exhibitor-services", "Embedded World Exhibitor Service <exhibitorservice@nuernbergmesse.de>",
  P["bae"], "embedded world 2027: your Exhibitor Service Center access and catalogue entry", "2026-11-04 10:00 +0100", """
Dear Exhibitor,

Thank you for your registration for embedded world 2027 (Nuremberg, 9-11 March 2027), Hall 3A, Stand 3A-418.

Your catalogue entry is included in your participation fee. Please check it in the Exhibitor Service Center:
https://www.embedded-world.de/en/exhibitors/exhibitor-service

Please note: NürnbergMesse will never ask you to sign a form for a paid directory listing. Offers from
"expo guides" or "fair catalogues" are not connected with us.

Kind regards,
Exhibitor Service Team
NürnbergMesse GmbH
""", client="esp")

M("twins", "en-lead-retrieval-export", "Messe Lead Scan <leads@nuernbergmesse.de>", P["bae"],
  "Your lead scan export - embedded world 2026 (142 contacts)", "2026-03-14 09:00 +0100", """
Dear Exhibitor,

The lead retrieval app export for your stand (3A-418) is attached: 142 visitors who agreed to share their
contact details with NURIWORKS when their badge was scanned.

Please use these contacts in line with GDPR and the consent given at the stand.

Exhibitor Service Team
""", client="esp", att=[("NURIWORKS_leads_ew2026.xlsx", [["Name", "Company", "Country", "Consent"],
                                                         ["M. Schulz", "Festo", "DE", "yes"],
                                                         ["L. Rossi", "Datalogic", "IT", "yes"]])])

M("twins", "en-seo-agency-monthly-report", "Minji Cho <minji@brightpath-digital.kr>", P["jung"],
  "NURIWORKS - November SEO & website report", "2026-12-02 10:30", """
Hi 민재 팀장님,

Here is the November report for corp.example (our retainer, PO NW-MKT-2026-03).

- Organic sessions: 4,218 (+12% MoM)
- Top new keyword: "IO-Link 마스터" now position 4
- Fixed: 27 broken links and the slow product pages found in the October crawl

Invoice for December retainer (KRW 1,650,000 incl. VAT) is attached, same terms as the contract.

Best,
Minji Cho | Brightpath Digital
""", client="gmail", att=["Brightpath_Nov2026_Report.pdf", "Invoice_BP-2026-12.pdf"])

M("twins", "en-magazine-guest-article", "Editor | Control Engineering Asia <editor@ceasiamag.com>", P["han"],
  "Contributed article - IO-Link in Korean SME factories (Jan issue)", "2026-10-27 11:00 +0800", """
Dear Ms. Han,

Following your talk at the Automation Forum in Singapore, we'd be glad to publish a contributed article
(1,200-1,500 words) on IO-Link adoption in Korean SME factories in our January 2027 issue.

There is no fee either way; we ask only that the article is not promotional. Author guidelines are attached.
Deadline for the draft: 30 November.

Best regards,
Daniel Lim
Editor, Control Engineering Asia
""", client="outlook365", att=["CEA_Author_Guidelines.pdf"])

M("twins", "en-customer-rfq-known", "Procurement | Kyowa Denki <purchasing@kyowa-denki.co.jp>", P["bae"],
  "RFQ KD-2026-118: temperature probes (3,000 pcs) - please quote by 20 Nov", "2026-11-06 10:20 +0900", """
Dear Mr. Bae,

As mentioned by Tanaka-san, please quote the items in the attached RFQ KD-2026-118.

- Quantity: 3,000 pcs (1,000 per quarter)
- Delivery: DAP Osaka
- Payment: 60 days EOM (as in our frame agreement)

Drawings are attached as PDF; no login is needed. Please reply to this e-mail with your quotation.

Best regards,
Yuki Sato
Purchasing Dept., Kyowa Denki Co., Ltd.
""", client="outlook365", att=["RFQ_KD-2026-118.pdf", "KD-TP300_drawing_rev2.pdf"])

M("twins", "en-award-real-no-fee", "KOTRA Awards Secretariat <awards@kotra.or.kr>", P["ceo"],
  "Congratulations - NURIWORKS selected for the 2026 Export Promising SME award", "2026-11-16 14:00", """
Dear Mr. Lee,

We are pleased to inform you that NURIWORKS Co., Ltd. has been selected as a 2026 Export Promising SME
(수출유망중소기업) by KOTRA and the Ministry of SMEs and Startups.

The certificate will be presented at the ceremony on 9 December at KOTRA headquarters. There is no cost of any
kind for the award or the ceremony. Benefits are described in the attached notice.

KOTRA Export Support Division
""", client="esp", att=["2026_수출유망중소기업_지정안내.pdf"])

M("twins", "en-official-hotel-block", "Housing | NürnbergMesse <housing@nuernbergmesse.de>", P["bae"],
  "embedded world 2027 - hotel booking via the official partner", "2026-11-18 09:00 +0100", """
Dear Exhibitor,

Hotel rooms for embedded world 2027 can be booked through our official partner, Nürnberg Convention Bureau,
at https://www.embedded-world.de/en/travel/accommodation . Payment is made to the hotel directly at check-out.

We are aware of third parties contacting exhibitors by e-mail or phone and asking for prepayment by bank
transfer. They are not connected with NürnbergMesse.

Kind regards,
Exhibitor Service Team
""", client="esp")

M("twins", "en-wire-from-customer-real", "Accounts Payable | Kyowa Denki <ap@kyowa-denki.co.jp>", P["acct"],
  "Payment notice - JPY 4,820,000 (invoices NW-26-0918, NW-26-0927)", "2026-10-31 16:00 +0900", """
Dear NURIWORKS Accounting,

We have remitted JPY 4,820,000 today to your Shinhan Bank account (as registered in our vendor master) for:
- NW-26-0918 JPY 2,410,000
- NW-26-0927 JPY 2,410,000

Bank charges: shared (SHA). Please allow 2 business days.

Best regards,
Accounts Payable, Kyowa Denki Co., Ltd.
""", client="outlook365")

M("twins", "en-linkedin-recruiter-real", "Sarah Lee <sarah.lee@hays.com.sg>", P["han"],
  "Senior embedded engineer role (Singapore) - open to a chat?", "2026-09-29 11:40 +0800", """
Hi Seoyeon,

I'm a recruiter at Hays Singapore. A German industrial-sensor company is building an R&D team in Singapore and
your IO-Link work caught my eye. Salary range SGD 9-11k/month, relocation supported.

If you're open to a confidential 15-minute call, let me know a time. If not, no worries at all.

Best,
Sarah Lee | Hays Singapore | EA Licence 06C2863
""", client="outlook365")

M("twins", "en-domain-renewal-real", "Cloudflare <noreply@notify.cloudflare.com>", P["yoon"],
  "Your domain nuriworks.net will auto-renew in 30 days", "2026-11-05 03:00", """
Hi,

Your domain nuriworks.net is set to auto-renew on December 5, 2026 for USD 10.44 (at-cost pricing) using the
card ending in 4418.

No action is needed. To manage renewal settings, log in at https://dash.cloudflare.com

Cloudflare, Inc. | 101 Townsend St, San Francisco, CA 94107
""", client="system")

M("twins", "en-crypto-payment-declined", P["bae"], "Ahmed Rahman <ahmed@rahman-automation.ae>",
  "RE: Payment in USDT?", "2026-10-12 10:10", """
Dear Ahmed,

Thank you for your order. Unfortunately we cannot accept payment in USDT or any cryptocurrency. Please pay by T/T
to the account on our proforma invoice; our bank details will never change by e-mail, so please call me on
+82 10-3012-7749 if you ever receive such a message.

Best regards,
Sungwoo Bae
""" + sig("bae") + gm_quote("Ahmed Rahman <ahmed@rahman-automation.ae>", "On Sun, Oct 11, 2026 at 3:02 PM", """
Dear Sungwoo, can we pay the PI in USDT? It is faster for us. Regards, Ahmed
"""), client="outlook", reply="rahman-automation.ae")

M("twins", "en-inheritance-real-lawyer", "Kim & Partners <probate@kimpartners.co.kr>", P["seo"],
  "Estate of the late Mr. Seo Young-chul - documents needed (our ref. KP-2026-0882)", "2026-07-14 10:00", """
Dear Ms. Seo,

As agreed at our meeting on 10 July, we act for the family in the estate of your late father. To file the
inheritance tax return by 31 August, please bring the following to our office (we do not accept them by e-mail):

1. Family relation certificate (가족관계증명서, detailed)
2. Your resident registration certificate
3. Bank statements of the accounts listed in the attached memo

Our fee is as in the engagement letter; no payment is due now.

Yours sincerely,
Park Jiwon, Attorney
Kim & Partners, Seoul
""", client="outlook", att=["KP-2026-0882_document_list.pdf"])

M("twins", "en-webdev-vendor-quote", "Jason Park <jason@studio-nine.kr>", P["jung"],
  "RE: Website renewal quote (corp.example)", "2026-08-20 15:20", """
Hi Minjae,

Thanks for the meeting yesterday. Our quote for the corp.example renewal is attached:

- Design + responsive build (12 pages, KR/EN): KRW 14,000,000
- CMS training and 3 months of support included
- Payment: 30% on contract, 40% at design sign-off, 30% on launch

Happy to adjust the scope. Let me know if you want to visit our office in Seongsu.

Jason
""", client="gmail", att=["StudioNine_Quote_NURIWORKS.pdf"])

M("twins", "en-app-dev-outsourcing-reply", P["lim"], "Priya Sharma <priya@techvista.in>",
  "RE: Firmware tool development - statement of work", "2026-09-03 18:20", """
Hi Priya,

Thanks for the revised SOW. Two comments before we sign:
1. Milestone 2 payment should follow our acceptance test, not delivery.
2. Source code escrow as discussed.

Please send the updated version and we'll route it for signature via DocuSign.

Best,
Chaewon Lim
""" + sig("lim"), client="outlook", reply="techvista.in")

M("twins", "en-bank-fraud-warning", "Shinhan Bank Global <global@shinhan.com>", P["acct"],
  "Business email compromise - how to verify payment instructions", "2026-06-10 10:00", """
Dear Corporate Customer,

We have seen a rise in fraudulent e-mails that ask companies to send payments to a "new" bank account.
Before changing any supplier's bank details:

- Call the supplier on a number you already have (not one in the e-mail).
- Check the sender's domain carefully (e.g. corp-example.co instead of corp.example).
- Be wary of urgency and requests for secrecy.

Shinhan Bank will never ask you to move funds to a "safe account".

Shinhan Bank Global Banking Center | www.shinhan.com
""", client="esp")

# --- I. real fees, prizes, refunds and deposits (the fee scams' honest twins) ---------------------------

M("twins", "card-event-prize-tax", "현대카드 <event@hyundaicard.com>", P["kang"],
  "[현대카드] 이벤트 당첨 안내 및 제세공과금 납부 방법", "2026-11-09 11:00", """
강하늘 회원님, 현대카드 '연말 여행 응원' 이벤트 경품(제주 항공권 2매, 시가 680,000원)에 당첨되셨습니다.

관련 법령에 따라 5만원을 넘는 경품은 제세공과금(22%, 149,600원)이 당첨자 부담입니다.
- 납부 방법: 현대카드 앱 > 이벤트 > 당첨 내역에서 본인 명의 카드로 결제
- 기한: 11월 23일

현대카드는 개인 계좌로 제세공과금 입금을 요청하지 않습니다. 문의: 현대카드 고객센터 1577-6000
""", client="esp")

M("twins", "sns-contest-prize-tax-small", "누리웍스 마케팅 <marketing@corp.example>", "김유리 <yuri.kim.2000@naver.com>",
  "[누리웍스] 인스타그램 이벤트 당첨을 축하드립니다", "2026-10-21 15:00", """
김유리님, 안녕하세요. (주)누리웍스 마케팅팀 강하늘입니다.

인스타그램 '우리 공장 센서 찾기' 이벤트에 당첨되셨습니다. 🎉
경품: 스타벅스 모바일 금액권 3만원 (제세공과금 없음)

경품은 11월 1일까지 이 메일 주소로 회신 주신 휴대폰 번호로 발송됩니다.
계좌번호나 신분증은 받지 않습니다.
""" + sig("kang"), client="outlook", enc="utf-8/quoted-printable")

M("twins", "kt-overpaid-refund", "KT <ktbill@kt.com>", P["acct"],
  "[KT] 과오납 요금 환급 안내", "2026-09-05 10:00", """
(주)누리웍스 고객님, KT입니다.

인터넷 회선 해지 후 자동이체가 한 번 더 출금되어 과오납 요금이 발생했습니다.
- 환급 금액: 44,000원
- 환급 방법: 등록된 자동이체 계좌(신한 ***-***-**2204)로 9월 15일 자동 환급

별도로 신청하실 필요가 없습니다. KT는 환급을 이유로 링크 접속이나 수수료를 요구하지 않습니다.
문의: 기업고객센터 1588-0114
""", client="system", enc="euc-kr/quoted-printable", henc="euc-kr/B")

M("twins", "car-insurance-refund", "삼성화재 <noreply@samsungfire.com>", P["bae"],
  "[삼성화재] 자동차보험 마일리지 특약 환급금 지급 안내", "2026-08-12 09:40", html=notice_html(
      "삼성화재", "#0f4da8", "마일리지 환급금이 지급되었습니다", [
          "배성우 고객님, 자동차보험 마일리지 특약(연 주행 7,000km 이하) 환급금이 지급되었습니다.",
          "환급금: 87,300원<br>지급 계좌: 등록 계좌 (국민 ***-**-***882)",
          "삼성화재는 환급을 위해 수수료나 보증금을 요구하지 않습니다.",
          '<a href="https://www.samsungfire.com">www.samsungfire.com</a> · 1588-5114',
      ], "삼성화재해상보험(주) | 본 메일은 발신전용입니다."))

M("twins", "kodit-guarantee-fee", "신용보증기금 <noreply@kodit.co.kr>", P["acct"],
  "[신용보증기금] 보증료 납부 안내 (보증 기한연장)", "2026-10-15 10:00", """
(주)누리웍스 귀하

보증 기한연장에 따른 보증료를 아래와 같이 안내드립니다.
- 보증금액: 300,000,000원
- 보증료: 2,310,000원 (연 0.77%)
- 납부 방법: 가상계좌 (신보 홈페이지 > 사이버영업점에서 확인) 또는 담당 지점 방문
- 담당: 성남지점 정현우 과장 031-785-****

보증료는 신용보증기금 명의의 가상계좌로만 받습니다.
""", client="system", enc="ks_c_5601-1987/base64", henc="ks_c_5601-1987/B")

M("twins", "bank-loan-extension-stamp-fee", "IBK기업은행 판교지점 <pangyo@ibk.co.kr>", P["ceo"],
  "[IBK기업은행] 시설자금 대출 기한연장 서류 안내", "2026-11-03 15:30", """
이준호 대표님, IBK기업은행 판교지점 김상민 팀장입니다.

12월 10일 만기인 시설자금 대출(3억원)의 기한연장 심사가 승인되었습니다.
연장 약정 시 인지세 75,000원(고객 부담분)이 발생하며, 약정일에 법인 계좌에서 출금됩니다.

약정은 지점 방문 또는 기업뱅킹 전자약정으로 가능합니다. 필요 서류는 첨부 목록을 봐 주세요.
궁금하신 점은 지점 대표번호(031-8016-****)로 연락 주십시오.

김상민 팀장 | IBK기업은행 판교지점
""", client="outlook", att=["기한연장_필요서류.pdf"])

M("twins", "customs-broker-duty-bill", "한빛관세사무소 <clear@hanbit-customs.co.kr>", P["oh"],
  "[통관 완료] B/L SGKR2611034 관부가세 청구서", "2026-11-21 16:10", """
누리웍스 오세훈 차장님,

SGKR2611034 건 통관 완료되어 청구서 보내드립니다.
- 관세: 0원 (한-아세안 FTA 적용)
- 부가세: 482,000원
- 통관 수수료: 33,000원 (VAT 포함)
합계 515,000원

입금 계좌는 매번 드리는 당사 법인 계좌(하나 620-118823-41107, 한빛관세사무소)와 같습니다.
수입신고필증 첨부합니다.

한빛관세사무소 이정민 관세사 | 032-745-****
""", client="hiworks", att=["수입신고필증_SGKR2611034.pdf", "청구서_2611-034.pdf"])

M("twins", "water-purifier-deposit-refund", "코웨이 <noreply@coway.com>", P["acct"],
  "[코웨이] 렌탈 해지 및 등록비 정산 안내", "2026-07-30 14:00", """
(주)누리웍스 고객님, 정수기 렌탈 해지가 완료되었습니다.
- 제품: 코웨이 CHP-7210N (3층 탕비실)
- 의무사용기간 경과로 위약금 없음
- 회수: 8월 4일 방문 예정

정산 내역은 코웨이 고객센터(1588-5100) 또는 홈페이지(www.coway.com)에서 확인하실 수 있습니다.
""", client="system", enc="utf-8/8bit")

M("twins", "rental-car-fine-transfer", "SK렌터카 <noreply@skrent.co.kr>", P["bae"],
  "[SK렌터카] 과태료 변경부과(임차인 명의) 안내", "2026-09-22 11:00", """
배성우 고객님, SK렌터카입니다.

고객님께서 9월 3일 대여하신 차량(45하 88**)에 아래 과태료가 고지되어, 관련 법에 따라 임차인 명의로 변경부과를
요청했습니다.
- 위반: 주정차위반 (부산 해운대구)
- 금액: 40,000원

과태료는 해당 지자체 고지서로 다시 부과되며, 당사는 과태료를 대신 받지 않습니다.
""", client="system")

M("twins", "wetax-local-tax", "위택스 <wetax@wetax.go.kr>", P["acct"],
  "[위택스] 12월 정기분 주민세(사업소분) 납부 안내", "2026-12-01 09:00", """
(주)누리웍스 납세자님께

12월 정기분 주민세(사업소분) 전자고지가 발송되었습니다.
- 세액: 62,500원 (지방소득세 포함)
- 납부기한: 2026. 12. 31.
- 납부: 위택스(www.wetax.go.kr), 은행 앱, 가상계좌

위택스는 문자·메일의 단축 URL로 납부를 안내하지 않습니다.
""", client="system", enc="euc-kr/base64", henc="euc-kr/B")

# --- J. the office's own HR, finance and IT mail in the lures' words --------------------------------------

M("twins", "hr-salary-contract-posted", P["hr"], P["all"],
  "[인사] 2027년 연봉 계약서 게시 안내 (그룹웨어에서만 열람)", "2026-12-04 10:00", """
전 직원 여러분,

2027년 연봉 계약서가 그룹웨어 [인사 > 내 계약서]에 게시되었습니다.
- 열람·전자서명 기간: 12월 4일 ~ 12월 18일
- 이의가 있으면 팀장 면담 후 인사팀으로

연봉 계약서나 명세서는 메일 첨부나 외부 링크로 보내지 않습니다. "연봉 조정 명세서" 같은 메일이 외부에서 오면
열지 말고 IT로 전달해 주세요.
""" + sig("kim"), client="outlook")

M("twins", "flex-payslip-notice", "flex <noreply@flex.team>", P["han"],
  "[flex] 11월 급여명세서가 발행되었어요", "2026-11-25 10:00", """
한서연님, (주)누리웍스의 11월 급여명세서가 발행되었어요.
flex 앱 또는 https://flex.team 에 로그인해서 확인해 주세요.

명세서 파일은 메일에 첨부되지 않아요.
""", client="system")

M("twins", "acct-card-receipt-reply-only", P["acct"], P["jung"],
  "법인카드 증빙 누락 3건 확인 부탁드립니다", "2026-12-03 14:20", """
정민재 팀장님, 경영지원팀입니다.

11월 법인카드 사용분 중 증빙이 없는 3건입니다. 사용 목적만 회신 주시면 제가 정리하겠습니다.
1. 11/07 (주)우아한형제들 48,500원
2. 11/14 카카오모빌리티 23,100원
3. 11/21 교보문고 32,000원

이번 주 금요일 마감입니다. 감사합니다.
""" + sig("seo"), client="outlook")

M("twins", "it-security-agent-update", P["it"], P["all"],
  "[IT] 백신·보안 에이전트 업데이트 (자동 설치, 클릭 불필요)", "2026-11-16 08:30", """
오늘 점심시간에 V3와 문서보안 에이전트가 자동 업데이트됩니다. 여러분이 따로 설치하실 것은 없습니다.

메일로 "보안점검도구.zip" 같은 파일을 받으시면 열지 말고 저에게 전달해 주세요.
IT는 메일 첨부로 프로그램을 배포하지 않습니다.
""" + sig("yoon"), client="outlook", enc="ks_c_5601-1987/quoted-printable")

M("twins", "naver-mail-send-limit-real", "네이버 메일 <mail_noreply@navercorp.com>", P["jung"],
  "[네이버 메일] 대량 발송 제한이 적용되었습니다", "2026-08-05 16:22", html=notice_html(
      "NAVER 메일", "#03c75a", "발송 제한 안내", [
          "mj.j****님 계정에서 짧은 시간에 많은 메일이 발송되어 24시간 동안 발송이 제한되었습니다.",
          "본인이 보낸 메일이 맞다면 내일 16:22 이후 자동으로 해제됩니다. 본인이 보내지 않았다면 "
          '<a href="https://nid.naver.com/user2/help/myInfo?m=viewSecurity">보안설정</a>에서 비밀번호를 변경하세요.',
      ], "네이버(주) | 본 메일은 발신전용입니다."))

M("twins", "police-investigation-cooperation", "경찰청 사이버수사과 <cyber@police.go.kr>", P["yoon"],
  "[협조 요청] 피싱 메일 발신 정보 보존 요청 (공문 첨부)", "2026-10-30 10:30", """
(주)누리웍스 정보보안 담당자님께

귀사가 10월 28일 신고한 피싱 메일 사건(접수번호 2026-사이버-11882)과 관련하여, 수신 서버 로그 보존을 요청합니다.
공문을 첨부하오니 확인 바랍니다. 본 요청은 자료 보존만을 위한 것이며, 금전이나 개인정보 제공을 요구하지
않습니다. 확인이 필요하시면 경찰청 대표번호(182)로 전화하여 담당 수사관을 찾으십시오.

경찰청 사이버수사과 경위 한동훈
""", client="outlook", att=["보존요청_공문.hwp"])

M("twins", "fss-voice-phishing-newsletter", "금융감독원 <webzine@fss.or.kr>", P["choi"],
  "[금융감독원] 소비자경보: 검찰·금감원 사칭 '안전계좌' 이체 요구에 주의하세요", "2026-09-24 14:00", html=notice_html(
      "금융감독원", "#0d3b7a", "소비자경보 (주의)", [
          "최근 검찰·금융감독원 직원을 사칭하며 '명의가 도용되었다', '자산을 안전계좌로 옮겨야 한다'고 속이는 사기가 "
          "늘고 있습니다.",
          "수사기관과 금융감독원은 어떠한 경우에도 자금 이체나 앱 설치를 요구하지 않습니다. 사건 관련 연락을 받으면 "
          "전화를 끊고 해당 기관 대표번호로 직접 확인하세요.",
          '<a href="https://www.fss.or.kr">www.fss.or.kr</a> · 불법금융신고 국번없이 1332',
      ], "금융감독원 | 서울시 영등포구 여의대로 38<br>본 메일은 웹진 구독을 신청하신 분께 발송됩니다.", layout=2))

M("twins", "court-e-service-real", "전자소송 <ecfs@scourt.go.kr>", P["ceo"],
  "[전자소송] 송달문서 도착 알림 (2026가소18821)", "2026-11-11 09:10", """
(주)누리웍스 대표이사 이준호 귀하

대한민국 법원 전자소송 홈페이지에 송달문서가 도착했습니다.
- 사건번호: 2026가소18821 (물품대금)
- 문서: 답변서 부본

전자소송 홈페이지(ecfs.scourt.go.kr)에 직접 접속하여 로그인 후 확인하십시오.
송달문서를 확인하지 않으면 등재일부터 1주가 지난 날에 송달된 것으로 봅니다.
""", client="system")

M("twins", "checkup-result-real", "KMI한국의학연구소 <result@kmi.or.kr>", P["kim"],
  "[KMI] 건강검진 결과가 등록되었습니다", "2026-10-08 15:00", """
김다은님, 10월 1일 받으신 건강검진 결과가 등록되었습니다.
결과는 KMI 홈페이지(www.kmi.or.kr) 로그인 후 [검진결과 조회]에서 확인하실 수 있으며, 우편 결과지는 일주일 안에
도착합니다. 재검이 필요한 항목은 없습니다.
""", client="system")

M("twins", "coupang-wing-settlement", "쿠팡 윙 <wing@coupang.com>", P["jung"],
  "[쿠팡 윙] 11월 2주차 정산 지급 안내", "2026-11-18 09:00", """
(주)누리웍스 판매자님, 정산 대금이 지급되었습니다.
- 정산 금액: 2,884,120원 (판매 수수료 10.8% 차감)
- 지급 계좌: 등록된 판매자 계좌 (신한 ***-***-**2204)

정산 내역: https://wing.coupang.com/tenants/finance/settlement
""", client="system")

M("twins", "kakao-channel-business", "카카오비즈니스 <noreply@kakaocorp.com>", P["jung"],
  "[카카오비즈니스] 채널 비즈니스 인증 심사가 완료되었습니다", "2026-07-08 11:00", """
누리웍스 채널 관리자님, 비즈니스 인증 심사가 승인되었습니다.
이제 채널 프로필에 비즈니스 인증 배지가 표시됩니다.

관리: https://business.kakao.com
카카오는 인증 유지를 이유로 비용 결제를 요구하지 않습니다.
""", client="system")

M("twins", "invoice-scan-one-line-vendor", "대성케이블 경리 <tax@daesungcable.co.kr>", P["acct"],
  "계산서 보냅니다", "2026-11-30 18:40", """
11월분 거래명세서 스캔 보냅니다. 전자세금계산서는 홈택스로 발행했습니다.
""", client="legacy", att=[("거래명세서_202611.jpg", "scan:")])

M("twins", "samsung-pop-vip-seminar", "삼성증권 <seminar@samsungpop.com>", P["ceo"],
  "[삼성증권] 2027 투자전략 세미나 초대 (법인 고객)", "2026-11-26 10:00", """
이준호 대표님께

삼성증권 법인 고객을 모시고 2027년 투자전략 세미나를 개최합니다.
- 일시: 12월 16일(화) 오후 4시
- 장소: 삼성증권 본사 (서울 중구 세종대로 67) 20층
- 내용: 2027 경제 전망, 법인 자금 운용 전략

참석은 담당 PB(판교WM 정은비, 031-8018-****)에게 회신해 주세요.
본 세미나는 종목 추천이나 리딩 서비스가 아닙니다.
""", client="esp")

# --- K. form: legacy bytes with no charset, a long English chain, a two-line phone reply ------------------

M("twins", "erp-transfer-result-nolabel", "더존 자금관리 <erp@corp.example>", P["choi"],
  "[자금] 대량이체 결과 통보 (2026-11-30)", "2026-11-30 16:05", """
[대량이체 결과 통보]
이체일자 : 2026-11-30
출금계좌 : 신한 140-***-**2204 ((주)누리웍스)

No  거래처            은행    계좌                 금액         결과
1   한일정밀(주)      기업    221-038812-01-019    8,412,000    정상
2   (주)대성케이블    국민    ***-**-****-118      2,180,000    정상
3   판교오피스관리단  농협    301-0288-1104-21     3,284,000    정상

합계 3건 13,876,000원 / 오류 0건
""", client="legacy", enc="ks_c_5601-1987/8bit", label="", fmt="plain", henc="ks_c_5601-1987/B")

M("twins", "en-bank-change-thread-deep", P["oh"], "Anna Keller <a.keller@sensortec-gmbh.de>",
  "RE: RE: RE: Change of bank details - Sensortec GmbH", "2026-11-03 17:40", """
Dear Anna,

Confirmed: the first payment to the new Deutsche Bank account (EUR 10.00 test transfer) arrived on your side, as
your colleague Mr. Braun told me by phone this afternoon. We will pay the open invoice SG-26-8812 (EUR 6,200)
tomorrow.

Best regards,
Sehun Oh
""" + ol_quote("Anna Keller", "Monday, November 2, 2026 4:10 PM", "오세훈", "RE: RE: Change of bank details - Sensortec GmbH", """
Dear Mr. Oh,

Thank you. Yes, a small test payment first is a good idea. Please let me know when it is sent.

Anna
""") + ol_quote("오세훈", "2026년 11월 2일 월요일 오전 9:02", "Anna Keller", "RE: Change of bank details - Sensortec GmbH", """
Dear Anna, before the first payment to the new account we will send EUR 10.00 as a test. Could you confirm
receipt by phone?
""") + ol_quote("Anna Keller", "Monday, September 14, 2026 4:20 PM", "오세훈", "Change of bank details - Sensortec GmbH", """
Please note that Sensortec GmbH is moving its main account from Commerzbank to Deutsche Bank as of 1 November 2026.
Please do not act on this e-mail alone. Call me or our finance desk on the number you already have on file.
"""), client="outlook", reply="sensortec-gmbh.de")

M("twins", "dad-two-line-reply-sent", "아빠 <ys.park54@hanmail.net>", P["park"],
  "Re: 아빠 김장 비용", "2026-11-22 07:15", """
보냈다 확인해라
""" + gm_quote("박지영 <jy.park@corp.example>", "2026년 11월 21일 (토) 오후 8:40", """
아빠 김장 재료비 엄마 통장으로 30만원 보내 주세요. 농협 352-0441-2281-93 박순자
저는 어제 보냈어요!
"""), client="oldweb", reply="corp.example")

M("twins", "en-payment-reminder-from-office", P["acct"], "Accounts Payable | Rahman Automation <ap@rahman-automation.ae>",
  "Payment reminder: PI NW-PI-26-0311 (USD 9,400) - bank details unchanged", "2026-11-02 10:00", """
Dear Rahman Automation Accounts Payable,

This is a friendly reminder that PI NW-PI-26-0311 (USD 9,400.00) is due on 10 November.
Please remit to our Shinhan Bank account printed on the PI. Our bank details have NOT changed, and we will never
notify a change by e-mail. If you receive such a message, please call +82 31-8017-0207.

Best regards,
Sujin Choi
Accounting | NURIWORKS Co., Ltd.
""", client="outlook", enc="utf-8/quoted-printable")
