"""Structural signals of a decoded message as scored rule hits: tricky links, pictures without text,
macro documents, HTML attachments with forms. Pure; the scores are data (app.policy.signal_scores).

Each signal fires at most once per message, whatever the number of links or files showing it; its
snippet names the first host or file that did. A signal whose score is 0 is not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from ..mail.brands import (
    FREEMAIL,
    claimed_brands,
    claimed_service_domain,
    domain_in_subdomain,
    lookalike,
    named_service,
    names_service,
    owner,
    pseudo_korean_domain,
    public_body_claim,
    registered_domain,
    service_word_domain,
    throwaway_host,
)
from ..mail.links import Link, extract_links, image_count, linked_images
from ..mail.normalise import normalise
from ..mail.obfuscation import obfuscation
from ..scan.documents import HTML_EXTENSIONS, document_findings, goes_nowhere
from .content_rules import RuleHit
from .lures import (
    cold_pitch,
    crypto_wallet,
    find_lure,
    fortune_offer,
    mailbox_greeting,
    payee_account,
    price_quote,
    stock_tip,
    threat,
    transfer_request,
)
from .signal_scores import SIGNAL_SCORES
from .starter_lexicon import LEXICON

FEW_CHARACTERS = 20  # below this many visible characters, a message says (almost) nothing
# Below this many, a picture that is itself the link is the message: a line of greeting or "click the image"
# beside a banner (image-only spam in corpus/train carries up to 66). Not more: a short reply whose signature
# carries the company's linked logo has a name, a title, a phone number and an address beside it.
LITTLE_TEXT = 60
OBFUSCATION_CHARS = 400  # of the text looked at for obfuscated writing: a regex scan of Korean costs ~30 ns a character
SMS_MARK_CHARS = 300  # of the text looked at for the "[Web발신]" of a text message pasted into mail
MAX_HOSTS_LOOKED_AT = 50  # link hosts compared with the office's own domain
BRAND_TEXT_CHARS = 150  # the top of the text, where a phishing message names who it pretends to be
_WORD = re.compile(r"\S+")
_SPACES = (" ", "\n", "\r", "\t", "\xa0", "\u3000", "\u200b")  # what \S+ leaves out, short of exotic spaces


@dataclass
class Signals:
    hits: list[RuleHit] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    found: list[str] = field(default_factory=list)  # every signal that fired, scored or not: the filter's tokens

    @property
    def names(self) -> list[str]:
        return [hit.name for hit in self.hits]


def message_signals(
    decoded,
    overrides: Mapping[str, float] | None = None,
    local_domains: Iterable[str] = (),
    zip_listings: Mapping[int, list[str]] | None = None,
) -> Signals:
    """The signals of `decoded`; `local_domains` (the recipients' domains) lets a link or sender that
    imitates the office's own domain count as a lure's target; `zip_listings` are the member names of its zip
    attachments as the attachment policy read them (app.scan.attachments.check_attachments), else read here."""
    scores = {**SIGNAL_SCORES, **(overrides or {})}
    found: dict[str, tuple[str, str]] = {}  # name -> (field, snippet), first seen

    def fire(name: str, where: str, snippet: str) -> None:
        found.setdefault(name, (where, snippet[:200]))

    links = extract_links(decoded)
    for link in links:
        if link.lookalike:
            fire("link-brand-lookalike", "link", f"{link.host} (looks like {link.lookalike})")
        elif link.punycode:
            fire("link-punycode", "link", link.host)
        if link.mismatched:
            fire("link-text-mismatch", "link", f"{link.shown_host} -> {link.host}")
        if link.is_ip:
            fire("link-ip-host", "link", link.host)
        if link.has_userinfo:
            fire("link-userinfo", "link", link.url[:120])
        if link.shortener:
            fire("link-shortener", "link", link.host)
        if not link.lookalike and domain_in_subdomain(link.host):
            fire("link-domain-prefix", "link", link.host)
    claimed = _claimed_brands(decoded)
    sender_domain = (getattr(decoded, "from_address", "") or "").rpartition("@")[2]
    if (
        claimed
        and links
        and owner(sender_domain) not in claimed  # a forged sender is DMARC's business
        and not any(owner(link.host) in claimed for link in links)
    ):
        fire("brand-claim-offsite", "link", f"{', '.join(sorted(claimed))} -> {links[0].host}")
    text = getattr(decoded, "text", "") or ""
    visible = _visible_characters(text, LITTLE_TEXT)
    if visible < FEW_CHARACTERS:
        images = image_count(decoded)
        if images:
            fire("image-only", "body", f"{images} image(s), {visible} characters of text")
        if links:
            fire("almost-no-text", "body", f"{len(links)} link(s), {visible} characters of text")
    if visible < LITTLE_TEXT and links:
        linked, remote = linked_images(decoded)
        if linked or remote:
            kind = "a linked image" if linked else "a remote image"
            fire("image-link", "body", f"{kind} -> {links[0].host}, {visible} characters of text")
    mimics = _own_domain_marks(local_domains)
    if mimics:
        for host in dict.fromkeys([sender_domain.lower(), *(link.host for link in links[:MAX_HOSTS_LOOKED_AT])]):
            if host and _registered_mimic(host, mimics):
                fire("own-domain-lookalike", "link" if host != sender_domain.lower() else "sender", host)
                break
        offer = _offer_for_our_domain(decoded, sender_domain.lower(), mimics[0])
        if offer:
            fire("our-domain-offer", "body", offer)
    documents = document_findings(getattr(decoded, "attachments", ()), zip_listings)
    target = _lure_target(
        decoded, links, claimed, sender_domain, mimics, [d.filename for d in documents if d.kind == "archived-html"]
    )
    if target:
        lure = find_lure(getattr(decoded, "subject", "") or "", text) or threat(
            getattr(decoded, "subject", "") or "", text
        )
        if lure:
            fire("credential-lure", "body", f"{lure} -> {target}")
    warning = threat(getattr(decoded, "subject", "") or "", text)
    if warning:
        fire("threat-unless", "body", warning)
    if sender_domain.lower() in FREEMAIL:
        request = transfer_request(getattr(decoded, "subject", "") or "", text)
        if request:
            fire("transfer-request-freemail", "body", f"{request} from {sender_domain.lower()}")
        fortune = fortune_offer(getattr(decoded, "subject", "") or "", text)
        if fortune:
            fire("fortune-freemail", "body", f"{fortune} from {sender_domain.lower()}")
    payee = payee_account(getattr(decoded, "subject", "") or "", text)
    if payee:
        fire("payment-to-account", "body", payee)
    tip = stock_tip(getattr(decoded, "subject", "") or "", text)
    if tip:
        fire("stock-tip-contact", "body", tip)
    wallet = crypto_wallet(getattr(decoded, "subject", "") or "", text)
    if wallet:
        fire("crypto-wallet", "body", wallet)
    display = (
        (decoded.header("from")[:1] or [""])[0].rpartition("<")[0].strip(' "') if hasattr(decoded, "header") else ""
    )
    sender_service = ""  # the service whose name the sender's own domain spells beside other words
    for host in dict.fromkeys([sender_domain.lower(), *(link.host for link in links[:MAX_HOSTS_LOOKED_AT])]):
        service = service_word_domain(host) if host else ""
        if service:
            fire("service-word-domain", "sender" if host == sender_domain.lower() else "link", f"{host} ({service})")
            sender_service = service if host == sender_domain.lower() else ""
            break
    if not sender_service and display and sender_domain:
        # "Zoom <no-reply@zoom-meetingsinvite.us>": an everyday service name, in the domain where the name claims it
        sender_service = claimed_service_domain(display, sender_domain)
        if sender_service:
            fire("service-word-domain", "sender", f"{sender_domain.lower()} ({sender_service})")
    reply_domain = _reply_to_domain(decoded)
    if (
        reply_domain in FREEMAIL
        and sender_domain
        and sender_domain.lower() not in FREEMAIL
        and registered_domain(reply_domain) != registered_domain(sender_domain.lower())
    ):
        fire("reply-to-freemail", "sender", f"{sender_domain.lower()} -> reply to {reply_domain}")
    if display and sender_domain:
        service = named_service(display, sender_domain)
        if service:
            fire("sender-name-mismatch", "sender", f"{display[:60]} <{sender_domain.lower()}> is not {service}")
        # Dropbox <no-reply@dropbox-transfer.org>, 잔디 <noreply@jandi-team.co>: the name and the domain agree
        if sender_service and (service or names_service(display, sender_service)):
            fire("sender-service-lookalike", "sender", f"{display[:60]} <{sender_domain.lower()}>")
    if sender_domain and (links or getattr(decoded, "attachments", ())):
        body = public_body_claim(
            normalise(display[:120]) if display else "",
            normalise((getattr(decoded, "subject", "") or "")[:60]),
            sender_domain,
        )
        if body:
            fire("public-body-offsite", "sender", f"{body} <{sender_domain.lower()}>")
    imitated = lookalike(sender_domain.lower()) if sender_domain and owner(sender_domain.lower()) is None else None
    if imitated:
        fire("sender-brand-lookalike", "sender", f"{sender_domain.lower()} (looks like {imitated})")
    pseudo = pseudo_korean_domain(sender_domain) if sender_domain else ""
    if pseudo and (pseudo == "kr.com" or _has_hangul((getattr(decoded, "subject", "") or "")[:200] + text[:200])):
        fire("pseudo-korean-sender", "sender", f"{sender_domain.lower()} ({pseudo})")
    head = ((getattr(decoded, "subject", "") or "")[:200] + " " + text[:SMS_MARK_CHARS]).lower()
    if "web발신" in head and "[web발신]" in head.replace(" ", ""):
        fire("sms-mark", "body", "[Web발신]")
    greeting = mailbox_greeting(getattr(decoded, "subject", "") or "", text)
    if greeting:
        fire("mailbox-greeting", "body", greeting)
    pitch = cold_pitch(getattr(decoded, "subject", "") or "", text)
    if pitch:
        fire("cold-pitch", "body", pitch)
    obfuscated = obfuscation(getattr(decoded, "subject", "")[:300]) or obfuscation(text[:OBFUSCATION_CHARS])
    if obfuscated:
        fire("obfuscated-text", "body", obfuscated)
    hidden = getattr(decoded, "hidden_text", "")
    if hidden and not hidden.isspace():
        fire("hidden-text", "hidden", hidden)
    incomplete = getattr(decoded, "incomplete", "")
    if incomplete:
        fire("mime-incomplete", "structure", incomplete)
    for finding in documents:
        fire(f"attachment-{finding.kind}", "attachment", finding.filename)
    hits = [
        RuleHit(name, None, "signal", scores[name], None, where, snippet)
        for name, (where, snippet) in found.items()
        if scores.get(name, 0.0)
    ]
    return Signals(hits, links, list(found))


_ADDRESS_DOMAIN = re.compile(r"@([\w.-]+)")


def _reply_to_domain(decoded) -> str:
    """The domain of the first Reply-To address, lower case ("" for none)."""
    values = decoded.header("reply-to")[:1] if hasattr(decoded, "header") else []
    found = _ADDRESS_DOMAIN.search(values[0][:300]) if values else None
    return found.group(1).lower().strip(".") if found else ""


def _has_hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" for ch in text)


def _visible_characters(text: str, limit: int = FEW_CHARACTERS) -> int:
    """Characters of text other than white space and bare links, counted up to `limit` only (so a long
    message costs a few words' look)."""
    head = text[: 2 * limit]
    if len(head) - sum(map(head.count, _SPACES)) >= limit and "://" not in head and "www." not in head.lower():
        return limit  # the common case: a text that starts with words, counted without a look at each one
    count = 0
    for match in _WORD.finditer(text):
        word = match.group()
        if word[:8].lower().startswith(("http://", "https://", "www.")):
            continue
        count += len(word)
        if count >= limit:
            return limit
    return count


def _lure_target(
    decoded, links: list[Link], claimed: set[str], sender_domain: str, mimics, archived_pages: Sequence[str] = ()
) -> str:
    """What a credential or payment lure would send the reader to that an honest sender would not use, as
    a snippet ("" for nothing): a hidden or throw-away link target, an HTML attachment that links or sends somewhere, a look-alike of the
    office's own domain, a zip of web pages, or a brand named in the text (or subject, sender name) whose site no link goes to."""
    hosts: set[str] = set()  # a newsletter's thirty links are mostly one tracking host
    for link in links:
        host = link.host
        if link.lookalike or host in hosts:
            continue  # link-brand-lookalike quarantines on its own; a lure beside it would make it a refusal
        hosts.add(host)
        if link.shortener or link.is_ip or link.has_userinfo or link.punycode or throwaway_host(host):
            return host
        if mimics and _mimics(host, mimics):
            return f"{host} (imitates our domain)"
    for attachment in getattr(decoded, "attachments", ()):
        name = (attachment.filename or "").lower()
        is_page = name.endswith(tuple(HTML_EXTENSIONS)) or attachment.content_type == "text/html"
        if is_page and not goes_nowhere(getattr(attachment, "data", b"") or b""):  # not a 보안메일 viewer
            return attachment.filename or attachment.content_type
    if archived_pages:
        return f"{archived_pages[0]} (web pages in an archive)"
    if mimics and sender_domain and _mimics(sender_domain.lower(), mimics):
        return f"{sender_domain} (imitates our domain)"
    sender_brand = owner(sender_domain.lower()) if sender_domain else None
    if links:
        named = set(claimed)
        if sender_brand is None:  # a bank's own mail names the card or bank a customer paid with
            named |= claimed_brands(normalise((getattr(decoded, "text", "") or "")[:BRAND_TEXT_CHARS]))
        named.discard(sender_brand)
        if named and not any(owner(link.host) in named for link in links):
            return f"{links[0].host} (not {', '.join(sorted(named))})"
    return ""


def _own_domain_marks(local_domains: Iterable[str]) -> tuple[frozenset[str], tuple[str, ...]] | tuple[()]:
    """(the registered local domains, the names a look-alike of them carries: corp.example -> corp-example,
    corpexample, corp.example; a label of 5+ letters on its own)."""
    domains = frozenset(registered_domain(d.lower().rstrip(".")) for d in local_domains if d)
    marks: set[str] = set()
    for domain in domains:
        marks.update((domain, domain.replace(".", "-"), domain.replace(".", "")))
        label = domain.split(".", 1)[0]
        if len(label) >= 5:
            marks.add(label)
    return (domains, tuple(marks)) if domains else ()


TYPO_LABEL = 6  # a registered label this long or longer one letter off the office's is a typo-squat of it


def _at_boundary(text: str, mark: str, separators: str) -> bool:
    """`mark` in `text` as whole parts: nothing or a separator on either side (corp-example in
    gw-corp-example, korea not in koreaherald)."""
    at = text.find(mark)
    while at >= 0:
        end = at + len(mark)
        if (at == 0 or text[at - 1] in separators) and (end == len(text) or text[end] in separators):
            return True
        at = text.find(mark, at + 1)
    return False


def _one_edit_apart(a: str, b: str) -> bool:
    """`a` and `b` differ by exactly one letter changed, added or dropped (nuriw0rks, nuriwork for nuriworks)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


def _registered_mimic(host: str, mimics) -> bool:
    """A domain someone registered with the office's name in it as a whole part beside other words
    (gw-corp-example.com, corp-example-docs.com, nuriworks-mail.com for nuriworks.co.kr) or one letter off it
    (nuriw0rks.com). Not a longer word that starts the same (koreaherald.com for korea.ac.kr), not the same
    name under another TLD (the office's own nuriworks.com, as far as we can tell), nor a tenant of a service
    under its subdomains."""
    domains, marks = mimics
    domain = registered_domain(host)
    if domain in domains or owner(host) is not None:
        return False
    label = domain.split(".", 1)[0]
    if any(label == local.split(".", 1)[0] for local in domains):
        return False
    return any(
        _at_boundary(label, mark, "-") or (len(mark) >= TYPO_LABEL and _one_edit_apart(label, mark))
        for mark in marks
        if "." not in mark
    )


def _mimics(host: str, mimics) -> bool:
    """The office's name as whole labels or hyphenated parts of `host` (corp-example.voice-portal.com,
    mail.corp.example.password-keep.com), outside the office's own domains and the big services' tenants
    (corp-example.atlassian.net, corpexample.sharepoint.com)."""
    domains, marks = mimics
    return (
        registered_domain(host) not in domains
        and owner(host) is None
        and any(_at_boundary(host, mark, ".-") for mark in marks)
    )


OUR_DOMAIN_CHARS = 600  # of the text looked at for the office's domain name


def _offer_for_our_domain(decoded, sender_domain: str, domains: frozenset[str]) -> str:
    """ "corp.example + $49" when an outside sender names the office's domain in the subject or the top of the
    text and quotes a price: the SEO, accessibility-audit, SSL and domain-renewal pitches. "" otherwise."""
    if not sender_domain or registered_domain(sender_domain) in domains:
        return ""
    subject = getattr(decoded, "subject", "") or ""
    text = getattr(decoded, "text", "") or ""
    head = (subject[:300] + " " + text[:OUR_DOMAIN_CHARS]).lower()
    named = next((domain for domain in sorted(domains) if domain in head), "")
    price = price_quote(subject, text) if named else ""
    return f"{named} + {price}" if price else ""


def _claimed_brands(decoded) -> set[str]:
    """The brands a message says it comes from: named in its subject or its sender's display name."""
    names = [getattr(decoded, "subject", "") or ""]
    names += [value.rpartition("<")[0] for value in decoded.header("from")[:1]] if hasattr(decoded, "header") else []
    return claimed_brands(normalise(" ".join(names)[:400]))


# Themes whose phrases add up: two different phrases of gambling, loans, stock rooms, pharma, adult, phishing,
# scams, list sellers or English fraud/ads in one message. Not "ad": its opt-out words come together in every
# lawful newsletter.
PAIRED_THEMES = frozenset(LEXICON) - {"ad"}


def theme_pair_hit(hits: Iterable[RuleHit], overrides: Mapping[str, float] | None = None) -> RuleHit | None:
    """`lexicon-theme-pair` when two different starter-lexicon phrases of one theme hit (`loan:무직자대출` and
    `loan:당일승인`), so that the rules stand without the statistical filter. A phrase inside the other
    (`첫충전`, `첫충`) counts once; rules in monitor mode do not count."""
    score = {**SIGNAL_SCORES, **(overrides or {})}.get("lexicon-theme-pair", 0.0)
    if not score:
        return None
    found: dict[str, list[str]] = {}
    for hit in hits:
        theme, colon, keyword = hit.name.partition(":")
        if not colon or theme not in PAIRED_THEMES or hit.mode == "monitor":
            continue
        kept = found.setdefault(theme, [])
        if not any(keyword in other or other in keyword for other in kept):
            kept.append(keyword)
            if len(kept) == 2:
                return RuleHit(
                    "lexicon-theme-pair", None, "signal", score, None, "body", f"{theme}: {kept[0]}, {kept[1]}"
                )
    return None
