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

# --- calendar invitations and video meetings ------------------------------------------------------------

M("systems", "invite-google-customer", "김민수 <minsu.kim@hanilprecision.co.kr>", [P["park"], P["han"]],
  "초대: 2라인 센서 교체 결과 리뷰 - 2026년 11월 26일 (목) 오후 2시 - 3시 (KST)", "2026-11-23 17:02", """
2라인 센서 교체 결과 리뷰
2026년 11월 26일 (목) 오후 2시 - 3시 (KST)

Google Meet으로 참여: https://meet.google.com/kbx-tqwe-omr
또는 전화로 참여: (KR) +82 2-6022-1547 PIN: 803 441 219#

참석자
 minsu.kim@hanilprecision.co.kr - 주최자
 jy.park@corp.example
 sy.han@corp.example

Google Calendar에서 초대됨
Google Calendar에서 이 이벤트 초대장을 받으셨습니다. 향후 이벤트 알림을 받지 않으려면 이 이벤트를 거절하세요.
""", ics=gcal_ics("6ks2l7kfq3r0ab@google.com", "20261126T050000Z", "20261126T060000Z",
                  "2라인 센서 교체 결과 리뷰", "minsu.kim@hanilprecision.co.kr",
                  ["jy.park@corp.example", "sy.han@corp.example"], "https://meet.google.com/kbx-tqwe-omr",
                  "교체 후 1주일 데이터 리뷰\nGoogle Meet: https://meet.google.com/kbx-tqwe-omr"),
  client="gmail", fmt="alt")

M("systems", "invite-outlook-internal", P["ceo"], [P["bae"], P["choi"], P["lim"], P["oh"]],
  "2027 사업계획 1차 검토", "2026-12-02 18:10", """
각 팀 2027 사업계획 초안 지참 바랍니다. 팀별 15분씩 발표합니다.
""", ics=outlook_ics("040000008200E00074C5B7101A82E00800000000NURIPLAN2027", "20261209T140000",
                     "20261209T170000", "2027 사업계획 1차 검토", "5층 대회의실",
                     "이준호 <jh.lee@corp.example>",
                     ["sw.bae@corp.example", "sj.choi@corp.example", "cw.lim@corp.example", "sh.oh@corp.example"]))

M("systems", "invite-cancelled", P["lim"], [P["han"], "정다빈 <db.jeong@corp.example>"],
  "취소됨: 주간 개발 스탠드업", "2026-12-23 09:05", """
연말 휴가자가 많아 12/28 주 스탠드업은 취소합니다. 급한 건은 슬랙으로 주세요.
""", ics=outlook_ics("040000008200E00074C5B7101A82E00800000000NURISTANDUP", "20261228T093000",
                     "20261228T094500", "주간 개발 스탠드업", "Teams", "임채원 <cw.lim@corp.example>",
                     ["sy.han@corp.example", "db.jeong@corp.example"], method="CANCEL"))

M("systems", "zoom-meeting-scheduled", "Zoom <no-reply@zoom.us>", P["jung"],
  "회의가 예약되었습니다: 애드웨이브 12월 캠페인 리뷰", "2026-12-01 10:40", """
정민재님, 안녕하세요.

회의가 예약되었습니다.

주제: 애드웨이브 12월 캠페인 리뷰
시간: 2026년 12월 3일 02:00 PM 서울

Zoom 회의 참가
https://us06web.zoom.us/j/84120938812?pwd=bW9vY2FtcGFpZ24yMDI2

회의 ID: 841 2093 8812
암호: 331907

Zoom 고객 지원: https://support.zoom.com
""", client="system")

M("systems", "teams-meeting-external", "Markus Weber <m.weber@sensortech.de>", P["lim"],
  "Q1 roadmap sync (SensorTech / Nuriworks)", "2026-11-30 08:30 +0100", """
Hi Chaewon,

as discussed, let's align on the Q1 firmware roadmap.

________________________________________________________________________________
Microsoft Teams Need help?
Join the meeting now: https://teams.microsoft.com/l/meetup-join/19%3ameeting_STQ1Sync%40thread.v2/0
Meeting ID: 398 112 447 019
Passcode: aB7kQ2
________________________________________________________________________________
For organizers: Meeting options
""", ics=outlook_ics("040000008200E00074C5B7101A82E00800000000SENSORTECHQ1", "20261210T170000",
                     "20261210T180000", "Q1 roadmap sync (SensorTech / Nuriworks)", "Microsoft Teams Meeting",
                     "Markus Weber <m.weber@sensortech.de>", ["cw.lim@corp.example"]), client="outlook365")

M("systems", "webex-invite-gov", "Cisco Webex <messenger@webex.com>", P["lim"],
  "[Webex] 경기테크노파크 제안 설명회 온라인 참석 안내", "2026-05-25 16:00", html=notice_html(
      "Webex", "#07c160", "경기테크노파크 제안 설명회", [
          "배지훈 님이 Webex 회의에 초대했습니다.",
          "2026년 5월 26일 화요일 오후 2:00 | (UTC+09:00) 서울 | 1시간",
          "회의 번호: 2513 884 0921<br>회의 비밀번호: GTP0526",
          btn("https://gtp.webex.com/gtp/j.php?MTID=m8f2a7c1e0b", "회의 참가", "#07c160"),
          "전화로 참가: +82-2-6244-9601 (한국 유료)",
      ], "© 2026 Cisco and/or its affiliates. All rights reserved.<br>"
         '<a href="https://www.webex.com/ko/index.html">www.webex.com</a>', layout=2))

M("systems", "meet-link-short", "정다빈 <db.jeong@corp.example>", P["han"],
  "지금 잠깐 미트 가능?", "2026-10-15 16:48", """
선임님 배포 스크립트 건 5분만요
https://meet.google.com/xyv-hrbp-dqa
""", client="outlook365", fmt="plain")

M("systems", "calendar-reminder", "Google Calendar <calendar-notification@google.com>", "한서연 <sy.han.dev@gmail.com>",
  "알림: 치과 정기검진 @ 2026년 11월 10일 (화) 오후 7시 - 7시 30분 (KST)", "2026-11-10 18:30 +0900", """
치과 정기검진
2026년 11월 10일 (화) 오후 7시 - 7시 30분 (KST)
미소치과의원, 성남시 분당구 판교로 227

Google Calendar 알림 설정: https://calendar.google.com/calendar/r/settings
""", client="system")

M("systems", "invite-accepted", "박지영 <jy.park@corp.example>", P["ceo"],
  "수락함: 2027 사업계획 1차 검토", "2026-12-02 18:30", """
""" + "박지영 님이 모임 초대를 수락했습니다.\n", client="outlook", fmt="plain")

# --- e-fax and scanners --------------------------------------------------------------------------------

M("systems", "efax-received", "모바일팩스 <fax@fax.uplus.co.kr>", P["acct"],
  "[U+ 웹팩스] 팩스 수신 알림 (발신: 0553834410, 2매)", "2026-11-04 10:21", """
팩스가 수신되었습니다. 첨부 파일을 확인하세요.
""", client="system", att=["FAX_20261104102108_0553834410.pdf"])

M("systems", "efax-tif", "Fax Server <fax@corp.example>", P["oh"],
  "Fax from 032-815-2271 (3 pages)", "2026-11-16 15:44", """
You have received a 3 page fax from 032-815-2271 at 2026-11-16 15:44.
""", client="plain8", fmt="plain", att=["fax_0328152271_20261116154412.tif"])

M("systems", "scanner-pdf-only", "scan-5f@corp.example", P["choi"], "Scanned from a Xerox Multifunction Printer",
  "2026-10-29 11:07", """
Please open the attached document. It was scanned and sent to you using a Xerox Multifunction Printer.

Attachment File Type: PDF

Device Name: XRX-5F-B
Device Location: 5F
""", client="plain8", fmt="plain", att=["Scan_20261029_110701.pdf"])

M("systems", "scanner-korean", "복합기 <mfp-5f@corp.example>", P["seo"], "[스캔] 2026-12-03 14:32",
  "2026-12-03 14:32", """
스캔 문서가 첨부되었습니다.
""", client="system", enc="ks_c_5601-1987/base64", henc="ks_c_5601-1987/B", fmt="plain",
  att=["SCN_20261203_1432.pdf"])

M("systems", "scanner-ricoh-multi", "RICOH MP C3004 <ricoh-3f@corp.example>", P["kim"], "Scan Data from RICOH MP C3004",
  "2026-09-08 09:55", """
""" + "\n", client="plain8", fmt="plain", att=["20260908095508.pdf", "20260908095544.pdf"])

M("systems", "fax-forward-with-note", P["choi"], P["ceo"], "FW: 팩스 - 성남시 계약 관련 공문", "2026-09-02 10:05", """
대표님, 성남시청에서 팩스로 온 공문 스캔본 전달드립니다. 원본은 대표님 책상에 두었습니다.
""" + sig("choi"), att=["팩스_성남시청_계약관련공문.pdf"])

# --- password resets, codes and account mail the user asked for ------------------------------------------

M("systems", "slack-password-reset", "Slack <no-reply@slack.com>", P["park"],
  "Slack 비밀번호 재설정", "2026-08-10 09:02", html=notice_html(
      "slack", "#4a154b", "비밀번호 재설정", [
          "누리웍스 워크스페이스(nuriworks.slack.com)의 비밀번호 재설정을 요청하셨습니다.",
          btn("https://nuriworks.slack.com/reset/t-8812934/mr3Yb2Ka", "비밀번호 선택", "#4a154b"),
          "이 링크는 24시간 후 만료됩니다. 요청하지 않으셨다면 이 이메일을 무시하세요.",
      ], "Slack Technologies, LLC, 500 Howard Street, San Francisco, CA 94105", layout=2))

M("systems", "aws-mfa-code", "Amazon Web Services <no-reply@signin.aws>", P["yoon"],
  "AWS 로그인 확인 코드", "2026-09-21 11:44 +0000", """
AWS 계정 로그인을 완료하려면 다음 확인 코드를 입력하세요.

확인 코드: 604128

이 코드는 10분간 유효합니다. 로그인을 시도하지 않았다면 계정 보안을 확인하십시오:
https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa.html

Amazon Web Services, Inc. 410 Terry Avenue North, Seattle, WA 98109
""", client="system")

M("systems", "gw-password-expiry", "그룹웨어 관리자 <gw-admin@corp.example>", P["kang"],
  "[그룹웨어] 비밀번호 만료 7일 전 안내", "2026-10-01 08:00", """
강하늘 님, 그룹웨어 비밀번호가 2026-10-08에 만료됩니다.

사내 정책에 따라 90일마다 비밀번호를 변경해야 합니다.
그룹웨어에 직접 접속해 [환경설정 > 비밀번호 변경]에서 바꿔 주세요: https://gw.corp.example
이 메일의 링크를 눌러 비밀번호를 입력하라고 안내하지 않습니다. 문의: IT 윤태식 (내선 277)
""", client="system", henc="raw")

M("systems", "notion-login-code", "Notion <notify@mail.notion.so>", P["kang"],
  "Notion 임시 로그인 코드: 221804", "2026-07-07 14:11 +0000", """
임시 로그인 코드로 로그인하세요.

221804

요청하지 않았다면 이 이메일을 무시해도 됩니다.
Notion Labs, Inc.
""", client="system")

M("systems", "apple-id-receipt", "Apple <no_reply@email.apple.com>", "정민재 <minjae.j@icloud.com>",
  "영수증: Apple 주문 (iCloud+ 200GB)", "2026-11-15 03:12 +0000", """
Apple 영수증

Apple 계정: minjae.j@icloud.com
날짜: 2026년 11월 15일
주문 번호: MT4K9QZ7LP
문서 번호: 182739401827

iCloud+ 200GB (월간)   ₩4,400
갱신일: 2026년 12월 15일

구독 관리: https://apps.apple.com/account/subscriptions
""", client="system")

# --- SaaS and cloud billing ----------------------------------------------------------------------------

M("systems", "aws-invoice", "Amazon Web Services <aws-receivables-support@email.amazon.com>", P["acct"],
  "Amazon Web Services Invoice Available [Account: 4821-9937-1120]", "2026-12-02 19:04 +0000", """
Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site.
Your account will be charged the following:

Total: USD 612.48
Account ID: 482199371120
Billing period: November 1 - November 30, 2026

You can see a complete break down of all charges on the Bills page:
https://console.aws.amazon.com/billing/home#/bills

Amazon Web Services Korea LLC
""", att=["EUINKR26-2210448.pdf"], client="system")

M("systems", "ncloud-invoice", "네이버클라우드 <noreply@ncloud.com>", P["acct"],
  "[네이버 클라우드 플랫폼] 2026년 11월 이용 요금 청구 안내", "2026-12-03 10:00", html=notice_html(
      "NAVER CLOUD PLATFORM", "#03c75a", "2026년 11월 이용 요금 안내", [
          "누리웍스 고객님, 11월 이용 요금이 확정되었습니다.",
          '<table cellpadding="5" style="font-size:13px;border-collapse:collapse;">'
          "<tr><td>Server (Standard)</td><td align=\"right\">182,400원</td></tr>"
          "<tr><td>Object Storage</td><td align=\"right\">41,230원</td></tr>"
          "<tr><td>Cloud DB for MySQL</td><td align=\"right\">96,000원</td></tr>"
          "<tr><td><b>합계 (VAT 포함)</b></td><td align=\"right\"><b>351,593원</b></td></tr></table>",
          "결제 예정일: 2026-12-10 (등록 법인카드 자동 결제)",
          btn("https://console.ncloud.com/billing/invoice", "청구서 확인", "#03c75a"),
      ], "네이버클라우드(주) | 경기도 성남시 분당구 분당내곡로 117<br>본 메일은 발신 전용입니다."))

M("systems", "slack-receipt", "Slack <feedback@slack.com>", P["acct"],
  "Slack 영수증 - 누리웍스 (Pro 플랜, 12월)", "2026-12-01 00:14 +0000", """
결제해 주셔서 감사합니다.

워크스페이스: 누리웍스 (nuriworks.slack.com)
플랜: Pro (월간) x 38 활성 멤버
금액: ₩330,600 (부가세 포함)
결제 수단: 법인카드 **** 4432
영수증 번호: SLK-KR-2612-00938

청구 내역: https://nuriworks.slack.com/admin/billing/history
""", att=["Slack_receipt_SLK-KR-2612-00938.pdf"], client="system")

M("systems", "microsoft365-invoice", "Microsoft <microsoft-noreply@microsoft.com>", P["yoon"],
  "Microsoft 청구서를 사용할 수 있습니다", "2026-11-08 06:00 +0000", """
청구서를 사용할 수 있습니다

청구 계정: (주)누리웍스
청구서 번호: G041827733
청구 기간: 2026-10-08 ~ 2026-11-07
금액: ₩1,184,800

Microsoft 365 관리 센터에서 청구서를 다운로드하세요:
https://admin.microsoft.com/Adminportal/Home#/BillingAccounts/billing-accounts

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", client="system")

M("systems", "github-receipt", "GitHub <noreply@github.com>", "Chaewon Lim <cw.lim@corp.example>",
  "[GitHub] Payment Receipt for nuriworks", "2026-11-15 07:31 +0000", """
We received payment for your GitHub.com subscription. Thanks for your business!

Questions? Visit https://github.com/contact

------------------------------------
GITHUB RECEIPT - ORGANIZATION BILLING - NURIWORKS

Date: 2026-11-15
Account billed: nuriworks
Total: $84.00 USD
Charged to: Visa ending in 4432
Transaction ID: 9B3K2QXA
For: GitHub Team (12 seats), billed monthly
------------------------------------
""", client="plain8", fmt="plain")

M("systems", "zoom-billing-failed", "Zoom Billing <billing@zoom.us>", P["jung"],
  "결제 실패: Zoom Pro 구독 갱신", "2026-09-05 01:20 +0000", """
정민재님,

Zoom Pro 구독 갱신 결제가 카드 한도 초과로 실패했습니다.
9월 12일까지 결제 수단을 업데이트하지 않으면 계정이 Basic으로 변경됩니다.

Zoom 웹 포털에 직접 로그인해 [계정 관리 > 청구]에서 결제 수단을 확인하세요.
https://zoom.us/billing
""", client="system")

M("systems", "douzone-renewal", "더존비즈온 <noreply@douzone.com>", P["choi"],
  "[더존] Smart A 유지보수 계약 갱신 안내", "2026-11-20 10:00", """
(주)누리웍스 고객님

사용 중인 회계 프로그램 유지보수 계약이 2026-12-31 만료 예정입니다.

 제품: Smart A 10 (세무법인 연동)
 연간 유지보수료: 660,000원 (VAT 포함)
 갱신 방법: 담당 대리점(판교비즈) 또는 고객센터 1688-6000

갱신하지 않아도 기존 자료 열람은 가능하나 세법 개정 패치가 제공되지 않습니다.
https://www.douzone.com
""", client="system", enc="euc-kr/base64", henc="euc-kr/B")

M("systems", "kt-bill", "KT 기업 요금 <kt_bill@kt.com>", P["acct"],
  "[KT] 2026년 11월 기업 통신요금 청구서", "2026-12-05 09:00", html=notice_html(
      "kt", "#e60012", "2026년 11월 요금 청구서", [
          "(주)누리웍스 고객님의 11월 통신요금이 청구되었습니다.",
          "청구 금액: <b>842,110원</b><br>납부 기한: 2026-12-21 (자동이체 계좌 출금)",
          "인터넷(기가 비즈니스 2회선), 대표번호 031-8017-0200 외 24회선, 인터넷전화",
          btn("https://biz.kt.com/", "상세 내역 보기", "#e60012"),
      ], "KT 기업고객센터 100 | 본 메일은 발신전용입니다."))

# --- domains and certificates --------------------------------------------------------------------------

M("systems", "gabia-domain-renewal", "가비아 <help@gabia.com>", P["yoon"],
  "[가비아] 도메인 만료 30일 전 안내 (corp.example 외 1건)", "2026-10-02 10:00", html=notice_html(
      "gabia", "#2a5cdb", "도메인 만료 예정 안내", [
          "윤태식 고객님, 아래 도메인이 30일 후 만료됩니다.",
          '<table cellpadding="5" border="1" style="border-collapse:collapse;font-size:13px;">'
          "<tr><th>도메인</th><th>만료일</th><th>자동연장</th></tr>"
          "<tr><td>nuriworks.co.kr</td><td>2026-11-01</td><td>설정 안 함</td></tr>"
          "<tr><td>nuriworks.kr</td><td>2026-11-01</td><td>설정 안 함</td></tr></table>",
          "만료일이 지나면 홈페이지와 메일이 중단될 수 있습니다. My가비아에서 기간 연장을 신청해 주세요.",
          btn("https://www.gabia.com/", "가비아 바로가기", "#2a5cdb"),
          "※ 가비아는 메일로 카드 정보나 계좌 이체를 요청하지 않습니다.",
      ], "(주)가비아 | 경기도 성남시 분당구 대왕판교로 660 | 고객센터 1544-4370"))

M("systems", "gabia-renewal-done", "가비아 <help@gabia.com>", P["yoon"],
  "[가비아] 도메인 기간연장 완료 안내", "2026-10-05 14:31", """
윤태식 고객님, 도메인 기간연장이 완료되었습니다.

 nuriworks.co.kr : 2026-11-01 → 2027-11-01
 nuriworks.kr    : 2026-11-01 → 2027-11-01
 결제 금액: 46,200원 (VAT 포함, 법인카드)

세금계산서는 등록된 사업자 정보로 자동 발행됩니다.
https://www.gabia.com
""", client="system")

M("systems", "whois-ssl-renewal", "후이즈 <ssl@whois.co.kr>", P["yoon"],
  "[후이즈] SSL 인증서 만료 예정 안내 - shop.corp.example", "2026-10-03 09:00", """
고객님께서 후이즈에서 구매하신 SSL 인증서의 만료일이 다가와 안내드립니다.

 인증서: Sectigo PositiveSSL (DV)
 도메인: shop.corp.example
 만료일: 2026-11-01

갱신 신청 후 도메인 소유 확인(DCV) 메일 또는 DNS 레코드 인증을 완료하셔야 발급됩니다.
갱신 신청: https://www.whois.co.kr
후이즈 고객센터 1588-4259
""", client="system", enc="euc-kr/base64", henc="euc-kr/B")

M("systems", "sectigo-dcv", "Sectigo <noreply_support@sectigo.com>", P["yoon"],
  "ORDER #39281734 - Domain Control Validation for shop.corp.example", "2026-10-06 02:10 +0000", """
Domain Control Validation for: shop.corp.example

We have received an order for a certificate for shop.corp.example, placed via WHOIS Corp.
To permit the issuance of this certificate, please browse here:
https://secure.sectigo.com/products/EnterDCVCode2

and enter the following "validation code":
  7vKp3bQ9xR2mWc8t

If you did not request this certificate, please ignore this e-mail.
""", client="plain8", fmt="plain")

M("systems", "letsencrypt-expiry", "Let's Encrypt Expiry Bot <expiry@letsencrypt.org>", P["it"],
  "Let's Encrypt certificate expiration notice for domain \"grafana.corp.example\"", "2026-08-22 18:02 +0000", """
Hello,

Your certificate (or certificates) for the names listed below will expire in 19 days (on 10 Sep 26
23:15 +0000). Please make sure to renew your certificate before then, or visitors to your web site
will encounter errors.

grafana.corp.example

For any questions or support, please visit: https://community.letsencrypt.org/

To unsubscribe from these emails, please visit https://letsencrypt.org/
""", client="plain8", fmt="plain")

M("systems", "krnic-dns-change", "한국인터넷진흥원 도메인 <krdomain@kisa.or.kr>", P["yoon"],
  "[.kr 도메인] 네임서버 변경 완료 통지", "2026-06-11 15:00", """
.kr 도메인 등록정보 변경 통지

도메인: nuriworks.kr
변경 항목: 네임서버
변경 전: ns.gabia.co.kr, ns1.gabia.co.kr
변경 후: ns1-1.ns-ncloud.com, ns1-2.ns-ncloud.com
변경 일시: 2026-06-11 14:52 (등록대행자: 가비아)

본인이 변경하지 않았다면 등록대행자에게 즉시 문의하십시오.
""", client="system")

# --- mailing-list digests ------------------------------------------------------------------------------

M("systems", "kldp-digest", "python-korea 메일링 리스트 <python-korea@googlegroups.com>", P["han"],
  "[python-korea] 일간 요약 - 메시지 4개, 주제 3개", "2026-09-18 07:00 +0000", """
오늘의 주제 요약
  - asyncio 에서 시리얼 포트 읽기 권장 방법? [2개 업데이트]
  - 파이콘 한국 2026 발표 영상 업로드 안내 [1개 업데이트]
  - 사내 PyPI 미러 운영 경험 공유 부탁드립니다 [1개 업데이트]

asyncio 에서 시리얼 포트 읽기 권장 방법?
  이정우 <jwlee.dev@gmail.com>: 9월 17일 오후 10:14
    pyserial-asyncio 를 쓰시거나, run_in_executor 로 블로킹 read 를 감싸는 방법이 있습니다.
    RS-485 반이중이면 송수신 전환 타이밍을 따로 챙기셔야 해요.

파이콘 한국 2026 발표 영상 업로드 안내
  PyCon Korea <pycon@python.or.kr>: 9월 17일 오후 6:02
    발표 영상이 유튜브에 모두 업로드되었습니다. https://www.youtube.com/@PyConKRtube

이 메일은 Google 그룹스의 "python-korea" 그룹을 구독하여 수신되었습니다.
구독 취소: python-korea+unsubscribe@googlegroups.com
""", client="system", headers={"List-ID": "<python-korea.googlegroups.com>", "Precedence": "list",
                               "List-Unsubscribe": "<mailto:python-korea+unsubscribe@googlegroups.com>"})

M("systems", "mailman-digest-modbus", "modbus-users-request@lists.example-iot.org", P["han"],
  "modbus-users Digest, Vol 118, Issue 9", "2026-10-11 12:00 +0000", """
Send modbus-users mailing list submissions to
	modbus-users@lists.example-iot.org

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.example-iot.org/mailman/listinfo/modbus-users

Today's Topics:

   1. Re: RTU CRC byte order confusion (Peter Novak)
   2. Gateway drops frames at 115200 (Ana Souza)

----------------------------------------------------------------------

Message: 1
Date: Sat, 10 Oct 2026 14:02:11 +0200
From: Peter Novak <pnovak@example-iot.org>
Subject: Re: RTU CRC byte order confusion

The CRC is transmitted low byte first. Most "wrong CRC" reports on this
list come from code that packs it big-endian.

------------------------------

Message: 2
Date: Sat, 10 Oct 2026 19:40:55 -0300
From: Ana Souza <ana.souza@example-iot.org>
Subject: Gateway drops frames at 115200

Check the inter-frame gap (3.5 character times); some USB adapters add latency.

------------------------------

End of modbus-users Digest, Vol 118, Issue 9
********************************************
""", client="plain8", fmt="plain", headers={"List-Id": "<modbus-users.lists.example-iot.org>",
                                             "Precedence": "list"})

M("systems", "kisa-krcert-advisory", "KISA 보호나라 <krcert@krcert.or.kr>", P["yoon"],
  "[보안공지] Fortinet 제품 보안 업데이트 권고", "2026-10-15 17:00", """
□ 개요
 o Fortinet社는 자사 제품에서 발생하는 취약점을 해결한 보안 업데이트를 발표
 o 영향받는 버전을 사용 중인 시스템 사용자는 해결 방안에 따라 최신 버전으로 업데이트 권고

□ 주요 내용
 o FortiOS SSL-VPN에서 발생하는 힙 기반 버퍼 오버플로 취약점(CVE-2026-24417)

□ 해결 방안
 o 제조사 홈페이지를 참고하여 최신 버전으로 업데이트
   - https://www.fortiguard.com/psirt

□ 문의사항
 o 한국인터넷진흥원 사이버민원센터: 국번없이 118

※ 보호나라 보안공지 메일 수신을 원하지 않으면 홈페이지에서 수신 설정을 변경하세요.
https://www.boho.or.kr
""", client="system", henc="euc-kr/B", headers={"Precedence": "bulk"})

M("systems", "github-discussions-digest", "GitHub <noreply@github.com>", "Seoyeon Han <sy.han@corp.example>",
  "Your weekly digest for zephyrproject-rtos/zephyr discussions", "2026-11-16 15:00 +0000", """
Top discussions this week in zephyrproject-rtos/zephyr

  * Modbus RTU server on nRF52840 drops requests under load (12 comments)
    https://github.com/zephyrproject-rtos/zephyr/discussions/81234
  * Best practice for OTA rollback with MCUboot (8 comments)
    https://github.com/zephyrproject-rtos/zephyr/discussions/81190

You are receiving this because you are watching discussions.
Unsubscribe: https://github.com/zephyrproject-rtos/zephyr/subscription
""", client="plain8", fmt="plain", headers={"List-ID": "zephyrproject-rtos/zephyr <zephyr.zephyrproject-rtos.github.com>"})

M("systems", "internal-list-digest", "사내 게시판 <board@corp.example>", P["all"],
  "[누리웍스 게시판] 오늘의 새 글 5건", "2026-11-26 18:00", """
[공지] 12월 보안 점검의 날: 12/9 PC 보안 점검 (IT)
[경조사] 영업팀 홍석진 대리 결혼 (12/19 토 12:30, 더채플앳청담)
[자유] 탕비실 커피 원두 투표 결과
[중고장터] 모니터암 팝니다 (2만원)
[동호회] 풋살 동호회 12월 일정

게시판 바로가기: https://gw.corp.example/board
""", client="system", henc="raw")

# --- out-of-office replies -----------------------------------------------------------------------------

M("systems", "ooo-korean-outlook", "김민수 <minsu.kim@hanilprecision.co.kr>", P["park"],
  "자동 회신: RE: 2라인 센서 교체 일정", "2026-12-24 09:41", """
안녕하세요. 한일정밀 김민수입니다.
12월 24일(목)부터 12월 31일(목)까지 연말 휴가로 부재중입니다.
급한 용무는 생산기술팀 이준영 과장(055-283-4412, jy.lee@hanilprecision.co.kr)에게 연락 부탁드립니다.
감사합니다.
""", client="outlook", fmt="plain", headers=ooo("minsu.kim@hanilprecision.co.kr"))

M("systems", "ooo-english", "Markus Weber <m.weber@sensortech.de>", P["lim"],
  "Automatic reply: Q1 roadmap sync (SensorTech / Nuriworks)", "2026-12-21 08:02 +0100", """
Thank you for your message. I am out of the office until 4 January 2027 with no access to e-mail.
For urgent matters please contact support@sensortech.de or +49 711 2209 410.

Mit freundlichen Grüßen / Best regards
Markus Weber
""", client="outlook365", fmt="plain", headers=ooo("m.weber@sensortech.de"))

M("systems", "ooo-own-colleague", P["bae"], "안지훈 <jh.ahn@seaworldlogis.co.kr>",
  "자동 회신: B/L DRAFT 확인 요청 - SWL2611HPH0078", "2026-11-17 16:23", """
배성우 부장은 11/16 ~ 11/18 창원 출장 중입니다. 메일 확인이 늦을 수 있습니다.
선적·통관 관련은 구매팀 오세훈 차장(031-8017-0263)에게 연락 주십시오.
""", client="outlook", fmt="plain", headers=ooo("sw.bae@corp.example"))

M("systems", "ooo-bilingual", "Linda Chen <linda.chen@pacificlinkship.com>", P["oh"],
  "Out of Office / 부재 중: RE: Air freight quote ICN-FRA 120kg", "2026-09-03 09:00 +0800", """
[English]
I'm on annual leave from 3 to 7 September. Your e-mail will not be forwarded.
For bookings please write to ops.kr@pacificlinkship.com.

[한국어]
9월 3일부터 7일까지 휴가입니다. 부킹 관련은 ops.kr@pacificlinkship.com 으로 보내 주세요.
""", client="outlook365", fmt="plain", headers=ooo("linda.chen@pacificlinkship.com"))

M("systems", "ooo-naver-autoreply", "정미숙 <pangyo-realty@naver.com>", P["ceo"],
  "[자동응답] 판교공인중개사입니다", "2026-07-05 10:12", """
메일 감사합니다. 일요일은 휴무입니다.
급한 문의는 010-9023-7781로 문자 남겨 주시면 월요일 오전에 연락드리겠습니다.
""", client="naver", headers={"Auto-Submitted": "auto-replied"})

# --- delivery status notifications of the office's own mail ---------------------------------------------

M("systems", "dsn-user-unknown", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example>",
  P["park"], "배달되지 않음: 견적서 송부드립니다 (VX-20 40EA)", "2026-10-20 10:02", """
메시지를 다음 받는 사람 또는 그룹에게 배달할 수 없습니다.

kim.jh@hanilprecisoin.co.kr
입력하신 전자 메일 주소를 찾을 수 없습니다. 받는 사람의 전자 메일 주소를 확인한 후
메시지를 다시 보내십시오. 문제가 계속되면 지원 센터에 문의하십시오.

보낸 사람의 전자 메일 시스템에서 반환된 진단 정보:

생성 서버: EXCH01.corp.example
원격 서버: mx.hanilprecisoin.co.kr

kim.jh@hanilprecisoin.co.kr
원격 서버가 '550 5.1.1 <kim.jh@hanilprecisoin.co.kr>: Recipient address rejected: User unknown' 을(를) 반환했습니다.
""", client="outlook", henc="ks_c_5601-1987/B", dsn=dict(
      status="5.1.1", rcpt=["kim.jh@hanilprecisoin.co.kr"], remote="mx.hanilprecisoin.co.kr",
      diag="550 5.1.1 <kim.jh@hanilprecisoin.co.kr>: Recipient address rejected: User unknown",
      orig="""
From: =?utf-8?B?67CV7KeA7JiB?= <jy.park@corp.example>
To: <kim.jh@hanilprecisoin.co.kr>
Subject: =?utf-8?B?6rKs7KCB7IScIOyGoeu2gOuTnOumveuLiOuLpCAoVlgtMjAgNDBFQSk=?=
Date: Tue, 20 Oct 2026 10:01:47 +0900
Message-ID: <A81C2F0E77B94D1B8E2F0C1A9D33E410@EXCH01.corp.example>
MIME-Version: 1.0
"""), headers={"Auto-Submitted": "auto-replied"})

M("systems", "dsn-mailbox-full", "Mail Delivery System <MAILER-DAEMON@mail.seoilchem.com>", P["park"],
  "Undelivered Mail Returned to Sender", "2026-10-14 13:20", """
This is the mail system at host mail.seoilchem.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<hr.jang@seoilchem.com>: host mail.seoilchem.com[203.0.113.48] said: 552 5.2.2
    <hr.jang@seoilchem.com>: Mailbox full (in reply to RCPT TO command)
""", client="plain8", fmt="plain", dsn=dict(
      status="5.2.2", rcpt=["hr.jang@seoilchem.com"], mta="mail.seoilchem.com", remote="mail.seoilchem.com",
      diag="552 5.2.2 <hr.jang@seoilchem.com>: Mailbox full",
      orig="""
From: jy.park@corp.example
To: hr.jang@seoilchem.com
Subject: =?ks_c_5601-1987?B?UkU6ILv5x8MgMrCzuLgguNXA+iC53sC7ILz2IMDWwLux7r/k?=
Date: Wed, 14 Oct 2026 13:19:22 +0900
"""), headers={"Auto-Submitted": "auto-replied"})

M("systems", "dsn-delayed", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@corp.example>",
  P["oh"], "배달 지연: 수입통관 서류 송부 (AWB 176-2291-4410)", "2026-10-06 13:40", """
이 메시지의 배달이 지연되었습니다.

받는 사람: import@hanshincustoms.co.kr
제목: 수입통관 서류 송부 (AWB 176-2291-4410)

서버가 계속 메시지 배달을 시도합니다. 2일 후에도 배달되지 않으면 알림을 다시 보내 드립니다.
받는 사람 서버가 일시적으로 응답하지 않습니다: 451 4.4.0 DNS query failed
""", client="outlook", dsn=dict(
      status="4.4.0", action="delayed", rcpt=["import@hanshincustoms.co.kr"],
      diag="451 4.4.0 DNS query failed. The error was: DNS query failed with error: ErrorRetry",
      orig="""
From: =?ks_c_5601-1987?B?v8C8vMjG?= <sh.oh@corp.example>
To: <import@hanshincustoms.co.kr>
Subject: =?ks_c_5601-1987?B?vPbA1MXrsPwgvK23+SC827rOIChBV0IgMTc2LTIyOTEtNDQxMCk=?=
Date: Tue, 6 Oct 2026 09:32:10 +0900
"""), headers={"Auto-Submitted": "auto-replied"})

M("systems", "dsn-gmail-blocked", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", P["bae"],
  "Delivery Status Notification (Failure)", "2026-09-11 15:07 +0000", """
** 메일이 전송되지 않았습니다 **

vinawater.procure@gmail.com 주소에 메일을 전송하는 중에 문제가 발생했습니다. 
메일 크기가 수신자의 한도를 초과합니다.

응답:
552-5.2.3 Your message exceeded Google's message size limits. 
""", client="system", dsn=dict(
      status="5.2.3", rcpt=["vinawater.procure@gmail.com"], mta="mx.google.com", remote="gmail-smtp-in.l.google.com",
      diag="552-5.2.3 Your message exceeded Google's message size limits.",
      orig="""
From: =?ks_c_5601-1987?B?uei8ur/s?= <sw.bae@corp.example>
To: vinawater.procure@gmail.com
Subject: Quotation and drawings - ultrasonic level sensors
Date: Fri, 11 Sep 2026 15:06:40 +0000
"""), headers={"Auto-Submitted": "auto-replied"})

M("systems", "dsn-relay-denied", "Mail Delivery System <MAILER-DAEMON@corp.example>", P["kang"],
  "Undelivered Mail Returned to Sender", "2026-08-19 17:02", """
This is the mail system at host mx.corp.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<promo-team@adwave.co.kr>: host mail.adwave.co.kr[198.51.100.77] said: 550 5.7.1
    Message rejected: SPF check failed for corp.example (in reply to end of DATA command)
""", client="plain8", fmt="plain", dsn=dict(
      status="5.7.1", rcpt=["promo-team@adwave.co.kr"], mta="mx.corp.example", remote="mail.adwave.co.kr",
      diag="550 5.7.1 Message rejected: SPF check failed for corp.example",
      orig="""
From: haneul.kang@corp.example
To: promo-team@adwave.co.kr
Subject: =?utf-8?B?7IaM7J6sIOuztOuCtOuTnOumveuLiOuLpA==?=
Date: Wed, 19 Aug 2026 17:01:30 +0900
"""), headers={"Auto-Submitted": "auto-replied"})

M("systems", "dsn-it-followup", P["it"], P["kang"], "RE: 메일이 반송돼요 (SPF)", "2026-08-19 17:35", """
강하늘님, 반송 원인은 우리 도메인 SPF 레코드에 새 뉴스레터 발송 서비스(스티비)가 빠져 있어서였습니다.
DNS에 include:_spf.stibee.com 추가했고 반영까지 최대 1시간 걸립니다. 그 후 다시 보내 보세요.
반송 메일 자체는 정상적인 시스템 알림이니 걱정 안 하셔도 됩니다.
""" + sig("yoon") + ol_quote("강하늘 <haneul.kang@corp.example>", "2026년 8월 19일 수요일 오후 5:10",
                              "IT 관리자 <it@corp.example>", "메일이 반송돼요 (SPF)", """
애드웨이브에 보낸 메일이 Undelivered Mail Returned to Sender로 돌아왔어요. 해킹인가요?
"""), reply="corp.example")

# --- e-signature, e-tax invoices and business receipts --------------------------------------------------

M("systems", "modusign-request", "모두싸인 <noreply@modusign.co.kr>", P["ceo"],
  "[모두싸인] 법무법인 한결님이 '법률자문 계약서(2027)' 서명을 요청했습니다", "2026-12-14 10:02", html=notice_html(
      "modusign", "#2f54eb", "서명 요청이 도착했습니다", [
          "법무법인 한결 정윤아 님이 이준호 님께 문서 서명을 요청했습니다.",
          "문서명: 법률자문 계약서(2027)<br>메시지: 대표님, 작년과 같은 조건입니다. 검토 후 서명 부탁드립니다.",
          btn("https://app.modusign.co.kr/documents/sign?token=8b1f0c2e", "문서 확인하고 서명하기", "#2f54eb"),
          "서명 요청 만료일: 2026-12-28",
      ], "(주)모두싸인 | 서울특별시 강남구 테헤란로 431<br>본 메일은 발신 전용입니다."))

M("systems", "docusign-signed", "정해원 via DocuSign <dse_NA3@docusign.net>", P["bae"],
  "Completed: KC모터스_물품공급기본계약서_누리웍스.pdf", "2026-04-21 09:18 +0000", """
All parties have completed KC모터스_물품공급기본계약서_누리웍스.pdf.

정해원 (KC모터스 품질보증팀 / 구매팀 대리 서명)
배성우 ((주)누리웍스)

The completed document is attached.

Do Not Share This Email
This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.

About DocuSign: https://www.docusign.com
""", att=["KC모터스_물품공급기본계약서_누리웍스.pdf", "Summary.pdf"], client="system")

M("systems", "smartbill-tax-invoice", "스마트빌 <noreply@smartbill.co.kr>", P["acct"],
  "[전자세금계산서] (주)동방케이블에서 세금계산서를 발행하였습니다", "2026-09-30 16:12", """
(주)누리웍스 귀하

(주)동방케이블에서 전자세금계산서를 발행하였습니다.

 작성일자: 2026-09-30
 공급가액: 1,892,000원 / 세액: 189,200원 / 합계: 2,081,200원
 품목: CVVS 1.5sq 4C 외 1건
 승인번호: 20260930-41000018-82937411

국세청 전송 완료 후 홈택스에서도 조회할 수 있습니다.
세금계산서 확인: https://www.smartbill.co.kr
""", client="system", enc="euc-kr/base64", henc="euc-kr/B")

M("systems", "hometax-einvoice-issued", "국세청 홈택스 <hometax@nts.go.kr>", P["acct"],
  "[국세청] 전자세금계산서 발급 내역 안내", "2026-10-31 18:30", """
(주)누리웍스 귀하

귀사가 발급한 전자세금계산서가 국세청에 전송되었습니다.

 승인번호: 20261031-10000000-11828475
 공급받는자: KC모터스(주)
 공급가액: 12,480,000원 / 세액: 1,248,000원

홈택스(https://www.hometax.go.kr) > 조회/발급 > 전자세금계산서에서 확인하실 수 있습니다.
국세청은 메일로 첨부파일 실행이나 개인정보 입력을 요구하지 않습니다.
""", client="system")

M("systems", "baemin-biz-receipt", "배민비즈니스 <biz@baemin.com>", P["acct"],
  "[배민비즈니스] 11월 법인 식대 이용 내역", "2026-12-01 09:00", """
(주)누리웍스 관리자님

11월 배민비즈니스 이용 내역입니다.

 이용 건수: 214건 / 이용 인원: 31명
 결제 금액: 2,318,400원 (법인 후불, 12/10 청구)
 한도 초과 건: 0건

구성원별 상세 내역은 관리자 페이지에서 엑셀로 받으실 수 있습니다.
https://biz.baemin.com
""", client="system")

M("systems", "kakaot-biz-receipt", "카카오 T 비즈니스 <kakaot-biz@kakaomobility.com>", P["acct"],
  "[카카오 T 비즈니스] 2026년 11월 이용 명세서", "2026-12-02 10:00", """
누리웍스 고객님, 11월 이용 명세서를 보내드립니다.

 택시 이용 38건 / 총 612,300원
 가장 많이 이용한 구성원: 영업팀 (21건)

명세서와 카드 매출전표는 첨부 파일을 확인하세요.
""", att=["카카오T비즈니스_이용명세서_202611.xlsx"], client="system")

M("systems", "coupang-biz-order", "쿠팡 <no_reply@coupang.com>", P["seo"],
  "[쿠팡] 주문하신 상품이 결제 완료되었습니다 (A4 복사용지 외 3건)", "2026-11-11 10:40", """
서민지님, 주문이 완료되었습니다.

 주문번호: 29103847721
 A4 복사용지 80g 2500매 x 4
 모나미 네임펜 12입 x 2
 3M 포스트잇 654 x 5
 물티슈 캡형 100매 x 10
 결제금액: 118,460원 (법인카드 **** 4432)

도착 예정: 11/12(목) 새벽
주문 상세: https://www.coupang.com/
""", client="system")

M("systems", "naver-bigfile-share", "네이버 메일 <navermail_noreply@navercorp.com>", "박지영 <jy.park@corp.example>",
  "[대용량 첨부] 한일정밀 김민수님이 보낸 파일 다운로드 기간이 곧 만료됩니다", "2026-11-27 09:00", """
김민수님이 보낸 대용량 첨부파일의 다운로드 기간이 3일 후(11/30) 만료됩니다.

 파일: L2_센서교체_현장사진_영상.zip (1.4GB)

다운로드는 원래 받으신 메일의 대용량 첨부 링크에서 하실 수 있습니다.
https://mail.naver.com
""", client="system")

M("systems", "google-drive-share", "김민수 (Google 드라이브) <drive-shares-dm-noreply@google.com>", P["han"],
  "공유된 폴더: 'L2 센서 데이터 11월'", "2026-11-26 15:20 +0900", html=notice_html(
      "Google Drive", "#1a73e8", "김민수님이 폴더를 공유했습니다", [
          "minsu.kim@hanilprecision.co.kr 님이 다음 폴더에 대한 보기 권한을 부여했습니다.",
          "<b>L2 센서 데이터 11월</b><br>\"리뷰 회의 전에 raw 데이터 보시라고 올립니다.\"",
          btn("https://drive.google.com/drive/folders/1Kq8L2sensorNovData?usp=sharing_eil", "열기", "#1a73e8"),
      ], "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>"
         "다른 사람이 Google 드라이브에서 항목을 공유했기 때문에 이 이메일을 받았습니다.", layout=2))

M("systems", "sharepoint-access-request", "SharePoint Online <no-reply@sharepointonline.com>", P["lim"],
  "정다빈님이 '2027 제품 로드맵.pptx'에 대한 액세스를 요청했습니다", "2026-12-04 11:12 +0000", """
정다빈(db.jeong@corp.example)님이 액세스 권한을 요청합니다.

2027 제품 로드맵.pptx
"팀장님, 로드맵 리뷰 준비하려고 하는데 편집 권한 부탁드립니다."

요청 승인 또는 거부: https://nuriworks.sharepoint.com/sites/dev/_layouts/15/accessrequests.aspx

Microsoft는 개인 정보를 존중합니다. 개인정보처리방침: https://go.microsoft.com/fwlink/?LinkId=521839
""", client="system")

# --- image-heavy HTML from real services ----------------------------------------------------------------

M("systems", "coupang-order-html", "쿠팡 <no_reply@coupang.com>", P["seo"],
  "[쿠팡] 주문하신 상품이 배송 완료되었습니다", "2026-11-12 06:48", html="""<!DOCTYPE html>
<html lang="ko"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>배송 완료</title></head>
<body style="margin:0;background:#f5f5f5;font-family:'Apple SD Gothic Neo','맑은 고딕',sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:20px;"><a href="https://www.coupang.com/"><img src="https://image7.coupangcdn.com/image/coupang/common/logo_coupang_w350.png" width="120" alt="coupang"></a></td></tr>
<tr><td style="padding:0 20px;font-size:18px;font-weight:bold;">서민지님, 주문하신 상품이 배송 완료되었습니다.</td></tr>
<tr><td style="padding:12px 20px;font-size:13px;color:#555;">주문번호 29103847721 · 2026.11.12(목) 06:41 문 앞 배송</td></tr>
<tr><td style="padding:8px 20px;"><table cellpadding="6" style="font-size:13px;">
<tr><td><a href="https://www.coupang.com/vp/products/1180272210"><img src="https://thumbnail6.coupangcdn.com/thumbnails/remote/120x120ex/image/vendor_inventory/a4paper.jpg" width="60" alt="A4 복사용지"></a></td><td>A4 복사용지 80g 2500매 x 4</td></tr>
<tr><td><a href="https://www.coupang.com/vp/products/81922311"><img src="https://thumbnail6.coupangcdn.com/thumbnails/remote/120x120ex/image/vendor_inventory/namepen.jpg" width="60" alt="네임펜"></a></td><td>모나미 네임펜 12입 x 2</td></tr>
<tr><td><a href="https://www.coupang.com/vp/products/22918377"><img src="https://thumbnail6.coupangcdn.com/thumbnails/remote/120x120ex/image/vendor_inventory/postit.jpg" width="60" alt="포스트잇"></a></td><td>3M 포스트잇 654 x 5</td></tr>
<tr><td><a href="https://www.coupang.com/vp/products/90211834"><img src="https://thumbnail6.coupangcdn.com/thumbnails/remote/120x120ex/image/vendor_inventory/wetwipe.jpg" width="60" alt="물티슈"></a></td><td>물티슈 캡형 100매 x 10</td></tr>
</table></td></tr>
<tr><td style="padding:12px 20px;"><img src="https://image7.coupangcdn.com/image/ccm/delivery/door_photo_thumb.jpg" width="200" alt="배송 사진"></td></tr>
<tr><td style="padding:12px 20px;"><a href="https://mc.coupang.com/ssr/desktop/order/list" style="display:inline-block;padding:10px 18px;background:#346aff;color:#fff;text-decoration:none;">주문 목록 보기</a>
&nbsp;<a href="https://www.coupang.com/np/coupangbiz" style="font-size:12px;color:#346aff;">쿠팡비즈 세금계산서 발행</a></td></tr>
<tr><td style="padding:20px;font-size:11px;color:#999;border-top:1px solid #eee;">쿠팡(주) | 서울특별시 송파구 송파대로 570 | 사업자등록번호 120-88-00767<br>
<a href="https://www.coupang.com/np/policies/privacy" style="color:#999;">개인정보처리방침</a> · <a href="https://help.coupang.com/" style="color:#999;">고객센터</a><br>
본 메일은 발신 전용입니다.</td></tr>
</table></body></html>
""", client="esp")

M("systems", "aws-health-event", "Amazon Web Services <no-reply-aws@amazon.com>", P["yoon"],
  "[Action Required] Amazon RDS certificate rotation for your DB instances in ap-northeast-2",
  "2026-08-04 21:10 +0000", html=notice_html(
      "aws", "#232f3e", "Amazon RDS certificate rotation", [
          "Hello,",
          "You are receiving this message because you have one or more Amazon RDS DB instances in the "
          "Asia Pacific (Seoul) Region that use the rds-ca-rsa2048-g1 certificate authority, which expires "
          "on <b>2026-11-01</b>.",
          "Affected resources: <code>nuri-dashboard-db</code> (ap-northeast-2)",
          "Please update your DB instances to use a new CA before the expiry date. Refer to the "
          '<a href="https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.SSL-certificate-rotation.html">'
          "Amazon RDS documentation</a> or view this event in the "
          '<a href="https://health.aws.amazon.com/health/home#/account/dashboard/scheduled-changes">AWS Health Dashboard</a>.',
          '<img src="https://d1.awsstatic.com/logos/aws-logo-lockups/poweredbyaws/PB_AWS_logo_RGB_stacked_REV_SQ.91cd4af40773cbfbd15577a3c2b8a346fe3e8fa2.png" '
          'width="80" alt="Powered by AWS">',
      ], "Amazon Web Services, Inc. is a subsidiary of Amazon.com, Inc. 410 Terry Avenue North, Seattle, WA 98109<br>"
         '<a href="https://aws.amazon.com/privacy/">Privacy</a>', layout=2))

M("systems", "webex-recording-ready", "Cisco Webex <messenger@webex.com>", P["lim"],
  "녹화가 준비되었습니다: 경기테크노파크 제안 설명회", "2026-05-26 16:20", """
회의 녹화가 준비되었습니다.

회의: 경기테크노파크 제안 설명회
일시: 2026년 5월 26일 오후 2:00 (58분)
녹화 보기: https://gtp.webex.com/gtp/ldr.php?RCID=4f9a0e2b71c3
비밀번호: GTP0526

녹화는 30일 후 자동 삭제됩니다.
""", client="system")

M("systems", "naver-works-drive-upload", "네이버웍스 드라이브 <noreply@worksmobile.com>", P["park"],
  "[NAVER WORKS] 공유 폴더에 파일 5개가 업로드되었습니다", "2026-11-24 17:50", """
애드웨이브 윤소희 님이 공유 폴더 '누리웍스_12월_광고소재'에 파일을 업로드했습니다.

 배너_1200x628_v3.png
 배너_1080x1080_v3.png
 상세페이지_VX20_v2.jpg
 카피_검토본.docx
 일정표_12월.xlsx

폴더 열기: https://drive.worksmobile.com/drive/web/share/root-folder?resourceKey=8gk2Ld
""", client="system")

M("systems", "erp-po-approval-html", "ERP 알림 <erp@corp.example>", P["ceo"],
  "[ERP] 승인 대기 발주 3건 (합계 41,780,000원)", "2026-12-07 08:00", html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'맑은 고딕';font-size:10pt;">
<p>대표이사님 승인 대기 중인 발주서입니다.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;">
<tr style="background:#e8eef7;"><th>발주번호</th><th>거래처</th><th>품목</th><th>금액</th><th>요청자</th></tr>
<tr><td>PO-2612-031</td><td>SensorTech GmbH</td><td>MEMS 가속도 모듈 500EA</td><td align="right">28,400,000</td><td>오세훈</td></tr>
<tr><td>PO-2612-032</td><td>대성금형(주)</td><td>NW-HS-20 금형 수정</td><td align="right">2,850,000</td><td>오세훈</td></tr>
<tr><td>PO-2612-033</td><td>동방케이블(주)</td><td>CVVS 1.5sq 4C 4,600m</td><td align="right">10,530,000</td><td>오세훈</td></tr>
</table>
<p><a href="http://erp.corp.example:8080/mm/po/approve">ERP에서 승인하기</a> (사내망 또는 VPN에서만 열립니다)</p>
</body></html>
""", client="system", enc="ks_c_5601-1987/base64", henc="ks_c_5601-1987/B")
