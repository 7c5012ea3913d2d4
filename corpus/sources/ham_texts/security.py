"""security: the real services' own security mail — login alerts, 2FA and verification codes, password and
recovery changes, new-device and app-password notices — sent from the services' real domains with links
to them (link text and href agree). Third batch: phishing imitates exactly these, so they must stay clean."""
from ham_texts import M, P, btn, notice_html

M("security", "naver-2fa-code", "네이버 <navercorp@navercorp.com>", P["seo"],
  "[네이버] 2단계 인증 번호를 확인해 주세요", "2026-02-03 08:12", html=notice_html(
      "NAVER", "#03c75a", "2단계 인증 번호 안내", [
          "minj****님, 로그인을 위한 2단계 인증 번호입니다.",
          '<span style="font-size:28px;font-weight:bold;letter-spacing:6px;">482 917</span>',
          "인증 번호는 10분간 유효합니다. 네이버는 전화나 메신저로 인증 번호를 묻지 않습니다. 누군가 인증 번호를 "
          "요구한다면 알려주지 마세요.",
          '로그인 기록은 <a href="https://nid.naver.com/user2/help/myInfo">내정보 &gt; 보안설정</a>에서 확인할 수 '
          "있습니다.",
      ], "네이버(주) | 경기도 성남시 분당구 정자일로 95, NAVER 1784<br>본 메일은 발신전용입니다. 문의는 "
         '<a href="https://help.naver.com">네이버 고객센터</a>를 이용해 주세요.'))

M("security", "naver-overseas-login-block", "네이버 <navercorp@navercorp.com>", P["bae"],
  "[네이버] 해외 지역 로그인이 차단되었습니다", "2026-09-14 03:41", html=notice_html(
      "NAVER", "#03c75a", "해외 로그인 차단 안내", [
          "sw.b****님의 아이디로 해외에서 로그인 시도가 있어 차단했습니다.",
          "시도 일시: 2026-09-14 03:40<br>국가: 베트남 (IP 추정)<br>결과: 해외 로그인 차단 설정에 따라 차단됨",
          "본인이 해외 출장 중 로그인한 것이라면 네이버 앱에서 해외 로그인 차단을 잠시 해제한 뒤 다시 로그인하세요. "
          "본인이 아니라면 비밀번호를 변경해 주세요.",
          btn("https://nid.naver.com/user2/help/myInfo?m=viewSecurity", "보안설정 바로가기", "#03c75a"),
      ], "네이버(주) | 경기도 성남시 분당구 정자일로 95, NAVER 1784<br>본 메일은 발신전용입니다.", layout=2))

M("security", "kakao-new-device", "카카오 <noreply@kakaocorp.com>", P["oh"],
  "[카카오계정] 새로운 기기에서 로그인했습니다", "2026-04-21 19:03", """
안녕하세요, 카카오입니다.

카카오계정(sh.oh@corp.example)으로 새로운 기기에서 로그인했습니다.

- 일시: 2026년 4월 21일 19:02
- 기기: Chrome (Windows)
- 서비스: 카카오톡 PC버전

본인이 로그인한 것이 맞다면 별도 조치는 필요 없습니다.
본인이 아니라면 카카오계정 > 계정 보안 > 로그인 기록에서 해당 기기를 로그아웃하고 비밀번호를 바꿔 주세요.
https://accounts.kakao.com/weblogin/account/security

카카오는 어떤 경우에도 메일로 비밀번호나 인증번호를 묻지 않습니다.

(주)카카오 | 제주특별자치도 제주시 첨단로 242 | 고객센터 1577-3754
""", client="system")

M("security", "kakao-email-verify-code", "카카오 <noreply@kakaocorp.com>", P["kang"],
  "[카카오] 이메일 인증번호 안내", "2026-07-02 14:26", html=notice_html(
      "kakao", "#fee500", "이메일 인증번호", [
          "카카오계정 연결 이메일 등록을 위해 아래 인증번호를 입력해 주세요.",
          '<div style="background:#f7f7f7;padding:16px;text-align:center;font-size:26px;font-weight:bold;">731046</div>',
          "인증번호 유효시간은 30분입니다. 요청하지 않으셨다면 이 메일을 무시하셔도 됩니다.",
      ], '(주)카카오 | 제주특별자치도 제주시 첨단로 242 | <a href="https://cs.kakao.com">고객센터</a>'))

M("security", "google-2sv-turned-on", "Google <no-reply@accounts.google.com>", P["kang"],
  "2-Step Verification turned on", "2026-03-05 02:14 +0000", html=notice_html(
      "Google", "#1a73e8", "2-Step Verification turned on", [
          "nuriworks.marketing@gmail.com",
          "2-Step Verification is now on for your Google Account. From now on, you'll use your phone as a second "
          "step when you sign in.",
          "If you didn't do this, someone might be using your account. Check and secure your account now.",
          btn("https://myaccount.google.com/notifications", "Check activity"),
          'You can also see security activity at <a href="https://myaccount.google.com/notifications">'
          "https://myaccount.google.com/notifications</a>",
      ], "You received this email to let you know about important changes to your Google Account and services."
         "<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA", layout=2))

M("security", "google-app-password-ko", "Google <no-reply@accounts.google.com>", P["yoon"],
  "앱 비밀번호가 생성되었습니다", "2026-08-11 06:32 +0000", html=notice_html(
      "Google", "#1a73e8", "앱 비밀번호가 생성됨", [
          "ts.yoon.infra@gmail.com",
          "Google 계정에 로그인할 때 사용할 앱 비밀번호를 생성하셨습니다. 이름: <b>NAS 메일 알림</b>",
          "본인이 생성하지 않았다면 계정에 다른 사람이 접근했을 수 있습니다. 지금 계정을 점검하세요.",
          btn("https://myaccount.google.com/apppasswords", "활동 확인"),
      ], "Google 계정 및 서비스의 중요한 변경사항을 알려드리기 위해 발송된 이메일입니다.<br>&copy; 2026 Google LLC, "
         "1600 Amphitheatre Parkway, Mountain View, CA 94043, USA", layout=2))

M("security", "ms-unusual-signin-activity", "Microsoft account team <account-security-noreply@accountprotection.microsoft.com>",
  P["park"], "Microsoft account unusual sign-in activity", "2026-10-08 11:55 +0000", """
Microsoft account

Unusual sign-in activity

We detected something unusual about a recent sign-in to the Microsoft account jy*****@outlook.com.

Sign-in details

Country/region: Japan
IP address: 203.0.113.77
Date: 10/8/2026 11:41 AM (GMT)
Platform: iOS
Browser: Safari

Please go to your recent activity page to let us know whether or not this was you. If this wasn't you, we'll
help you secure your account. If this was you, we'll trust similar activity in the future.

Review recent activity: https://account.live.com/Activity

To opt out or change where you receive security notifications, click here:
https://account.live.com/SecurityNotifications/Update

Thanks,
The Microsoft account team

Privacy Statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", client="system", enc="utf-8/quoted-printable")

M("security", "m365-mfa-code-sms-fallback", "Microsoft 계정 팀 <account-security-noreply@accountprotection.microsoft.com>",
  "이준호 <jh.lee@corp.example>", "Microsoft 계정 보안 코드", "2026-01-19 00:48 +0000", """
Microsoft 계정

보안 코드

jh**@corp.example 계정에 대해 다음 보안 코드를 사용하세요.

보안 코드: 6042

이 요청을 하지 않으셨다면 이 메일을 무시해도 됩니다. 다른 사람이 실수로 회원님의 메일 주소를 입력했을 수
있습니다.

감사합니다.
Microsoft 계정 팀
""", client="system")

M("security", "apple-id-signin-ko", "Apple <noreply@email.apple.com>", P["han"],
  "새로운 기기에서 Apple 계정이 사용되었습니다", "2026-05-30 12:20", html=notice_html(
      "Apple", "#000000", "새로운 기기에서 Apple 계정 사용", [
          "한서연 님, 안녕하세요.",
          "2026년 5월 30일 오후 9:19(한국 표준시)에 MacBook Air에서 Apple 계정(sy.han@corp.example)을 사용하여 "
          "iCloud에 로그인했습니다.",
          "본인이 로그인한 경우 이 이메일을 무시해도 됩니다. 최근 로그인하지 않았고 누군가가 계정에 접근했다고 생각되면 "
          '<a href="https://account.apple.com">account.apple.com</a>에서 암호를 변경하십시오.',
          "Apple은 이메일로 암호나 신용카드 번호를 요청하지 않습니다.",
      ], 'Apple 계정 | <a href="https://support.apple.com/ko-kr">지원</a> | <a href="https://www.apple.com/kr/legal/'
         'privacy/">개인정보 처리방침</a><br>Copyright &copy; 2026 Apple Inc. 모든 권리 보유.', layout=2))

M("security", "toss-login-new-device", "토스 <no-reply@toss.im>", P["choi"],
  "[토스] 새 기기에서 토스에 로그인했어요", "2026-06-04 22:31", html=notice_html(
      "toss", "#3182f6", "새 기기에서 로그인했어요", [
          "수진님, 방금 새 기기에서 토스에 로그인했어요.",
          "기기: Galaxy S25<br>일시: 2026년 6월 4일 22:30",
          "본인이 맞다면 신경 쓰지 않으셔도 돼요. 본인이 아니라면 토스 앱 &gt; 전체 &gt; 설정 &gt; 보안에서 "
          "다른 기기 로그아웃을 눌러주세요. 토스는 송금이나 인증을 문자 링크로 요청하지 않아요.",
          '<a href="https://toss.im">toss.im</a> · 고객센터 1599-4905',
      ], "(주)비바리퍼블리카 | 서울특별시 강남구 테헤란로 131, 한국지식재산센터 12층"))

M("security", "github-new-ssh-key", "GitHub <noreply@github.com>", "한서연 <sy.han@corp.example>",
  "[GitHub] A new SSH authentication public key was added to your account", "2026-02-17 01:09 +0000", """
The following SSH key was added to your account:

nuriworks-build-02
SHA256:p0x3vQm9tWk1cJ6B8yZr2LhD7nAuGsF4eKqXoV5iMbE

If you believe this key was added in error, you can remove the key and disable access at the following location:

https://github.com/settings/keys

To see this and other security events for your account, visit https://github.com/settings/security-log

If you run into problems, please contact support by visiting https://github.com/contact

Thanks,
The GitHub Team
""", client="plain8")

M("security", "github-2fa-recovery-codes", "GitHub <noreply@github.com>", "임채원 <cw.lim@corp.example>",
  "[GitHub] Your two-factor recovery codes were regenerated", "2026-11-03 05:44 +0000", """
Hey cwlim-nuri!

This is a quick confirmation that the two-factor authentication recovery codes for your account were just
regenerated. Please store your new codes somewhere safe; the old codes no longer work.

Download them again from https://github.com/settings/auth/recovery-codes

If you didn't regenerate your codes, please reset your password right away at https://github.com/password_reset
and contact GitHub Support.

Thanks,
The GitHub Team
""", client="plain8")

M("security", "samsung-account-signin", "Samsung account <sa.noreply@samsung-mail.com>", P["kang"],
  "[삼성 계정] 새로운 기기에서 로그인되었습니다", "2026-09-01 10:14", html=notice_html(
      "Samsung account", "#1428a0", "새로운 기기에서 로그인", [
          "hane*******@corp.example 계정으로 새로운 기기에서 로그인되었습니다.",
          "기기: Galaxy Tab S10<br>위치: 대한민국<br>시간: 2026.09.01 19:13",
          '본인이 아닌 경우 <a href="https://account.samsung.com/membership/contents/security">삼성 계정 보안 설정</a>'
          "에서 비밀번호를 변경하세요.",
      ], "삼성전자(주) | 경기도 수원시 영통구 삼성로 129<br>본 메일은 발신 전용입니다."))

M("security", "hiworks-admin-otp", "하이웍스 <noreply@hiworks.com>", "윤태식 <ts.yoon@corp.example>",
  "[하이웍스] 관리자 로그인 OTP 인증번호", "2026-04-02 09:05", """
[하이웍스] 관리자 로그인 인증번호

인증번호: 590 114

관리자 페이지(office.hiworks.com) 로그인을 위해 요청된 인증번호입니다.
5분 안에 입력해 주세요. 요청하지 않으셨다면 관리자 계정 비밀번호를 변경하시기 바랍니다.

(주)가비아 하이웍스 | 고객센터 1644-4756 | https://www.hiworks.com
""", client="hiworks", fmt="plain")

M("security", "coupang-password-changed", "쿠팡 <help@coupang.com>", P["park"],
  "[쿠팡] 비밀번호 변경 완료 안내", "2026-10-19 23:02", html=notice_html(
      "coupang", "#e52528", "비밀번호가 변경되었습니다", [
          "박*영 고객님, 쿠팡 계정의 비밀번호가 정상적으로 변경되었습니다.",
          "변경 일시: 2026-10-19 23:01",
          "본인이 변경하지 않으셨다면 즉시 쿠팡 고객센터(1577-7011)로 연락해 주세요. 쿠팡은 메일이나 문자로 "
          "결제 정보 입력을 요청하지 않습니다.",
          '<a href="https://www.coupang.com">www.coupang.com</a>',
      ], "쿠팡(주) | 서울시 송파구 송파대로 570 | 사업자등록번호 120-88-00767<br>본 메일은 발신전용입니다."))

M("security", "kbstar-login-notice", "KB국민은행 <kbmaster@kbstar.com>", "이준호 <jh.lee@corp.example>",
  "[KB국민은행] 기업인터넷뱅킹 로그인 알림", "2026-03-12 08:37", """
[KB국민은행] 기업인터넷뱅킹 로그인 알림

(주)누리웍스 고객님, 기업인터넷뱅킹에 로그인되었습니다.

- 이용자ID: NURI***
- 일시: 2026.03.12 08:36:52
- 접속 IP: 203.0.113.**

본인이 이용하지 않은 경우 즉시 KB국민은행 고객센터(1588-9999)로 신고해 주십시오.
KB국민은행은 어떠한 경우에도 이메일로 보안카드 번호, OTP 번호, 비밀번호를 요구하지 않습니다.

https://obiz.kbstar.com
""", client="system", enc="euc-kr/base64", henc="euc-kr/B")

M("security", "shinhan-certificate-renewed", "신한은행 <webmaster@shinhan.com>", "최수진 <sj.choi@corp.example>",
  "[신한은행] 공동인증서(구 공인인증서) 갱신 완료 안내", "2026-05-07 10:42", html=notice_html(
      "신한은행", "#0046ff", "인증서 갱신이 완료되었습니다", [
          "(주)누리웍스 최수진 고객님, 요청하신 기업용 공동인증서 갱신이 완료되었습니다.",
          "인증서 종류: 범용 기업 인증서<br>유효기간: 2026.05.07 ~ 2027.05.06<br>발급기관: 한국정보인증",
          "갱신한 인증서는 PC 하드디스크, 이동식디스크 중 저장하신 위치에서 이용할 수 있습니다.",
          '문의: 신한은행 고객센터 1599-8000 | <a href="https://bizbank.shinhan.com">신한 기업뱅킹</a>',
      ], "본 메일은 발신 전용입니다. 신한은행은 메일로 보안매체 번호 입력을 요구하지 않습니다."))

M("security", "slack-signin-code", "Slack <no-reply@slack.com>", "박지영 <jy.park@corp.example>",
  "Slack confirmation code: 4KD-9QX", "2026-06-16 00:25 +0000", html=notice_html(
      "slack", "#4a154b", "Confirm your email address", [
          "Your confirmation code is below — enter it in your open browser window and we'll help you get signed in.",
          '<div style="font-size:30px;background:#f5f4f5;padding:20px;text-align:center;">4KD-9QX</div>',
          "If you didn't request this email, there's nothing to worry about — you can safely ignore it.",
      ], 'Slack Technologies, LLC, a Salesforce company | 415 Mission Street, San Francisco, CA 94105<br>'
         '<a href="https://slack.com/help">Help Center</a>', layout=2))

M("security", "zoom-signin-new-device", "Zoom <no-reply@zoom.us>", "배성우 <sw.bae@corp.example>",
  "Zoom 로그인 확인 코드", "2026-07-21 02:02 +0000", """
안녕하세요, 배성우님

새 기기에서 Zoom에 로그인하려고 합니다. 다음 코드를 입력하세요.

183604

코드는 10분 후에 만료됩니다. 본인이 로그인을 시도하지 않았다면 https://zoom.us/profile 에서 비밀번호를
변경하세요.

감사합니다.
Zoom 팀
+1.888.799.9666 | https://zoom.us
""", client="system")

M("security", "ms365-admin-new-global-admin", "Microsoft 365 <o365mc@microsoft.com>", "윤태식 <ts.yoon@corp.example>",
  "새 전역 관리자 역할이 할당되었습니다 - corpexample.onmicrosoft.com", "2026-08-20 07:10 +0000", html=notice_html(
      "Microsoft 365", "#0078d4", "역할 할당 알림", [
          "조직: (주)누리웍스 (corpexample.onmicrosoft.com)",
          "사용자 <b>admin.backup@corp.example</b>에게 <b>전역 관리자</b> 역할이 할당되었습니다.<br>"
          "할당자: ts.yoon@corp.example<br>일시: 2026-08-20 16:09 (UTC+09:00)",
          "이 변경이 예상되지 않은 경우 Microsoft Entra 관리 센터에서 역할 할당을 검토하세요.",
          btn("https://entra.microsoft.com", "역할 할당 검토", "#0078d4"),
      ], "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA<br>이 메시지는 조직의 관리자에게 "
         "발송된 서비스 알림입니다."))

M("security", "naver-works-password-expiry", "NAVER WORKS <noreply@worksmobile.com>", "김다은 <de.kim@corp.example>",
  "[NAVER WORKS] 비밀번호 만료 7일 전 안내", "2026-09-23 09:00", html=notice_html(
      "NAVER WORKS", "#00c73c", "비밀번호 변경 안내", [
          "김다은 님, 회사에서 설정한 비밀번호 변경 주기(90일)에 따라 7일 후 비밀번호가 만료됩니다.",
          "만료 예정일: 2026년 9월 30일",
          '<a href="https://auth.worksmobile.com">auth.worksmobile.com</a>에 로그인한 뒤 '
          "[내 정보] &gt; [보안] &gt; [비밀번호 변경]에서 변경할 수 있습니다.",
          "이 메일의 내용은 회사 관리자가 설정한 정책에 따른 안내입니다.",
      ], "NAVER Cloud Corp. | 본 메일은 발신전용입니다."))

M("security", "it-forward-google-alert-ok", P["yoon"], P["park"], "RE: 구글 보안 알림 메일 진짜인가요?", "2026-03-05 11:32",
  """
과장님, 헤더 확인해 봤는데 진짜 Google 메일 맞습니다.
보낸 주소 no-reply@accounts.google.com, 링크도 전부 myaccount.google.com 으로 연결됩니다.
어제 마케팅 공용 계정에 2단계 인증 켠 게 강하늘 님이라 그 알림이에요. 따로 조치 안 하셔도 됩니다.

다만 앞으로도 이런 메일은 링크 누르지 마시고 브라우저에서 직접 myaccount.google.com 들어가서 확인하시는
습관 들이시면 좋습니다.

윤태식 드림
-----원본 메시지-----
보낸 사람: 박지영
보낸 날짜: 2026년 3월 5일 목요일 오전 11:10
받는 사람: 윤태식
제목: 구글 보안 알림 메일 진짜인가요?

책임님, 마케팅 공용 지메일로 "2-Step Verification turned on" 메일이 왔는데 제가 한 건 아니라서요.
피싱일까 봐 안 눌렀습니다. 확인 부탁드려요!
""", client="outlook", reply="corp.example")

M("security", "dropbox-new-signin", "Dropbox <no-reply@dropbox.com>", "윤태식 <ts.yoon@corp.example>",
  "Dropbox 계정에 새 웹 브라우저가 로그인했습니다", "2026-12-01 04:18 +0000", html=notice_html(
      "Dropbox", "#0061fe", "새 웹 브라우저가 Dropbox 계정에 로그인했습니다", [
          "윤태식님, 안녕하세요.",
          "방금 새 웹 브라우저가 Dropbox 계정에 로그인했습니다. 확인을 위해 아래 정보를 알려 드립니다.",
          "시간: 12월 1일 (화) 오후 1:17 GMT+9<br>브라우저: Edge (Windows)<br>대략적 위치: 성남시, 대한민국",
          'Dropbox에 로그인하지 않으셨다면 <a href="https://www.dropbox.com/account/security">보안 페이지</a>에서 '
          "해당 웹 브라우저를 연결 해제하고 비밀번호를 변경해 주세요.",
      ], "Dropbox 팀 드림<br>&copy; 2026 Dropbox, Inc., 1800 Owens St, San Francisco, CA 94158"))

M("security", "instagram-code-ko", "Instagram <security@mail.instagram.com>", P["kang"],
  "Instagram 로그인 코드 918 440", "2026-04-28 13:09", html=notice_html(
      "Instagram", "#c13584", "로그인 코드", [
          "nuriworks_official 계정에 로그인하려는 시도가 있었습니다. 본인이라면 다음 코드를 입력하세요.",
          '<span style="font-size:26px;font-weight:bold;">918 440</span>',
          '본인이 아니라면 <a href="https://www.instagram.com/accounts/password/reset/">비밀번호를 재설정</a>하세요.',
      ], "&copy; Instagram. Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025<br>"
         "이 메시지는 haneul.kang@corp.example 주소로 nuriworks_official 계정을 위해 발송되었습니다."))

M("security", "daangn-email-verify", "당근 <noreply@daangn.com>", P["oh"],
  "[당근] 이메일 인증을 완료해 주세요", "2026-11-12 20:40", """
안녕하세요, 당근이에요.

이메일 주소를 인증하려면 아래 인증번호를 앱에 입력해 주세요.

인증번호: 2049

인증번호는 3분 동안만 사용할 수 있어요. 당근은 거래 중에 외부 링크로 결제나 인증을 요청하지 않아요.
외부 결제 링크를 받으셨다면 당근 고객센터로 신고해 주세요.

당근마켓 | https://www.daangn.com
""", client="system", fmt="plain")

M("security", "naver-privacy-annual-notice", "네이버 <navercorp@navercorp.com>", P["park"],
  "[네이버] 개인정보 이용내역 연간 통지", "2026-11-16 10:00", html=notice_html(
      "NAVER", "#03c75a", "개인정보 이용내역 안내", [
          "jiyo****님, 「개인정보 보호법」 제20조의2에 따라 네이버가 회원님의 개인정보를 이용한 내역을 연 1회 "
          "알려드립니다.",
          "<b>수집·이용 항목</b> 아이디, 이름, 휴대전화번호, 이메일, 서비스 이용기록<br><b>이용 목적</b> 회원 관리, "
          "서비스 제공, 고객 상담<br><b>제3자 제공</b> 회원님이 동의한 경우에 한함 (네이버페이 결제 시 판매자 등)",
          '자세한 내용은 <a href="https://policy.naver.com/policy/privacy.html">개인정보처리방침</a>과 '
          '<a href="https://nid.naver.com/user2/help/myInfo">내정보</a>에서 확인하실 수 있습니다.',
          "본 메일은 법령에 따른 의무 통지로, 수신 동의 여부와 관계없이 발송됩니다.",
      ], "네이버(주) | 경기도 성남시 분당구 정자일로 95, NAVER 1784 | 개인정보보호책임자 privacy@navercorp.com"))

M("security", "coupang-privacy-annual-notice", "쿠팡 <help@coupang.com>", P["seo"],
  "[쿠팡] 개인정보 이용내역 통지 안내", "2026-12-01 09:00", """
안녕하세요, 쿠팡입니다.

개인정보 보호법에 따라 고객님의 개인정보 이용내역을 알려드립니다.

1. 수집 항목: 이름, 연락처, 배송지 주소, 결제 정보(카드사명, 카드번호 일부), 주문 내역
2. 이용 목적: 주문 처리 및 배송, 고객 상담, 부정 이용 방지
3. 제3자 제공: 배송(CJ대한통운 등 택배사), 판매자(마켓플레이스 상품 주문 시)
4. 처리 위탁: 고객 상담(쿠팡CS), 결제(쿠팡페이)

자세한 내용은 쿠팡 개인정보처리방침(https://privacy.coupang.com)을 확인해 주세요.
본 메일은 법적 의무에 따라 발송되는 안내 메일로 수신 거부와 관계없이 발송됩니다.

쿠팡(주) | 서울시 송파구 송파대로 570
""", client="system", enc="utf-8/quoted-printable")

M("security", "github-device-verification", "GitHub <noreply@github.com>", P["han"],
  "[GitHub] Please verify your device", "2026-09-29 23:40 +0000", """
Hey syhan-nuri!

A sign in attempt requires further verification because we did not recognize your device. To complete the
sign in, enter the verification code on the unrecognized device.

Device: Chrome on Windows
Verification code: 608214

If you did not attempt to sign in to your account, your password may be compromised. Visit
https://github.com/settings/security to create a new, strong password for your GitHub account.

Thanks,
The GitHub Team
""", client="plain8")

M("security", "google-ads-new-signin-en", "Google <no-reply@accounts.google.com>", P["jung"],
  "Security alert", "2026-05-25 06:03 +0000", html=notice_html(
      "Google", "#1a73e8", "A new sign-in on Windows", [
          "mj.jung@corp.example",
          "We noticed a new sign-in to your Google Account on a Windows device. If this was you, you don't need to "
          "do anything. If not, we'll help you secure your account.",
          btn("https://accounts.google.com/AccountChooser?Email=mj.jung@corp.example&continue="
              "https://myaccount.google.com/alert/nt/1779688980000", "Check activity"),
          'You can also see security activity at <a href="https://myaccount.google.com/notifications">'
          "https://myaccount.google.com/notifications</a>",
      ], "You received this email to let you know about important changes to your Google Account and services."
         "<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA", layout=2))

M("security", "ms-authenticator-added", "Microsoft 계정 팀 <account-security-noreply@accountprotection.microsoft.com>",
  P["kim"], "Microsoft 계정에 새 앱이 연결됨", "2026-02-02 01:15 +0000", """
Microsoft 계정

새 앱이 연결됨

Microsoft Authenticator 앱이 Microsoft 계정 de**@corp.example 에 연결되었습니다.

이 작업을 직접 하지 않았다면 계정 보안을 위해 https://account.live.com/consent/Manage 에서 앱 연결을 해제하고
https://account.microsoft.com/security 에서 보안 정보를 검토하세요.

감사합니다.
Microsoft 계정 팀
""", client="system", enc="utf-8/quoted-printable")
