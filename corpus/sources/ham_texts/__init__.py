"""Hand-written ham texts for the Mailmoat corpus, one module per category; `M` records one base message.

The office is (주)누리웍스, a 40-person industrial-sensor distributor and integrator in 판교 whose domain is
corp.example (on-premises Exchange). Every person, company contact, phone number and account number
here is invented for this corpus; brands (banks, carriers, portals, agencies) appear as the senders
of their ordinary notices, with links to their real public domains.
"""
from __future__ import annotations

import textwrap

MESSAGES: list[dict] = []


def M(cat: str, slug: str, frm: str, to, subj: str, date: str, body: str = "", **opts) -> None:
    """One base message. opts: cc, client, enc ('charset/cte'), henc ('charset/B|Q' or 'raw'), fmt
    ('plain'|'html'|'alt'), html (hand-written markup), att (names or (name, spec)), logo, ics, reply,
    reply_to, headers, relay, inline ([(cid, name, spec)]: images the HTML shows by cid:). An image's spec may be
    "photo:Make:Model" (a phone camera's JPEG with Exif), "scan:" (a scanned page) or "png:WxH"."""
    if body:
        body = textwrap.dedent(body).strip("\n") + "\n"
    MESSAGES.append(dict(cat=cat, slug=f"{cat}/{slug}", frm=frm, to=to, subj=subj, date=date, body=body,
                         **opts))


# The office's people.
P = {
    "ceo": "이준호 <jh.lee@corp.example>",
    "park": "박지영 <jy.park@corp.example>",
    "choi": "최수진 <sj.choi@corp.example>",
    "seo": "서민지 <mj.seo@corp.example>",
    "jung": "정민재 <mj.jung@corp.example>",
    "kang": "강하늘 <haneul.kang@corp.example>",
    "han": "한서연 <sy.han@corp.example>",
    "yoon": "윤태식 <ts.yoon@corp.example>",
    "oh": "오세훈 <sh.oh@corp.example>",
    "kim": "김다은 <de.kim@corp.example>",
    "bae": "배성우 <sw.bae@corp.example>",
    "lim": "임채원 <cw.lim@corp.example>",
    "all": "전 직원 <all@corp.example>",
    "acct": "경영지원팀 <account@corp.example>",
    "hr": "인사팀 <hr@corp.example>",
    "it": "IT 관리자 <it@corp.example>",
    "sales": "영업팀 <sales@corp.example>",
    "info": "누리웍스 <info@corp.example>",
}

_SIG = {
    "ceo": ("이준호", "대표이사", "", "010-4412-7730"),
    "park": ("박지영", "과장", "영업팀", "010-2931-5804"),
    "choi": ("최수진", "대리", "경영지원팀", "010-7718-2046"),
    "seo": ("서민지", "주임", "경영지원팀", "010-3356-9172"),
    "jung": ("정민재", "팀장", "마케팅팀", "010-9020-4418"),
    "kang": ("강하늘", "사원", "마케팅팀", "010-5547-0319"),
    "han": ("한서연", "선임연구원", "개발팀", "010-6683-1207"),
    "yoon": ("윤태식", "책임", "IT인프라", "010-2264-8851"),
    "oh": ("오세훈", "차장", "구매팀", "010-8875-3302"),
    "kim": ("김다은", "과장", "인사팀", "010-4109-6625"),
    "bae": ("배성우", "부장", "영업팀", "010-3012-7749"),
    "lim": ("임채원", "팀장", "개발팀", "010-9931-4470"),
}


def sig(who: str) -> str:
    """The office's Outlook signature for one person."""
    name, title, dept, mobile = _SIG[who]
    ext = 200 + list(_SIG).index(who) * 7
    head = f"{name} {title}" if not dept else f"{dept} {name} {title}"
    return (f"\n{head}\n(주)누리웍스 | NURIWORKS Co., Ltd.\n"
            f"T. 031-8017-{ext:04d}  M. {mobile}  F. 031-8017-0299\n"
            f"E. {who_addr(who)}\n"
            "경기도 성남시 분당구 판교역로 192번길 14, 5층 (13524)\n")


def who_addr(who: str) -> str:
    return P[who].split("<")[1].rstrip(">")


def ol_quote(frm: str, sent: str, to: str, subj: str, text: str, cc: str = "") -> str:
    """A reply's quoted original as Korean Outlook writes it."""
    out = f"\n-----원본 메시지-----\n보낸 사람: {frm}\n보낸 날짜: {sent}\n받는 사람: {to}\n"
    if cc:
        out += f"참조: {cc}\n"
    return out + f"제목: {subj}\n\n" + textwrap.dedent(text).strip("\n") + "\n"


def gm_quote(who: str, when: str, text: str) -> str:
    """A reply's quoted original as Gmail/Naver write it: an attribution line and '> ' lines."""
    lines = textwrap.dedent(text).strip("\n").split("\n")
    return f"\n{when}, {who}님이 작성:\n" + "\n".join(("> " + l).rstrip() for l in lines) + "\n"


def notice_html(brand: str, color: str, title: str, blocks: list[str], footer: str, layout: int = 1,
                preheader: str = "") -> str:
    """Table-based HTML of an automated notice or bulk mail; blocks are hand-written HTML fragments."""
    rows = "\n".join(f'<tr><td style="padding:8px 32px;font-size:14px;line-height:1.7;color:#333333;">{b}</td></tr>'
                     for b in blocks)
    pre = (f'<div style="display:none;max-height:0;overflow:hidden;">{preheader}</div>' if preheader else "")
    if layout == 1:
        head = (f'<tr><td style="background:{color};padding:18px 32px;color:#ffffff;font-size:18px;'
                f'font-weight:bold;">{brand}</td></tr>\n<tr><td style="padding:24px 32px 8px;font-size:20px;'
                f'font-weight:bold;color:#111111;">{title}</td></tr>')
    else:
        head = (f'<tr><td style="padding:20px 32px;border-bottom:3px solid {color};"><span style="font-size:16px;'
                f'font-weight:bold;color:{color};">{brand}</span></td></tr>\n<tr><td style="padding:24px 32px 8px;'
                f'font-size:18px;color:#222222;"><strong>{title}</strong></td></tr>')
    return ('<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            f'<title>{title}</title>\n</head>\n<body style="margin:0;padding:0;background:#f4f4f4;">\n{pre}\n'
            '<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f4f4;">'
            '<tr><td align="center" style="padding:20px 0;">\n<table width="640" cellpadding="0" cellspacing="0" '
            'border="0" style="background:#ffffff;font-family:\'Apple SD Gothic Neo\',\'맑은 고딕\',\'Malgun Gothic\','
            f'sans-serif;">\n{head}\n{rows}\n<tr><td style="padding:24px 32px;font-size:12px;line-height:1.6;'
            f'color:#888888;border-top:1px solid #e5e5e5;">{footer}</td></tr>\n</table>\n</td></tr></table>\n'
            '</body>\n</html>\n')


def btn(href: str, label: str, color: str = "#1a73e8") -> str:
    return (f'<a href="{href}" style="display:inline-block;padding:10px 22px;background:{color};color:#ffffff;'
            f'text-decoration:none;border-radius:4px;font-weight:bold;">{label}</a>')
