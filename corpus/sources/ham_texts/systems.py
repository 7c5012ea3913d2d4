"""systems: machine mail a Korean office gets every day — groupware and e-approval (결재 요청/완료), ERP and
MES alerts, Jira/Confluence/GitHub/GitLab, monitoring and backup reports, CCTV/NAS, calendar invitations with
.ics, video-meeting links, e-fax and scanner mail, password resets the user asked for, SaaS and cloud receipts,
domain/SSL renewals from the real registrars, mailing-list digests, out-of-office replies and delivery status
notifications of the office's own mail."""
from ham_texts import M, P, btn, notice_html, ol_quote, sig

GW = "전자결재 <approval@corp.example>"


def gcal_ics(uid: str, start: str, end: str, summary: str, organizer: str, attendees: list[str],
             location: str = "", description: str = "", method: str = "REQUEST") -> str:
    """An invitation as Google Calendar writes it (UTC times, folded DESCRIPTION)."""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT", f"DTSTART:{start}", f"DTEND:{end}",
             "DTSTAMP:20260101T000000Z", f"ORGANIZER;CN={organizer}:mailto:{organizer}", f"UID:{uid}"]
    for a in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={a}:mailto:{a}")
    desc = description.replace("\n", "\\n")
    lines.append(f"DESCRIPTION:{desc[:60]}")
    rest = desc[60:]
    while rest:
        lines.append(" " + rest[:60])
        rest = rest[60:]
    lines += [f"LOCATION:{location}", "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{summary}", "TRANSP:OPAQUE",
              "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def outlook_ics(uid: str, start: str, end: str, summary: str, location: str, organizer: str,
                attendees: list[str], method: str = "REQUEST") -> str:
    """An invitation (or cancellation) as Outlook/Exchange writes it, local Korea time."""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VTIMEZONE", "TZID:Korea Standard Time", "BEGIN:STANDARD",
             "DTSTART:16010101T000000", "TZOFFSETFROM:+0900", "TZOFFSETTO:+0900", "END:STANDARD", "END:VTIMEZONE",
             "BEGIN:VEVENT", f"ORGANIZER;CN={organizer.split('<')[0].strip()}:mailto:{organizer.split('<')[1][:-1]}"]
    for a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a}")
    lines += [f"SUMMARY;LANGUAGE=ko-KR:{summary}", f"DTSTART;TZID=Korea Standard Time:{start}",
              f"DTEND;TZID=Korea Standard Time:{end}", f"UID:{uid}", "CLASS:PUBLIC", "PRIORITY:5",
              "DTSTAMP:20260101T000000Z", "TRANSP:OPAQUE",
              f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}", "SEQUENCE:1",
              f"LOCATION;LANGUAGE=ko-KR:{location}", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def ooo(who: str) -> dict:
    """Headers an Exchange automatic reply carries."""
    return {"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
            "X-MS-Exchange-Inbox-Rules-Loop": who}


# --- groupware and e-approval --------------------------------------------------------------------------

M("systems", "approval-request-purchase", GW, P["bae"], "[결재 요청] 구매품의서 - M12 커넥터 대체품 긴급 구매",
  "2026-11-13 09:42", """
결재 요청이 도착했습니다.

문서번호: 구매-2026-1184
문서제목: M12 커넥터 대체품 긴급 구매
기안자: 구매팀 오세훈 차장
기안일: 2026-11-13 09:40
결재선: 오세훈(기안) → 배성우(검토) → 이준호(승인)
금액: 3,960,000원 (VAT 별도)

결재하기: https://gw.corp.example/approval/doc/2026-1184
※ 본 메일은 그룹웨어에서 자동 발송되었습니다. 회신하지 마십시오.
""", client="system", henc="raw")

M("systems", "approval-complete", GW, P["oh"], "[결재 완료] 구매-2026-1184 M12 커넥터 대체품 긴급 구매",
  "2026-11-13 14:05", """
상신하신 문서의 결재가 완료되었습니다.

문서번호: 구매-2026-1184
최종 승인: 이준호 대표이사 (2026-11-13 14:04)
의견: 불량 LOT 비용은 KB센서부품에 청구 진행할 것.

문서 보기: https://gw.corp.example/approval/doc/2026-1184
""", client="system", henc="raw")

M("systems", "approval-rejected", GW, P["kang"], "[반려] 지출결의서 - SNS 광고비 11월분",
  "2026-12-01 17:30", """
상신하신 문서가 반려되었습니다.

문서번호: 지출-2026-2207
반려자: 정민재 팀장
반려 사유: 대행사 세금계산서 첨부 누락. 첨부 후 재상신 바랍니다.

문서 보기: https://gw.corp.example/approval/doc/2026-2207
""", client="system", enc="utf-8/quoted-printable")

M("systems", "approval-leave", GW, P["kim"], "[결재 요청] 휴가신청서 - 한서연 (연차 2일)",
  "2026-12-04 10:11", html=notice_html(
      "NURIWORKS 그룹웨어", "#3b5bdb", "결재 요청: 휴가신청서", [
          '<table cellpadding="4" style="font-size:13px;"><tr><td>기안자</td><td>개발팀 한서연 선임연구원</td></tr>'
          '<tr><td>휴가 종류</td><td>연차</td></tr><tr><td>기간</td><td>2026-12-24 ~ 2026-12-25 (2일)</td></tr>'
          '<tr><td>잔여 연차</td><td>6일 → 4일</td></tr><tr><td>업무 대행</td><td>임채원 팀장</td></tr></table>',
          btn("https://gw.corp.example/approval/doc/2026-2291", "결재하기", "#3b5bdb"),
      ], "(주)누리웍스 그룹웨어 | 사내 전용 알림입니다."), client="system")

M("systems", "approval-reference-cc", GW, P["choi"], "[참조] 출장비 정산서 - 배성우 (창원 2박 3일)",
  "2026-11-27 16:48", """
참조자로 지정된 문서입니다.

문서번호: 출장-2026-0412
내용: 한일정밀 라인 긴급 지원 출장비 정산
 교통비 KTX 왕복 118,600원 / 숙박 2박 176,000원 / 일비 3일 90,000원 / 합계 384,600원

https://gw.corp.example/approval/doc/2026-0412
""", client="system")

M("systems", "hiworks-approval-partner", "하이웍스 전자결재 <noreply@hiworks.com>", P["park"],
  "[한일정밀] 결재 문서가 공유되었습니다: 2027 연간 단가계약 검토", "2026-12-03 11:00", """
한일정밀(주) 김민수 님이 전자결재 문서를 외부 공유했습니다.

문서: 2027 연간 단가계약 검토(누리웍스)
공유 만료: 2026-12-10

문서 보기(로그인 불필요, 열람 전용): https://office.hiworks.com/hanilprecision.co.kr/approval/share/8GT2KQ
본 메일은 하이웍스에서 발송되었습니다.
""", client="system")

M("systems", "daou-board-notice", "다우오피스 <noreply@daouoffice.com>", "박지영 <jy.park@corp.example>",
  "[KC모터스 협력사 게시판] 새 공지: 2027년 협력사 등급 평가 기준", "2026-12-02 08:30", """
KC모터스 협력사 포털에 새 공지가 등록되었습니다.

제목: 2027년 협력사 등급 평가 기준 변경 안내
작성자: 구매기획팀
게시일: 2026-12-02

바로가기: https://kcmotors.daouoffice.com/app/board/5511/post/2291
""", client="system")

M("systems", "naverworks-mail-forward", "네이버웍스 <noreply@worksmobile.com>", "정민재 <mj.jung@corp.example>",
  "[NAVER WORKS] 예약된 회의실 알림: 내일 10:00 4층 대회의실", "2026-10-21 18:00", """
회의실 예약 알림

일시: 2026-10-22 (목) 10:00 ~ 11:30
장소: 애드웨이브 4층 대회의실
예약자: 애드웨이브 윤소희
참석자: 정민재(누리웍스), 강하늘(누리웍스) 외 3명

https://works.do/R2bXk9
""", client="system")

M("systems", "erp-receivables-alert", "ERP 알림 <erp@corp.example>", P["choi"], "[ERP] 장기 미수채권 알림 (90일 초과 3건)",
  "2026-12-01 06:00", """
[더존 ERP] 미수채권 모니터링 결과 (기준일 2026-12-01)

거래처              채권일자     금액           경과일
(주)태광에프에이    2025-10-31   46,420,000     396
대한계측            2026-08-29   2,310,000      94
서일케미칼(주)      2026-08-31   1,188,000      92

합계 49,918,000원
채권관리 화면: http://erp.corp.example:8080/ar/aging
""", client="legacy", enc="euc-kr/8bit", label=None, fmt="plain")

M("systems", "erp-legacy-nolabel", "ERP 알림 <erp@corp.example>", P["oh"], "[ERP] 안전재고 미달 품목 알림",
  "2026-11-18 06:00", """
[안전재고 미달] 기준일 2026-11-18

품목코드     품명                    현재고  안전재고  부족
PT-300-10    압력 트랜스미터 0~10bar  18      40        22
TX-EX-100    방폭 온도센서            8       15        7

구매요청 생성: http://erp.corp.example:8080/mm/pr/new
""", client="legacy", enc="ks_c_5601-1987/8bit", label="", fmt="plain")

M("systems", "mes-alarm-customer", "MES Alarm <mes-alarm@hanilprecision.co.kr>", [P["park"], P["han"]],
  "[MES][경보] 2라인 PRESS-02 압력 신호 이상 (Severity: MAJOR)", "2026-11-20 01:17", """
[MES ALARM]
Plant   : 창원 1공장
Line    : L2
Equip   : PRESS-02
Tag     : PT-300_S/N2604-0112 (Hydraulic Pressure)
Event   : SIGNAL LOSS (value=0.00 bar, 3 times in 10 min)
Time    : 2026-11-20 01:16:42
Action  : Equipment E-STOP triggered

This alarm is also sent to vendor support (누리웍스) by service agreement.
""", client="plain8", fmt="plain")

M("systems", "mes-daily-oee", "MES Report <mes-report@hanilprecision.co.kr>", P["park"],
  "[MES] 일일 설비종합효율(OEE) 리포트 2026-11-24", "2026-11-25 06:30", """
일일 OEE 리포트 (2026-11-24)

라인   가동률   성능   양품률   OEE
L1     92.1%    95.4%  99.2%    87.2%
L2     71.3%    94.0%  98.8%    66.2%  ▼ (센서 교체 작업 4.2h 정지)
L3     89.7%    96.1%  99.5%    85.8%

본 메일은 협력사 공유 설정(누리웍스)에 따라 발송됩니다.
""", client="system", att=["OEE_2026-11-24.xlsx"])

# --- Jira, Confluence, GitHub, GitLab -------------------------------------------------------------------

M("systems", "jira-comment", "임채원 (Jira) <jira@nuriworks.atlassian.net>", P["han"],
  "[JIRA] (PM-231) 게이트웨이 OTA 업데이트 실패 시 롤백", "2026-11-10 15:02", """
임채원 commented on PM-231

> 롤백 후 재시도 횟수 3회 제한 + 실패 로그 서버 업로드까지 이번 스프린트에 넣어주세요.
> 현장 장비는 LTE라 펌웨어 이미지 다운로드 실패가 잦습니다.

Status: In Progress   Assignee: 한서연   Priority: Highest

View: https://nuriworks.atlassian.net/browse/PM-231
Get Jira notifications on your phone! Download the Jira Cloud app for Android or iOS.
""", client="system", headers={"Auto-Submitted": "auto-generated"})

M("systems", "jira-sla-breach", "Jira Service Management <jira@nuriworks.atlassian.net>", P["yoon"],
  "[JIRA] (IT-488) SLA 위반 임박: VPN 접속 불가 (영업팀 박지영)", "2026-10-02 17:40", """
IT-488의 '첫 응답 시간' SLA가 30분 후 위반됩니다.

요청자: 박지영 (영업팀)
요약: 외근 중 FortiClient VPN 접속 불가 — "인증서 확인 실패"
우선순위: 높음

https://nuriworks.atlassian.net/jira/servicedesk/projects/IT/queues/custom/1/IT-488
""", client="system")

M("systems", "confluence-page-updated", "Confluence <confluence@nuriworks.atlassian.net>", P["lim"],
  "한서연님이 '현장 설치 체크리스트 v3'을(를) 업데이트했습니다", "2026-09-17 11:25", html=notice_html(
      "Confluence", "#0052cc", "현장 설치 체크리스트 v3", [
          "한서연님이 <b>개발팀 스페이스</b>의 페이지를 업데이트했습니다.",
          "변경 요약: 방폭 구역(Zone 1) 설치 시 본질안전 배리어 확인 항목 추가, 접지 저항 측정값 기록란 추가",
          btn("https://nuriworks.atlassian.net/wiki/spaces/DEV/pages/229377/v3", "페이지 보기", "#0052cc") + "&nbsp;"
          + btn("https://nuriworks.atlassian.net/wiki/pages/diffpagesbyversion.action?pageId=229377", "변경 사항 보기",
                "#42526e"),
      ], 'Confluence 알림 설정 관리: <a href="https://nuriworks.atlassian.net/wiki/users/viewmyemailsettings.action">'
         "이메일 설정</a><br>Atlassian, 350 Bush Street, San Francisco, CA 94104", layout=2),
  headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})

M("systems", "github-ci-failed", "GitHub <notifications@github.com>", "Seoyeon Han <sy.han@corp.example>",
  "[nuriworks/gateway-fw] Run failed: build-and-test - main (8f3a2c1)", "2026-11-11 02:14 +0000", """
[nuriworks/gateway-fw] build-and-test workflow run

Run failed for main (8f3a2c1)

Repository: nuriworks/gateway-fw
Workflow: build-and-test
Duration: 6m 41s
Failed jobs:
  unit-tests (arm-none-eabi-gcc 13)  —  test_modbus_rtu_crc: expected 0x4B37, got 0x374B

View workflow run: https://github.com/nuriworks/gateway-fw/actions/runs/11827440193

You are receiving this because this workflow ran on your push.
Manage your GitHub Actions notifications: https://github.com/settings/notifications
""", client="plain8", fmt="plain", headers={"X-GitHub-Reason": "ci_activity",
                                             "List-ID": "nuriworks/gateway-fw <gateway-fw.nuriworks.github.com>"})

M("systems", "github-dependabot", "GitHub <notifications@github.com>", "Seoyeon Han <sy.han@corp.example>",
  "[nuriworks/dashboard-web] Dependabot alert: High severity vulnerability in axios", "2026-10-08 09:00 +0000", """
Dependabot alert #27: axios

A high severity vulnerability was found in axios (npm), used in package-lock.json.
  Vulnerable versions: < 1.7.4
  Patched version: 1.7.4
  Server-Side Request Forgery in axios

Dependabot opened a pull request to fix this: #88
Review the alert: https://github.com/nuriworks/dashboard-web/security/dependabot/27
""", client="plain8", fmt="plain", headers={"X-GitHub-Reason": "security_alert"})

M("systems", "gitlab-mr-merged", "GitLab <gitlab@git.corp.example>", P["lim"],
  "Re: firmware | !214 진동 데이터 압축 전송 (zstd) 적용", "2026-08-28 18:33", """
Merge request !214 was merged

Project: firmware / vibro-node
Branches: feature/zstd-payload → develop
Author: 한서연
Merged by: 임채원

전송량 62% 감소, 배터리 수명 시험은 QA-19에서 진행.

https://git.corp.example/firmware/vibro-node/-/merge_requests/214
You're receiving this email because of your account on git.corp.example.
""", client="plain8", headers={"X-GitLab-Project": "vibro-node", "X-GitLab-MergeRequest-IID": "214"})

M("systems", "gitlab-pipeline-fixed", "GitLab <gitlab@git.corp.example>", P["han"],
  "Fixed pipeline for develop | vibro-node | 3c91e0a4", "2026-08-29 09:12", """
Pipeline has been fixed and is passing now.

Project: firmware / vibro-node
Branch: develop
Commit: 3c91e0a4 "CRC 바이트 순서 수정"
Commit Author: 한서연
Pipeline #5521 triggered by 한서연 — 4 jobs passed in 3 minutes 12 seconds

https://git.corp.example/firmware/vibro-node/-/pipelines/5521
""", client="plain8", fmt="plain")

M("systems", "github-invite", "GitHub <noreply@github.com>", "Chaewon Lim <cw.lim@corp.example>",
  "@kcmotors-dev has invited you to join the @kcmotors-integration organization", "2026-06-03 05:20 +0000", """
@kcmotors-dev has invited you to join the @kcmotors-integration organization on GitHub.
Head over to https://github.com/kcmotors-integration to check out @kcmotors-integration's profile.

To join @kcmotors-integration, follow this link:
https://github.com/orgs/kcmotors-integration/invitation

Some helpful tips:
- If you get a 404 page, make sure you're signed in as cw-lim.
- You can also accept the invitation by visiting the organization page directly.

If you were not expecting this invitation, you can ignore this email.
""", client="plain8", fmt="plain")

M("systems", "jira-weekly-digest", "Jira <jira@nuriworks.atlassian.net>", P["lim"],
  "[Jira] 주간 요약: PM 프로젝트 (11/23 ~ 11/29)", "2026-11-30 08:00", """
PM 프로젝트 주간 요약

완료: 14건   진행 중: 9건   새로 생성: 11건   기한 초과: 2건

기한 초과
  PM-219 VX-20 배터리 잔량 추정 알고리즘 (한서연) — 기한 11/27
  PM-224 대시보드 알람 CSV 내보내기 (정다빈) — 기한 11/28

https://nuriworks.atlassian.net/jira/software/projects/PM/boards/3
""", client="system")

# --- monitoring, backup, CCTV, NAS ----------------------------------------------------------------------

M("systems", "cpu-warning-grafana", "Grafana <grafana@corp.example>", P["it"],
  "[Alerting] WEB01 CPU 사용률 90% 초과", "2026-11-05 14:22", """
[FIRING:1] WEB01 CPU 사용률 경고

Labels:
 - alertname = HighCPU
 - instance = web01.corp.example:9100
 - severity = warning
Annotations:
 - summary = CPU 사용률 92.4% (5분 평균)
 - description = php-fpm 프로세스 수 48/50, 동시 접속 증가

Source: http://grafana.corp.example:3000/alerting/grafana/eCPu01/view
Silence: http://grafana.corp.example:3000/alerting/silence/new
""", client="plain8", fmt="plain")

M("systems", "disk-full-nas", "Synology NAS <nas@corp.example>", P["it"],
  "[NURI-NAS01] 볼륨 1의 사용 가능한 공간이 부족합니다", "2026-10-26 03:00", """
NURI-NAS01의 볼륨 1의 사용 가능한 용량이 5% 미만입니다 (남은 용량: 412 GB / 전체 8.7 TB).
일부 패키지와 서비스가 정상적으로 작동하지 않을 수 있습니다.
불필요한 파일이나 스냅샷을 삭제하거나 볼륨을 확장하십시오.

보낸 사람: NURI-NAS01
날짜 및 시간: 2026-10-26 03:00:12
""", client="system", enc="utf-8/base64")

M("systems", "backup-report-veeam", "Veeam Backup <veeam@corp.example>", P["it"],
  "[Success] 야간 백업 작업 EXCH01-Daily (2 VMs processed)", "2026-11-19 02:48", html=notice_html(
      "Veeam Backup & Replication", "#00b336", "Backup job: EXCH01-Daily — Success", [
          '<table cellpadding="4" border="1" style="border-collapse:collapse;font-size:12px;">'
          "<tr><th>VM</th><th>Status</th><th>Start</th><th>End</th><th>Read</th><th>Transferred</th></tr>"
          "<tr><td>EXCH01</td><td>Success</td><td>01:00:05</td><td>02:31:44</td><td>412 GB</td><td>38.1 GB</td></tr>"
          "<tr><td>DC01</td><td>Success</td><td>02:31:50</td><td>02:47:59</td><td>60 GB</td><td>2.4 GB</td></tr>"
          "</table>",
          "Repository: NURI-NAS01-Repo, free 1.9 TB. Restore points kept: 14.",
      ], "Veeam Backup &amp; Replication 12.1 | backup01.corp.example"), client="system")

M("systems", "backup-failed", "Veeam Backup <veeam@corp.example>", P["it"],
  "[Failed] 오프사이트 복제 작업 NAS-to-Cloud (1 of 1 failed)", "2026-11-21 04:10", """
Job: NAS-to-Cloud (Backup Copy)
Result: Failed
Error: Failed to connect to the object storage: kr.object.ncloudstorage.com — 403 SignatureDoesNotMatch
Last success: 2026-11-20 04:02

Check the access key in Backup Infrastructure > Object Storage.
""", client="plain8", fmt="plain")

M("systems", "cctv-hdd-warning", "NVR-5F <nvr5f@corp.example>", P["it"],
  "[Hikvision NVR] HDD Error - Camera event notification", "2026-09-30 23:51", """
Event Type: HDD Error
Device Name: NVR-5F
Device Serial No.: DS-7616NI-K2/16P1620220817CCRRJ88
HDD No.: 2
Event Time: 2026-09-30 23:51:08

This e-mail is sent automatically by the device.
""", client="plain8", fmt="plain", att=["snapshot_ch03.jpg"])

M("systems", "cctv-motion-night", "NVR-5F <nvr5f@corp.example>", P["it"],
  "[Hikvision NVR] Motion Detection - CH01 Entrance", "2026-12-05 02:13", """
Event Type: Motion Detection
Camera: CH01 Entrance (5F 출입구)
Event Time: 2026-12-05 02:13:47
Alarm snapshot attached.
""", client="plain8", fmt="plain", att=["CH01_20261205021347.jpg"])

M("systems", "ups-on-battery", "APC UPS <ups@corp.example>", P["it"],
  "UPS-SERVERROOM: On battery power in response to an input power problem", "2026-07-16 13:05", """
Name: UPS-SERVERROOM
Location: 5F Server Room
Contact: it@corp.example
Event: UPS: On battery power in response to an input power problem.
Runtime remaining: 38 min
Date: 07/16/2026  Time: 13:05:11

Network Management Card AP9641 v2.5.0.8
""", client="plain8", fmt="plain")

M("systems", "ups-back", "APC UPS <ups@corp.example>", P["it"],
  "UPS-SERVERROOM: No longer on battery power", "2026-07-16 13:09", """
Name: UPS-SERVERROOM
Event: UPS: No longer on battery power.
Date: 07/16/2026  Time: 13:09:40
""", client="plain8", fmt="plain")

M("systems", "prometheus-resolved-ko", "Alertmanager <alertmanager@corp.example>", P["it"],
  "[RESOLVED] 디스크 사용량 85% 초과 - files01 /data", "2026-10-12 10:20", """
[RESOLVED] DiskUsageHigh
 instance: files01.corp.example
 mountpoint: /data
 value: 71.3% (threshold 85%)
 started: 2026-10-12 07:41:00 +0900
 ended:   2026-10-12 10:19:30 +0900

조치: 오래된 설치 로그 정리(윤태식)
""", client="plain8", fmt="plain")

M("systems", "ssl-expiry-monitor", "Uptime Kuma <kuma@corp.example>", P["it"],
  "[Uptime Kuma] 인증서 만료 14일 전: shop.corp.example", "2026-10-18 09:00", """
[shop.corp.example] 인증서가 14일 후 만료됩니다.
만료일: 2026-11-01 08:59:59 (UTC+9)
발급자: Sectigo RSA Domain Validation Secure Server CA

갱신 후 서버에 새 인증서를 설치하세요.
""", client="system")

M("systems", "printer-toner-low", "Canon iR-ADV C5840 <mfp-5f@corp.example>", P["seo"],
  "[iR-ADV C5840] 토너 부족 알림 (시안)", "2026-11-09 08:15", """
기기 이름: iR-ADV C5840 (5층 복합기)
설치 장소: 5층 탕비실 옆
상태: 토너 부족 — 시안(C) 약 8% 남음
예상 인쇄 가능 매수: 약 1,100매

교체용 토너: T01 Cyan
이 메시지는 기기에서 자동 발송되었습니다.
""", client="system", enc="euc-kr/base64", henc="euc-kr/B")

M("systems", "access-control-log", "출입통제 시스템 <acs@corp.example>", P["yoon"],
  "[출입통제] 11월 야간/휴일 출입 기록 요약", "2026-12-01 07:00", """
[야간(22시~06시) 및 휴일 출입 기록 - 2026년 11월]

일자        시각    출입자      출입문      인증
11/07(토)  10:12   한서연      5F 주출입구  카드
11/07(토)  15:40   한서연      5F 주출입구  카드(퇴실)
11/19(목)  23:47   윤태식      5F 서버실    카드+PIN
11/20(금)  05:31   박지영      5F 주출입구  카드

미등록 카드 시도: 0건
""", client="legacy", enc="euc-kr/8bit", fmt="plain")
