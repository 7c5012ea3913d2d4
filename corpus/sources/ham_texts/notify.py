"""notify: automated mail — carriers, account security (Naver/Kakao/Microsoft/Google), GitHub/Jira/Slack,
monitoring alerts, calendar invitations, e-commerce orders."""
from ham_texts import M, P, btn, notice_html, sig


def ics(uid: str, start: str, end: str, summary: str, location: str, organizer: str, attendees: list[str],
        description: str = "") -> str:
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Korea Standard Time", "BEGIN:STANDARD",
             "DTSTART:16010101T000000", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:STANDARD", "END:VTIMEZONE",
             "BEGIN:VEVENT", f"ORGANIZER;CN={organizer.split('<')[0].strip()}:mailto:{organizer.split('<')[1][:-1]}"]
    for a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a}")
    lines += [f"DESCRIPTION:{description}", f"SUMMARY;LANGUAGE=ko-KR:{summary}",
              f"DTSTART;TZID=Korea Standard Time:{start}", f"DTEND;TZID=Korea Standard Time:{end}",
              f"UID:{uid}", "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260101T000000Z", "TRANSP:OPAQUE",
              "STATUS:CONFIRMED", "SEQUENCE:0", f"LOCATION;LANGUAGE=ko-KR:{location}",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "END:VALARM",
              "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


M("notify", "cj-shipping", "CJ대한통운 <noreply@cjlogistics.com>", P["oh"], "[CJ대한통운] 고객님의 상품이 배송 출발하였습니다",
  "2026-04-23 08:12", html=notice_html(
      "CJ대한통운", "#0b5ed7", "상품이 배송 출발하였습니다", [
          "오세훈 고객님, (주)케이비센서부품에서 보낸 상품이 오늘 배송될 예정입니다.",
          "운송장번호 <b>6842-2210-3391</b><br>상품명 M12 커넥터 외 1건<br>배송 예정: 2026-04-23 (목) 14~18시<br>"
          "배송기사 판교SM 김*호 010-****-2218",
          btn("https://trace.cjlogistics.com/next/tracking.html?wblNo=684222103391", "배송 조회하기", "#0b5ed7"),
      ], "CJ대한통운 고객센터 1588-1255 | 본 메일은 발신전용입니다.<br>"
         '<a href="https://www.cjlogistics.com">www.cjlogistics.com</a>', layout=2))

M("notify", "epost-registered", "우체국 <epost@epost.go.kr>", P["choi"], "[우체국] 등기소포 배달 완료 안내", "2026-04-17 15:40", """
최수진 고객님, 우체국 등기소포가 배달 완료되었습니다.

등기번호: 6075016234812
보내는 분: 효성오토메이션(주)
배달 일시: 2026.04.17 15:32
수령인: 본인(최수진)

배송 조회: https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1=6075016234812
우체국 고객센터 1588-1300
""", client="system", enc="euc-kr/base64", henc="euc-kr/B")

M("notify", "hanjin-pickup", "한진택배 <hanjin@hanjin.com>", "물류센터 <wh@corp.example>", "[한진택배] 반품 회수 접수 완료",
  "2026-06-09 11:05", """
반품 회수가 접수되었습니다.
- 회수 예정일: 2026-06-10
- 운송장번호: 5131-4470-9920
- 회수지: 경기 성남시 분당구 판교역로 192번길 14
조회: https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?wblnumText2=513144709920
""", client="system")

M("notify", "naver-login-alert", "네이버 <navercorp@navercorp.com>", "박지영 <jiyoung.p0211@naver.com>",
  "[네이버] 새로운 기기에서 로그인되었습니다", "2026-05-02 21:17", html=notice_html(
      "NAVER", "#03c75a", "새로운 환경에서 로그인되었습니다", [
          "jiyo****님의 네이버 아이디로 새로운 기기에서 로그인되었습니다.",
          "일시: 2026-05-02 21:16<br>기기: Windows PC (Chrome)<br>위치: 대한민국 경기도 (IP 추정)",
          "본인이 맞다면 이 메일은 무시하셔도 됩니다. 본인이 아니라면 네이버에 직접 접속해 비밀번호를 변경하고 "
          "2단계 인증을 설정하세요.",
          btn("https://nid.naver.com/user2/help/myInfo", "내정보에서 로그인 기록 확인", "#03c75a"),
      ], "네이버(주) | 경기도 성남시 분당구 정자일로 95, NAVER 1784<br>본 메일은 발신전용입니다."))

M("notify", "kakao-password-changed", "카카오 <noreply@kakaocorp.com>", "강하늘 <haneul.k@kakao.com>",
  "[카카오계정] 비밀번호가 변경되었습니다", "2026-06-12 08:44", """
카카오계정 haneul.k@kakao.com 의 비밀번호가 변경되었습니다.

변경 일시: 2026년 6월 12일 08:43
변경 환경: iOS 카카오톡

본인이 변경하지 않았다면 카카오계정 고객센터(https://cs.kakao.com)에서 계정 보호 조치를 받으세요.
카카오는 비밀번호를 메일이나 메시지로 묻지 않습니다.

(주)카카오 | 제주특별자치도 제주시 첨단로 242
""", client="system")

M("notify", "microsoft-signin-alert", "Microsoft 계정 팀 <account-security-noreply@accountprotection.microsoft.com>",
  "윤태식 <ts.yoon@corp.example>", "Microsoft 계정 보안 코드", "2026-03-30 10:02 +0000", """
Microsoft 계정

보안 코드

ts***@corp.example Microsoft 계정에 다음 보안 코드를 사용하세요.

보안 코드: 418207

이 코드를 요청하지 않았다면 무시해도 됩니다. 다른 사람이 실수로 사용자의 메일 주소를 입력했을 수 있습니다.

감사합니다.
Microsoft 계정 팀

개인정보처리방침: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", client="system", enc="utf-8/quoted-printable")

M("notify", "google-security-alert", "Google <no-reply@accounts.google.com>", "한서연 <sy.han.dev@gmail.com>",
  "보안 알림", "2026-07-19 13:55 +0000", html=notice_html(
      "Google", "#1a73e8", "Mac에서 새로 로그인함", [
          "sy.han.dev@gmail.com",
          "Mac 기기에서 Google 계정에 새로 로그인했습니다. 본인이 로그인한 경우 별도로 조치할 필요가 없습니다. "
          "본인이 아닌 경우 Google에서 계정 보호를 도와드리겠습니다.",
          btn("https://accounts.google.com/AccountChooser?Email=sy.han.dev@gmail.com&continue="
              "https://myaccount.google.com/alert/nt/1752933300000", "활동 확인", "#1a73e8"),
          "다음 페이지에서 보안 활동을 확인할 수도 있습니다.<br>https://myaccount.google.com/notifications",
      ], "이 이메일은 Google 계정 및 서비스의 중요한 변경사항을 알려드리기 위해 발송되었습니다.<br>"
         "© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA", layout=2))

M("notify", "naver-password-reset", "네이버 <navercorp@navercorp.com>", "대한계측 <daehan_gauge@naver.com>",
  "[네이버] 비밀번호 재설정 인증번호 안내", "2026-05-07 07:30", """
비밀번호 재설정을 위한 인증번호입니다.

인증번호: 730415

인증번호는 발송 후 10분 동안 유효합니다.
본인이 요청하지 않았다면 이 메일을 무시하세요. 네이버는 인증번호를 전화나 메신저로 묻지 않습니다.
https://nid.naver.com
""", client="system", enc="utf-8/base64")

M("notify", "github-pr-review", "Seoyeon Han <notifications@github.com>", "Taesik Yoon <ts.yoon@corp.example>",
  "Re: [nuriworks/gateway-fw] Fix RS-485 timeout when baud rate changes (PR #142)", "2026-04-21 16:20 +0900", """
@sy-han requested your review on: nuriworks/gateway-fw#142 Fix RS-485 timeout when baud rate changes.

센서 쪽 통신 속도를 바꾼 뒤 재부팅 없이 적용할 때 타임아웃 값이 갱신되지 않던 문제 수정입니다.
ilshin-plant 현장 이슈 재현 테스트 추가했습니다.

-- 
Reply to this email directly, view it on GitHub:
https://github.com/nuriworks/gateway-fw/pull/142#pullrequestreview-2281934410
You are receiving this because your review was requested.
""", client="plain8", headers={"List-ID": "nuriworks/gateway-fw <gateway-fw.nuriworks.github.com>",
                                "List-Unsubscribe": "<https://github.com/notifications/unsubscribe-auth/AB4X>",
                                "X-GitHub-Reason": "review_requested"})

M("notify", "jira-assigned", "Jira <jira@nuriworks.atlassian.net>", "한서연 <sy.han@corp.example>",
  "[JIRA] (PM-218) 진동 FFT 피크 검출 임계값 설정 UI", "2026-05-25 10:31", """
임채원 assigned PM-218 to 한서연

진동 FFT 피크 검출 임계값 설정 UI
  Type: 작업   Priority: High   Sprint: PM 스프린트 9

현장에서 임계값을 센서별로 바꿀 수 있어야 함 (KC모터스 요청).
기본값: 속도 RMS 4.5 mm/s, 경고 7.1 mm/s

View issue: https://nuriworks.atlassian.net/browse/PM-218
""", client="system", enc="utf-8/quoted-printable")

M("notify", "slack-digest", "Slack <feedback@slack.com>", P["park"], "[Slack] 누리웍스 워크스페이스의 읽지 않은 메시지 3개",
  "2026-06-02 18:00", """
박지영님, 놓친 메시지가 있습니다.

#sales-hanil
김민수 (한일정밀): 과장님, 2차분 납품일 6/15로 당겨질 수 있을까요?

#general
정민재: 박람회 사진 공유드립니다 🎉

https://nuriworks.slack.com/messages
알림 설정 변경: https://nuriworks.slack.com/account/notifications
""", client="system")

M("notify", "monitoring-disk-alert", "Zabbix <zabbix@corp.example>", "IT 관리자 <it@corp.example>",
  "PROBLEM: EXCH01 디스크 여유 공간 10% 미만 (D:)", "2026-03-22 03:12", """
Problem started at 03:12:07 on 2026.03.22
Problem name: EXCH01 디스크 여유 공간 10% 미만 (D:)
Host: EXCH01 (10.10.1.21)
Severity: High
Operational data: 9.4 % free (37.6 GB)

Original problem ID: 882014
""", client="plain8", fmt="plain")

M("notify", "monitoring-resolved", "Zabbix <zabbix@corp.example>", "IT 관리자 <it@corp.example>",
  "RESOLVED: EXCH01 디스크 여유 공간 10% 미만 (D:)", "2026-03-22 09:48", """
Problem has been resolved at 09:48:31 on 2026.03.22
Problem name: EXCH01 디스크 여유 공간 10% 미만 (D:)
Problem duration: 6h 36m 24s
Host: EXCH01 (10.10.1.21)
Severity: High
Comment: 트랜잭션 로그 정리 (윤태식)
""", client="plain8", fmt="plain")

M("notify", "uptime-robot", "UptimeRobot <alert@uptimerobot.com>", "IT 관리자 <it@corp.example>",
  "Monitor is DOWN: www.corp.example", "2026-07-04 02:44 +0000", """
Hi,

The monitor www.corp.example (https://www.corp.example) is currently DOWN (Connection Timeout).

Event timestamp: 2026-07-04 02:43:58 UTC
We will alert you when it is back up.

View the monitor: https://dashboard.uptimerobot.com/monitors/797411233
""", client="system")

M("notify", "calendar-invite-outlook", P["lim"], [P["han"], "정다빈 <db.jeong@corp.example>"], "PM 스프린트 10 계획 회의",
  "2026-06-05 11:00", """
스프린트 10 계획 회의입니다. 각자 백로그 우선순위 검토해서 오세요.

Microsoft Teams 모임 참가: https://teams.microsoft.com/l/meetup-join/19%3ameeting_NuriSprint10
""", ics=ics("040000008200E00074C5B7101A82E00800000000NURISPRINT10", "20260608T100000", "20260608T110000",
           "PM 스프린트 10 계획 회의", "3층 소회의실 / Teams", "임채원 <cw.lim@corp.example>",
           ["sy.han@corp.example", "db.jeong@corp.example"], "스프린트 10 계획 회의"))

M("notify", "calendar-invite-google", "권도현 <dohyun.kwon@gmail.com>", P["lim"],
  "초대: 대시보드 시안 리뷰 - 2026년 5월 27일 (수) 오후 3시 - 4시 (KST)", "2026-05-22 20:02", """
초대: 대시보드 시안 리뷰

2026년 5월 27일 (수) 오후 3시~4시 (한국 표준시)
Google Meet 참여: https://meet.google.com/xqe-kbtn-zrp

참석자: dohyun.kwon@gmail.com (주최자), cw.lim@corp.example

Google Calendar에서 초대 보기: https://calendar.google.com/calendar/event?action=VIEW&eid=NnVxc2ZqMmJk
Google Calendar에서 보낸 초대장입니다.
""", client="gmail", ics=ics("6uqsfj2bd8gu3rh1v@google.com", "20260527T150000", "20260527T160000",
                             "대시보드 시안 리뷰", "https://meet.google.com/xqe-kbtn-zrp",
                             "권도현 <dohyun.kwon@gmail.com>", ["cw.lim@corp.example"]))

M("notify", "coupang-order", "쿠팡 <help@coupang.com>", P["choi"], "[쿠팡] 주문이 완료되었습니다", "2026-03-14 13:22", html=notice_html(
    "coupang", "#346aff", "주문이 완료되었습니다", [
        "최수진 님, 쿠팡을 이용해 주셔서 감사합니다.",
        "주문번호 2100137719204<br>"
        "· 하이트진로 석수 생수 2L x 24개 (로켓배송) 12,480원<br>"
        "· 3M 포스트잇 노트 654 76x76mm 12패드 9,900원<br>"
        "· 모나미 153 볼펜 흑색 0.7mm 12개입 3,600원<br>"
        "결제금액 25,980원 (법인카드)<br>도착 예정: 3/15(일) 오전 7시 전",
        btn("https://mc.coupang.com/ssr/desktop/order/list", "주문 상세 보기", "#346aff"),
    ], "쿠팡(주) | 서울특별시 송파구 송파대로 570 | 고객센터 1577-7011"))

M("notify", "11st-order", "11번가 <no-reply@11st.co.kr>", P["kang"], "[11번가] 결제가 완료되었습니다 - 로지텍 MX Keys", "2026-04-29 19:40", """
강하늘 님, 주문하신 상품의 결제가 완료되었습니다.

주문번호: 20260429-57221908
상품명: 로지텍 MX Keys S 무선 키보드 (그래파이트) 1개
결제금액: 129,000원 (11pay)
판매자: 로지텍 공식스토어
배송: 4/30 출고 예정

주문 상세: https://buy.11st.co.kr/order/OrderList.tmall
11번가 고객센터 1599-0110
""", client="system", enc="utf-8/base64")

M("notify", "coupang-shipped", "쿠팡 <help@coupang.com>", P["choi"], "[쿠팡] 상품이 배송 완료되었습니다", "2026-03-15 06:41", """
최수진 님, 주문하신 상품이 배송 완료되었습니다.
배송 장소: 문 앞 (사진 확인: https://mc.coupang.com/ssr/desktop/order/list)
하이트진로 석수 생수 2L x 24개 외 2건
""", client="system")

M("notify", "lotte-delivery-delay", "롯데택배 <noreply@lotteglogis.com>", P["oh"], "[롯데택배] 배송 지연 안내",
  "2026-09-16 17:10", """
오세훈 고객님, 추석 연휴 물량 증가로 배송이 1~2일 지연될 수 있습니다.
운송장번호: 2426-1883-0472
배송 조회: https://www.lotteglogis.com/home/reservation/tracking/index
불편을 드려 죄송합니다.
""", client="system", enc="euc-kr/8bit", henc="euc-kr/B")

M("notify", "ms365-license", "Microsoft 365 <o365mc@microsoft.com>", "IT 관리자 <it@corp.example>",
  "구독 갱신 알림: Microsoft 365 Business Standard", "2026-08-01 00:10 +0000", """
(주)누리웍스 관리자님,

Microsoft 365 Business Standard 구독(라이선스 12개)이 2026년 8월 31일에 자동 갱신됩니다.
결제 방법: 신용카드(끝자리 2231)

구독 관리: https://admin.microsoft.com/Adminportal/Home#/subscriptions
""", client="system")

M("notify", "github-actions-failed", "GitHub <notifications@github.com>", "Seoyeon Han <sy.han@corp.example>",
  "[nuriworks/gateway-fw] Run failed: CI - main (a41c9e2)", "2026-05-08 23:14", """
Run failed for main (a41c9e2)

Repository: nuriworks/gateway-fw
Workflow: CI
Duration: 4m 12s
Failed job: build-arm (unit tests: 1 failed)

View workflow run: https://github.com/nuriworks/gateway-fw/actions/runs/9012274418
""", client="plain8", headers={"X-GitHub-Reason": "ci_activity"})

M("notify", "cert-expiry", "Let's Encrypt Expiry Bot <expiry@letsencrypt.org>", "IT 관리자 <it@corp.example>",
  "Let's Encrypt certificate expiration notice for domain \"mail.corp.example\"", "2026-08-20 01:02 +0000", """
Hello,

Your certificate (or certificates) for the names listed below will expire in 10 days (on 30 Aug 26 01:02 +0000).
Please make sure to renew your certificate before then, or visitors to your web site will encounter errors.

mail.corp.example

For details about when we send these emails, please visit:
https://letsencrypt.org/docs/expiration-emails/
""", client="plain8", fmt="plain")

M("notify", "backup-report", "Synology NAS <nas01@corp.example>", "IT 관리자 <it@corp.example>",
  "[NAS01] Hyper Backup 작업이 성공적으로 완료되었습니다", "2026-06-28 04:30", """
NAS01의 백업 작업 [fs01-weekly] 이(가) 성공적으로 완료되었습니다.

작업 시작: 2026-06-28 02:00:01
작업 종료: 2026-06-28 04:29:44
백업 대상: Synology C2 Storage
전송 데이터: 18.4 GB

Synology DiskStation
""", client="plain8", fmt="plain")

M("notify", "gmarket-receipt", "G마켓 <gmarket@gmarket.co.kr>", P["yoon"], "[G마켓] 구매 확정 및 전자영수증", "2026-05-19 12:00", html=notice_html(
    "Gmarket", "#00c73c", "구매가 확정되었습니다", [
        "윤태식 님, 아래 상품의 구매가 확정되었습니다.",
        "ipTIME 기가비트 스위칭허브 H6008 (8포트) 2개 — 49,800원<br>삼성 PM893 SSD 960GB 1개 — 189,000원",
        btn("https://my.gmarket.co.kr/ko/pc/main", "나의 쇼핑정보", "#00c73c"),
    ], "(주)지마켓 | 서울특별시 강남구 테헤란로 152 | 고객센터 1566-5701", layout=2))

M("notify", "toss-payment", "토스페이먼츠 <no-reply@tosspayments.com>", P["jung"], "[토스페이먼츠] 결제 완료 안내 (캔바 프로)",
  "2026-07-01 09:02", """
정민재 님, 결제가 완료되었습니다.

가맹점: Canva
상품: Canva Pro 팀 (월간, 5인)
금액: 58,500원
결제 수단: 신한카드(법인) 7702

매출전표 확인: https://dashboard.tosspayments.com/receipt
""", client="system")

M("notify", "teams-missed", "Microsoft Teams <noreply@email.teams.microsoft.com>", P["bae"],
  "Teams에서 배성우 님을 찾고 있습니다", "2026-06-11 15:30 +0000", """
임채원 님이 채팅에서 배성우 님을 언급했습니다.

"부장님, SENSORTECH 단가표 최종본 공유 부탁드립니다."

Teams에서 답장: https://teams.microsoft.com/l/chat/19:nuri-bae-lim
""", client="system")

M("notify", "dropbox-share", "Dropbox <no-reply@dropbox.com>", P["park"], "Anna Richter님이 \"SENSORTECH_Pricelist_2026\" 폴더를 공유했습니다",
  "2026-06-16 17:40 +0200", """
Anna Richter (a.richter@sensortech.de)님이 공유 폴더에 초대했습니다.

"SENSORTECH_Pricelist_2026"
"Hi Ji-young, here are the new price lists and datasheets."

폴더 보기: https://www.dropbox.com/scl/fo/ab12cd34ef56/SENSORTECH_Pricelist_2026
""", client="system")

M("notify", "server-cpu-alert-grafana", "Grafana <alerts@grafana.corp.example>", P["han"],
  "[FIRING:1] 게이트웨이 MQTT 수신 지연 (KC모터스 PoC)", "2026-06-18 02:07", """
[FIRING:1] 게이트웨이 MQTT 수신 지연

Labels:
 - alertname = mqtt_ingest_lag
 - site = kcmotors-line2
 - severity = warning
Annotations:
 - summary = 최근 5분 평균 수신 지연 42초 (임계 30초)
Source: https://grafana.corp.example/alerting/grafana/mqtt_ingest_lag/view
Silence: https://grafana.corp.example/alerting/silence/new
""", client="plain8", fmt="plain")

M("notify", "baemin-order", "배민비즈니스 <business@woowahan.com>", P["choi"], "[배민비즈니스] 단체 주문 접수 완료",
  "2026-09-25 11:20", """
(주)누리웍스 최수진 님, 단체 주문이 접수되었습니다.

가게: 판교 한솥 도시락 판교역점
메뉴: 치킨마요 도시락 외 15개
결제: 배민비즈니스 법인 결제 (경영지원팀)
배달 예정: 12:10
""", client="system", enc="utf-8/quoted-printable")

M("notify", "calendar-cancel-short", "박지영 <jy.park@corp.example>", P["han"], "취소됨: 한일정밀 2차 설치 사전 미팅",
  "2026-06-04 09:10", """
고객사 일정 변경으로 취소합니다. 다음 주에 다시 잡을게요.
""", client="outlook")

M("notify", "scanner-pdf", "Canon iR-ADV C5840 <scanner@corp.example>", P["seo"], "Scanned document from iR-ADV C5840",
  "2026-04-28 15:02", """
Attached Image
""", client="plain8", fmt="plain", att=["20260428150211.pdf"])

M("notify", "erp-raw-utf8-header", "그룹웨어 알림 <gw-noreply@corp.example>", P["park"], "[전자결재] 박지영 님, 결재 문서가 도착했습니다",
  "2026-06-04 09:15", """
결재 요청 문서가 도착했습니다.

문서번호: 2026-0604-003
제목: 한일정밀 2차 납품 일정 변경 품의
기안자: 이주원 (영업팀)
결재선: 이주원 → 박지영 → 배성우

바로가기: https://gw.corp.example/approval/doc/2026-0604-003
""", client="plain8", fmt="plain", henc="raw")

M("notify", "fax-to-email", "팩스 수신 <fax@corp.example>", P["choi"], "[팩스 수신] 031-729-3549 에서 2페이지",
  "2026-03-24 16:40", """
팩스가 수신되었습니다.

보낸 번호: 031-729-3549
수신 시각: 2026-03-24 16:39
페이지: 2

첨부 PDF를 확인하세요.
""", client="plain8", fmt="plain", att=["FAX_20260324_163912.pdf"])

M("notify", "naver-works-mention", "네이버웍스 <noreply@worksmobile.com>", "김민수 <minsu.kim@hanilprecision.co.kr>",
  "[NAVER WORKS] 메시지 알림: 생산기술팀 방", "2026-06-05 17:30", """
김민수 님, 읽지 않은 메시지가 있습니다.

생산기술팀 방
이대호: 누리웍스 압력센서 2차분 6/15 입고 확정이래요. 설치 일정 다시 잡아야 할 듯

NAVER WORKS에서 확인하기: https://talk.worksmobile.com
""", client="system")

M("notify", "notion-code", "Notion Team <notify@mail.notion.so>", P["kang"], "Your Notion login code",
  "2026-07-22 01:04 +0000", """
Here is your login code: 418-772

If you didn't try to log in, you can safely ignore this email.

Notion Labs, Inc., 2300 Harrison Street, San Francisco, CA 94110
""", client="system")

M("notify", "epost-tracking-parcel", "우체국 <epost@epost.go.kr>", P["kang"], "[우체국택배] 배달 예정 안내",
  "2026-09-08 08:30", """
강하늘 고객님께 우체국택배가 오늘 배달될 예정입니다.
등기번호: 6091128475520 / 보내는 분: 인쇄소 정우피앤피
배송 조회: https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1=6091128475520
""", client="system", enc="utf-8/base64")

M("notify", "aws-budget-alert", "AWS Budgets <no-reply@budgets.amazonaws.com>", "IT 관리자 <it@corp.example>",
  "AWS Budgets: Monthly-PoC has exceeded your alert threshold", "2026-06-22 06:00 +0000", """
AWS Budget Notification June 22, 2026
AWS Account 441822079931

Dear AWS Customer,

You requested that we alert you when the ACTUAL Cost associated with your Monthly-PoC budget is greater
than 80.00% of USD 500.00 for the current month. The ACTUAL Cost associated with this budget is USD 412.87.

Go to the AWS Budgets dashboard: https://console.aws.amazon.com/billing/home#/budgets
""", client="system")

M("notify", "outlook-quarantine-digest", "Microsoft 365 보안 <quarantine@messaging.microsoft.com>", P["park"],
  "Microsoft 365 보안: 격리된 메시지 알림 (1개)", "2026-07-09 09:00 +0000", """
격리된 메시지가 1개 있습니다. 검토 후 필요한 경우 해제하세요.

보낸 사람: purchase@daesung-chem-order.com
제목: 발주서 확인 요청
날짜: 2026-07-09 00:41 (UTC)
격리 사유: 피싱

격리된 메시지 검토: https://security.microsoft.com/quarantine
""", client="system")

M("notify", "google-drive-share", "박지영 (Google Drive) <drive-shares-dm-noreply@google.com>", "김유나 <yuna.kim88@gmail.com>",
  "문서 공유됨: \"성수동 전시 일정\"", "2026-05-29 08:00 +0000", """
박지영님이 다음 문서를 공유했습니다.

성수동 전시 일정
"토요일 동선 정리해 봤어! 수정해도 돼"

열기: https://docs.google.com/document/d/1x7Q9mZkP4nRt2yV8bW3cL5eF6gH0jK/edit?usp=sharing_eil

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
이 이메일은 박지영님이 문서를 공유하여 발송되었습니다.
""", client="system")

M("notify", "zoom-invite-external", "Rahul Mehta <rahul.mehta@vibrosense.in>", P["lim"], "Zoom meeting invitation - Nuriworks x VibroSense auth flow",
  "2026-07-10 12:00 +0530", """
Rahul Mehta is inviting you to a scheduled Zoom meeting.

Topic: Nuriworks x VibroSense auth flow
Time: Jul 14, 2026 10:00 AM Seoul

Join Zoom Meeting
https://us06web.zoom.us/j/84120937718?pwd=Vm1Zc2tQ

Meeting ID: 841 2093 7718
Passcode: 552104
""", client="gmail")

M("notify", "onedrive-expire", "Microsoft OneDrive <no-reply@onedrive.com>", "노윤희 <yh.noh@corp.example>",
  "공유 링크가 곧 만료됩니다: workshop2026h2", "2026-09-27 00:00 +0000", """
"workshop2026h2" 폴더에 대해 만든 공유 링크가 2026년 9월 28일에 만료됩니다.
링크를 계속 사용하려면 OneDrive에서 만료 날짜를 변경하세요.

OneDrive 열기: https://corpexample-my.sharepoint.com/personal/yh_noh/_layouts/15/onedrive.aspx
""", client="system")

M("notify", "cj-address-check-real", "CJ대한통운 <noreply@cjlogistics.com>", P["oh"],
  "[CJ대한통운] 배송지 확인이 필요합니다", "2026-11-19 11:10", """
안녕하세요, CJ대한통운입니다.

운송장번호 5511-2290-8843 상품의 배송지 상세주소(동/호수)가 누락되어 담당 기사님이 연락드릴 예정입니다.
보내는 분 : (주)한일정밀 / 상품 : 센서 부품

배송 조회 및 배송지 확인은 CJ대한통운 홈페이지에서 하실 수 있습니다.
https://www.cjlogistics.com/ko/tool/parcel/tracking

CJ대한통운은 배송 관련하여 결제나 개인정보 입력을 요구하는 링크를 보내지 않습니다.
CJ대한통운 고객센터 1588-1255
""", client="system")

M("notify", "hanjin-delivered-photo", "한진택배 <hanjin@hanjin.com>", P["choi"], "[한진택배] 배송 완료 (사진 확인)",
  "2026-11-21 15:42", """
[한진택배] 배송 완료 안내
운송장 : 4418 2290 1173
받는 분 : 누리웍스 경영지원팀
배송 장소 : 5층 안내데스크
배송 사진은 한진택배 앱 또는 홈페이지 배송조회에서 확인하실 수 있습니다.
https://www.hanjin.com
""", client="system")

M("notify", "lotte-pickup-scheduled", "롯데택배 <noreply@lotteglogis.com>", P["oh"], "[롯데택배] 반품 회수 예정 안내",
  "2026-11-26 08:30", """
롯데택배입니다.
고객님께서 접수하신 반품 상품을 오늘 방문 회수할 예정입니다.

회수 예정일 : 11월 26일 (목) 오후
회수 주소 : 경기도 성남시 분당구 판교역로 192번길 14, 5층
상품 : 산업용 모니터 1개 (2박스)

부재 시 5층 안내데스크에 맡겨 주세요.
롯데택배 고객센터 1588-2121 / https://www.lotteglogis.com
""", client="system")

M("notify", "coupang-refund-real", "쿠팡 <help@coupang.com>", P["kang"], "[쿠팡] 환불이 완료되었습니다", "2026-11-09 16:20", """
안녕하세요, 쿠팡입니다.
요청하신 반품 상품의 환불이 완료되었습니다.

주문번호 : 31008821445
상품 : 로지텍 MX Master 3S 마우스
환불 금액 : 139,000원 (법인카드 승인 취소)

카드사 사정에 따라 취소 내역 반영까지 3~5영업일 걸릴 수 있습니다.
주문 내역 확인 : https://www.coupang.com/
""", client="system")

M("notify", "naver-new-device-real", "네이버 <navercorp@navercorp.com>", "정민재 <minjae.jung@naver.com>",
  "[네이버] 새로운 기기에서 로그인되었습니다", "2026-11-30 19:42", """
정민재님, 새로운 기기에서 네이버 아이디로 로그인되었습니다.

일시 : 2026.11.30 19:41
기기 : iPhone (네이버 앱)
위치 : 대한민국 (IP 211.36.***.***)

본인이 로그인한 것이라면 이 메일은 무시하셔도 됩니다.
본인이 아니라면 네이버 > 내정보 > 보안설정에서 비밀번호를 변경하세요.
https://nid.naver.com/user2/help/myInfo
""", client="system")

M("notify", "kakao-2fa-real", "카카오 <noreply@kakaocorp.com>", "김다은 <daeun.kim@kakao.com>",
  "[카카오계정] 2단계 인증이 설정되었습니다", "2026-10-28 08:15", """
김다은님, 카카오계정에 2단계 인증이 설정되었습니다.

설정 일시 : 2026년 10월 28일 08:14
인증 방식 : 카카오톡 알림

앞으로 새로운 기기에서 로그인할 때 카카오톡으로 인증 요청이 전송됩니다.
본인이 설정하지 않았다면 카카오계정 고객센터로 문의해 주세요.
https://accounts.kakao.com
""", client="system")

M("notify", "it-phishing-warning-bank", P["yoon"], P["all"], "[보안 주의] 은행·택배 사칭 메일이 늘고 있습니다",
  "2026-12-02 10:00", """
전 직원 여러분, IT 윤태식입니다.

이번 주 회사 메일로 들어온 피싱 메일 유형을 공유합니다. 아래 같은 메일은 열지 말고 it@corp.example로 전달해 주세요.

1. "우리은행 비대면 계좌 개설 시도 차단" - 명의도용 신고 링크로 보안카드 번호를 입력하게 함
2. "CJ대한통운 주소 불명 배송 보류" - 주소 수정 수수료 결제 유도
3. "Microsoft 365 password expires today" - 현재 비밀번호 입력 유도
4. "대표님 지시 송금 부탁" - 대표님 이름을 사칭한 gmail/naver 주소

은행·택배사·마이크로소프트는 메일로 비밀번호나 보안카드 번호를 묻지 않습니다.
송금 요청은 반드시 전화로 다시 확인해 주세요.
""" + sig("yoon"))

M("notify", "user-forward-suspicious-bank", "정다빈 <db.jeong@corp.example>", "IT 관리자 <it@corp.example>",
  "FW: [NH농협] 고객님 계좌가 금융사기 의심계좌로 지정되었습니다 - 이거 진짜인가요?", "2026-12-04 11:31", """
윤 책임님, 방금 이런 메일이 왔는데 농협 계좌를 쓰긴 해서 불안하네요. 링크는 누르지 않았습니다.

-----원본 메시지-----
보낸 사람: NH농협 <nonghyup@nhbank-alert.co>
제목: [NH농협] 고객님 계좌가 금융사기 의심계좌로 지정되었습니다

고객님 계좌가 전기통신금융사기 의심계좌로 신고되어 지급정지 예정입니다.
(링크 삭제함)
""", client="outlook")

M("notify", "it-reply-suspicious", P["yoon"], "정다빈 <db.jeong@corp.example>",
  "RE: FW: [NH농협] 고객님 계좌가 금융사기 의심계좌로 지정되었습니다 - 이거 진짜인가요?", "2026-12-04 11:45", """
다빈씨, 잘 보내주셨어요. 피싱입니다.
보낸 주소가 nonghyup.com이 아니라 nhbank-alert.co이고, 링크도 해외 IP로 연결됩니다.
차단 목록에 추가했고, 같은 메일 받은 분들 메일함에서 지웠습니다.
걱정되시면 농협 앱에서 직접 계좌 상태를 확인하시면 됩니다.
""" + sig("yoon"))

M("notify", "google-workspace-real-billing", "Google Workspace <workspace-noreply@google.com>", P["yoon"],
  "Google Workspace: 11월 인보이스를 사용할 수 있습니다", "2026-12-01 03:00", """
안녕하세요.

nuriworks-lab.com의 2026년 11월 Google Workspace 인보이스가 발행되었습니다.

금액 : ₩86,400
결제 수단 : Visa ****2207

관리 콘솔에서 인보이스를 확인하세요: https://admin.google.com/ac/billing

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA
""", client="system")

M("notify", "teams-chat-real", "Microsoft Teams <noreply@email.teams.microsoft.com>", P["seo"],
  "김다은님이 Teams 채팅에서 메시지를 보냈습니다", "2026-12-03 14:22", """
김다은님이 메시지를 보냈습니다.

"민지 주임님, 연말정산 안내문 초안 공유드렸어요. 오늘 중으로 봐주실 수 있을까요?"

Teams에서 답장하기: https://teams.microsoft.com/l/message/19:meeting_abc@thread.v2/1733203320

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
이 메일은 Microsoft Teams 알림 설정에 따라 전송되었습니다.
""", client="system")

M("notify", "skt-bill-real", "SK텔레콤 <tworld@sktelecom.com>", P["choi"], "[SK텔레콤] 법인 11월 이용요금 청구서",
  "2026-12-05 09:00", """
(주)누리웍스 고객님, 11월 이용요금 청구서를 보내드립니다.

청구 금액 : 1,128,460원 (회선 24개)
납부 기한 : 2026-12-20 (자동이체 : 기업 ***-******-**-019)

상세 내역은 T world 비즈(https://www.tworld.co.kr)에서 확인하실 수 있습니다.
SK텔레콤 법인고객센터 1599-0011
""", client="system")

M("notify", "gdrive-share-colleague", "오세훈 (Google Drive) <drive-shares-dm-noreply@google.com>", "김민수 <minsu.kim.hanil@gmail.com>",
  "오세훈님이 스프레드시트를 공유했습니다: \"한일정밀_설치일정_12월\"", "2026-12-02 16:10", """
오세훈님이 다음 스프레드시트를 편집할 수 있도록 나를 초대했습니다.

한일정밀_설치일정_12월
"대리님, 2라인 설치 일정표입니다. 편하게 수정해 주세요."

열기: https://docs.google.com/spreadsheets/d/1kq9Hx2Zr4/edit?usp=sharing

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
""", client="system")

M("notify", "naverworks-admin-real", "네이버웍스 <noreply@worksmobile.com>", "김민수 <minsu.kim@hanilprecision.co.kr>",
  "[NAVER WORKS] 2단계 인증 설정 안내 (관리자 공지)", "2026-11-18 10:00", """
한일정밀 구성원 여러분,

회사 보안 정책에 따라 12월 1일부터 NAVER WORKS 로그인 시 2단계 인증이 적용됩니다.
NAVER WORKS 앱 > 설정 > 보안 > 2단계 인증에서 미리 설정해 두세요.

안내 페이지 : https://help.worksmobile.com
NAVER WORKS는 메일로 비밀번호 입력을 요청하지 않습니다.
""", client="system")

M("notify", "kakaopay-real-transfer", "카카오페이 <noreply@kakaopay.com>", "강하늘 <haneul.k@kakao.com>",
  "[카카오페이] 송금을 받았어요", "2026-11-25 12:40", """
강하늘님, 박지영님이 보낸 돈을 받았어요.

금액 : 20,000원
메시지 : "수아 대리님 출산 선물 회비 🎁"
받은 일시 : 2026.11.25 12:39

카카오페이 앱 > 전체 > 거래내역에서 확인할 수 있어요.
""", client="system")
