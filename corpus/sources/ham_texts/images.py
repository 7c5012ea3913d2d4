"""images: legitimate mail that is mostly image — scanner output with one line or none, "스캔본 첨부합니다",
receipts and whiteboards photographed for a colleague, e-cards and invitation cards that are one picture,
phone photo shares, screenshots sent to IT, photo-album share notices. The ham counterpart of image-only
spam. Images are valid JPEG/PNG files (phone JPEGs carry the camera's Exif). Third batch."""
from ham_texts import M, P, notice_html, sig

IPHONE = "\n\niPhone에서 보냄\n"

M("images", "scan-one-line-contract", P["choi"], "김세무 세무사 <cpa.kimtax@naver.com>", "스캔본 첨부합니다",
  "2026-03-27 16:02", """
세무사님, 요청하신 임대차계약서 스캔본 첨부합니다.
""" + sig("choi"), att=[("임대차계약서_스캔.jpg", "scan:"), ("임대차계약서_스캔_2.jpg", "scan:")])

M("images", "mfp-scan-no-text", "Canon iR-ADV C5840 <scanner@corp.example>", P["seo"], "Scanned image from iR-ADV C5840",
  "2026-05-13 10:44", "\n", client="plain8", fmt="plain",
  att=[("20260513104412.jpg", "scan:")])

M("images", "mfp-scan-ricoh-korean", "RICOH IM C3000 <ricoh-5f@corp.example>", P["kim"], "스캔 문서 전송: 3 페이지",
  "2026-09-21 14:20", """
스캔한 문서를 보냅니다.

장치 이름: RICOH IM C3000 (5층 복합기)
페이지 수: 3
해상도: 200 x 200 dpi
""", client="plain8", fmt="plain", att=[("scan0001.jpg", "scan:"), ("scan0002.jpg", "scan:"), ("scan0003.jpg", "scan:")])

M("images", "receipt-photo-expense", "배성우 <sw.bae@corp.example>", P["acct"], "출장 영수증 사진 (부산)",
  "2026-04-24 21:30", """
경영지원팀, 부산 출장 영수증 사진 보냅니다. 원본은 월요일에 드릴게요.
""" + IPHONE, client="outlook365", att=[("IMG_3301.jpg", "photo:Apple:iPhone 14 Pro"),
                                          ("IMG_3302.jpg", "photo:Apple:iPhone 14 Pro"),
                                          ("IMG_3305.jpg", "photo:Apple:iPhone 14 Pro")])

M("images", "whiteboard-photo-meeting", P["lim"], "개발팀 <dev@corp.example>", "오늘 회의 화이트보드",
  "2026-06-15 17:10", "\n", client="outlook", fmt="plain", att=[("20260615_170212.jpg", "photo:samsung:SM-S921N")])

M("images", "error-screenshot-to-it", "이주원 <jw.lee@corp.example>", P["it"], "이런 창이 떠요",
  "2026-02-09 09:12", """
아침부터 아웃룩 켜면 이 창이 떠요 ㅠ
""", client="outlook", fmt="html", html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'맑은 고딕';font-size:10pt;">아침부터 아웃룩 켜면 이 창이 떠요 ㅠ</div>
<div><img src="cid:image001.png@01DC9A1B.22F0C710" width="612" height="284"></div>
</body></html>
""", inline=[("image001.png@01DC9A1B.22F0C710", "image001.png", "png:612x284")])

M("images", "ecard-company-anniversary", P["info"], P["all"], "창립 10주년을 함께해 주셔서 감사합니다",
  "2026-04-01 09:00", "", client="outlook", fmt="html", html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<img src="cid:anniv10_card" width="640" height="900" alt="(주)누리웍스 창립 10주년">
</td></tr></table>
</body></html>
""", inline=[("anniv10_card", "창립10주년_카드.png", "png:640x900")])

M("images", "ecard-chuseok-partner", "한일정밀 <info@hanilprecision.co.kr>", P["park"], "풍성한 한가위 보내세요",
  "2026-09-23 08:30", "", client="hiworks", fmt="html", html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<p style="text-align:center;"><img src="cid:chuseok2026" width="600" height="800" alt="한가위"></p>
<p style="text-align:center;font-size:12px;color:#666;">한일정밀(주) 임직원 일동</p>
</body></html>
""", inline=[("chuseok2026", "2026_추석카드.png", "png:600x800")])

M("images", "ecard-christmas-en-supplier", "SensorTech GmbH <info@sensortech.de>", P["bae"], "Season's Greetings from SensorTech",
  "2026-12-18 09:00 +0100", "", client="outlook365", fmt="html", html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div align="center">
<img src="cid:xmas2026@sensortech.de" width="600" height="420" alt="Season's Greetings 2026">
<p style="font-family:Arial;font-size:11px;color:#777;">SensorTech GmbH · Am Technologiepark 7 · 76131 Karlsruhe · Germany</p>
</div></body></html>
""", inline=[("xmas2026@sensortech.de", "SeasonsGreetings2026.png", "png:600x420")])

M("images", "invitation-card-image-seminar", "한국센서산업협회 <ksia@sensor.or.kr>", P["ceo"],
  "[초대장] 2026 센서산업 발전 유공자 시상식", "2026-11-02 10:00", "", client="esp", fmt="html",
  html="""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f2f2f2;">
<center>
<img src="cid:invite_ksia_2026" width="600" height="850" alt="2026 센서산업 발전 유공자 시상식 초대장">
<p style="font-size:12px;color:#555;">참석 회신: 02-3404-8820 · ksia@sensor.or.kr</p>
</center>
</body></html>
""", inline=[("invite_ksia_2026", "초대장.png", "png:600x850")])

M("images", "wedding-invitation-card-image", "노윤희 <yunhee.noh.1992@gmail.com>", "노윤희 <yh.noh@corp.example>",
  "청첩장 이미지 (회사 공지용)", "2026-08-20 22:40", "", client="gmail", fmt="html",
  html="""<div dir="ltr"><div><img src="cid:ii_wedding_card" alt="청첩장.jpg" width="540"><br></div></div>
""", inline=[("ii_wedding_card", "청첩장.jpg", "photo:Apple:iPhone 15")])

M("images", "site-photos-customer", "정재훈 <jh.jung.field@corp.example>", "한일정밀 설비팀 <facility@hanilprecision.co.kr>",
  "설치 완료 사진 송부 (2공장 컴프레서 6대)", "2026-07-08 18:20", """
설비팀장님, 오늘 2공장 컴프레서 진동센서 설치 완료했습니다. 사진 보내드립니다.
""" + IPHONE, client="outlook365", att=[(f"설치사진_{n:02d}.jpg", "photo:Apple:iPhone 13 Pro") for n in range(1, 7)])

M("images", "business-card-photo", P["bae"], P["sales"], "명함 (창원 전시회에서 받은 것)",
  "2026-10-16 19:05", "명함 사진입니다. CRM 등록 부탁해요.\n", client="outlook",
  att=[("명함_01.jpg", "photo:samsung:SM-F956N"), ("명함_02.jpg", "photo:samsung:SM-F956N"),
       ("명함_03.jpg", "photo:samsung:SM-F956N"), ("명함_04.jpg", "photo:samsung:SM-F956N")])

M("images", "google-photos-shared-album", "Google 포토 <noreply-photos@google.com>", P["park"],
  "김유나님이 '제주 여행 2026'앨범을 공유했습니다", "2026-06-10 12:30", html=notice_html(
      "Google 포토", "#1a73e8", "김유나님이 앨범을 공유했습니다", [
          '<img src="https://lh3.googleusercontent.com/pw/AP1GczN8aJejuTrip2026=w240-h240" width="240" alt="제주 여행 2026">',
          "<b>제주 여행 2026</b> · 사진 84장",
          '<a href="https://photos.app.goo.gl/u7Jq4pYjNuRiTrip26">앨범 보기</a>',
      ], "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA<br>이 이메일은 김유나님이 Google 포토에서 "
         "앨범을 공유하여 발송되었습니다.", layout=2))

M("images", "naver-mybox-share", "네이버 MYBOX <mybox_noreply@navercorp.com>", P["kang"],
  "[MYBOX] 정민재님이 폴더를 공유했습니다: 촬영본_신제품", "2026-03-30 16:10", html=notice_html(
      "NAVER MYBOX", "#03c75a", "폴더 공유 알림", [
          "정민재님이 '촬영본_신제품' 폴더(사진 126개, 2.4GB)를 공유했습니다.",
          '<a href="https://mybox.naver.com/share/list?shareKey=Xk2Pn8Qa">MYBOX에서 열기</a>',
          "공유 기간: 2026.04.30까지",
      ], "네이버(주) | 본 메일은 발신전용입니다."))

M("images", "icloud-shared-album", "iCloud <noreply@email.apple.com>", P["han"],
  "조민수님이 공유 앨범 '하린이 돌'에 사진 12장을 추가했습니다", "2026-10-05 21:15", html=notice_html(
      "iCloud", "#000000", "공유 앨범에 새 사진", [
          '<img src="https://p112-sharedstreams.icloud.com/thumb/B0qGWvVQ2qJX.jpg" width="200" alt="">',
          "조민수님이 '하린이 돌' 앨범에 사진 12장을 추가했습니다.",
          '<a href="https://www.icloud.com/sharedalbum/ko-kr/#B0qGWvVQ2qJX">앨범 보기</a>',
      ], "Apple Inc. | One Apple Park Way, Cupertino, CA 95014"))

M("images", "product-photos-to-customer", P["park"], "대성기계 구매팀 <purchase@daesung-mc.co.kr>", "문의하신 제품 실물 사진입니다",
  "2026-02-19 11:40", """
과장님, 문의하신 NURI-VB300 실물 사진 보내드립니다. 케이블 길이는 3m 기본, 5m 옵션입니다.
""" + sig("park"), client="outlook", fmt="html", html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'맑은 고딕';font-size:10pt;">
<p>과장님, 문의하신 NURI-VB300 실물 사진 보내드립니다. 케이블 길이는 3m 기본, 5m 옵션입니다.</p>
<p><img src="cid:image001.jpg@01DCA1F0.5E2B3A40" width="400"></p>
<p><img src="cid:image002.jpg@01DCA1F0.5E2B3A40" width="400"></p>
<p>영업팀 박지영 과장 | 010-2931-5804</p>
</div></body></html>
""", inline=[("image001.jpg@01DCA1F0.5E2B3A40", "image001.jpg", "photo:Canon:Canon EOS R6"),
             ("image002.jpg@01DCA1F0.5E2B3A40", "image002.jpg", "photo:Canon:Canon EOS R6")])

M("images", "banner-approval", P["kang"], P["jung"], "전시회 배너 최종본 컨펌 부탁드려요",
  "2026-02-26 15:30", """
팀장님, 3월 전시회 배너 최종본입니다. 인쇄소 마감이 내일 오전이라 오늘 중 컨펌 부탁드려요!
""", client="outlook", att=[("배너_최종_600x1800.png", "png:300x900"), ("X배너_최종.png", "png:300x900")])

M("images", "floor-plan-move", P["seo"], P["all"], "다음 주 자리 배치도",
  "2026-12-04 17:40", "자리 배치도 첨부합니다. 이사는 12/11(금) 오후입니다.\n" + sig("seo"), client="outlook",
  att=[("5층_자리배치도_v3.png", "png:800x560")])

M("images", "kakao-pc-photos-forward", P["kim"], P["kim"], "카톡 사진 (워크숍)",
  "2026-10-16 21:00", "\n", client="outlook", fmt="plain",
  att=[(f"KakaoTalk_20261016_2030{n}.jpg", "photo:samsung:SM-S911N") for n in range(10, 15)])

M("images", "fax-image-order", "팩스수신 <fax@corp.example>", P["oh"], "[팩스수신] 031-353-88XX 에서 2페이지",
  "2026-08-11 10:31", """
팩스가 수신되었습니다.
발신번호: 031-353-88XX
수신일시: 2026-08-11 10:31
페이지: 2
""", client="plain8", fmt="plain", att=[("FAX_20260811103102_p1.jpg", "scan:"), ("FAX_20260811103102_p2.jpg", "scan:")])

M("images", "photo-reply-thanks-oneline", "한일정밀 설비팀 <facility@hanilprecision.co.kr>", "정재훈 <jh.jung.field@corp.example>",
  "RE: 설치 완료 사진 송부 (2공장 컴프레서 6대)", "2026-07-09 08:10", """
사진 잘 받았습니다. 수고하셨습니다.
""", client="hiworks", reply="corp.example")

M("images", "gallery-link-samsung", "박지훈 <jihoon.park.91@gmail.com>", P["park"],
  "칠순 사진 링크", "2026-09-30 22:10", """
누나 칠순 사진 여기 다 올렸어
https://link.gallery.samsung.com/share/1QwErTy7sept
""", client="gmail")

M("images", "parcel-damage-photos", P["seo"], "컴퓨존 고객센터 <cs@compuzone.co.kr>", "파손 상품 사진 보내드립니다 (주문 CZ260619-33801)",
  "2026-06-22 10:20", """
안녕하세요. 어제 받은 NAS 박스 모서리가 찌그러져 있고 본체 전면 커버에 금이 가 있습니다.
사진 첨부하니 교환 절차 안내 부탁드립니다.
""" + sig("seo"), client="outlook",
  att=[("파손_박스.jpg", "photo:samsung:SM-S911N"), ("파손_전면커버.jpg", "photo:samsung:SM-S911N")])

M("images", "statement-screenshot-accounting", "배성우 <sw.bae@corp.example>", P["acct"], "카드 승인 내역 캡처",
  "2026-10-14 09:40", "", client="outlook", fmt="html", html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'맑은 고딕';font-size:10pt;">어제 디지키 결제 건 캡처입니다. 영수증은 메일로 다시 받아서 드릴게요.</div>
<div><img src="cid:image001.png@01DD3B4C.9A11E2F0" width="390" height="844"></div>
</body></html>
""", inline=[("image001.png@01DD3B4C.9A11E2F0", "image001.png", "png:195x422")])

M("images", "wedding-card-scan-hr", P["hr"], P["all"], "FW: [청첩장] 영업팀 홍석진 님 (전 직원) 결혼 소식",
  "2026-09-01 11:00", """
지난 6월 퇴사하신 홍석진 님이 10월 결혼 소식을 전해 오셔서 공유드립니다. 청첩장 스캔본 첨부합니다.
""" + sig("kim"), att=[("청첩장_홍석진.jpg", "scan:")])

M("images", "photo-only-galaxy-to-self", "정재훈 <jaehoon.jung.field@gmail.com>", "정재훈 <jh.jung.field@corp.example>",
  "현장 사진", "2026-11-10 16:44", "\n\n내 Galaxy에서 보냄\n", client="gmail", fmt="plain",
  att=[("20261110_164102.jpg", "photo:samsung:SM-S926N"), ("20261110_164117.jpg", "photo:samsung:SM-S926N")])
