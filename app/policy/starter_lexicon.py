"""The starter lexicon: the everyday vocabulary of Korean spam, by theme, as keyword rules.

Each theme lists (keyword, score, word) entries; `app.policy.starter_rules` turns them into rules named
`THEME:KEYWORD` (e.g. `gambling:안전놀이터`), so a log line says what matched in the words of the mail.

Discipline, as for the other starter rules:
- No entry is an ordinary business word on its own: 대출 (loan), 투자 (investment), 주식 (stock), 광고, 성인,
  환급 (refund), 본인인증, 카지노 and 바카라 (an industry, a crystal brand) stay out; their spam compounds
  (무직자대출, 주식리딩방, 성인방송, 카지노사이트) are in.
- Keywords match across separators only where a separated match starts a word (app.mail.normalise), so
  `토토사이트` finds `토토 사이트` and `토.토.사.이.트` but nothing inside `관광 고속버스`. A two-syllable keyword
  that could hide inside a longer word is a `word` entry (whole word, particles allowed).
- Scores are signals on the scale of the thresholds (tag 5, quarantine 10): a phrase no legitimate sender
  writes scores 4, a strong hint 2.5-3, a hint that needs company 1-1.5. The statistical filter and the
  structural signals carry the rest.
- Checked against the ham of the training corpus (corpus/train/ham): no entry hits it. The held-out
  corpus was not looked at.
"""
from __future__ import annotations

# (keyword, score, word)
Entry = tuple[str, float, bool]

LEXICON: dict[str, tuple[str, list[Entry]]] = {
    # theme: (rule category, entries)
    "gambling": ("advertising", [
        ("안전놀이터", 4, False), ("먹튀검증", 4, False), ("먹튀없는", 4, False), ("온라인카지노", 4, False),
        ("라이브카지노", 4, False), ("슬롯사이트", 4, False), ("카지노사이트", 4, False), ("바카라사이트", 4, False),
        ("토토사이트", 4, False), ("사설토토", 4, False), ("메이저사이트", 3, False), ("메이저놀이터", 4, False),
        ("첫충전", 3, False), ("첫충", 2.5, True), ("매충", 2.5, True), ("가입머니", 3.5, False), ("꽁머니", 4, False),
        ("홀덤사이트", 4, False), ("파워볼", 2.5, False), ("에볼루션카지노", 4, False), ("스포츠배팅", 3, False),
        ("스포츠베팅", 3, False), ("배팅사이트", 4, False), ("베팅사이트", 4, False),         ("토토", 1.5, True), ("슬롯머신", 1.5, False), ("무제한환전", 4, False),
        ("환전보장", 3, False), ("롤링", 1, True), ("충전보너스", 3.5, False),
    ]),
    "loan": ("advertising", [
        ("무담보대출", 3, False), ("무직자대출", 4, False), ("작업대출", 4, False), ("신용불량자대출", 4, False),
        ("신불자대출", 4, False), ("저신용자대출", 3, False), ("저신용대출", 3, False), ("비상금대출", 2.5, False),
        ("소액대출", 2, False), ("급전", 2.5, True), ("누구나대출", 4, False), ("대출가능", 1.5, False),
        ("개인돈", 3, False), ("일수대출", 4, False), ("카드깡", 4, False), ("소액결제현금화", 4, False),
        ("상품권현금화", 4, False), ("정보이용료현금화", 4, False), ("휴대폰소액", 2.5, False), ("당일승인", 2.5, False),
        ("무방문", 1.5, False), ("무서류", 2.5, False), ("즉시입금", 2, False), ("당일입금", 2, False),
        ("승인율", 1.5, False), ("부결자", 2.5, False), ("연체자", 2, False), ("사업자대출", 1.5, False),
        ("정부지원대출", 2.5, False), ("서민대출", 2.5, False), ("햇살론", 1.5, False),
        ("신용무관", 4, False), ("소득무관", 3, False), ("연체무관", 4, False), ("신용조회없", 2, False), ("월변", 3, True),
        ("선정산", 1, False), ("폰테크", 4, False), ("현금화", 1.5, False), ("무직자", 2, False), ("신불자", 2.5, False),
        ("한도조회", 1, False), ("대환대출", 1, False), ("특례보증", 1, False), ("보증료선납", 4, False),
    ]),
    "stock": ("advertising", [
        ("주식리딩방", 4, False), ("무료리딩방", 4, False), ("리딩방", 3, True), ("코인리딩", 4, False),
        ("급등주", 3, False), ("급등종목", 3, False), ("종목추천", 2.5, False), ("수익인증", 3, False),
        ("수익보장", 3.5, False), ("원금보장", 2.5, False), ("수익률보장", 4, False), ("해외선물", 2.5, False),
        ("선물옵션", 1.5, False), ("무료체험방", 3.5, False), ("세력주", 3, False), ("작전주", 3, False),
        ("상장예정", 2, False), ("상한가", 1.5, False), ("vip리딩", 4, False), ("적중률", 2, False),
        ("텐배거", 3, False), ("오픈채팅방", 1.5, False), ("단톡방", 1.5, False),
    ]),
    "pharma": ("adult", [
        ("비아그라", 4, False), ("시알리스", 4, False), ("레비트라", 4, False), ("발기부전", 3.5, False),
        ("조루", 2.5, True), ("정력제", 4, False), ("성기능", 2.5, False), ("팔팔정", 4, False), ("센돔", 4, False),
        ("카마그라", 4, False), ("식욕억제제", 3, False), ("다이어트약", 2.5, False), ("낙태약", 4, False),
        ("미프진", 4, False), ("처방전없이", 4, False), ("무처방", 3.5, False), ("해외직구약", 3, False),
        ("정품보장", 2, False), ("비밀배송", 4, False), ("익명배송", 3, False),
    ]),
    "adult": ("adult", [
        ("애인대행", 4, False), ("만남주선", 3, False), ("돌싱만남", 3.5, False), ("유부녀", 3, False),
        ("성인사이트", 4, False), ("즉석만남", 4, False), ("채팅만남", 3.5, False), ("원나잇", 4, False),
        ("출장마사지", 4, False), ("키스방", 4, False), ("벗방", 4, True), ("노출방송", 4, False),
        ("야한", 2, True), ("화끈한", 2, False), ("섹시", 1.5, False), ("은밀한", 2, False), ("오피", 2.5, True),
        ("안마방", 3, False), ("조건녀", 4, False), ("폰섹", 4, False), ("음란", 3, False), ("성인영상", 4, False),
        ("성인인증", 1.5, False), ("19세이상", 1.5, False), ("무삭제", 3, False), ("성인채팅", 4, False),
        ("미시", 2, True), ("섹파", 4, False),
    ]),
    "phishing": ("phishing", [
        ("계좌가동결", 4, False), ("계좌정지", 3, False), ("정지예정", 2.5, False), ("사용제한", 1.5, False),
        ("이용제한", 1.5, False), ("즉시확인", 1.5, False), ("주소지확인", 2.5, False), ("주소지오류", 4, False),
        ("주소불명", 3, False), ("배송불가", 2.5, False), ("반송예정", 2, False), ("통관번호", 2, False),
        ("관세미납", 4, False), ("보관기간만료", 2.5, False), ("메일함용량", 3, False), ("사서함용량", 3, False),
        ("용량초과", 2, False), ("비밀번호만료", 3, False), ("비밀번호가만료", 3, False), ("계정확인", 1.5, False),
        ("본인확인절차", 2, False), ("보안카드", 1, False), ("보안강화", 1, False), ("인증서만료", 1, False),
        ("미환급", 2.5, False), ("환급대상", 2, False), ("환급신청", 2, False), ("미수령", 2, False),
        ("과태료미납", 4, False), ("출석요구", 3, False), ("벌금납부", 3, False), ("사건번호", 1.5, False),
        ("검찰청", 1.5, False), ("링크를클릭", 2, False), ("아래링크", 1, False), ("24시간이내", 1.5, False),
        ("명의도용", 1, False), ("소명자료", 2.5, False), ("피의자", 1.5, False), ("현금전환", 1.5, False), ("미청구", 1, False),
        ("숨은보험금", 2, False), ("영구정지", 2.5, False), ("영구삭제", 1, False), ("현재비밀번호", 2, False), ("국고로귀속", 3, False),
    ]),
    "scam": ("phishing", [
        ("고수익알바", 4, False), ("재택알바", 3.5, False), ("재택부업", 3.5, False), ("고수익보장", 4, False),
        ("일당지급", 3, False), ("당일지급", 2.5, False), ("하루만에", 1.5, False), ("월천만원", 3.5, False),
        ("로또1등", 3, False), ("당첨되셨", 2.5, False), ("당첨을축하", 1.5, False),         ("상속", 1.5, True), ("유산상속", 3, False), ("해외송금", 1.5, False), ("수수료선입금", 4, False),
        ("선입금", 2, False), ("구매대행알바", 4, False), ("리뷰알바", 4, False), ("택배알바", 4, False),
        ("문자알바", 4, False), ("투자금", 1.5, False), ("안전거래", 1.5, False),
        ("비트코인", 1.5, False), ("코인투자", 2.5, False), ("에어드랍", 3, False), ("에어드롭", 3, False),
        ("기프트카드", 1, False), ("핀번호", 2, False), ("통관보증금", 4, False), ("보증금선납", 3, False), ("수수료선납", 3, False),
        ("환급수수료", 2.5, False), ("개인명의계좌", 2.5, False), ("대표자개인명의", 3, False), ("통장임대", 4, False), ("통장대여", 4, False),
        ("통장매입", 4, False), ("대리구매", 2, False), ("수금대행", 3, False), ("구매평알바", 4, False), ("상품테스터", 2, False),
        ("텔레그램", 1.5, False), ("합의금", 1, False), ("영상통화녹화", 4, False), ("비트코인주소", 3, False), ("당첨금수령", 2.5, False),
        ("경품당첨", 1, False), ("연락처목록", 3, False), ("카톡으로친구추가", 2, False), ("일당", 1, True),
    ]),
    "listseller": ("advertising", [
        ("이메일디비", 4, False), ("고객디비", 4, False), ("디비판매", 4, False), ("db판매", 4, False),
        ("db구매", 4, False), ("디비구매", 4, False), ("개인정보db", 4, False), ("고객db", 3, False),
        ("이메일db", 4, False), ("타겟마케팅", 2, False), ("문자대량발송", 4, False), ("대량문자", 3, False),
        ("대량메일", 3, False), ("대량발송", 2.5, False), ("이메일리스트", 3, False), ("메일리스트판매", 4, False),
        ("상위노출", 3, False), ("상위노출보장", 4, False), ("블로그상위", 3, False), ("리뷰조작", 4, False),
        ("바이럴마케팅", 1.5, False), ("카페바이럴", 3, False), ("트래픽작업", 4, False), ("트래픽증가", 2.5, False),
        ("팔로워늘리기", 4, False), ("좋아요늘리기", 4, False), ("계정판매", 4, False), ("아이디판매", 4, False),
    ]),
    # English spam a Korean office gets: advance-fee and wire fraud, account lures, list sellers, SEO
    # and web-design offers, replicas, pharma, casinos. Phrases, never single business words (invoice,
    # payment, password, shipment and "verify your email" are everyday English mail).
    "en-fraud": ("phishing", [
        ("next of kin", 3, False), ("atm card", 3, False), ("fiduciary agent", 4, False),
        ("over-invoiced", 4, False), ("selected to receive", 3, False), ("compensation payment", 1.5, False),
        ("are you at your desk", 3, False), ("keep current password", 4, False), ("mailbox has exceeded", 3, False),
        ("validate your account", 3, False), ("will be suspended", 1, False), ("account is on hold", 2, False),
        ("account has been limited", 3, False), ("confirm your identity", 1, False),
        ("send you my photos", 3, False), ("private pics", 4, False), ("i hacked", 4, False),
        ("hacked your", 4, False), ("bitcoin address", 3, False), ("redelivery fee", 3, False),
        ("this is a solicitation", 3, False), ("this is not a bill", 3, False), ("receive double", 4, False),
        ("guaranteed returns", 3, False),
        # the classic advance-fee, inheritance, romance and registration letters' own words (fourth pass)
        ("internet keyword", 3, False), ("consignment box", 4, False), ("diplomatic courier", 4, False),
        ("unclaimed funds", 3, False), ("dormant account", 2.5, False), ("my late husband", 3, False),
        ("late client", 3, False), ("serious relationship", 3, False), ("i chose you", 3, False),
        ("winner's package", 3, False), ("publication fee", 2, False), ("lottery winner", 3, False),
        ("wrong number", 1.5, False), ("wrong person", 1.5, False),
    ]),
    "en-ad": ("advertising", [
        ("attendee list", 3, False), ("verified contacts", 3, False), ("deliverability", 1, False),
        ("decision makers", 1, False), ("do-follow", 3, False), ("dofollow", 3, False), ("guest post", 2, False),
        ("sponsored article", 2, False), ("link placement", 3, False), ("free audit", 2.5, False),
        ("first page of google", 3, False), ("page 1 of google", 3, False), ("no prescription", 4, False),
        ("without prescription", 4, False), ("replica watches", 4, False), ("replica bags", 4, False),
        ("mirror quality", 3, False), ("free spins", 3.5, False), ("welcome bonus", 2.5, False),
        ("no credit check", 3.5, False), ("pre-approved", 1.5, False), ("lose weight", 2, False),
        ("weight loss", 1, False), ("fat while you sleep", 4, False), ("women near", 3, False),
        ("reply remove", 2, False), ("factory direct", 1.5, False), ("explainer video", 2, False),
        ("vip telegram", 3, False),
    ]),
    "ad": ("advertising", [
        ("무료수신거부", 2, False), ("수신거부", 1, False), ("광고성정보", 1, False),         ("파격할인", 1.5, False), ("파격혜택", 1.5, False), ("한정수량", 1, False),
        ("무료상담", 1, False), ("지금바로", 1, False), ("클릭하세요", 1.5, False), ("마감임박", 1, False),
    ]),
}
