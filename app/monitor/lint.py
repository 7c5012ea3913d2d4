"""The policy linter: block and allow entries, content rules and relay settings that do not do what the
operator thinks they do.

`lint(store, now)` reads the database (never writes it) and returns findings in the shape of the hygiene
audit: how bad, a code, the entry concerned, what it means in plain words, what to do. `mailmoat lint`
prints them; the dashboard panel calls `lint()` too.

What it looks for, and the rules it follows (the gateway's own matching, app.policy.lists and
app.pipeline.lists, not a second opinion):

- `allow-shadows-block` (warning): an allow entry matches every message a block entry matches, for at
  least every recipient the block covers, and lasts at least as long, so the block never decides anything.
  The allow list is asked first for each recipient (and for the From: header): any matching allow entry
  wins. An `ip` allow entry shadows an `ip` block inside its network; an email/domain/user allow entry
  shadows the block entries whose every sender it matches (`.partner.example` covers
  `x@sub.partner.example`, user `info` covers `info@any.domain`). Scopes: a whole-gateway allow entry
  covers every scope; `domain:D` covers `domain:D` and `rcpt:*@D`; `rcpt:R` only `rcpt:R`. An allow
  entry shadowing more than DETAIL_LIMIT blocks is one finding about the allow entry.
- `block-expired` / `allow-expired` (info): past its expiry date. The gateway ignores it and
  `mailmoat block list` hides it, but it is still in the database.
- `block-never-matches` / `allow-never-matches` (warning): the stored value or scope is not in the form the
  gateway compares (upper case, a malformed network, a one-label domain: typically a hand-edited database),
  so it matches nothing.
- `block-scope-not-ours` / `allow-scope-not-ours` (warning): scoped to a domain (or a recipient at a
  domain) that is neither a local domain nor a relay domain. Mail from the internet for that domain is
  refused before the lists are asked, so the entry only ever sees mail our own users send out to it:
  usually a typo or a domain since removed.
- Not findings, on purpose: a block on an address or domain of one of our own local domains (outsiders
  forging our domain is exactly what it stops); an `ip` block inside a trusted network (the lists are asked
  after the relay decision for every recipient, outgoing mail included, so it does stop that machine:
  "trust the office but not the hacked printer" is a sound configuration).
- `rule-matches-legitimate-mail` (critical if the rule rejects or quarantines in enforce mode, else
  warning): an enabled content rule (regex or keyword) matches more than LEGIT_SHARE (and at least
  LEGIT_MIN) of the messages delivered untagged (content sample verdict `accept`) in the last LEGIT_WINDOW.
- `rule-invalid` (warning): an enabled content rule the gateway skips because it does not compile.
- `rule-short-keyword` (info): an enabled keyword rule of one or two Hangul syllables (such as 성인 or 광고)
  matched as a substring, which hits more legitimate samples than it would as a whole word (성인 inside
  성인식, 광고 inside 광고주). The finding says how many of each and suggests `--word` (`word_form_advice`,
  which `mailmoat rule add` prints for every short keyword).
- `rule-no-hits` / `entry-no-hits` (info): an enabled rule, or a live list entry, older than IDLE_AFTER
  with no hit in the last IDLE_AFTER. More than DETAIL_LIMIT idle entries of one list become one finding.
- Open relay: `sender-relay-exception` (critical), `public-trusted-network` (critical),
  `wide-trusted-network` (warning; the helpers of app.monitor.hygiene, same codes as `mailmoat audit`),
  `trusted-network-unparsable` (info, the gateway ignores it), `relay-route-for-local-domain` (warning: the
  local domain wins, the route is never used).
"""

from __future__ import annotations

import asyncio
import dataclasses
import ipaddress
import time
from dataclasses import asdict, dataclass

from ..mail.decode import Attachment, DecodedMessage
from ..policy.content_rules import ContentRule, compile_rules, is_short_keyword, rule_from_row, validate_rule
from ..policy.lists import CompiledEntry, CompiledList, normalise_scope, normalise_value
from ..policy.names import normalise_domain
from ..store import content_rules as rules_store
from ..store import lists as lists_store
from ..store import relay as relay_store
from ..store.database import Store
from ..store.samples import Sample, samples_since
from .hygiene import network_findings as hygiene_network

DAY = 86400.0
LEGIT_WINDOW = 7 * DAY  # how far back the content samples are tried against the rules
LEGIT_SHARE = 0.05  # a rule matching more than this share of the legitimate samples ...
LEGIT_MIN = 3  # ... and at least this many of them is reported
IDLE_AFTER = 30 * DAY  # rules and entries older than this without a hit in this long are reported (info)
DETAIL_LIMIT = 20  # more idle entries than this in one list: one summary finding instead of one each
EXAMPLES = 3  # sample subjects quoted in a finding

SEVERITIES = ("critical", "warning", "info")


@dataclass(frozen=True)
class LintFinding:
    severity: str  # critical | warning | info
    code: str
    subject: str  # the entry, rule, network or domain concerned, as the operator would type it
    explanation: str
    fix: str
    ref: str = ""  # what to open: "list_entry:ID", "content_rule:NAME", "trusted_network:CIDR", ...

    def as_dict(self) -> dict:
        return asdict(self)


async def lint(store: Store, now: float | None = None) -> list[LintFinding]:
    """Every finding, the worst first. Reads only; the CPU work runs in a thread, off the loop."""
    now = time.time() if now is None else now
    entries = await lists_store.load_entries(store)
    relay = await relay_store.load_relay_rows(store)
    rules = await rules_store.load_rules(store)
    samples = await samples_since(store, now - LEGIT_WINDOW)
    found = await asyncio.to_thread(_lint, entries, relay, rules, samples, now)
    return sort_findings(found)


def sort_findings(findings: list[LintFinding]) -> list[LintFinding]:
    order = {s: i for i, s in enumerate(SEVERITIES)}
    return sorted(findings, key=lambda f: (order.get(f.severity, len(order)), f.code, f.subject))


def counts(findings: list[LintFinding]) -> dict[str, int]:
    """{"critical": n, "warning": n, "info": n}, for a dashboard header or panel title."""
    return {s: sum(1 for f in findings if f.severity == s) for s in SEVERITIES}


def _lint(entries, relay, rules, samples, now: float) -> list[LintFinding]:
    return _list_findings(entries, relay, now) + _relay_findings(relay) + _rule_findings(rules, samples, now)


# --- block and allow entries ------------------------------------------------------------------------------


def describe(entry: lists_store.ListEntry) -> str:
    """`block email x@sub.partner.example for corp.example`: the entry as `mailmoat block add` takes it."""
    value = f".{entry.value}" if entry.kind == "domain" and entry.subdomains else entry.value
    where = f" for {entry.scope.split(':', 1)[1]}" if entry.scope else ""
    return f"{entry.list} {entry.kind} {value}{where}"


def _remove(entry: lists_store.ListEntry) -> str:
    value = f".{entry.value}" if entry.kind == "domain" and entry.subdomains else entry.value
    scope = f" --scope {entry.scope.split(':', 1)[1]}" if entry.scope else ""
    return f"mailmoat {entry.list} remove {entry.kind} {value}{scope}"


def _ref(entry: lists_store.ListEntry) -> str:
    return f"list_entry:{entry.id}"


def _compiled(entry: lists_store.ListEntry) -> CompiledEntry:
    return CompiledEntry(entry.id, entry.list, entry.kind, entry.value, entry.scope, entry.action, entry.expires)


def _broken(entry: lists_store.ListEntry) -> str | None:
    """Why the gateway can never match this entry as stored, or None if it can."""
    try:
        CompiledList().add(_compiled(entry), entry.subdomains)  # what Lists.compile does (and skips on error)
    except (ValueError, KeyError):
        return f"the gateway cannot read the value {entry.value!r} as an {entry.kind} entry, so it skips it"
    if entry.kind != "ip":
        try:
            value, _ = normalise_value(entry.kind, entry.value)
        except ValueError as exc:
            return f"{exc}, so it matches no sender"
        if value != entry.value:
            return (
                f"senders are compared as {value!r} (lower case, international domains in their "
                f"xn-- form), never as {entry.value!r}"
            )
    if entry.scope:
        kind, _, target = entry.scope.partition(":")
        try:
            scope = normalise_scope(target) if kind in ("domain", "rcpt") else None
        except ValueError:
            scope = None
        if scope != entry.scope:
            return (
                f"its scope {entry.scope!r} is not a recipient domain or address in the form the gateway "
                "compares, so it applies to no recipient"
            )
    return None


def _scope_domain(scope: str) -> str:
    return normalise_domain(scope.split(":", 1)[1].rpartition("@")[2])


def _scope_covers(wide: str, narrow: str) -> bool:
    """True if every recipient `narrow` covers is also covered by `wide`."""
    if not wide or wide == narrow:
        return True
    if wide.startswith("domain:") and narrow.startswith("rcpt:"):
        return narrow.rpartition("@")[2] == wide[7:]
    return False


def _lasts(allow: lists_store.ListEntry, block: lists_store.ListEntry) -> bool:
    """The allow entry lives at least as long as the block (a temporary allow is not a shadow)."""
    return allow.expires is None or (block.expires is not None and allow.expires >= block.expires)


def _covering(allow: CompiledList, block: lists_store.ListEntry) -> list[CompiledEntry]:
    """Allow entries matching every sender the block matches (ignoring scope and time), via the real lookups."""
    if block.kind == "ip":
        network = ipaddress.ip_network(block.value, strict=False)
        table, bits = (allow.v4, 32) if network.version == 4 else (allow.v6, 128)
        return [
            e
            for e in table.find(int(network.network_address), bits)
            if ipaddress.ip_network(e.value, strict=False).prefixlen <= network.prefixlen
        ]
    if block.kind == "email":
        user, _, domain = block.value.rpartition("@")
        return allow.matches(None, block.value, domain, user)  # email, user and domain allow entries
    if block.kind == "user":
        return [e for e in allow.matches(None, "", "", block.value) if e.kind == "user"]
    if block.kind == "domain":
        candidates = [e for e in allow.matches(None, "", block.value, "") if e.kind == "domain"]
        if block.subdomains:  # only an allow entry that covers subdomains covers the block's subdomains
            candidates = [e for e in candidates if e in allow.domain_trees.get(e.value, ())]
        return candidates
    return []


def _list_findings(entries: list[lists_store.ListEntry], relay, now: float) -> list[LintFinding]:
    found: list[LintFinding] = []
    ours = {normalise_domain(d) for d in relay.local_domains} | {normalise_domain(d) for d, _hop in relay.relay_routes}
    live: list[lists_store.ListEntry] = []
    for entry in entries:
        if entry.expires is not None and entry.expires <= now:
            found.append(
                LintFinding(
                    "info",
                    f"{entry.list}-expired",
                    describe(entry),
                    f"This {entry.list} entry expired on {_day(entry.expires)}. The gateway ignores it and "
                    f"'mailmoat {entry.list} list' no longer shows it, but it is still stored.",
                    f"Remove it ({_remove(entry)}), or add it again with a new --expires if it is still needed.",
                    _ref(entry),
                )
            )
            continue
        reason = _broken(entry)
        if reason is not None:
            found.append(
                LintFinding(
                    "warning",
                    f"{entry.list}-never-matches",
                    describe(entry),
                    f"This {entry.list} entry can never match: {reason}. It was probably written by hand or by an "
                    "old import.",
                    f"Add it again with 'mailmoat {entry.list} add', which stores it in the compared form. The broken "
                    f"row (id {entry.id}) cannot be removed by name but does nothing once replaced.",
                    _ref(entry),
                )
            )
            continue
        if entry.scope and _scope_domain(entry.scope) not in ours:
            target = entry.scope.split(":", 1)[1]
            found.append(
                LintFinding(
                    "warning",
                    f"{entry.list}-scope-not-ours",
                    describe(entry),
                    f"This {entry.list} entry only applies to mail for {target}, but "
                    f"{_scope_domain(entry.scope)} is neither a local domain nor a relay domain of this gateway: "
                    "mail from the internet for it is refused before the lists are asked, so the entry only ever "
                    "sees mail your own users send out to it. It is probably a typo or a domain since removed.",
                    f"Remove it ({_remove(entry)}) and add it with the right --scope, or add the domain "
                    f"(mailmoat domain add {_scope_domain(entry.scope)}) if the gateway should receive its mail.",
                    _ref(entry),
                )
            )
            continue
        live.append(entry)
    found += _shadows(live)
    found += _idle_entries(live, now)
    return found


def _shadows(live: list[lists_store.ListEntry]) -> list[LintFinding]:
    allows = {e.id: e for e in live if e.list == "allow"}
    if not allows:
        return []
    table = CompiledList()
    for entry in allows.values():
        table.add(_compiled(entry), entry.subdomains)
    table.freeze()
    shadowed: dict[int, list[lists_store.ListEntry]] = {}
    for block in live:
        if block.list != "block":
            continue
        covering = [allows[c.id] for c in _covering(table, block)]
        covering = [a for a in covering if _scope_covers(a.scope, block.scope) and _lasts(a, block)]
        if covering:
            allow = min(covering, key=lambda a: (bool(a.scope), a.id))  # the widest explains it best
            shadowed.setdefault(allow.id, []).append(block)
    found = []
    for allow_id, blocks in shadowed.items():
        allow = allows[allow_id]
        if len(blocks) > DETAIL_LIMIT:
            shown = ", ".join(f"'{describe(b)}'" for b in blocks[:EXAMPLES])
            found.append(
                LintFinding(
                    "warning",
                    "allow-shadows-block",
                    describe(allow),
                    f"Every message that {len(blocks)} block entries match (e.g. {shown}) also matches this allow "
                    "entry, and an allow entry always wins over a block, so those blocks never stop anything.",
                    f"Decide which you mean: narrow this allow entry ({_remove(allow)}, then add a narrower one) or "
                    "remove the blocks it covers.",
                    _ref(allow),
                )
            )
            continue
        for block in blocks:
            who = {
                "ip": "from that address",
                "email": "from that sender",
                "domain": "from that domain",
                "user": "from a sender with that user name",
            }[block.kind]
            found.append(
                LintFinding(
                    "warning",
                    "allow-shadows-block",
                    describe(block),
                    f"Every message {who} also matches the allow entry '{describe(allow)}', and an allow entry always "
                    "wins over a block, so this block never stops anything.",
                    f"Decide which one you mean: remove the block ({_remove(block)}) or narrow the allow entry "
                    f"({_remove(allow)}, then add a narrower one).",
                    _ref(block),
                )
            )
    return found


def _idle_entries(live: list[lists_store.ListEntry], now: float) -> list[LintFinding]:
    found = []
    for list_name in ("block", "allow"):
        idle = [
            e
            for e in live
            if e.list == list_name
            and now - e.created > IDLE_AFTER
            and (e.last_hit is None or now - e.last_hit > IDLE_AFTER)
        ]
        if len(idle) > DETAIL_LIMIT:
            shown = ", ".join(describe(e) for e in idle[:EXAMPLES])
            found.append(
                LintFinding(
                    "info",
                    "entry-no-hits",
                    f"{len(idle)} {list_name} entries",
                    f"{len(idle)} {list_name} entries older than {IDLE_AFTER / DAY:.0f} days decided nothing in the "
                    f"last {IDLE_AFTER / DAY:.0f} days (e.g. {shown}). Unused entries make the list hard to read.",
                    f"Review them (mailmoat {list_name} list shows hits and the last hit) and remove the ones no "
                    "longer needed.",
                    f"list:{list_name}",
                )
            )
            continue
        for entry in idle:
            last = f"last on {_day(entry.last_hit)}" if entry.last_hit else "never"
            found.append(
                LintFinding(
                    "info",
                    "entry-no-hits",
                    describe(entry),
                    f"This {list_name} entry has decided nothing for {IDLE_AFTER / DAY:.0f} days ({last}). It may "
                    "be stale, or another entry may always decide first.",
                    f"Remove it if it is no longer needed: {_remove(entry)}",
                    _ref(entry),
                )
            )
    return found


# --- relay settings -------------------------------------------------------------------------------------


def _relay_findings(relay) -> list[LintFinding]:
    found = []
    local = {normalise_domain(d) for d in relay.local_domains}
    for domain in relay.sender_exceptions:
        own = (
            " It is one of your own domains, the first sender address a spammer will try."
            if normalise_domain(domain) in local
            else ""
        )
        found.append(
            LintFinding(
                "critical",
                "sender-relay-exception",
                domain,
                f"Anyone on the internet may relay mail through the gateway to any address by writing a sender "
                f"address at {domain}. Sender addresses are trivially forged, so this makes the gateway an open "
                f"relay for whoever guesses it.{own}",
                f"Remove it (mailmoat relay remove-domain {domain}) and give those senders an account or a trusted "
                "network instead.",
                f"sender_exception:{domain}",
            )
        )
    for cidr, _comment in relay.trusted_networks:
        try:
            ipaddress.ip_network(cidr, strict=False)
        except ValueError:
            found.append(
                LintFinding(
                    "info",
                    "trusted-network-unparsable",
                    cidr,
                    f"{cidr!r} is not a network, so the gateway ignores it: nothing is trusted because of it.",
                    f"Remove it (mailmoat relay remove-net {cidr}) and add the network you meant.",
                    f"trusted_network:{cidr}",
                )
            )
            continue
        for h in hygiene_network(cidr):
            found.append(LintFinding(h.severity, h.code, h.subject, h.explanation, h.fix, f"trusted_network:{cidr}"))
    for domain, hop in relay.relay_routes:
        if normalise_domain(domain) in local:
            found.append(
                LintFinding(
                    "warning",
                    "relay-route-for-local-domain",
                    domain,
                    f"{domain} is a local domain (its mail goes to the upstream) and also has a relay route to {hop}. "
                    "The local domain always wins, so the route is never used, and whoever reads the settings is "
                    "misled about where the mail goes.",
                    f"Keep one: mailmoat route remove {domain}, or mailmoat domain remove {domain} if it should be "
                    f"relayed to {hop}.",
                    f"relay_route:{domain}",
                )
            )
    return found


# --- content rules --------------------------------------------------------------------------------------


def _rule(row: rules_store.RuleRow) -> ContentRule:
    return rule_from_row(row, enabled=True)


def message_from_sample(sample: Sample) -> DecodedMessage:
    """A content sample as the content rules see a message (subject, headers, text, attachment names)."""
    return DecodedMessage(
        subject=sample.subject,
        headers=[(name.lower(), value) for name, value in sample.headers],
        text=sample.body,
        attachments=[
            Attachment(filename or None, content_type, 0, b"") for content_type, filename in sample.attachments
        ],
    )


@dataclass(frozen=True)
class WordFormAdvice:
    substring_hits: int  # legitimate samples the keyword hits as it is
    word_hits: int  # ... and as a whole word
    legit: int
    text: str


def word_form_advice(
    rule: ContentRule, samples: list[Sample], hours: float = LEGIT_WINDOW / 3600
) -> WordFormAdvice | None:
    """For a short Korean keyword matched as a substring: how much of the recent legitimate mail (`samples`
    with verdict accept) it hits, as it is and as a whole word, and the suggestion. None for other rules.
    CPU work: run it in a thread."""
    if not is_short_keyword(rule):
        return None
    legit = [s for s in samples if s.verdict == "accept"]
    word_rule = dataclasses.replace(rule, word=True, enabled=True)
    as_substring = compile_rules([dataclasses.replace(rule, enabled=True)], ad_tag_enabled=False)
    as_word = compile_rules([word_rule], ad_tag_enabled=False)
    substring_hits = word_hits = 0
    for sample in legit:
        message = message_from_sample(sample)
        substring_hits += bool(as_substring.evaluate(message))
        word_hits += bool(as_word.evaluate(message))
    return WordFormAdvice(
        substring_hits,
        word_hits,
        len(legit),
        (
            f"The keyword {rule.pattern!r} is short and matches inside longer words: it hit {substring_hits} of the "
            f"{len(legit)} messages delivered normally in the last {_span(hours)}, as a whole word "
            f"{word_hits}. Consider matching whole words only."
        ),
    )


def _rule_findings(rows: list[rules_store.RuleRow], samples: list[Sample], now: float) -> list[LintFinding]:
    found = []
    rules = {}
    for row in rows:
        if not row.enabled:
            continue
        rule = _rule(row)
        try:
            validate_rule(rule)
        except ValueError as exc:
            found.append(
                LintFinding(
                    "warning",
                    "rule-invalid",
                    row.name,
                    f"This enabled content rule cannot be used ({exc}); the gateway skips it, so it catches nothing.",
                    f"Correct it (mailmoat rule add --name {row.name} ... replaces it) or disable it "
                    f"(mailmoat rule disable {row.name}).",
                    f"content_rule:{row.name}",
                )
            )
            continue
        rules[row.name] = (row, rule)
        advice = word_form_advice(rule, samples)
        if advice is not None and advice.substring_hits > advice.word_hits:
            found.append(
                LintFinding(
                    "info",
                    "rule-short-keyword",
                    row.name,
                    advice.text,
                    f"Re-add it with --word: mailmoat rule add --name {row.name} --field {row.field} "
                    f"--pattern {row.pattern} --word (keeping its other options).",
                    f"content_rule:{row.name}",
                )
            )
        if now - row.created > IDLE_AFTER and (row.last_hit is None or now - row.last_hit > IDLE_AFTER):
            last = f"last on {_day(row.last_hit)}" if row.last_hit else "never"
            found.append(
                LintFinding(
                    "info",
                    "rule-no-hits",
                    row.name,
                    f"This content rule has matched no message for {IDLE_AFTER / DAY:.0f} days ({last}). The spam it "
                    "was written for may have moved on, or the pattern may have a mistake.",
                    f"Check the pattern against a recent spam, or disable the rule if it is no longer needed "
                    f"(mailmoat rule disable {row.name}).",
                    f"content_rule:{row.name}",
                )
            )
    legit = [s for s in samples if s.verdict == "accept"]
    if not rules or not legit:
        return found
    # All rules compiled together and each sample decoded once: the same hits as one rule at a time,
    # each rule at most once per message, for a fraction of the cost.
    compiled = compile_rules([rule for _row, rule in rules.values()], ad_tag_enabled=False)
    matched: dict[str, list[Sample]] = {}
    for sample in legit:
        for hit in {h.name for h in compiled.evaluate(message_from_sample(sample))}:
            matched.setdefault(hit, []).append(sample)
    for name, hits in matched.items():
        if name not in rules or len(hits) < LEGIT_MIN or len(hits) <= LEGIT_SHARE * len(legit):
            continue
        row = rules[name][0]
        harmful = row.mode == "enforce" and row.action in ("reject", "quarantine")
        if row.mode == "monitor":
            effect = "It is in monitor mode: the day it is enforced, this mail is hit."
        elif harmful:
            effect = f"It is enforced with action {row.action}: mail like this will now be {row.action}ed."
        elif row.action == "tag":
            effect = "It is enforced with action tag: mail like this will now arrive marked as spam."
        else:
            effect = f"It adds {row.score:g} to their spam score, pushing real mail toward the spam thresholds."
        examples = "; ".join(repr(s.subject[:60]) for s in hits[:EXAMPLES])
        found.append(
            LintFinding(
                "critical" if harmful else "warning",
                "rule-matches-legitimate-mail",
                name,
                f"This content rule matched {len(hits)} of the {len(legit)} messages delivered normally in the last "
                f"{LEGIT_WINDOW / DAY:.0f} days ({100 * len(hits) / len(legit):.0f}%), e.g. {examples}. {effect}",
                f"Narrow the pattern {row.pattern!r} (try it in the dashboard's rule editor on recent mail)"
                + (
                    " before enforcing it, "
                    if row.mode == "monitor"
                    else f", switch it to monitor mode (mailmoat rule monitor {name}) "
                )
                + f"or disable it (mailmoat rule disable {name}).",
                f"content_rule:{name}",
            )
        )
    return found


def _span(hours: float) -> str:
    return f"{hours / 24:g} days" if hours >= 48 else f"{hours:g} hours"


def _day(ts: float) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(ts))
