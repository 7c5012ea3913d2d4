"""Content rules: keywords and regular expressions over a decoded message, compiled once per snapshot.

Fields a rule can look at:
- `subject`: the decoded Subject;
- `body`: the decoded text of every text/plain part and the visible text of every HTML part;
- `hidden`: the text of HTML parts that the reader does not see (display:none, white on white, font size
  0 ...; see app.mail.html_text). A regex rule `\\S` on it scores "has hidden text"; keywords work too;
- `header:NAME`: every value of header NAME (decoded), one per line;
- `attachment`: one line per attachment, `content/type filename` (a regex can anchor the type with ^ and
  the file name's end with $).

Keyword rules: the keyword goes through `app.mail.normalise.normalise` (NFKC, case folded, invisible
characters gone, character references decoded, look-alikes beside jamo folded, loose jamo composed, short
Hangul words joined, spaced single letters joined) and is searched in the field's `match_form` (the same
per-character steps, separators kept): `[광, 고]`, `ㄱㅘㅇ고`, `광ㄱㅗ` and `&#44305;&#44256;` match the keyword
`광고`, `ｖ ｉ ａ ｇ ｒ ａ` matches `viagra`. Separators may stand between two Hangul characters of the
keyword, but a match that crosses one must start a word: `무료수신거부` matches `무료 수신 거부`, while `광고`
does not match `관광 고속버스` nor `성인` `완성 인원`. A keyword that starts or ends with a Latin letter or
digit matches only at a word boundary there (`sex` does not match `sussex`). A Hangul keyword otherwise
matches as a substring (`광고` in `광고주`), unless the rule says `word`: then it must be a whole word, which
a Korean word may follow with one or two particles (`성인` matches `성인`, `성인은`, `성인에게는`, not `성인식`
or `성인용품`; the particles are listed in normalise.JOSA). A morphological analyser would know more, but
kiwipiepy costs ~340 ms on the bench message, ~200x the whole budget (bench/kiwi.py).

How (speed): per field, an Aho-Corasick scan of the separator-free match form (app.policy.keyword_index)
names the keywords that may match; only those are searched with their pre-filter pattern
(`normalise.keyword_pattern`, separators allowed between any two Hangul characters), and a match that crossed
a separator (or any match of a word rule) is confirmed with `normalise.exact_keyword_pattern` from there.

Regular expressions run on that match form: multi-line, case-insensitive only if they hold a capital
letter, on NFKC'd, case-folded text whose separators are still there (write `수신[\\W_]*거부` to allow
`수신 거부`). A field holding loose jamo gets the full normalise() instead (separators between short Hangul
words gone), which keyword patterns and `[\\W_]*` regexes match as well.

Regular expressions are the operator's code running on every message, so they run under limits
(app.policy.rule_regex): the `regex` module, a timeout per rule and a time budget per message. `scan`
reports a rule that ran into its limit (the content stage scores the message `rule-timeout` and the gateway
disables the rule and raises an alert); this snapshot stops running it at once.

The Korean commercial-mail subject tag is a built-in signal (`korean-ad-tag`, category advertising),
see `app.mail.adtag`.
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.mail.adtag import detect_ad_tag
from app.mail.decode import DecodedMessage
from app.mail.normalise import compact_keyword, exact_keyword_pattern, keyword_pattern, match_form, normalise

from . import rule_regex
from .keyword_index import KeywordIndex

CATEGORIES = ("advertising", "adult", "violence", "phishing", "custom")
ACTIONS = ("tag", "quarantine", "reject")
MODES = ("enforce", "monitor")
FIELDS = ("subject", "body", "hidden", "attachment")  # and header:NAME
MAX_PATTERN = 1000
AD_TAG_RULE = "korean-ad-tag"
RULE_TIMEOUT_SIGNAL = "rule-timeout"
SNIPPET = 60

_SEPARATOR = re.compile(r"[\W_]")
_HANGUL_SYLLABLE = re.compile("[\uac00-\ud7a3]")
_HEADER_NAME = re.compile(r"[!-9;-~]{1,76}")  # RFC 5322 field name: printable ASCII but ':'


@dataclass(slots=True)
class ContentRule:
    id: int | None
    name: str
    field: str
    pattern: str
    is_regex: bool
    category: str
    score: float
    action: str | None
    enabled: bool = True
    mode: str = "enforce"
    comment: str = ""
    word: bool = False  # a keyword that matches only as a whole word (see the module docstring)

    def describe(self) -> str:
        kind = "regex" if self.is_regex else ("word" if self.word else "keyword")
        return (
            f"rule {self.name}: {self.field} {kind} {self.pattern!r}, "
            f"{self.category}, score {self.score:g}"
            + (f", action {self.action}" if self.action else "")
            + (", monitor only" if self.mode == "monitor" else "")
        )


def rule_from_row(row, *, enabled: bool | None = None) -> ContentRule:
    """A stored rule (an app.store.content_rules.RuleRow) as the compiler takes it; `enabled` overrides."""
    return ContentRule(
        row.id,
        row.name,
        row.field,
        row.pattern,
        row.is_regex,
        row.category,
        row.score,
        row.action,
        row.enabled if enabled is None else enabled,
        row.mode,
        row.comment,
        row.word,
    )


@dataclass(frozen=True, slots=True)
class RuleHit:
    name: str
    id: int | None
    category: str
    score: float
    action: str | None
    field: str
    snippet: str
    mode: str = "enforce"


@dataclass(frozen=True, slots=True)
class RuleTimeout:
    """A regex rule that ran into its own time limit on one field of one message."""

    rule: ContentRule
    field: str
    seconds: float
    text_length: int
    limit: float = rule_regex.RULE_TIMEOUT
    wall_cap: float = 0.0  # > 0: stopped by the message's wall-clock cap for regex work, not by its own limit

    @property
    def reason(self) -> str:
        if self.wall_cap:
            return (
                f"timed out: stopped at the message's {self.wall_cap * 1000:g} ms wall-clock cap for regex rules "
                f"on a {self.text_length}-character {self.field} ({self.seconds * 1000:.0f} ms of CPU time; "
                f"limit {self.limit * 1000:g} ms)"
            )
        spent = max(self.seconds, self.limit)  # the timer's grain can read a hair under the limit
        return (
            f"timed out: over {spent * 1000:.0f} ms on a {self.text_length}-character {self.field} "
            f"(limit {self.limit * 1000:g} ms)"
        )


@dataclass(slots=True)
class ContentScan:
    """What `CompiledContentRules.scan` found: the hits, the rules that timed out, and the regex rules not run
    because the message's time budget was spent. `incomplete`: some rule did not get its full look."""

    hits: list[RuleHit] = field(default_factory=list)
    timeouts: list[RuleTimeout] = field(default_factory=list)
    skipped: list[ContentRule] = field(default_factory=list)

    @property
    def incomplete(self) -> bool:
        return bool(self.timeouts or self.skipped)

    def timeout_hit(self, score: float) -> RuleHit | None:
        """The `rule-timeout` finding: enforced when an enforced rule did not get its full look, logged only
        when only monitor-mode rules did (they never change a verdict)."""
        unfinished = [t.rule for t in self.timeouts] + self.skipped
        if not unfinished or not score:
            return None
        mode = "enforce" if any(r.mode != "monitor" for r in unfinished) else "monitor"
        first = self.timeouts[0] if self.timeouts else None
        snippet = (
            f"rule {first.rule.name} {first.reason}"
            if first is not None
            else f"{len(self.skipped)} rule(s) not run: the message's regex time budget or wall-clock cap spent"
        )
        return RuleHit(
            RULE_TIMEOUT_SIGNAL,
            None,
            "signal",
            score,
            None,
            first.field if first is not None else self.skipped[0].field,
            snippet[:200],
            mode,
        )


def _compile_regex(pattern: str) -> rule_regex.Pattern:
    return rule_regex.compile_operator_regex(pattern)


SHORT_KEYWORD = 2  # Hangul syllables: a keyword this short hides inside longer words


def is_short_keyword(rule: ContentRule) -> bool:
    """A keyword rule, not in word mode, of at most SHORT_KEYWORD Hangul characters (성인, 광고, 대출)."""
    if rule.is_regex or rule.word:
        return False
    keyword = compact_keyword(normalise(rule.pattern))
    return 0 < len(keyword) <= SHORT_KEYWORD and all(_HANGUL_SYLLABLE.match(char) for char in keyword)


def validate_rule(rule: ContentRule) -> None:
    """Raise ValueError with a one-line reason if `rule` cannot be compiled or makes no sense."""
    if not rule.name or not rule.name.strip():
        raise ValueError("rule name is empty")
    field_name = rule.field.strip().lower()
    if field_name.startswith("header:"):
        if not _HEADER_NAME.fullmatch(field_name[7:]):
            raise ValueError(f"bad header name in field {rule.field!r}")
    elif field_name not in FIELDS:
        raise ValueError(f"unknown field {rule.field!r} (subject, body, hidden, attachment or header:NAME)")
    if rule.category not in CATEGORIES:
        raise ValueError(f"unknown category {rule.category!r} ({', '.join(CATEGORIES)})")
    if rule.action is not None and rule.action not in ACTIONS:
        raise ValueError(f"unknown action {rule.action!r} ({', '.join(ACTIONS)} or none)")
    if rule.mode not in MODES:
        raise ValueError(f"unknown mode {rule.mode!r} ({', '.join(MODES)})")
    try:
        score = float(rule.score)
    except (TypeError, ValueError):
        raise ValueError(f"score {rule.score!r} is not a number") from None
    if not math.isfinite(score):
        raise ValueError(f"score {rule.score!r} is not a finite number")
    if not rule.pattern or len(rule.pattern) > MAX_PATTERN:
        raise ValueError(f"pattern is empty or longer than {MAX_PATTERN} characters")
    if rule.is_regex:
        try:
            compiled = _compile_regex(rule.pattern)
        except rule_regex.regex.error as exc:
            raise ValueError(f"bad regular expression: {str(exc).splitlines()[0]}") from None
        try:
            if rule_regex.search(compiled, "", rule_regex.RULE_TIMEOUT):
                raise ValueError("regular expression matches the empty text")
        except TimeoutError:
            raise ValueError("regular expression too slow even on the empty text") from None
    elif not normalise(rule.pattern):
        raise ValueError("keyword is empty once normalised")


def validate_new_rule(rule: ContentRule, *, regex_timeout: float = rule_regex.RULE_TIMEOUT) -> None:
    """validate_rule, and for a regex the hostile-text probe (rule_regex.probe_regex) at the gateway's limit
    (setting content.regex_timeout): what the CLI and the dashboard check before they add or enable a rule.
    ValueError with a one-line reason."""
    validate_rule(rule)
    if rule.is_regex:
        rule_regex.probe_regex(rule.pattern, timeout=regex_timeout)


@dataclass(slots=True)
class _Keyword:
    text: str
    word: bool
    regex: re.Pattern[str]  # the pre-filter over the match form
    exact: re.Pattern[str] | None  # over the normalised text; None when the pre-filter is exact already
    rules: list[ContentRule]


def _keyword(text: str, word: bool) -> _Keyword:
    fast = keyword_pattern(text)
    # Latin-only keywords: the pre-filter is the exact test (separators between Hangul are what it widens)
    exact = exact_keyword_pattern(text, word=word) if word or r"[\W_]*" in fast else None
    return _Keyword(text, word, re.compile(fast), re.compile(exact) if exact else None, [])


@dataclass(slots=True)
class _FieldMatcher:
    keywords: list[_Keyword] = field(default_factory=list)
    regexes: list[tuple[rule_regex.Pattern, ContentRule]] = field(default_factory=list)
    index: KeywordIndex | None = None  # over the keywords, built once they are all in


def _snippet(text: str, start: int, end: int) -> str:
    return " ".join(text[max(0, start - 15) : max(end, start + 1) + 15].split())[:SNIPPET]


def _hit(rule: ContentRule, field_name: str, snippet: str) -> RuleHit:
    return RuleHit(rule.name, rule.id, rule.category, float(rule.score), rule.action, field_name, snippet, rule.mode)


class CompiledContentRules:
    """Rules grouped per field with keywords normalised and regexes compiled; immutable after construction
    but for `tripped`, the regex rules that timed out here (not run again by this snapshot)."""

    def __init__(
        self,
        rules: Iterable[ContentRule],
        *,
        ad_tag_score: float = 2.0,
        ad_tag_action: str | None = None,
        ad_tag_enabled: bool = True,
        regex_timeout: float = rule_regex.RULE_TIMEOUT,
        regex_budget: float = rule_regex.MESSAGE_BUDGET,
        regex_wall_cap: float | None = None,
    ) -> None:
        self._fields: dict[str, _FieldMatcher] = {}
        self.regex_timeout = regex_timeout
        self.regex_budget = regex_budget
        # None: MESSAGE_WALL_CAP, or the CPU limits' sum where an operator raised them past it
        self.regex_wall_cap = (
            max(rule_regex.MESSAGE_WALL_CAP, regex_budget + regex_timeout) if regex_wall_cap is None else regex_wall_cap
        )
        self.ad_tag_score = ad_tag_score
        self.ad_tag_action = ad_tag_action
        self.ad_tag_enabled = ad_tag_enabled
        self.modes: dict[str, str] = {}  # the rules in force, by name: "enforce" or "monitor"
        for rule in rules:
            if not rule.enabled:
                continue
            validate_rule(rule)
            self.modes[rule.name] = rule.mode
            field_name = rule.field.strip().lower()
            matcher = self._fields.setdefault(field_name, _FieldMatcher())
            if rule.is_regex:
                matcher.regexes.append((_compile_regex(rule.pattern), rule))
                continue
            keyword = normalise(rule.pattern)
            for entry in matcher.keywords:
                if entry.text == keyword and entry.word == rule.word:
                    entry.rules.append(rule)
                    break
            else:
                entry = _keyword(keyword, rule.word)
                entry.rules.append(rule)
                matcher.keywords.append(entry)
        for matcher in self._fields.values():
            matcher.index = KeywordIndex([keyword.text for keyword in matcher.keywords])
        self.has_regexes = any(m.regexes for m in self._fields.values())
        self.tripped: set[str] = set()

    @property
    def rule_count(self) -> int:
        """The rules in force (names are unique: the table says so)."""
        return len(self.modes)

    @property
    def regex_rule_names(self) -> set[str]:
        """The regex rules this snapshot runs (those tripped here aside)."""
        return {rule.name for m in self._fields.values() for _r, rule in m.regexes} - self.tripped

    def _field_text(self, msg: DecodedMessage, field_name: str) -> str:
        if field_name == "subject":
            return msg.subject
        if field_name == "body":
            return msg.text
        if field_name == "hidden":
            return msg.hidden_text
        if field_name == "attachment":
            return "\n".join(f"{a.content_type} {a.filename or ''}" for a in msg.attachments)
        return "\n".join(msg.header(field_name[7:]))

    def evaluate(self, msg: DecodedMessage) -> list[RuleHit]:
        """Every rule that matches `msg` (each rule at most once), the ad tag signal first."""
        return self.scan(msg).hits

    def scan(
        self,
        msg: DecodedMessage,
        *,
        budget: float | None = None,
        rule_timeout: float | None = None,
        wall_cap: float | None = None,
    ) -> ContentScan:
        """evaluate(), and which regex rules timed out or were not run (limits: the snapshot's settings unless
        given). Thread-safe: the content stage runs it on a worker thread when there are regexes (they release
        the GIL while they search)."""
        budget = self.regex_budget if budget is None else budget
        rule_timeout = self.regex_timeout if rule_timeout is None else rule_timeout
        wall_cap = self.regex_wall_cap if wall_cap is None else wall_cap
        result = ContentScan()
        hits = result.hits
        spent = 0.0  # CPU seconds of regex search so far (the budget is for the operator's regexes only)
        deadline: float | None = None  # the wall-clock cap, from the first regex search on
        if self.ad_tag_enabled:
            tag = detect_ad_tag(msg.subject)
            if tag is not None:
                hits.append(
                    RuleHit(AD_TAG_RULE, None, "advertising", self.ad_tag_score, self.ad_tag_action, "subject", tag)
                )
        for field_name, matcher in self._fields.items():
            raw = self._field_text(msg, field_name)
            if not raw:
                continue
            if field_name == "attachment":
                text = "\n".join(match_form(line) for line in raw.split("\n"))
            else:
                text = msg.match_form(raw)
            keywords = matcher.keywords
            for index in matcher.index.candidates(text) if matcher.index is not None else ():
                keyword = keywords[index]
                found = keyword.regex.search(text)
                if (
                    found is not None
                    and keyword.exact is not None
                    and (keyword.word or _SEPARATOR.search(found.group(0)))
                ):
                    found = keyword.exact.search(text, found.start())  # a candidate only: confirm it
                if found is None:
                    continue
                snippet = _snippet(text, found.start(), found.end())
                hits.extend(_hit(rule, field_name, snippet) for rule in keyword.rules)
            for regex, rule in matcher.regexes:
                if rule.name in self.tripped:
                    continue
                if deadline is None:
                    deadline = time.perf_counter() + wall_cap
                # No rule is started past the budget; one started gets its whole limit, so that a timeout is
                # always the rule's own doing, unless the wall-clock cap stops it (the box starved it too long).
                if spent >= budget or time.perf_counter() >= deadline:
                    result.skipped.append(rule)
                    continue
                started = time.thread_time()  # CPU time: the budget is the rules' work, not the box's load
                try:
                    found = rule_regex.search(regex, text, rule_timeout, deadline=deadline)
                except TimeoutError:
                    took = time.thread_time() - started
                    spent += took
                    self.tripped.add(rule.name)
                    capped = wall_cap if time.perf_counter() >= deadline else 0.0
                    result.timeouts.append(RuleTimeout(rule, field_name, took, len(text), rule_timeout, capped))
                    continue
                spent += time.thread_time() - started
                if found is not None:
                    hits.append(_hit(rule, field_name, _snippet(text, found.start(), found.end())))
        return result


def compile_rules(
    rules: Iterable[ContentRule],
    *,
    ad_tag_score: float = 2.0,
    ad_tag_action: str | None = None,
    ad_tag_enabled: bool = True,
    regex_timeout: float = rule_regex.RULE_TIMEOUT,
    regex_budget: float = rule_regex.MESSAGE_BUDGET,
    regex_wall_cap: float | None = None,
) -> CompiledContentRules:
    """Compile `rules` (disabled ones skipped; a bad rule raises ValueError naming it)."""
    compiled_rules = []
    for rule in rules:
        if rule.enabled:
            try:
                validate_rule(rule)
            except ValueError as exc:
                raise ValueError(f"content rule {rule.name!r}: {exc}") from None
        compiled_rules.append(rule)
    return CompiledContentRules(
        compiled_rules,
        ad_tag_score=ad_tag_score,
        ad_tag_action=ad_tag_action,
        ad_tag_enabled=ad_tag_enabled,
        regex_timeout=regex_timeout,
        regex_budget=regex_budget,
        regex_wall_cap=regex_wall_cap,
    )
