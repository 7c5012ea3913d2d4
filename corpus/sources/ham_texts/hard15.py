"""hard15: the honest twins of the corpus15 spam batch, written blind like it — the same trades writing honestly, with money,
accounts and deadlines in the same plain words: the site office of the 동탄 project the office instruments (a 자재 대금 request
with its 세금계산서, a crane rental paid to the rental firm's own account, 기성 through 하도급지킴이, 퇴직공제 reminders), a
hospital customer's lease renewal and 유지보수 payment, a food maker's import payment and its HACCP logger order, a design
agency's honest cancellation and refund to the account on the contract, the 3PL warehouse's monthly 운임 정산, a franchise
HQ's settlement notice for store installations, a 학원's refund to the account the parent gave, the tax accountant's 환급
notice (paid by the 세무서 to the company's registered account), a travel agency's workshop deposit, a printer's calendar
quote; 바로빌, 나이스페이먼츠, 자비스, 채널톡, 그리팅, TMAP 비즈니스, 노란우산, 클로바노트, 하도급지킴이 and 건설근로자공제회
notices with nothing to hand over; partners' English mail (a bank change confirmed by call-back, a buyer paying its own
sample costs, the office's own auditor through the confirmation platform, a forwarder's arrival notice, a principal's real
visit, a DMC's deposit to the contract's account, a design refund); short notes between colleagues. corpus15 batch."""
from ham_texts import M, P, btn, gm_quote, notice_html, ol_quote, sig

IPHONE = "\n\niPhone에서 보냄\n"
GALAXY = "\n\nGalaxy S25에서 보냄\n"

# --- A. the 동탄 site the office instruments ------------------------------------------------------------------------

M("hard15", "site-material-invoice", "동탄 물류센터 현장 공무 김도현 <dh.kim.site@daewon-const.example>", P["oh"],
  "[동탄 물류센터 현장] 계측 센서 2차 자재 대금 청구 관련 — 세금계산서 발행 요청", "2026-12-04 16:10", """
오세훈 차장님, 대원종합건설 동탄 물류센터 현장 공무 김도현입니다.

이번 주 반입된 계측 센서 2차분(지중경사계 12식, 간극수압계 8식) 검수 끝났습니다. 검수조서 첨부드립니다.
2차 자재 대금 청구하시려면 12월 10일까지 아래로 세금계산서 발행 부탁드립니다.
 - 공급가액: 21,840,000원 / 세액 2,184,000원
 - 작성일자: 12월 10일 이전 (11월 기성에 못 들어간 분이라 12월 기성으로 잡습니다)
 - 수신 메일: tax@daewon-const.example (본사 회계팀)
대금은 하도급지킴이로 12월 기성과 함께 귀사 법인 계좌(계약서 등록 계좌)로 나갑니다. 계좌 바뀐 거 있으면 본사 공문으로만 받습니다.
급하시면 현장 사무소 031-8033-xxxx로 전화 주세요.

김도현 드림
""", client="outlook", att=["검수조서_계측센서_2차_20261204.pdf"])

M("hard15", "crane-rental-invoice", "한림중기 경리 <account@hanlim-crane.example>", P["choi"],
  "한림중기 11월 크레인 임차료 청구서 및 세금계산서 발행 안내", "2026-12-02 10:30", """
(주)누리웍스 경영지원팀 담당자님께

안녕하세요, 한림중기 경리 담당 박소정입니다.
11월 동탄 현장 센서 설치 작업에 투입된 25톤 크레인 임차료 청구서 보내드립니다.
 - 작업일: 11/18, 11/19, 11/25 (3일)
 - 임차료: 1일 1,100,000원 × 3일 = 3,300,000원 (부가세 별도)
세금계산서는 오늘 국세청 전송했습니다. 대금은 계약서대로 익월 15일까지 저희 법인 계좌로 부탁드립니다(계좌 변동 없음).
늦어지셔도 괜찮으니 일정만 알려주세요.

한림중기(주) 경리 박소정 / 031-3xx-xxxx
""", client="outlook", att=["한림중기_임차료청구서_2611_누리웍스.pdf"])

M("hard15", "choi-crane-check", P["choi"], P["oh"], "한림중기 임차료 건 확인했어요", "2026-12-02 11:05", """
차장님, 한림중기 청구서 계약 단가랑 작업일지 맞춰봤는데 3일 다 맞아요. 세금계산서도 홈택스에 들어와 있고요.
15일 정기 지급일에 법인 계좌로 같이 나가게 결재 올려둘게요.
""" + sig("choi"), client="outlook")

M("hard15", "hado-keeper-payment", "하도급지킴이 <noreply@hados.g2b.go.kr>", P["choi"],
  "[하도급지킴이] 하도급대금 지급 알림 — 동탄 물류센터 신축공사 11월 기성", "2026-12-08 09:12", html=notice_html(
      "하도급지킴이", "#0b4ea2", "하도급대금 지급 알림", [
          "(주)누리웍스 담당자님, 원사업자 대원종합건설(주)이 아래 하도급대금을 지급했습니다.",
          "공사명: 동탄 물류센터 신축공사 계측관리 공사<br>지급 구분: 11월 기성<br>지급액: 18,920,000원<br>지급일: 2026-12-08",
          "대금은 하도급지킴이에 등록된 귀사 법인 계좌로 입금됩니다. 별도로 승인하거나 입력하실 사항은 없습니다.",
          "지급 내역은 하도급지킴이에 공동인증서로 로그인해 직접 확인하실 수 있습니다.",
      ], "조달청 하도급지킴이 | 본 메일은 발신 전용입니다. 문의: 조달청 고객지원센터 1588-0800", layout=2),
  client="esp")

M("hard15", "kcwfa-reminder", "동탄 현장 안전관리자 <safety.dongtan@daewon-const.example>", P["bae"],
  "협력업체 공지: 12월 퇴직공제 근로일수 신고 자료 제출 (12/12까지)", "2026-12-05 08:40", """
협력업체 현장대리인님들께

11월분 건설근로자 퇴직공제 근로일수 신고 자료를 원청에서 취합해 공제회에 신고합니다.
각 협력사는 출역일보(11월분)와 근로자 명단을 12월 12일(금)까지 현장 사무소 안전팀으로 제출해 주세요.
공제회 EDI 신고는 원청이 일괄로 하므로 협력사에서 따로 로그인하실 필요 없습니다.
누락 근로자가 있으면 공제부금이 빠지니 꼭 확인 부탁드립니다.

대원종합건설 동탄 현장 안전관리자 이재석
""", client="outlook", fmt="plain")

M("hard15", "bae-site-short", P["bae"], P["ceo"], "동탄 현장 기성 들어왔습니다", "2026-12-08 09:30", """
대표님, 동탄 11월 기성 1,892만원 하도급지킴이로 법인 계좌 들어온 것 확인했습니다. 2차 자재분은 12월 기성으로 잡혔습니다.
""" + IPHONE, client="outlook365")

M("hard15", "site-manager-short", "김도현 <dh.kim.site@daewon-const.example>", P["bae"], "RE: 내일 반입", "2026-12-09 17:20", """
부장님 내일 7시 반 게이트 열어둘게요. 크레인은 한림중기 그대로 오는 걸로 들었습니다. 비용은 지난번처럼 그쪽 청구로 처리하세요.
""", client="naver")

# --- B. a hospital and a food maker, both customers -----------------------------------------------------------------

M("hard15", "hospital-maintenance-renewal", "서울○○병원 원무팀 장윤희 <yh.jang@seoulhosp.example>", P["park"],
  "약품 냉장고 온도 모니터링 유지보수 계약 갱신 건 (2027년)", "2026-12-03 14:00", """
박지영 과장님, 서울○○병원 원무팀 장윤희입니다.

약제부·검사실 냉장고 온도 모니터링 시스템 유지보수 계약이 12월 31일 만료되어 갱신 관련 연락드립니다.
 1. 계약 기간: 2027.1.1 ~ 2027.12.31 (1년)
 2. 금액: 연 6,600,000원 (부가세 포함), 분기별 후불 — 작년과 동일
 3. 대금: 분기 말 전자세금계산서 발행 후 익월 말 병원 지정 계좌에서 귀사 계약서상 계좌로 이체
계약서 초안 첨부드리니 검토 후 날인본 2부를 12월 20일까지 우편으로 보내주세요. 병원은 선금이나 보증금 없이 진행합니다.
올해 센서 교체 8건 빨리 처리해 주셔서 약제부에서 고맙다고 전해 달라고 하셨어요.

장윤희 드림 / 원무팀 구매파트 02-xxxx-2214
""", client="outlook", att=["2027_온도모니터링_유지보수계약서(안).hwp"])

M("hard15", "lease-renewal-measuring", "현대커머셜 기업금융 <lease.notice@hyundaicommercial.example>", P["choi"],
  "[현대커머셜] 리스 만기 안내 — 계약번호 HC-L-2023-xxxx (열화상 측정장비)", "2026-12-01 10:00", html=notice_html(
      "현대커머셜", "#002c5f", "리스 만기 안내", [
          "(주)누리웍스 고객님, 이용 중이신 리스 계약이 2026년 12월 31일 만기됩니다.",
          "리스물건: 열화상 측정장비 1식<br>잔존가치: 3,200,000원<br>선택 가능: ① 잔존가 인수 ② 재리스(12개월) ③ 반납",
          "잔존가 인수를 선택하시면 만기일에 기존 리스료 자동이체 계좌에서 출금됩니다. 별도 계좌로 송금하실 필요가 없습니다.",
          "선택은 12월 20일까지 담당 영업점 또는 고객센터 1577-xxxx로 알려주세요. 당사 직원이 개인 계좌로 수납하는 일은 없습니다.",
      ], "현대커머셜 | 본 메일은 발신 전용입니다.", layout=1), client="esp")

M("hard15", "choi-lease-choice", P["choi"], P["ceo"], "열화상 장비 리스 만기 — 잔존가 인수로 할까요?", "2026-12-02 09:20", """
대표님, 현대커머셜 열화상 장비 리스가 12월 말 만기입니다. 잔존가 320만원이라 인수하는 게 재리스보다 쌉니다.
인수로 정하시면 영업점에 전화해서 알리고, 만기일에 원래 자동이체 계좌에서 빠져나갑니다. 결재 올릴까요?
""" + sig("choi"), client="outlook")

M("hard15", "food-maker-logger-po", "한결푸드 구매팀 오다현 <dh.oh@hankyul-food.example>", P["park"],
  "[발주] HACCP 온도 데이터로거 40대 — 발주서 송부", "2026-12-04 11:40", """
박지영 과장님 안녕하세요, 한결푸드 구매팀 오다현입니다.
지난주 견적 주신 무선 온도 데이터로거 40대 발주서 첨부드립니다.
 - 수량 40대 × 145,000원 = 5,800,000원 (부가세 별도), 설치·교정 포함
 - 납품: 12월 22일까지 음성 공장
 - 대금: 납품 후 세금계산서 기준 익월 말 현금 (계약 거래조건 그대로)
HACCP 연장심사가 1월 중순이라 납기만 꼭 지켜주세요. 선금은 없습니다.
""", client="outlook365", att=["PO_HK-2612-031_누리웍스.pdf"])

M("hard15", "import-payment-request", P["oh"], P["choi"], "[송금 요청] 독일 센서 1월 선적분 T/T 선결제 — 전자결재 올렸습니다", "2026-12-07 15:30", """
대리님, 1월 선적분 독일 Brenner 압력센서 T/T 선결제 건 전자결재 올렸습니다.
 - 금액: EUR 46,820 (인보이스 INV-26-1184), 12/12 지급
 - 계좌: 거래처 등록 계좌(Commerzbank, 변동 없음) — 지난주 Lena 쪽에서 계좌 바뀐다는 메일이 왔었는데, 제가 독일 본사 대표번호로 전화해서 변경 없다고 확인받았습니다. 그 메일은 IT에 신고했어요.
 - 증빙: 인보이스, P/I, 계약서 첨부
환율 좋을 때 나가게 11일 오후에 처리해 주시면 감사하겠습니다.
""" + sig("oh"), client="outlook", att=["Brenner_INV-26-1184.pdf"])

M("hard15", "food-customs-forward", "한결푸드 품질팀 윤서진 <sj.yoon@hankyul-food.example>", P["park"],
  "FW: [식품안전나라] 수입신고 보완 — 참고로 공유드려요", "2026-12-08 10:15", """
과장님, 데이터로거 납품 일정 때문에 참고로 공유드려요.
저희 망고 퓌레 수입신고가 보완 요청이 떠서 통관이 며칠 밀렸습니다. 보완은 관세사님이 수입식품정보마루에서 직접 처리 중이고요.
혹시 요즘 식약처 사칭해서 과징금 감경해 준다는 메일 도는데, 저희 쪽에서 그런 메일 드릴 일은 없으니 받으시면 무시하세요.
""" + ol_quote("식품안전나라 <noreply@foodsafetykorea.go.kr>", "2026년 12월 5일 금요일 오후 2:10", "sj.yoon@hankyul-food.example",
               "[식품안전나라] 수입신고 보완 요청 알림", """
수입신고번호 2026-12-xxxxx 건에 대해 보완 요청이 등록되었습니다.
보완 내용은 수입식품정보마루에 로그인하여 확인하시기 바랍니다.
"""), client="outlook365")

# --- C. design agency, 3PL, franchise HQ, academy, tax office, travel, printer ------------------------------------

M("hard15", "design-agency-cancel-refund", "스튜디오 오름 김나연 <ny.kim@studio-oreum.example>", P["jung"],
  "브로슈어 리뉴얼 프로젝트 중단 및 계약금 환불 안내", "2026-12-03 17:45", """
정민재 팀장님, 스튜디오 오름 김나연입니다.

말씀하신 대로 2027 제품 브로슈어 리뉴얼은 내년 2분기로 미루고 이번 계약은 정리하겠습니다.
계약서 9조에 따라 착수 전 해지라 계약금 3,300,000원(부가세 포함) 중 무드보드 작업분 550,000원을 제외한 2,750,000원을 환불드립니다.
 - 환불 계좌: 계약금을 보내주신 귀사 법인 계좌 (계약서 첨부 통장 사본 기준)
 - 처리일: 12월 10일
 - 수정세금계산서: 환불일자로 발행
환불 계좌를 바꾸실 일이 있으면 메일이 아니라 공문으로 부탁드릴게요. 2분기에 다시 뵙길 바랍니다.
""", client="gmail")

M("hard15", "jung-design-short", P["jung"], P["choi"], "오름 계약금 환불 건", "2026-12-04 09:10", """
대리님 스튜디오 오름에서 10일에 275만원 법인 계좌로 환불해 준대요. 들어오면 알려주세요. 수정계산서도 온다고 합니다.
""", client="outlook")

M("hard15", "3pl-monthly-settlement", "그린로지스 정산팀 <settle@greenlogis.example>", P["choi"],
  "[그린로지스] 11월 보관료·운임 정산서 송부 (누리웍스)", "2026-12-03 13:00", """
(주)누리웍스 최수진 대리님

11월 이천센터 보관료와 출고 운임 정산서 보내드립니다.
 - 보관료: 팔레트 64칸 × 18,000원 = 1,152,000원
 - 출고 운임: 87건 2,436,500원
 - 합계: 3,588,500원 (부가세 별도)
세금계산서는 12월 5일 발행 예정이며, 대금은 기존대로 12월 말 후불로 저희 법인 계좌에 주시면 됩니다.
내년 운임 단가는 1월 중 영업 담당이 방문해서 협의드리겠습니다. 선결제 전환 계획은 없습니다.
""", client="outlook", att=["그린로지스_정산서_202611_누리웍스.xlsx"])

M("hard15", "franchise-install-settlement", "카페온 본사 점포개발팀 <store.dev@cafe-on.example>", P["park"],
  "[카페온 본사] 12월 가맹점 쇼케이스 온도센서 설치비 정산 안내", "2026-12-05 15:20", """
누리웍스 박지영 과장님, 카페온 본사 점포개발팀 송재원입니다.

12월 중 설치된 가맹점 쇼케이스 온도센서 설치비 정산 안내드립니다.
 - 설치 매장: 23개점 (명세 첨부)
 - 설치비: 매장당 180,000원 × 23 = 4,140,000원 (부가세 별도)
 - 정산: 본사에서 일괄 지급. 가맹점주님께 따로 청구하지 마세요.
세금계산서는 본사(카페온(주)) 앞으로 12월 26일자로 발행 부탁드리고, 대금은 1월 10일 본사 정산일에 귀사 법인 계좌로 지급됩니다.
점주님들께도 본사 정산 계좌 변경 같은 공지는 슈퍼바이저를 통해서만 한다고 다시 안내했습니다.
""", client="outlook365", att=["12월_설치매장_명세.xlsx"])

M("hard15", "academy-refund-parent", "해봄수학학원 <haebom.math@haebom-academy.example>", P["kim"],
  "[해봄수학학원] 김서윤 학생 수강료 환불 처리 안내", "2026-12-04 18:30", """
김서윤 학생 어머님께

안녕하세요, 해봄수학학원 원장 정유라입니다. 그동안 서윤이를 보내주셔서 감사했습니다.
이사로 인한 12월 중도 퇴원 건 환불 안내드립니다.
 - 12월 수강료 380,000원 중 수업 진행분(8회 중 3회) 제외 환불액: 237,500원 (학원법 시행령 환불 기준)
 - 1월 선납분 380,000원: 전액 환불
 - 환불 합계: 617,500원
 - 입금 계좌: 상담 때 어머님께서 적어주신 환불 신청서상 계좌 (어머님 본인 명의)
 - 입금일: 12월 8일(월)
다른 계좌로 받으셔야 하면 학원으로 전화 한 번 주세요(031-7xx-xxxx). 문자나 메일로는 계좌를 바꾸지 않습니다.
서윤이 새 학교에서도 잘 지내길 바랍니다.
""", client="naver", fmt="plain")

M("hard15", "kim-academy-short", P["kim"], "김다은 <daeun.kim.home@naver.com>", "학원 환불 확인", "2026-12-08 12:40", """
해봄 61만 7500원 들어옴. 신청서에 쓴 내 통장으로 왔어. 서윤이 새 학원 등록은 다음 주에 하자.
""", client="outlook365")

M("hard15", "tax-office-refund", "세무법인 다온 정재원 세무사 <jw.jung@daon-tax.example>", P["ceo"],
  "[세무법인 다온] 2025 귀속 법인세 경정청구 환급 결정 안내", "2026-12-03 10:40", """
이준호 대표님께

세무법인 다온 정재원 세무사입니다.
지난 8월 제출한 2025 귀속 법인세 경정청구(연구인력개발비 세액공제 누락분)가 인용되어 환급 결정 통지가 나왔습니다.
 - 환급 결정액: 3,412,000원 (환급가산금 별도)
 - 지급: 분당세무서가 홈택스에 등록된 귀사 법인 환급계좌로 직접 입금 (통상 통지 후 2~3주)
 - 저희 사무소를 거쳐 지급되는 돈이 아니며, 통장 사본이나 신분증을 따로 보내실 필요 없습니다.
경정청구 수수료는 계약대로 환급액의 10%이며, 환급금 입금이 확인된 뒤 세금계산서와 함께 청구드리겠습니다.
결정 통지서 사본 첨부드립니다.
""", client="outlook", att=["경정청구_결정통지서_분당세무서.pdf"])

M("hard15", "tax-staff-short", "다온 김주임 <jy.kim@daon-tax.example>", P["choi"], "12월 원천세 자료 부탁드려요", "2026-12-05 11:00", """
대리님 12월 급여대장이랑 상여 지급 내역 15일까지만 보내주세요. 연말정산 안내문은 다음 주에 따로 드릴게요.
""", client="outlook")

M("hard15", "travel-workshop-deposit", "투어라인 기업행사팀 한지수 <js.han@tourline.example>", P["kim"],
  "[투어라인] 1월 제주 워크숍(38명) 견적 확정 및 예약금 안내", "2026-12-04 14:30", """
김다은 과장님, 투어라인 기업행사팀 한지수입니다.
지난 통화 때 확정해 주신 1월 15~17일 제주 워크숍 최종 견적 첨부드립니다.
 - 인원 38명, 1인 612,000원, 총 23,256,000원 (부가세 포함)
 - 예약금: 30% 6,976,800원 — 12월 12일까지 (항공 단체 블록 확정용)
 - 잔금: 출발 7일 전까지
 - 입금 계좌: 견적서 하단 (주)투어라인 법인 계좌 (작년 워크숍 때와 같은 계좌)
세금계산서는 예약금·잔금 각각 입금일자로 발행합니다. 항공 명단은 12월 26일까지 주시면 됩니다.
계좌 안내는 견적서로만 드리고, 바뀌는 일이 있으면 저희 대표번호로 먼저 연락드립니다.
""", client="outlook", att=["투어라인_견적서_누리웍스_제주워크숍.pdf"])

M("hard15", "kim-workshop-approval", P["kim"], P["ceo"], "제주 워크숍 예약금 결재 올렸습니다", "2026-12-04 16:00", """
대표님, 투어라인 예약금 697만 6,800원 전자결재 올렸습니다. 작년과 같은 법인 계좌인 것 확인했고, 한지수 과장님과 통화도 했습니다.
12일까지만 나가면 됩니다.
""" + sig("kim"), client="outlook")

M("hard15", "printer-calendar-quote", "명성인쇄 조성훈 <sh.cho@myungsung-print.example>", P["seo"],
  "2027 탁상 캘린더·다이어리 견적서 (누리웍스)", "2026-11-26 10:10", """
서민지 주임님, 명성인쇄 조성훈입니다. 요청하신 견적 보내드립니다.
 - 탁상 캘린더 800부 (로고 인쇄, 개별 OPP 포장): 2,480,000원
 - 다이어리 300권 (박 인쇄): 2,120,000원
 - 합계 4,600,000원 (부가세 별도), 배송비 포함
 - 결제: 납품 후 세금계산서 발행, 익월 말 지급 — 선금 없음
시안은 주문 확정 후 이틀 안에 드리고, 12월 12일 납품 가능합니다.
""", client="outlook", att=["명성인쇄_견적서_2027캘린더.pdf"])

M("hard15", "seo-printer-call", P["seo"], P["choi"], "명성인쇄에서 잔금 먼저 달라는 메일 왔는데요", "2026-12-09 10:20", """
대리님, 명성인쇄 "실장"이라는 naver 메일로 제본소 때문에 잔금 460만원을 오늘 사장님 개인 계좌로 먼저 달라고 왔어요.
조성훈 과장님께 방금 전화했더니 그런 실장 없고, 캘린더는 내일 정상 납품, 대금도 견적서대로 익월 말이면 된대요.
메일은 IT에 넘겼습니다.
""" + sig("seo"), client="outlook")

# --- D. the services' notices, honestly ------------------------------------------------------------------------------

M("hard15", "barobill-reverse-issue", "바로빌 <noreply@barobill.example>", P["choi"],
  "[바로빌] 역발행 세금계산서 요청 — 한림중기(주)", "2026-12-09 09:00", html=notice_html(
      "바로빌", "#2c6fdb", "역발행 요청이 도착했습니다", [
          "공급받는자 (주)누리웍스 앞으로 아래 역발행 요청이 등록되었습니다.",
          "공급자: (주)누리웍스 ← 요청자: 한림중기(주)<br>공급가액: 3,300,000원 / 세액: 330,000원",
          "요청 내용은 바로빌 사이트에 평소처럼 로그인해 확인하실 수 있습니다. 메일 안의 링크로 로그인하실 필요는 없습니다.",
      ], "바로빌 | 발신 전용 메일입니다. 고객센터 1544-xxxx", layout=2), client="esp")

M("hard15", "nicepay-settlement", "나이스페이먼츠 <settle@nicepay.example>", P["choi"],
  "[나이스페이먼츠] 12월 2주차 정산 예정 안내 (누리웍스 온라인몰)", "2026-12-07 07:00", """
가맹점명: 누리웍스 온라인몰
정산 예정일: 2026-12-10
정산 예정액: 2,416,300원 (수수료 차감 후)
정산 계좌: 등록 계좌 (신한 ***-***-**2291)

정산 계좌 변경은 가맹점 관리자에서 대표자 명의 서류를 제출해야 처리되며, 전화나 메일로는 변경하지 않습니다.
본 메일은 발신 전용입니다.
""", client="system", fmt="plain")

M("hard15", "jobis-monthly", "자비스 <hello@jobis.example>", P["choi"],
  "[자비스] 11월 장부 마감 완료 — 증빙 3건 확인 요청", "2026-12-04 10:00", """
누리웍스 담당자님, 11월 장부가 마감되었습니다.
카드 사용 내역 중 증빙 3건(합계 184,000원)이 용도 미입력 상태입니다. 자비스 앱에서 용도만 선택해 주시면 됩니다.
홈택스 연동은 정상이며 다시 인증하실 필요 없습니다.
""", client="system", fmt="plain")

M("hard15", "channeltalk-weekly", "채널톡 <noreply@channel.example>", P["jung"],
  "[채널톡] 주간 상담 리포트 — 12월 1주", "2026-12-07 09:00", html=notice_html(
      "채널톡", "#5e56f0", "주간 상담 리포트", [
          "누리웍스 채널의 지난주 상담 요약입니다.",
          "신규 상담 42건 · 평균 첫 응답 시간 11분 · 미해결 3건",
          "가장 많이 들어온 문의: 온도센서 교정 주기, 세금계산서 재발행",
          "팀 플랜 결제는 정상이며, 다음 결제일은 2027-01-03입니다.",
      ], "Channel Corp. | 수신 설정은 채널 설정 > 알림에서 바꿀 수 있습니다.", layout=1), client="esp")

M("hard15", "greeting-interview", "그리팅 <noreply@greetinghr.example>", P["kim"],
  "[그리팅] 「물류 운영 매니저(경력)」 지원자 2명이 면접 일정을 선택했습니다", "2026-12-05 13:30", """
김다은 님, 지원자 2명이 면접 일정을 선택했습니다.
 - 12/10(수) 14:00 지원자 A
 - 12/11(목) 10:30 지원자 B
이력서와 평가표는 그리팅 관리자 화면의 해당 공고에서 확인하세요. 이 메일에는 링크나 첨부가 없습니다.
""", client="system", fmt="plain")

M("hard15", "tmap-biz-invoice", "TMAP 비즈니스 <biz-noreply@tmapbiz.example>", P["yoon"],
  "[TMAP 비즈니스] 11월 법인 차량 이용 내역 및 청구 안내", "2026-12-02 08:00", """
고객사: (주)누리웍스 / 등록 차량 6대
11월 주유 1,284,000원 · 하이패스 214,300원 · 합계 1,498,300원
12월 10일 등록된 법인 계좌에서 자동 출금됩니다. 출금 실패 시 담당 매니저가 전화로 먼저 안내드립니다.
상세 내역은 관리자 페이지에서 엑셀로 받으실 수 있습니다.
""", client="system", fmt="plain")

M("hard15", "noranusan-ceo", "노란우산 <noreply@noranusan.example>", P["ceo"],
  "[노란우산] 2026년 부금 납입 증명서 발급 안내", "2026-12-01 09:00", """
이준호 가입자님, 올해 납입하신 공제부금의 소득공제용 납입 증명서를 연말정산 기간에 맞춰 발급받으실 수 있습니다.
 - 2026년 납입 부금: 3,000,000원 (12개월 정상 납입)
 - 발급: 노란우산 홈페이지 또는 중소기업중앙회 고객센터 1666-xxxx
미납 부금이 없으며, 별도로 납부하실 금액은 없습니다.
""", client="system", fmt="plain")

M("hard15", "clovanote-share", "한서연 <sy.han@corp.example>", P["lim"], "12월 개발 주간회의 클로바노트 요약 공유", "2026-12-07 18:10", """
팀장님, 오늘 주간회의 클로바노트 요약 정리해서 팀 드라이브 '회의록/2026-12' 폴더에 올렸습니다.
액션 아이템만 아래 붙입니다.
 1. 데이터로거 펌웨어 1.4.2 — 한결푸드 납품 전 배포 (한서연, 12/15)
 2. 카페온 쇼케이스 센서 알람 임계값 조정 (임채원, 12/12)
 3. 동탄 현장 지중경사계 데이터 수집 주기 30분 → 10분 (개발팀 전체 검토)
""" + sig("han"), client="outlook")

M("hard15", "it-warning-lures", P["it"], P["all"], "[IT 공지] 이번 주 들어온 사칭 메일 유형 (메일플러그·하도급지킴이·거래처 계좌 변경)", "2026-12-08 13:00", """
전 직원께

이번 주 우리 회사로 들어온 사칭 메일 유형 공유드립니다.
 1. "메일플러그 발신 제한" — 우리 회사는 사내 Exchange를 쓰므로 메일플러그 계정이 없습니다.
 2. "하도급지킴이 지급 승인" HTML 첨부 — 하도급지킴이는 원청이 지급하면 알림만 오고, 우리가 인증서로 승인할 일이 없습니다.
 3. 거래처 담당자 이름으로 "계좌가 가압류돼서 이번만 다른 계좌로" — 실제로 온 메일 중 2건이 이 유형이었습니다.
 4. 해외 거래처 "은행 변경" — 오세훈 차장님이 전화로 확인해서 막았습니다. 감사합니다.
계좌 변경은 공문과 전화 확인 두 가지가 다 있어야 결재가 올라갑니다. 의심되면 it@로 전달해 주세요.
""" + sig("yoon"), client="outlook")

# --- E. partners in English -----------------------------------------------------------------------------------------

M("hard15", "brenner-no-change", "Lena Hoffmann <lena.hoffmann@brenner-valves.example>", P["oh"],
  "RE: Bank details for INV-26-1184 - no change", "2026-12-07 14:05", """
Dear Mr. Oh,

Thank you for calling our Hamburg office this morning, and I am sorry for the confusion. We have not changed our bank,
and nobody in our team sent the message about a Lithuanian account. Please keep paying into our Commerzbank account
exactly as printed on the invoice; our IT team is looking into how the fake email used my name.

For your records, INV-26-1184 (EUR 46,820.00) is due on 12 December. If any change is ever needed, it will come as a
signed letter from our CFO and we will call you first.

Kind regards,
Lena Hoffmann
Accounts Receivable, Brenner Valves GmbH
""", client="outlook365")

M("hard15", "mexico-buyer-samples", "Carlos Ruiz <c.ruiz@hidrotec-mx.example>", P["bae"],
  "Sample request - food-grade pressure sensors (we pay freight)", "2026-12-03 23:40", """
Hello Mr. Bae,

Thanks for the call last week. We'd like to test four units of the PS-310 sanitary pressure sensor before the tender
in February. Please send a proforma invoice for the samples at your normal price; we will pay by wire against the PI
and use our own DHL account (number below) for the freight, so there is nothing for you to prepay. Import
registration on our side is handled by our customs broker.

DHL account: 96xxxxxxx

Best regards,
Carlos Ruiz
Purchasing, Hidrotec S.A. de C.V.
""", client="gmail")

M("hard15", "auditor-confirmation", "Samil Audit Team <audit.nuriworks@samil-audit.example>", P["choi"],
  "FY2026 audit - bank and payables confirmations via the confirmation platform", "2026-12-04 09:30", """
Dear Ms. Choi,

As agreed at the planning meeting, we will send bank and trade-payable confirmations through the confirmation
platform in the week of 14 December. Your side only needs to sign the authorisation letter (attached) and return
the original to our office by post; the banks reply to us directly.

We do not need bank statements, OTP forms or signatories' mobile numbers from you for this step. If you receive any
request of that kind in our name, please call me on 02-xxxx-7740.

Best regards,
Jiwon Park, Manager
""", client="outlook", att=["Authorisation_letter_bank_confirmation.docx"])

M("hard15", "forwarder-arrival-notice", "Pan Ocean Logistics Import <import@panocean-logis.example>", P["oh"],
  "ARRIVAL NOTICE - HBL PO26-11873 / ETA Busan 12 Dec", "2026-12-08 11:00", """
Dear Mr. Oh,

Please find the arrival notice for your shipment ex Hamburg (2 pallets, 1.8 CBM).
 - Vessel: MSC xxxx / ETA Busan New Port 12 Dec
 - Local charges (THC, D/O, CFS): KRW 386,000 incl. VAT
 - Payment: to our Korean company account as printed on the debit note (unchanged)
D/O will be released once your customs broker confirms the declaration. Free time at CFS is 7 days.

Best regards,
Import Team, Pan Ocean Logistics (Seoul)
""", client="outlook", att=["AN_PO26-11873.pdf", "DebitNote_PO26-11873.pdf"])

M("hard15", "principal-visit", "Tobias Meyer <t.meyer@hygrosense.example>", P["ceo"],
  "Visit to Pangyo on 15 January", "2026-12-05 17:00", """
Dear Junho,

Thank you for the strong year. I'll be in Seoul from 14 to 16 January and would like to visit your office on the 15th
to review the 2027 forecast and meet the team that handled the hospital projects.

No preparation beyond the forecast sheet is needed. My assistant will book the hotel herself; please just let me
know a convenient time.

Best regards,
Tobias
""", client="outlook365")

M("hard15", "dmc-deposit", "Elif Yildiz <elif@anatolia-dmc.example>", P["kim"],
  "Sales kick-off Istanbul - deposit invoice (as per contract)", "2026-12-02 12:30", """
Dear Ms. Kim,

Please find attached our deposit invoice for the sales kick-off trip (12 pax, 20-23 April).
 - Deposit: EUR 4,800 (30%), due 15 January
 - Bank: our company account in Istanbul, exactly as stated in section 6 of the signed contract
The balance is due 21 days before arrival. If anything about our bank ever changes, you will hear it from me by
phone first, and we would never ask you to pay a third party.

Warm regards,
Elif Yildiz, Anatolia DMC
""", client="outlook365", att=["Deposit_Invoice_AD-2612-07.pdf"])

M("hard15", "nordic-refund-done", "Sara Nyberg <sara.nyberg@nordic-pack.example>", P["jung"],
  "Refund received - thank you", "2026-12-08 08:15", """
Hi Minjae,

Just confirming that the refund of the unused advance (USD 3,200) reached our SEB account today, the same account we
paid from. Thank you for handling it so quickly, and let's talk again about the spring campaign in February.

Best,
Sara
""", client="gmail")

# --- F. short notes between colleagues -------------------------------------------------------------------------------

M("hard15", "ceo-short-approve", P["ceo"], P["choi"], "RE: 12월 정기 지급 목록", "2026-12-09 08:05", """
확인했어요. 올린 대로 15일에 진행해 주세요. 한림중기는 다음 달부터 분기 계약으로 바꾸는 거 검토해 봅시다.
""" + GALAXY, client="outlook365")

M("hard15", "oh-short-phone", P["oh"], P["bae"], "지금 통화 가능하세요?", "2026-12-08 14:22", """
부장님 동탄 2차 자재 세금계산서 작성일자 때문에 5분만 통화 부탁드려요. 제 자리로 전화 주셔도 됩니다.
""", client="outlook")

M("hard15", "seo-short-lunch", P["seo"], P["kim"], "오늘 점심", "2026-12-08 11:30", """
과장님 오늘 점심 1층 국밥집 어떠세요? 워크숍 명단도 같이 봐요 ㅎㅎ
""", client="outlook")

M("hard15", "park-short-transfer-check", P["park"], P["choi"], "카페온 입금 일정", "2026-12-05 16:40", """
대리님 카페온 설치비는 1월 10일 본사 정산일에 들어온대요. 계산서는 12/26자로 제가 끊을게요.
""", client="outlook")
