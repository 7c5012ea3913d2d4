"""commerce: shop receipts, order and 배송 안내 from real shops and carriers — HTML heavy with product images,
many links, prices, 할인 and 쿠폰 words, tracking numbers — as a company's buyers and its people get them.
Third batch."""
from ham_texts import M, P, btn, notice_html, sig


def shop_html(brand: str, color: str, title: str, intro: str, items: list[tuple[str, str, str, str]], summary: str,
              links: list[tuple[str, str]], footer: str) -> str:
    """A shop's order mail: a product table with remote images, a summary, a row of footer links."""
    rows = "".join(
        f'<tr><td width="90" style="padding:10px;"><a href="{url}"><img src="{img}" width="80" height="80" '
        f'alt="" style="border:1px solid #eee;"></a></td><td style="padding:10px;font-size:14px;color:#333;">'
        f'<a href="{url}" style="color:#333;text-decoration:none;">{name}</a><br><span style="color:#888;">{price}'
        "</span></td></tr>" for name, price, url, img in items)
    nav = " | ".join(f'<a href="{u}" style="color:#666;">{t}</a>' for t, u in links)
    return notice_html(brand, color, title, [
        intro, f'<table width="100%" cellpadding="0" cellspacing="0" style="border-top:2px solid {color};">{rows}</table>',
        summary, nav], footer)


M("commerce", "coupang-order-office-supplies", "쿠팡 <help@coupang.com>", P["seo"],
  "[쿠팡] 주문이 완료되었습니다 (주문번호 31000218837412)", "2026-02-11 10:14", html=shop_html(
      "coupang", "#e52528", "주문이 완료되었습니다", "서*지 고객님, 주문해 주셔서 감사합니다. 로켓배송 상품은 "
      "내일(목) 도착 예정입니다.", [
          ("더블에이 A4 복사용지 80g 2500매 x 2박스", "46,800원", "https://www.coupang.com/vp/products/1488321",
           "https://thumbnail7.coupangcdn.com/thumbnails/remote/80x80ex/image/product/a4paper.jpg"),
          ("모나미 153 볼펜 0.7mm 흑색 12개입 x 5", "14,500원", "https://www.coupang.com/vp/products/2231907",
           "https://thumbnail9.coupangcdn.com/thumbnails/remote/80x80ex/image/product/monami153.jpg"),
          ("3M 포스트잇 플래그 683-5KP", "6,980원", "https://www.coupang.com/vp/products/3300412",
           "https://thumbnail6.coupangcdn.com/thumbnails/remote/80x80ex/image/product/postit.jpg"),
      ], "상품금액 68,280원 · 쿠폰 할인 -3,000원 · 배송비 0원<br><b>결제금액 65,280원</b> (법인카드 현대 ****)",
      [("주문 상세보기", "https://mc.coupang.com/ssr/desktop/order/list"), ("배송 조회", "https://www.coupang.com"),
       ("세금계산서 신청", "https://www.coupang.com/np/coupangbiz"), ("고객센터", "https://mc.coupang.com/ssr/desktop/contact/inquiry")],
      "쿠팡(주) | 서울시 송파구 송파대로 570 | 대표이사 박대준 | 사업자등록번호 120-88-00767 | 통신판매업신고 "
      "2017-서울송파-0680<br>본 메일은 발신전용입니다."))

M("commerce", "coupang-delivered-photo", "쿠팡 <help@coupang.com>", P["kang"],
  "[쿠팡] 배송이 완료되었습니다", "2026-05-22 13:40", html=notice_html(
      "coupang", "#e52528", "배송이 완료되었습니다", [
          "고객님이 주문하신 상품이 배송 완료되었습니다.",
          "상품: 닥터지 레드 블레미쉬 클리어 수딩 크림 70ml 외 1건<br>배송지: 문 앞<br>완료일시: 05/22 13:38",
          '<img src="https://delivery-photo.coupangcdn.com/2026/05/22/7f31c0d2.jpg" width="320" alt="배송 완료 사진">',
          '<a href="https://mc.coupang.com/ssr/desktop/order/list">주문목록</a> · 상품을 받지 못하셨다면 '
          '<a href="https://mc.coupang.com/ssr/desktop/contact/inquiry">고객센터</a>로 문의해 주세요.',
      ], "쿠팡(주) | 서울시 송파구 송파대로 570 | 본 메일은 발신전용입니다."))

M("commerce", "11st-order-confirm", "11번가 <order@11st.co.kr>", P["oh"],
  "[11번가] 주문/결제 완료 - 산업용 이더넷 스위치 외", "2026-03-04 15:07", html=shop_html(
      "11st", "#ff0038", "주문/결제가 완료되었습니다", "오세훈 고객님, 11번가를 이용해 주셔서 감사합니다.", [
          ("EFM ipTIME H6008 8포트 기가비트 스위칭허브", "38,900원", "https://www.11st.co.kr/products/4410238871",
           "https://cdn.011st.com/11dims/resize/80x80/11src/product/4410238871/B.jpg"),
          ("랜케이블 CAT.6 UTP 3m 10개 묶음", "21,000원", "https://www.11st.co.kr/products/3329014420",
           "https://cdn.011st.com/11dims/resize/80x80/11src/product/3329014420/B.jpg"),
      ], "주문번호 20260304150611882 · 결제금액 <b>59,900원</b> (11pay 기업카드) · 적립 예정 SK pay 포인트 599P",
      [("주문내역", "https://buy.11st.co.kr/my11st/order/OrderList.tmall"), ("배송조회", "https://www.11st.co.kr"),
       ("현금영수증·세금계산서", "https://www.11st.co.kr/my11st"), ("고객센터 1599-0110", "https://help.11st.co.kr")],
      "11번가(주) | 서울특별시 중구 한강대로 416 | 사업자등록번호 815-81-01244<br>11번가는 통신판매중개자이며 "
      "통신판매의 당사자가 아닙니다."))

M("commerce", "11st-shipping-start", "11번가 <order@11st.co.kr>", P["park"],
  "[11번가] 주문하신 상품이 발송되었습니다", "2026-11-25 17:22", """
[11번가] 상품 발송 안내

박지영 고객님, 주문하신 상품이 발송되었습니다.

- 상품명: [정품] 필립스 전동칫솔 소닉케어 HX6859 외 1건
- 택배사: CJ대한통운
- 송장번호: 5819-2204-7731
- 배송조회: https://trace.cjlogistics.com/next/tracking.html?wblNo=581922047731

배송은 1~2일 정도 걸립니다. 11번가 앱 > 나의 11번가 > 주문/배송조회에서도 확인할 수 있습니다.

11번가 고객센터 1599-0110 | https://www.11st.co.kr
""", client="system")

M("commerce", "gmarket-biz-receipt", "G마켓 <gmarket@gmarket.co.kr>", P["seo"],
  "[G마켓] 현금영수증(지출증빙) 발급 완료 안내", "2026-06-30 18:02", html=notice_html(
      "Gmarket", "#00a63c", "지출증빙용 현금영수증이 발급되었습니다", [
          "주문번호: 4172290318 · 상품: 커피믹스 맥심 모카골드 180T x 3",
          "발급일: 2026-06-30<br>사업자등록번호: 131-**-*4410 ((주)누리웍스)<br>금액: 78,600원 (부가세 7,145원)",
          '국세청 <a href="https://www.hometax.go.kr">홈택스</a>에서 다음 날부터 조회됩니다.',
          '<a href="https://my.gmarket.co.kr">나의 쇼핑정보</a>',
      ], "(주)지마켓 | 서울특별시 강남구 테헤란로 152 | 고객센터 1566-5701"))

M("commerce", "ssg-delivery-slot", "SSG.COM <ssg@ssg.com>", P["kim"],
  "[SSG.COM] 쓱배송 도착 예정 시간 안내", "2026-08-07 07:40", html=notice_html(
      "SSG.COM", "#ff5452", "오늘 쓱배송 도착 예정", [
          "김다은 고객님, 오늘 주문하신 상품이 <b>오후 2시~4시</b> 사이에 도착 예정입니다.",
          "주문번호 20260806-8812294 · 이마트몰 상품 11개 · 결제금액 84,320원 (쿠폰 할인 5,000원 적용)",
          '<img src="https://simg.ssgcdn.com/trans.ssg?src=/ui/ssg/img/mail/delivery_truck.png" width="120" alt="">',
          '<a href="https://www.ssg.com/myssg/orderInfo.ssg">주문/배송 조회</a> | '
          '<a href="https://www.ssg.com/customer/main.ssg">고객센터</a>',
      ], "(주)에스에스지닷컴 | 서울특별시 성동구 성수일로 55 | 고객센터 1577-3419"))

M("commerce", "musinsa-order", "무신사 <no-reply@musinsa.com>", P["jung"],
  "[무신사] 주문 완료 안내 (블랙프라이데이 특가 상품 포함)", "2026-11-27 23:48", html=shop_html(
      "MUSINSA", "#000000", "주문이 완료되었어요", "정민재님, 무신사 블랙프라이데이에서 주문해 주셔서 감사해요.", [
          ("디스이즈네버댓 경량 패딩 자켓 블랙 L", "89,000원 (40% 할인)", "https://www.musinsa.com/products/4011827",
           "https://image.msscdn.net/images/goods_img/20261101/4011827/4011827_80.jpg"),
          ("무신사 스탠다드 기모 조거 팬츠 그레이 32", "29,900원", "https://www.musinsa.com/products/2281933",
           "https://image.msscdn.net/images/goods_img/20250905/2281933/2281933_80.jpg"),
      ], "총 결제금액 118,900원 · 적립금 사용 -3,000원 · 무신사머니 결제<br>평일 오후 2시 이전 주문은 당일 출고돼요.",
      [("주문 내역", "https://www.musinsa.com/order/order-list"), ("교환/반품", "https://www.musinsa.com/mypage"),
       ("1:1 문의", "https://www.musinsa.com/app/cs")],
      "(주)무신사 | 서울특별시 성동구 아차산로 13길 11 | 고객센터 1544-7199"))

M("commerce", "kurly-receipt", "컬리 <noreply@kurly.com>", P["han"],
  "[컬리] 샛별배송 주문이 접수되었어요", "2026-09-09 21:15", html=notice_html(
      "Kurly", "#5f0080", "샛별배송 주문 접수", [
          "한서연님, 내일 아침 7시 전에 문 앞으로 배송해 드릴게요.",
          "유기농 우유 900ml x2, 제철 샤인머스캣 1kg, 한우 불고기 300g 외 4건<br>결제금액 67,840원",
          '<a href="https://www.kurly.com/mypage/order">주문 내역 보기</a>',
      ], "(주)컬리 | 서울특별시 강남구 테헤란로 133, 18층 | 고객센터 1644-1107"))

M("commerce", "naverpay-order-smartstore", "네이버페이 <naverpay_noreply@navercorp.com>", P["choi"],
  "[네이버페이] 결제가 완료되었습니다 - 다이소몰 스마트스토어", "2026-04-14 11:31", html=notice_html(
      "NAVER Pay", "#03c75a", "결제 완료", [
          "판매자: 다이소몰 (스마트스토어)<br>상품: 케이블타이 200mm 100개입 x 10 외 3건<br>결제금액: 32,500원 "
          "(네이버페이 포인트 1,200원 사용)",
          "주문번호 2026041411218810",
          '<a href="https://order.pay.naver.com/home">네이버페이 결제내역</a>에서 배송 상황과 영수증을 볼 수 '
          "있습니다.",
      ], "네이버파이낸셜(주) | 경기도 성남시 분당구 정자일로 95 | 고객센터 1588-3819"))

M("commerce", "baemin-business-receipt", "배달의민족 <no-reply@baemin.com>", P["seo"],
  "[배민] 주문 영수증 - 판교 김밥천국 (회의 도시락)", "2026-10-22 11:47", """
배달의민족 주문 영수증

주문번호: B1Z0022K7W
가게: 김밥천국 판교테크노밸리점
주문일시: 2026-10-22 11:46

참치김밥 x 6          24,000원
라볶이 x 3            21,000원
떡볶이(대) x 1         8,000원
배달팁                 2,000원
할인 쿠폰             -3,000원
-----------------------------
결제금액              52,000원 (비즈니스 결제 - (주)누리웍스)

지출증빙 영수증은 배민 비즈니스 관리자센터(https://biz.baemin.com)에서 받으실 수 있습니다.
(주)우아한형제들 | 고객센터 1600-0987
""", client="system", fmt="plain")

M("commerce", "cj-delivery-today", "CJ대한통운 <cjlogistics@cjlogistics.com>", P["oh"],
  "[CJ대한통운] 오늘 배송 예정입니다 (운송장 6913-4402-1187)", "2026-07-15 08:50", html=notice_html(
      "CJ대한통운", "#0053a0", "오늘 상품을 배송할 예정입니다", [
          "보내는 분: 오늘의집<br>상품: 원목 모니터 받침대<br>운송장번호: 6913-4402-1187",
          "배송 예정 시간: 14시~18시 · 담당 기사: 김OO (연락처는 배송 앱에서 확인)",
          '<a href="https://trace.cjlogistics.com/next/tracking.html?wblNo=691344021187">배송 조회</a>',
          "CJ대한통운은 주소 확인을 이유로 문자 링크를 보내 결제를 요구하지 않습니다.",
      ], "CJ대한통운(주) | 서울특별시 중구 세종대로9길 53 | 고객센터 1588-1255"))

M("commerce", "hanjin-pickup-return", "한진택배 <noreply@hanjin.com>", P["seo"],
  "[한진택배] 반품 회수 접수 완료 안내", "2026-03-09 14:05", """
[한진택배] 반품 회수 접수 완료

회수 예정일: 2026-03-10
회수 주소: 경기도 성남시 분당구 판교역로 192번길 14 5층 (주)누리웍스
상품: 사무용 의자 (반품)
운송장번호: 5082-9914-2203

기사님이 방문 전 연락드립니다. 포장 상태로 1층 경비실에 맡겨 두셔도 됩니다.
배송조회: https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?mCode=MN038&wblnum=508299142203

한진택배 고객센터 1588-0011
""", client="legacy")

M("commerce", "epost-ems-sent", "우체국 <epost@epost.go.kr>", P["oh"],
  "[우체국] 국제특급(EMS) 접수 완료 - 베트남", "2026-05-06 16:30", html=notice_html(
      "인터넷우체국", "#e4002b", "EMS 접수가 완료되었습니다", [
          "등기번호: EE419382215KR<br>도착국가: 베트남 (VIETNAM)<br>내용품: 센서 샘플 (Sample, No Commercial Value)"
          "<br>요금: 41,500원",
          '배송 상황은 <a href="https://service.epost.go.kr/trace.RetrieveEmsRigiTraceList.comm?POST_CODE='
          'EE419382215KR">우체국 국제우편 조회</a>에서 확인하세요.',
      ], "우정사업본부 | 세종특별자치시 도움6로 11 | 고객센터 1588-1300"))

M("commerce", "lotte-global-customs-id", "롯데글로벌로지스 <noreply@lotteglogis.com>", P["han"],
  "[롯데택배] 해외직구 통관 진행 안내 (개인통관고유부호 확인됨)", "2026-12-02 10:10", """
[롯데택배 해외특송]

고객님의 해외직구 물품이 인천공항에 도착하여 통관 중입니다.

- 발송처: AliExpress
- 품명: USB logic analyzer 외 1건
- 개인통관고유부호: P2026****8810 (확인 완료)
- 운송장: 2540-3318-6620

관세·부가세 납부 대상이 아니며, 통관 완료 후 1~2일 내 배송됩니다.
관세청 유니패스에서 통관 진행 상황을 확인할 수 있습니다: https://unipass.customs.go.kr
배송조회: https://www.lotteglogis.com/home/reservation/tracking/index

※ 관세청이나 택배사는 문자 링크로 관세 납부를 요구하지 않습니다.
""", client="system")

M("commerce", "ohou-order-furniture", "오늘의집 <noreply@ohou.se>", P["ceo"],
  "[오늘의집] 주문하신 상품의 배송 일정이 확정되었어요", "2026-02-24 12:02", html=notice_html(
      "오늘의집", "#35c5f0", "배송 일정 확정", [
          "일룸 모션데스크 1600 (화이트)<br>배송·설치 예정일: 3월 3일(화) 오전<br>배송지: 판교역로 192번길 14, 5층",
          '<img src="https://image.ohou.se/i/bucketplace-v2-development/uploads/productions/1711.jpg?w=240" width="240" alt="">',
          '<a href="https://ohou.se/orders">주문 내역</a> | <a href="https://ohou.se/customer_center">고객센터</a>',
      ], "(주)버킷플레이스 | 서울특별시 서초구 서초대로74길 4 | 고객센터 1670-0876"))

M("commerce", "apple-store-pickup", "Apple Store <noreply@email.apple.com>", "임채원 <cw.lim@corp.example>",
  "주문하신 제품의 픽업 준비가 완료되었습니다. 주문 번호: W1388204421", "2026-10-02 15:10", html=notice_html(
      "Apple Store", "#000000", "픽업 준비 완료", [
          "임채원 님, Apple 여의도에서 주문 제품을 픽업하실 수 있습니다.",
          "MacBook Pro 14 (M5) · 1개<br>픽업 가능 기간: 10월 2일 ~ 10월 16일",
          "픽업 시 신분증과 이 메일의 QR 코드를 보여 주세요.",
          '<a href="https://www.apple.com/kr/shop/order/list">주문 상태 보기</a>',
      ], "Apple Korea 유한책임회사 | 서울특별시 강남구 영동대로 517"))

M("commerce", "danawa-price-alert", "다나와 <noreply@danawa.com>", P["yoon"],
  "[다나와] 관심상품 최저가 알림 - 시놀로지 DS923+", "2026-06-18 09:12", """
[다나와] 관심상품 가격 변동 알림

윤태식 님이 등록하신 관심상품의 최저가가 내려갔습니다.

상품: Synology DS923+ (하드 미포함)
이전 최저가: 782,000원 → 현재 최저가: 729,000원 (-6.8%)
최저가 쇼핑몰: 컴퓨존
바로가기: https://prod.danawa.com/info/?pcode=18992177

알림 설정 변경: https://www.danawa.com/member/myPage.php
""", client="system")

M("commerce", "compuzone-tax-invoice", "컴퓨존 <cs@compuzone.co.kr>", P["yoon"],
  "[컴퓨존] 전자세금계산서가 발행되었습니다", "2026-06-20 17:40", """
(주)누리웍스 담당자님께

주문하신 상품에 대한 전자세금계산서가 발행되어 국세청으로 전송되었습니다.

- 주문번호: CZ260619-33801
- 품목: Synology DS923+ 외 WD Red Plus 8TB x4
- 공급가액: 1,744,545원 / 세액: 174,455원 / 합계: 1,919,000원

세금계산서 원본은 https://www.compuzone.co.kr 마이페이지 > 증빙서류에서 확인하실 수 있습니다.
(주)컴퓨존 | 서울특별시 용산구 새창로 217 | 1577-3332
""", client="hiworks", fmt="plain", enc="euc-kr/quoted-printable", henc="euc-kr/B")

M("commerce", "buyer-order-forward-approval", P["oh"], P["acct"], "FW: [쿠팡비즈] 세금계산서 발행 요청 건 - 2월 사무용품",
  "2026-02-12 09:15", """
경영지원팀,
쿠팡비즈에서 2월 사무용품 주문 건 세금계산서 신청 완료했습니다. 다음 주 중 발행된다고 합니다.
결재는 어제 올렸어요 (구매-2026-0211).
""" + sig("oh") + """
-----Original Message-----
From: 쿠팡비즈 <coupangbiz@coupang.com>
Sent: Thursday, February 12, 2026 9:02 AM
To: 오세훈 <sh.oh@corp.example>
Subject: [쿠팡비즈] 세금계산서 발행 요청이 접수되었습니다

주문번호 31000218837412 건의 세금계산서 발행 요청이 접수되었습니다.
발행 예정일: 2026-02-18
조회: https://www.coupang.com/np/coupangbiz
""", client="outlook")

M("commerce", "amazon-jp-shipped", "Amazon.co.jp <shipment-tracking@amazon.co.jp>", "임채원 <cw.lim@corp.example>",
  "Amazon.co.jp ご注文の商品を発送しました", "2026-08-25 10:40 +0900", """
임채원 様

Amazon.co.jp をご利用いただき、ありがとうございます。
ご注文の商品を発送しましたのでお知らせいたします。

注文番号: 250-4418823-1120477
商品: OMRON 温湿度センサ 2JCIE-BU01 (1個)
配送業者: DHL Express (国際配送)
お問い合わせ伝票番号: 4471920385

配送状況の確認: https://www.amazon.co.jp/gp/css/order-history

Amazon.co.jp カスタマーサービス
""", client="system")

M("commerce", "aliexpress-order-delivered", "AliExpress <transaction@notice.aliexpress.com>", P["han"],
  "주문 8188203311472 배송 완료", "2026-12-05 11:00", html=notice_html(
      "AliExpress", "#e62e04", "주문하신 상품이 배송 완료되었습니다", [
          "USB 로직 분석기 24MHz 8CH + 테스트 클립 세트 · US $9.87",
          "상품을 받으셨다면 수령 확인을 눌러 주세요. 문제가 있으면 수령 확인 후 15일 이내 분쟁을 열 수 있습니다.",
          btn("https://www.aliexpress.com/p/order/index.html", "주문 보기", "#e62e04"),
      ], "Alibaba.com Singapore E-Commerce Private Limited | 이 메일은 발신 전용입니다."))

M("commerce", "ikea-delivery-assembly", "IKEA <noreply@ikea.com>", P["seo"],
  "[IKEA] 배송 및 조립 서비스 예약 확인", "2026-01-20 18:20", html=notice_html(
      "IKEA", "#0058a3", "배송 및 조립 서비스 예약 확인", [
          "주문번호 1193882710 · 광명점<br>배송일: 1월 27일(화) 09:00~13:00 · 조립 서비스 포함",
          "MICKE 책상 x 4, ALEX 서랍 x 4, MARKUS 의자 x 4",
          '<a href="https://www.ikea.com/kr/ko/customer-service/track-and-manage-order/">주문 조회 및 변경</a>',
      ], "이케아코리아 유한회사 | 경기도 광명시 일직로 17 | 고객지원센터 1670-4532"))

M("commerce", "kyobo-book-order", "교보문고 <kyobo@kyobobook.co.kr>", "김다은 <de.kim@corp.example>",
  "[교보문고] 주문하신 도서가 출고되었습니다", "2026-03-26 14:22", """
[교보문고] 출고 안내

(주)누리웍스 김다은 님, 주문하신 도서가 오늘 출고되었습니다.

- 주문번호: 20260326-1182734
- 도서: 「팀장의 탄생」 외 11권 (사내 도서관 비치용)
- 배송: 한진택배 5088-2103-4471 (내일 도착 예정)
- 결제: 법인카드 / 지출증빙 영수증 발급 완료

주문 조회: https://order.kyobobook.co.kr
교보문고 고객센터 1544-1900
""", client="system", enc="ks_c_5601-1987/quoted-printable", henc="ks_c_5601-1987/B")

M("commerce", "gs25-delivery-parcel", "GS Postbox <noreply@cvsnet.co.kr>", P["kang"],
  "[GS25 반값택배] 물품이 도착했습니다", "2026-09-28 19:02", """
[GS25 반값택배] 도착 안내

보내신 분: 정*재
도착 점포: GS25 판교테크로점 (경기도 성남시 분당구 판교로 255)
운송장번호: 3622-0184-9917
보관기한: 10월 2일까지

본인 확인 후 수령해 주세요. 조회: https://www.cvsnet.co.kr
""", client="system")

M("commerce", "coupang-wow-renewal", "쿠팡 <help@coupang.com>", P["seo"],
  "[쿠팡] 와우 멤버십 정기결제 예정 안내", "2026-07-27 09:00", """
쿠팡 와우 멤버십 정기결제 안내

서*지 고객님, 와우 멤버십 월회비가 8월 1일에 결제될 예정입니다.

결제 예정 금액: 7,890원
결제 수단: 쿠페이 머니 (부족 시 등록 카드)

멤버십 해지는 쿠팡 앱 > 마이쿠팡 > 와우 멤버십에서 언제든 할 수 있습니다.
쿠팡은 멤버십 해지나 환불을 이유로 외부 링크나 앱 설치를 요청하지 않습니다.

쿠팡(주) | https://www.coupang.com | 고객센터 1577-7011
""", client="system")

M("commerce", "11st-refund-complete", "11번가 <order@11st.co.kr>", P["oh"],
  "[11번가] 반품 환불이 완료되었습니다", "2026-03-13 15:40", html=notice_html(
      "11st", "#ff0038", "환불 완료 안내", [
          "오세훈 고객님, 요청하신 반품 건의 환불이 완료되었습니다.",
          "주문번호 20260304150611882<br>상품: 랜케이블 CAT.6 UTP 3m 10개 묶음<br>환불금액: 21,000원 (11pay 기업카드 "
          "승인 취소, 카드사 반영까지 3~5영업일)",
          '<a href="https://buy.11st.co.kr/my11st/order/OrderList.tmall">취소/반품 내역</a>',
      ], "11번가(주) | 서울특별시 중구 한강대로 416 | 고객센터 1599-0110"))

M("commerce", "epost-registered-absent", "우체국 <epost@epost.go.kr>", P["acct"],
  "[우체국] 등기우편물 배달 예정 안내", "2026-04-16 08:10", """
[우체국] 등기우편물 배달 예정 안내

수취인: (주)누리웍스
등기번호: 11288-0412-2204
발송인: 성남세무서
배달 예정일: 2026-04-16

부재 시 우편물은 판교우체국에 보관되며, 인터넷우체국(https://service.epost.go.kr)에서 배달 상태와
재배달 신청을 하실 수 있습니다.
우체국은 문자나 메일 링크로 주소 변경이나 수수료 결제를 요구하지 않습니다.

우정사업본부 고객센터 1588-1300
""", client="system", enc="euc-kr/base64", henc="euc-kr/B")

M("commerce", "kakao-gift-received-mail", "카카오톡 선물하기 <gift@kakaocorp.com>", P["kang"],
  "[카카오톡 선물하기] 정민재님이 선물을 보냈어요 🎁", "2026-09-03 12:10", html=notice_html(
      "kakao gift", "#fee500", "선물이 도착했어요", [
          "정민재님이 강하늘님께 선물을 보냈어요.",
          "스타벅스 아이스 카페 아메리카노 T 2잔<br>메시지: \"이번 캠페인 고생 많았어요! ☕\"",
          "선물함은 카카오톡 &gt; 더보기 &gt; 선물하기 &gt; 선물함에서 확인할 수 있어요.",
      ], "(주)카카오 | 제주특별자치도 제주시 첨단로 242"))
