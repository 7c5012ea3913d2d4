"""bulk: wanted bulk mail the office opted into — vendor newsletters, webinar and 세미나 invitations, SaaS product
updates, a distributor's price list to an existing customer, event follow-ups — through ESPs with tracking
links, open pixels, List-Unsubscribe and 수신거부 lines, and no (광고) subject tag. Third batch."""
from ham_texts import M, P, btn, notice_html
from ham_texts.newsletter import letter, list_headers


def B(slug, frm, to, subj, date, esp, key, brand, color, title, intro, items, footer, unsub, reason, webview="", **kw):
    relay = {"stibee": "mta.stibee.com", "mailchimp": "mail131-5.atl41.mcdlv.net", "sendgrid": "o3.ptr2290.sendgrid.net",
             "none": ""}[esp]
    if esp in ("mailchimp", "sendgrid"):
        kw.setdefault("fmt", "alt")
        kw.setdefault("henc", "utf-8/Q")
    M("bulk", slug, frm, to, subj, date, html=letter(esp, key, brand, color, title, intro, items, footer, unsub, reason,
                                                     webview),
      headers=list_headers(unsub, kw.pop("mailto", ""), kw.pop("list_id", "")), client="esp", relay=relay or None, **kw)


B("siemens-webinar-invite", "Siemens Korea <events@siemens.co.kr>", P["lim"],
  "[웨비나] 예지보전을 위한 진동 센서 데이터 활용 - 11월 19일(목) 14시", "2026-11-03 10:00", "sendgrid", "siemens",
  "SIEMENS", "#009999", "예지보전 웨비나 초대", "임채원 님, 지난 스마트팩토리 엑스포에서 뉴스레터 수신에 동의해 "
  "주셔서 감사합니다. 이번 달 웨비나를 안내해 드립니다.", [
      ("진동 센서 데이터로 설비 고장 예측하기", "11월 19일(목) 14:00~15:00 · 온라인(Zoom) · 무료 · 사전 등록 필수",
       "https://www.siemens.com/kr/ko/company/events/webinar-pdm.html", "무료 등록하기"),
      ("발표 자료 미리 보기", "등록하신 분께는 발표 자료(PDF)와 다시보기 링크를 보내 드립니다.",
       "https://www.siemens.com/kr/ko/products/automation.html", "자세히 보기"),
  ], "한국지멘스(주) | 서울특별시 강남구 테헤란로 133", "https://www.siemens.com/kr/ko/general/unsubscribe.html",
  "본 메일은 지멘스 이벤트 및 뉴스 수신에 동의하신 분께 발송됩니다.")

B("notion-product-update", "Notion <team@makenotion.com>", P["han"], "What's new in Notion: AI meeting notes, forms, and more",
  "2026-04-16 16:00 +0000", "sendgrid", "notion", "Notion", "#000000", "April product update",
  "Hi 서연, here's what shipped this month.", [
      ("AI Meeting Notes", "Notion now transcribes and summarizes your meetings, right in your workspace.",
       "https://www.notion.com/releases/2026-04-14", "Read the release notes"),
      ("Forms", "Collect responses from anyone, straight into a database.", "https://www.notion.com/help/forms",
       "Learn more"),
      ("Enterprise search", "Search across Slack, Google Drive and GitHub from one box.",
       "https://www.notion.com/product/enterprise-search", "Try it"),
  ], "Notion Labs, Inc., 2300 Harrison Street, San Francisco, CA 94110",
  "https://www.notion.com/unsubscribe?e=sy.han%40corp.example",
  "You're receiving this because you signed up for Notion product updates.")

B("figma-config-invite", "Figma <news@figma.com>", P["kang"], "Config 2026 다시보기가 공개되었습니다", "2026-07-08 01:00 +0000",
  "mailchimp", "figma", "Figma", "#0acf83", "Config 2026 하이라이트", "Config에서 발표된 새 기능을 한눈에 정리했어요.", [
      ("Figma Sites", "디자인을 그대로 웹사이트로 게시할 수 있어요.", "https://www.figma.com/sites/", "알아보기"),
      ("Dev Mode 업데이트", "코드 연결과 변수 내보내기가 더 쉬워졌어요.", "https://www.figma.com/dev-mode/", "알아보기"),
      ("전체 세션 다시보기", "48개 세션 영상을 유튜브에서 볼 수 있어요.", "https://www.youtube.com/@Figma", "영상 보기"),
  ], "Figma, Inc. 760 Market Street, Floor 10, San Francisco, CA 94102",
  "https://figma.us21.list-manage.com/unsubscribe?u=5a1f&id=2c0a", "Figma 뉴스레터 구독자에게 발송되었습니다.")

B("mouser-korea-new-products", "Mouser Electronics <korea@mouser.com>", P["oh"],
  "[Mouser] 이번 주 신제품 - 산업용 압력 센서, IO-Link 마스터", "2026-05-12 09:00", "none", "mouser",
  "MOUSER ELECTRONICS", "#004a97", "New Products This Week", "오세훈 님, 관심 분야(센서, 산업 자동화)의 신제품을 "
  "소개합니다.", [
      ("TE Connectivity M3200 압력 트랜스듀서", "0~10,000psi, 4~20mA 출력, IP67.", "https://www.mouser.kr/new/te-connectivity/",
       "제품 보기"),
      ("ifm IO-Link 마스터 AL1350", "EtherNet/IP, 4포트, 설정 소프트웨어 무료 제공.", "https://www.mouser.kr/new/ifm/",
       "제품 보기"),
      ("무료 배송 안내", "주문 금액 6만원 이상 한국 무료 배송, 관부가세 포함 가격 표시.",
       "https://www.mouser.kr/shipping/", "배송 안내"),
  ], "Mouser Electronics, Inc. 1000 North Main Street, Mansfield, TX 76063, USA | 한국 고객지원 02-380-8400",
  "https://www.mouser.kr/MyMouser/EmailPreferences.aspx", "Mouser 계정에서 신제품 메일 수신을 선택하셨습니다.",
  webview="https://www.mouser.kr/newsletter/view/20260512")

B("kmac-seminar-invite", "한국능률협회컨설팅 <seminar@kmac.co.kr>", P["ceo"],
  "[KMAC] 2026 제조혁신 CEO 조찬 세미나 초대 (12월 9일)", "2026-11-18 08:30", "stibee", "kmac",
  "KMAC", "#c8102e", "제조혁신 CEO 조찬 세미나", "이준호 대표님, 올해 마지막 조찬 세미나에 초대합니다.", [
      ("주제: AI와 예지보전이 바꾸는 중소 제조 현장", "12월 9일(수) 07:00~09:00 · 롯데호텔 서울 크리스탈볼룸 · "
       "조찬 제공 · 회원사 무료", "https://www.kmac.co.kr/seminar/ceo-breakfast-2026-12", "참석 신청"),
      ("연사", "김현수 교수(KAIST 산업및시스템공학과), 현대위아 스마트팩토리추진팀장", "https://www.kmac.co.kr",
       "연사 소개"),
  ], "한국능률협회컨설팅 | 서울특별시 종로구 세종대로 149 | 02-3786-0114",
  "https://page.stibee.com/subscriptions/55120/unsubscribe", "KMAC 세미나 안내 수신에 동의하신 분께 발송됩니다.")

B("aws-summit-seoul", "Amazon Web Services <aws-korea-marketing@amazon.com>", P["yoon"],
  "AWS Summit Seoul 2026 등록이 시작되었습니다", "2026-03-24 01:00 +0000", "sendgrid", "awskr", "aws", "#232f3e",
  "AWS Summit Seoul 2026", "5월 13일~14일 코엑스에서 만나요. 등록은 무료입니다.", [
      ("기조연설과 100개 이상의 세션", "생성형 AI, 데이터, 제조 IoT 트랙", "https://aws.amazon.com/ko/events/summits/seoul/",
       "무료 등록"),
      ("제조 산업 세션", "IoT SiteWise로 설비 데이터 수집하기", "https://aws.amazon.com/ko/iot-sitewise/", "세션 보기"),
  ], "Amazon Web Services Korea LLC | 서울특별시 강남구 테헤란로 231",
  "https://pages.awscloud.com/communication-preferences.html", "AWS 이벤트 소식 수신을 선택하셨습니다.")

B("distributor-price-list-customer", "디바이스마트 <news@devicemart.co.kr>", P["oh"],
  "[디바이스마트] 기업 고객 12월 단가표 및 재고 안내", "2026-12-01 10:00", "none", "devicemart", "DEVICEMART",
  "#0067b1", "기업 고객 전용 12월 단가표", "(주)누리웍스 오세훈 님, 거래해 주셔서 감사합니다. 12월 기업 고객 단가와 "
  "주요 부품 재고를 안내해 드립니다.", [
      ("단가표 (엑셀)", "라즈베리파이 5, ESP32, 산업용 릴레이 등 320개 품목. 11월 대비 평균 2.1% 인하.",
       "https://www.devicemart.co.kr/biz/price/202612.xlsx", "단가표 내려받기"),
      ("연말 재고 소진 할인", "기업 고객 한정, 12월 19일까지 선택 품목 10~20% 할인.",
       "https://www.devicemart.co.kr/biz/event/202612", "품목 보기"),
      ("담당자", "기업영업팀 최유진 대리 02-2679-7300, biz@devicemart.co.kr", "mailto:biz@devicemart.co.kr",
       "메일 보내기"),
  ], "(주)디바이스마트 | 서울특별시 금천구 가산디지털2로 98", "https://www.devicemart.co.kr/member/mailreject",
  "디바이스마트 기업 회원으로 가입하며 정보 메일 수신에 동의하셨습니다.")

B("jetbrains-license-renewal", "JetBrains <sales@jetbrains.com>", P["lim"],
  "Your JetBrains All Products Pack subscription renews in 30 days", "2026-10-15 12:00 +0000", "sendgrid", "jetbrains",
  "JetBrains", "#000000", "Subscription renewal reminder", "Hello 채원, your organization's subscription "
  "(10 licenses) renews automatically on November 14, 2026.", [
      ("Renewal price", "USD 7,790.00 for 10 All Products Pack licenses (3rd year continuity discount applied).",
       "https://account.jetbrains.com/licenses", "Manage licenses"),
      ("Need a quote or invoice?", "Download a quote for your purchasing team from JetBrains Account.",
       "https://sales.jetbrains.com", "Contact sales"),
  ], "JetBrains s.r.o., Na Hřebenech II 1718/10, Prague, 14000, Czech Republic",
  "https://account.jetbrains.com/profile-details", "You receive this because you are a license administrator.")

B("kakao-business-news", "카카오비즈니스 <kakaobusiness@kakaocorp.com>", P["jung"],
  "[카카오비즈니스] 12월 광고 정책 변경과 연말 캠페인 가이드", "2026-12-02 14:00", "none", "kakaobiz",
  "kakao business", "#fee500", "12월 비즈니스 소식", "정민재 님, 카카오비즈니스 파트너를 위한 12월 소식입니다.", [
      ("광고 심사 정책 변경", "12월 15일부터 건강기능식품 광고 소재 심사 기준이 바뀝니다.",
       "https://business.kakao.com/info/notice/", "공지 보기"),
      ("연말 캠페인 운영 가이드", "성수기 입찰 경쟁이 심해지는 시기, 예산 배분 팁을 정리했어요.",
       "https://business.kakao.com/info/bizguide/", "가이드 보기"),
  ], "(주)카카오 | 제주특별자치도 제주시 첨단로 242", "https://business.kakao.com/mail/unsubscribe",
  "카카오비즈니스 소식 수신에 동의하신 분께 발송됩니다.")

B("coursera-business-digest", "Coursera for Business <no-reply@t.mail.coursera.org>", P["kim"],
  "팀 학습 현황 월간 리포트 - (주)누리웍스", "2026-09-01 02:00 +0000", "sendgrid", "coursera", "coursera", "#0056d2",
  "8월 팀 학습 리포트", "김다은 님, (주)누리웍스 학습 프로그램의 8월 현황입니다.", [
      ("활성 학습자 18명 / 라이선스 20개", "이번 달 수료 7건, 총 학습 시간 142시간",
       "https://www.coursera.org/business/admin", "관리자 대시보드"),
      ("인기 과정", "Google 데이터 분석, Python for Everybody, 성인 학습자를 위한 효과적 학습법",
       "https://www.coursera.org/business", "과정 보기"),
  ], "Coursera, Inc. 2440 W. El Camino Real, Suite 500, Mountain View, CA 94040",
  "https://www.coursera.org/account-settings", "Coursera for Business 관리자에게 발송되는 리포트입니다.")

B("trade-show-exhibitor-news", "코엑스 전시팀 <exhibition@coex.co.kr>", P["jung"],
  "[스마트팩토리+오토메이션 월드 2027] 참가업체 사전 안내 (부스 배정 완료)", "2026-12-04 11:00", "stibee", "coex",
  "COEX", "#00338d", "참가업체 안내 #1", "2027년 3월 전시회 참가를 신청해 주셔서 감사합니다.", [
      ("부스 배정 결과", "(주)누리웍스: Hall C, C-412 (조립부스 9㎡)", "https://www.coex.co.kr/exhibitor/booth",
       "배치도 보기"),
      ("참가업체 매뉴얼", "전기 신청 마감 2월 6일, 장치 반입 3월 2일", "https://www.coex.co.kr/exhibitor/manual",
       "매뉴얼 내려받기"),
  ], "(주)코엑스 | 서울특별시 강남구 영동대로 513", "https://page.stibee.com/subscriptions/90311/unsubscribe",
  "전시회 참가업체 담당자에게 발송되는 안내입니다.")

B("github-universe-recap", "GitHub <noreply@github.com>", P["han"], "GitHub Universe '26 recap: everything we announced",
  "2026-10-31 17:00 +0000", "none", "ghuniverse", "GitHub", "#24292f", "Universe '26 recap",
  "Missed the keynote? Here's the short version.", [
      ("Copilot coding agent, now GA", "Assign issues to Copilot and review its pull requests.",
       "https://github.blog/news-insights/product-news/", "Read on the blog"),
      ("Actions: faster runners", "New arm64 runners for private repositories.", "https://github.com/features/actions",
       "Learn more"),
  ], "GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107",
  "https://github.com/settings/emails", "You're receiving this because you opted in to GitHub product news.")

B("hancom-office-update", "한컴 <news@hancom.com>", P["kim"], "[한컴] 한컴오피스 2026 업데이트 및 기업 라이선스 갱신 안내",
  "2026-02-03 10:00", "none", "hancom", "HANCOM", "#00a0e9", "한컴오피스 업데이트 소식",
  "기업 라이선스 담당자님께 드리는 안내입니다.", [
      ("보안 업데이트 배포", "한글 문서 열기 취약점 보안 패치. 모든 PC에 업데이트를 권장합니다.",
       "https://www.hancom.com/cs_center/csDownload.do", "업데이트 내려받기"),
      ("라이선스 갱신", "(주)누리웍스 라이선스 40석 만료일 2026-03-31", "https://www.hancom.com/b2b", "갱신 문의"),
  ], "(주)한글과컴퓨터 | 경기도 성남시 분당구 대왕판교로 644번길 49", "https://www.hancom.com/mail/reject",
  "한컴 기업 고객 정보 메일 수신에 동의하셨습니다.")

M("bulk", "webinar-reminder-1day", "한국산업지능화협회 <webinar@koiia.or.kr>", P["lim"],
  "[리마인드] 내일 14시 - 산업 데이터 표준화 웨비나 접속 안내", "2026-06-24 14:00", html=notice_html(
      "KOIIA", "#2d5fa8", "내일 웨비나가 열립니다", [
          "임채원 님, 신청하신 웨비나가 내일 열립니다.",
          "일시: 6월 25일(목) 14:00~15:30<br>접속: 아래 버튼 (10분 전부터 입장 가능)",
          btn("https://us06web.zoom.us/j/84411920331?pwd=koiia0625", "웨비나 입장하기", "#2d5fa8"),
          "발표 자료는 종료 후 참석자께 메일로 보내 드립니다.",
      ], "(사)한국산업지능화협회 | 서울특별시 강남구 테헤란로 305 | 02-6009-8730"),
  client="esp", headers={"Precedence": "bulk"})

M("bulk", "seminar-thanks-slides", "LS일렉트릭 교육센터 <edu@ls-electric.com>", P["lim"],
  "세미나 참석 감사 인사와 발표 자료 공유드립니다", "2026-06-26 17:30", html=notice_html(
      "LS ELECTRIC", "#0066b3", "참석해 주셔서 감사합니다", [
          "어제 'PLC와 IIoT 게이트웨이 연동' 세미나에 참석해 주셔서 감사합니다.",
          '<a href="https://www.ls-electric.com/ko/support/seminar/20260625">발표 자료 내려받기 (PDF 3종)</a><br>'
          '<a href="https://www.youtube.com/@LSELECTRIC">다시보기 영상</a>',
          "만족도 설문에 참여해 주시면 다음 세미나 준비에 큰 도움이 됩니다. (3분 소요)",
          btn("https://forms.gle/Ls8seminar0625", "설문 참여", "#0066b3"),
      ], "LS ELECTRIC(주) | 경기도 안양시 동안구 엘에스로 127 | 본 메일은 세미나 참석자에게 발송되었습니다."),
  client="esp", headers=list_headers("https://www.ls-electric.com/ko/mail/unsubscribe"))

B("saas-price-change-notice", "Jandi <noreply@jandi.com>", P["yoon"], "[잔디] 요금제 개편 안내 (2027년 1월 1일부터)",
  "2026-11-20 10:00", "none", "jandi", "JANDI", "#00c473", "요금제가 이렇게 바뀌어요", "누리웍스 팀 관리자님, "
  "2027년 1월 1일부터 적용되는 요금제 변경을 미리 안내드려요.", [
      ("프리미엄 요금제", "1인 월 5,000원 → 6,000원 (연간 결제 시 17% 할인 유지)", "https://www.jandi.com/landing/kr/pricing",
       "요금제 보기"),
      ("기존 연간 계약 고객", "현재 계약 만료일까지 기존 요금이 적용됩니다.", "https://support.jandi.com", "자주 묻는 질문"),
  ], "(주)토스랩 | 서울특별시 강남구 강남대로 382", "https://www.jandi.com/mail/unsubscribe",
  "잔디 팀 관리자에게 발송되는 서비스 안내입니다.")

B("alumni-newsletter-kaist", "KAIST 총동문회 <alumni@kaist.ac.kr>", P["lim"],
  "[KAIST 동문소식] 2026 홈커밍데이 안내 및 동문 기업 소식", "2026-09-15 09:00", "stibee", "kaistalumni",
  "KAIST 총동문회", "#004191", "동문소식 9월호", "동문 여러분, 가을 홈커밍데이에 초대합니다.", [
      ("2026 홈커밍데이", "10월 17일(토) 대전 본원 · 학과별 동문 모임 · 가족 동반 환영",
       "https://alumni.kaist.ac.kr/homecoming2026", "참석 신청"),
      ("동문 기업 소식", "산업공학과 동문 창업 기업 3곳 시리즈A 투자 유치 소식",
       "https://alumni.kaist.ac.kr/news", "기사 보기"),
      ("발전기금 안내", "동문 장학 기금 모금 현황과 참여 방법", "https://giving.kaist.ac.kr", "자세히"),
  ], "KAIST 총동문회 | 대전광역시 유성구 대학로 291", "https://page.stibee.com/subscriptions/30112/unsubscribe",
  "KAIST 총동문회 회원에게 발송되는 소식지입니다.")

B("vendor-customer-promo-sensor", "오토닉스 <news@autonics.com>", P["oh"],
  "[오토닉스] 대리점·기업 고객 한정 하반기 프로모션 안내", "2026-07-01 09:30", "none", "autonics", "Autonics",
  "#e60012", "하반기 고객 프로모션", "오세훈 님, 오토닉스 제품을 사용해 주셔서 감사합니다. 기존 거래 고객께 하반기 "
  "프로모션을 안내드립니다.", [
      ("근접 센서 PR 시리즈 특가", "8월 31일까지 PR 시리즈 100개 이상 주문 시 15% 할인.",
       "https://www.autonics.com/kr/promotion/2026h2", "품목 보기"),
      ("무료 교육", "신형 온도조절기 TX 시리즈 설정 실습 교육(부산·대구·판교)", "https://www.autonics.com/kr/support/education",
       "교육 신청"),
  ], "오토닉스(주) | 부산광역시 해운대구 센텀동로 18", "https://www.autonics.com/kr/mail/unsubscribe",
  "오토닉스 구매 고객 중 정보 수신에 동의하신 분께 발송됩니다.")

B("ms-partner-event-ko", "Microsoft Korea <microsoft@e.microsoft.com>", P["yoon"],
  "[Microsoft] 중소기업을 위한 Copilot 도입 세미나 (무료, 선착순)", "2026-05-19 00:30 +0000", "sendgrid", "mskr",
  "Microsoft", "#0078d4", "중소기업 Copilot 도입 세미나", "Microsoft 365 관리자님께 드리는 초대장입니다.", [
      ("일정", "6월 10일(수) 14:00 · 광화문 마이크로소프트 본사 · 무료 · 선착순 80명",
       "https://events.microsoft.com/ko-kr/smb-copilot-seoul", "등록하기"),
      ("다루는 내용", "라이선스 구성, 데이터 보안 설정, 실제 업무 적용 사례", "https://www.microsoft.com/ko-kr/microsoft-365/copilot",
       "자세히 보기"),
  ], "한국마이크로소프트(유) | 서울특별시 종로구 종로1길 50", "https://account.microsoft.com/profile/contact-prefs",
  "Microsoft 365 관리자 커뮤니케이션 수신에 동의하셨습니다.")

B("longblack-newsletter", "롱블랙 <hello@longblack.co>", P["jung"],
  "오늘의 노트: 작은 브랜드가 광고 없이 팬을 만드는 법", "2026-08-12 07:00", "stibee", "longblack", "LongBlack",
  "#111111", "오늘의 노트", "매일 하나의 이야기를 전해 드려요. 오늘은 24시간 안에 읽어 주세요.", [
      ("작은 브랜드가 광고 없이 팬을 만드는 법", "광고비 0원으로 첫 해 매출 10억을 만든 로컬 브랜드 이야기.",
       "https://www.longblack.co/note/1402", "노트 읽기"),
  ], "(주)롱블랙프레스 | 서울특별시 성동구", "https://page.stibee.com/subscriptions/77102/unsubscribe",
  "롱블랙 멤버십 회원에게 발송됩니다.")

M("bulk", "saas-onboarding-drip", "Flex <hello@flex.team>", P["kim"], "[flex] 급여 정산 설정을 마치면 다음 달부터 자동이에요",
  "2026-02-05 10:00", html=notice_html(
      "flex", "#ff5c00", "급여 정산, 3단계만 남았어요", [
          "김다은 님, flex 도입 2주차예요. 급여 정산 설정 진행률은 <b>60%</b>입니다.",
          "① 4대보험 요율 확인 ② 비과세 항목 설정 ③ 급여 이체 계좌 연결",
          btn("https://flex.team/payroll/setup", "설정 이어서 하기", "#ff5c00"),
          '도움이 필요하면 <a href="https://help.flex.team">도움말 센터</a>나 담당 매니저에게 연락 주세요.',
      ], "(주)플렉스 | 서울특별시 강남구 | 이 메일은 flex 관리자에게 발송되는 서비스 안내입니다."),
  client="esp", relay="o1.ptr9102.sendgrid.net",
  headers=list_headers("https://flex.team/settings/notifications"))

M("bulk", "korcham-image-invitation", "대한상공회의소 <news@korcham.net>", P["ceo"],
  "[대한상의] 2027 경제전망 세미나 초청장", "2026-11-25 09:00", client="esp", relay="mta.stibee.com",
  headers=list_headers("https://page.stibee.com/subscriptions/21733/unsubscribe"),
  html="""<!DOCTYPE html>
<html lang="ko"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>2027 경제전망 세미나</title></head>
<body style="margin:0;background:#ffffff;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<p style="font-size:11px;color:#999999;"><a href="https://stib.ee/Kc77aQ" style="color:#999999;">웹에서 보기</a></p>
<a href="https://stib.ee/Kc77aR"><img src="https://img.stibee.com/21733_1764028800.jpg" width="640" alt="2027 경제전망 세미나 - 12월 10일(목) 15:00, 대한상공회의소 국제회의장. 참가비 무료, 사전 등록" style="display:block;border:0;"></a>
<a href="https://stib.ee/Kc77aS"><img src="https://img.stibee.com/21733_1764028801.jpg" width="640" alt="연사: 한국은행, KDI, 산업연구원" style="display:block;border:0;"></a>
<p style="font-family:'Malgun Gothic',sans-serif;font-size:12px;color:#666666;">대한상공회의소 | 서울특별시 중구 세종대로 39 | 02-6050-3114<br>
회원사에 발송되는 안내입니다. <a href="https://page.stibee.com/subscriptions/21733/unsubscribe" style="color:#666666;">수신거부</a></p>
</td></tr></table>
<img src="https://stibee.com/api/v1.0/emails/c1a2d7/open" width="1" height="1" alt="">
</body></html>
""")

M("bulk", "sensirion-newsletter-en", "Sensirion <newsletter@sensirion.com>", P["lim"],
  "Sensirion Newsletter: SHT45 now automotive qualified", "2026-03-10 08:00 +0000", fmt="alt", henc="utf-8/Q",
  client="esp", relay="mail131-5.atl41.mcdlv.net",
  headers=list_headers("https://sensirion.us21.list-manage.com/unsubscribe?u=9d1&id=33a", list_id="<9d1.list-id.mcsv.net>"),
  html=letter("mailchimp", "sensirion", "SENSIRION", "#54b948", "Sensirion Newsletter – March",
              "Dear Chaewon, here is our quarterly update for design engineers.", [
                  ("SHT45 is AEC-Q100 qualified", "Our most accurate humidity sensor is now ready for automotive "
                   "designs.", "https://sensirion.com/products/catalog/SHT45", "Datasheet"),
                  ("Webinar: calibrating CO2 sensors in the field", "April 8, 10:00 CET. Free registration.",
                   "https://sensirion.com/events", "Register"),
              ], "Sensirion AG, Laubisruetistrasse 50, 8712 Staefa, Switzerland",
              "https://sensirion.us21.list-manage.com/unsubscribe?u=9d1&id=33a",
              "You are receiving this email because you subscribed on sensirion.com."))

M("bulk", "kisia-education-course", "한국정보보호산업협회 <kisia@kisia.or.kr>", P["yoon"],
  "[KISIA] 정보보호 실무자 교육 과정 모집 (고용보험 환급)", "2026-04-06 10:00", client="esp",
  relay="o3.ptr2290.sendgrid.net", fmt="alt", henc="utf-8/Q",
  headers=list_headers("https://www.kisia.or.kr/mail/reject"),
  html=letter("sendgrid", "kisia", "KISIA", "#1b3a6b", "정보보호 실무자 교육 과정 모집",
              "회원사 보안 담당자님께 상반기 교육 과정을 안내드립니다.", [
                  ("랜섬웨어 대응 실무 (3일)", "5월 12일~14일 · 판교 정보보호 클러스터 · 고용보험 환급 과정",
                   "https://www.kisia.or.kr/edu/course/2026-ransom", "신청하기"),
                  ("피싱 메일 분석 기초 (1일)", "메일 헤더 분석, 악성 첨부 판별, 모의훈련 운영",
                   "https://www.kisia.or.kr/edu/course/2026-phish", "신청하기"),
              ], "(사)한국정보보호산업협회 | 서울특별시 송파구 중대로 135", "https://www.kisia.or.kr/mail/reject",
              "협회 회원사 담당자에게 발송되는 교육 안내입니다."))
