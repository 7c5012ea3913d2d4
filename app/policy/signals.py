"""Structural signals of a decoded message as scored rule hits: tricky links, pictures without text,
macro documents, HTML attachments with forms. Pure; the scores are data (app.policy.signal_scores).

Each signal fires at most once per message, whatever the number of links or files showing it; its
snippet names the first host or file that did. A signal whose score is 0 is not reported.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..mail.brands import claimed_brands, owner
from ..mail.links import Link, extract_links, image_count
from ..mail.normalise import normalise
from ..scan.documents import document_findings
from .content_rules import RuleHit
from .signal_scores import SIGNAL_SCORES

FEW_CHARACTERS = 20  # below this many visible characters, a message says (almost) nothing
_WORD = re.compile(r"\S+")


@dataclass
class Signals:
    hits: list[RuleHit] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [hit.name for hit in self.hits]


def message_signals(decoded, overrides: Mapping[str, float] | None = None) -> Signals:
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
    claimed = _claimed_brands(decoded)
    sender_domain = (getattr(decoded, "from_address", "") or "").rpartition("@")[2]
    if (claimed and links and owner(sender_domain) not in claimed  # a forged sender is DMARC's business
            and not any(owner(link.host) in claimed for link in links)):
        fire("brand-claim-offsite", "link", f"{', '.join(sorted(claimed))} -> {links[0].host}")
    visible = _visible_characters(getattr(decoded, "text", "") or "")
    if visible < FEW_CHARACTERS:
        images = image_count(decoded)
        if images:
            fire("image-only", "body", f"{images} image(s), {visible} characters of text")
        if links:
            fire("almost-no-text", "body", f"{len(links)} link(s), {visible} characters of text")
    hidden = getattr(decoded, "hidden_text", "")
    if hidden and not hidden.isspace():
        fire("hidden-text", "hidden", hidden)
    incomplete = getattr(decoded, "incomplete", "")
    if incomplete:
        fire("mime-incomplete", "structure", incomplete)
    for finding in document_findings(getattr(decoded, "attachments", ())):
        fire(f"attachment-{finding.kind}", "attachment", finding.filename)
    hits = [RuleHit(name, None, "signal", scores[name], None, where, snippet)
            for name, (where, snippet) in found.items() if scores.get(name, 0.0)]
    return Signals(hits, links)


def _visible_characters(text: str) -> int:
    """Characters of text other than white space and bare links, counted up to FEW_CHARACTERS only (so a
    long message costs a few words' look)."""
    count = 0
    for match in _WORD.finditer(text):
        word = match.group()
        if word[:8].lower().startswith(("http://", "https://", "www.")):
            continue
        count += len(word)
        if count >= FEW_CHARACTERS:
            return FEW_CHARACTERS
    return count


def _claimed_brands(decoded) -> set[str]:
    """The brands a message says it comes from: named in its subject or its sender's display name."""
    names = [getattr(decoded, "subject", "") or ""]
    names += [value.rpartition("<")[0] for value in decoded.header("from")[:1]] if hasattr(decoded, "header") else []
    return claimed_brands(normalise(" ".join(names)[:400]))
