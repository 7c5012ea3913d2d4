"""app.mail.mime_tree: the tree it builds is the stdlib parser's, or it says None (the stdlib then parses)."""

from __future__ import annotations

import dataclasses
import email
import email.parser
from email.message import Message
from email.policy import compat32
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.mail import decode, mime_tree
from app.mail.mime_tree import BoundedMessage
from tests.support.corpus import CASES, korean_multipart_20k

ROOT = Path(__file__).resolve().parents[3]


def _stdlib(raw: bytes) -> Message:
    return email.message_from_bytes(raw, BoundedMessage, policy=compat32)


def _assert_same_tree(fast: Message, slow: Message) -> None:
    """Every part of walk(), in order: the same class, headers, unix-from, preamble, epilogue, defects (types, in
    order), multipart or not, default type, and for leaves the same payload string; and nothing else differs in
    the part's attributes."""
    fast_parts, slow_parts = list(fast.walk()), list(slow.walk())
    assert len(fast_parts) == len(slow_parts)
    for a, b in zip(fast_parts, slow_parts, strict=True):
        assert type(a) is type(b)
        assert list(a.raw_items()) == list(b.raw_items())
        assert a.get_unixfrom() == b.get_unixfrom()
        assert a.preamble == b.preamble
        assert a.epilogue == b.epilogue
        assert [type(d) for d in a.defects] == [type(d) for d in b.defects]
        assert a.is_multipart() == b.is_multipart()
        assert a.get_default_type() == b.get_default_type()
        if a.is_multipart():
            assert len(a.get_payload()) == len(b.get_payload())
        else:
            payload = a.get_payload()
            assert type(payload) is str and payload == b.get_payload()
        rest_a = {k: v for k, v in vars(a).items() if k not in ("_payload", "defects")}
        rest_b = {k: v for k, v in vars(b).items() if k not in ("_payload", "defects")}
        assert rest_a == rest_b


def _check(raw: bytes) -> bool:
    """Whether the fast path took `raw`; if it did, its tree is the stdlib's."""
    fast = mime_tree.parse(raw)
    if fast is None:
        return False
    _assert_same_tree(fast, _stdlib(raw))
    return True


def test_the_corpus_and_the_test_messages() -> None:
    files = sorted(ROOT.glob("corpus/**/*.eml"))
    assert len(files) > 4000
    taken = sum(_check(path.read_bytes()) for path in files)
    assert taken >= 0.9 * len(files), f"the fast path took {taken} of {len(files)}"
    for path in sorted(ROOT.glob("tests/**/*.eml")):
        _check(path.read_bytes())
    cases = [case.raw for case in CASES if isinstance(case.raw, bytes)]
    assert sum(_check(raw) for raw in cases) > len(cases) // 2
    assert _check(korean_multipart_20k())


def test_the_bench_message_decodes_as_before(monkeypatch) -> None:
    raw = korean_multipart_20k()
    fast = decode.decode_message(raw)
    monkeypatch.setattr(mime_tree, "parse", lambda raw: None)
    slow = decode.decode_message(raw)
    for name in (f.name for f in dataclasses.fields(decode.DecodedMessage) if f.compare):
        assert getattr(fast, name) == getattr(slow, name), name
    assert fast.attachments and fast.text and not fast.defects


def test_what_it_leaves_to_the_stdlib() -> None:
    lf = b"Content-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n--b--\n"
    assert _check(lf)
    assert _check(lf.replace(b"\n", b"\r\n"))
    assert _check(lf.replace(b"\nx\n", b"\nx\r\n"))  # LF and CRLF mixed: each line ends with a LF
    assert mime_tree.parse(lf.replace(b"\n", b"\r")) is None  # bare CRs
    assert mime_tree.parse(lf.replace(b"x", b"\0")) is None
    assert mime_tree.parse(lf.replace(b"--b--\n", b"")) is None  # no close boundary
    assert mime_tree.parse(lf.replace(b"\n\nx", b"\nContent-Type: message/rfc822\n\nx")) is None
    assert mime_tree.parse(lf.replace(b"mixed", b"digest")) is None
    assert mime_tree.parse(lf.replace(b"--b\n\n", b"--b\n--b\n\n")) is None  # boundary lines in a row
    nested = (
        b"Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: multipart/alternative; boundary=%s\n\n"
        b"--%s\n\ny\n--%s--\n\n--b--\n"
    )
    assert _check(nested % ((b"b_rel",) * 3))  # '--b' never ends a '--b_rel' line
    assert _check(nested % ((b"b--x",) * 3))  # nor a '--b--x' line
    assert mime_tree.parse(nested % ((b"b--",) * 3)) is None  # '--b--' closes b and parts b--
    assert mime_tree.parse(nested % ((b"b \t",) * 3)) is None  # 'b' again (get_boundary strips the end)
    assert mime_tree.parse(nested % ((b"b",) * 3)) is None


def test_lines_across_the_stdlib_parsers_reads() -> None:
    """The stdlib parser reads 8,192 characters at a time: a CRLF, a boundary line or a blank line cut by a read
    changes nothing."""
    for eol in (b"\r\n", b"\n"):
        for pad in range(8150, 8200):
            raw = (
                b"Content-Type: multipart/mixed; boundary=b"
                + eol
                + eol
                + b"--b"
                + eol
                + eol
                + b"x" * pad
                + eol
                + b"--b  "
                + eol
                + b"A: b"
                + eol
                + eol
                + b"y"
                + eol
                + b"--b--"
                + eol
            )
            assert _check(raw)


# ---- generated messages ------------------------------------------------------------------------------------------

_BOUNDARIES = ["b", "b1", "b-", "b--", "b_rel", "=_part", "a b", "'q'", "x:y", "b ", "-", "bb", "B"]
_EOLS = ["\r\n", "\n", "\r"]


@st.composite
def _lines_to_bytes(draw, lines: list[str]) -> bytes:
    mode = draw(st.sampled_from(["crlf", "crlf", "lf", "lf", "mixed", "any"]))
    out = []
    for line in lines:
        if mode == "crlf":
            eol = "\r\n"
        elif mode == "lf":
            eol = "\n"
        else:
            eol = draw(st.sampled_from(_EOLS[:2] if mode == "mixed" else _EOLS))
        out.append(line + eol)
    if out and draw(st.integers(0, 4)) == 0:
        out[-1] = lines[-1]  # no line end at the very end
    return "".join(out).encode("utf-8", "surrogateescape")


_TEXT_LINE = st.text(alphabet="ab -:\t=é한\x0b\x0c\x1c\x85", max_size=12)


@st.composite
def _body_line(draw, boundaries: list[str]) -> str:
    kind = draw(st.integers(0, 9))
    if kind <= 4:
        return draw(_TEXT_LINE)
    if kind == 5:
        return ""
    if kind == 6:
        return "From someone"
    boundary = draw(st.sampled_from(boundaries + _BOUNDARIES))
    return "--" + boundary + draw(st.sampled_from(["", "--", " ", "\t", "x", "-- ", "--x"]))


@st.composite
def _header_lines(draw, content_type: str | None) -> list[str]:
    lines = []
    extra = draw(
        st.lists(st.sampled_from(["Subject: hi", "X-A:b", "X-Empty:", "To: a@b", " folded", "\tmore"]), max_size=3)
    )
    odd = draw(
        st.sampled_from(
            [
                None,
                None,
                None,
                None,
                "From x",
                ":nameless",
                " first-continuation",
                "-x: y",
                "nocolon",
                "MIME-Version : 1.0",
                "Subject: \xe9\xed",
            ]
        )
    )
    if odd is not None:
        extra.insert(draw(st.integers(0, len(extra))), odd)
    lines.extend(extra)
    if content_type is not None:
        if draw(st.booleans()):
            head, _, tail = content_type.partition("; ")
            lines.insert(draw(st.integers(0, len(lines))), head + ";")
            lines.insert(lines.index(head + ";") + 1, draw(st.sampled_from(["\t", " ", "  "])) + tail)
        else:
            lines.insert(draw(st.integers(0, len(lines))), content_type)
    if draw(st.integers(0, 5)):
        lines.append("")  # the blank line after the headers (sometimes missing)
    return lines


@st.composite
def _part(draw, depth: int, boundaries: list[str]) -> list[str]:
    if depth < 3 and draw(st.integers(0, 2)) == 0:
        sub = draw(st.sampled_from(["mixed", "alternative", "related", "digest", "Mixed", "RELATED"]))
        boundary = draw(st.sampled_from(_BOUNDARIES) | st.text(alphabet="ab_=-. '\"é", min_size=1, max_size=6))
        quoted = draw(st.booleans())
        param = f'boundary="{boundary}"' if quoted else f"boundary={boundary}"
        cte = draw(st.sampled_from(["", "", "Content-Transfer-Encoding: base64"]))
        maintype = draw(st.sampled_from(["multipart", "Multipart"]))
        lines = draw(_header_lines(f"Content-Type: {maintype}/{sub}; {param}"))
        if cte:
            lines.insert(0, cte)
        inner = [*boundaries, boundary]
        lines += draw(st.lists(_body_line(inner), max_size=2))  # preamble
        for _ in range(draw(st.integers(0, 3))):
            lines.append("--" + boundary + draw(st.sampled_from(["", "", "", " ", "\t "])))
            if draw(st.integers(0, 9)) == 0:
                lines.append("--" + boundary)
            lines += draw(_part(depth + 1, inner))
        if draw(st.integers(0, 6)):
            lines.append("--" + boundary + "--" + draw(st.sampled_from(["", "", " "])))
        lines += draw(st.lists(_body_line(boundaries), max_size=2))  # epilogue
        return lines
    content_type = draw(
        st.sampled_from(
            [
                None,
                "Content-Type: text/plain; charset=utf-8",
                "Content-Type: text/html",
                'Content-Type: application/pdf; name="a.pdf"',
                "Content-Type: message/rfc822",
                "Content-Type: multipart/mixed",
            ]
        )
    )
    lines = draw(_header_lines(content_type))
    return lines + draw(st.lists(_body_line(boundaries), max_size=4))


mime_messages = _part(0, []).flatmap(_lines_to_bytes)

_SOUP = [
    "",
    "Content-Type: multipart/mixed; boundary=b",
    'Content-Type: multipart/alternative; boundary="b1"',
    "Content-Type: text/plain",
    " boundary=b",
    "From x",
    "x",
    "--b",
    "--b--",
    "--b1",
    "--b1-- ",
    "--b ",
    "--bx",
    "Content-Type: multipart/related; boundary=b-",
    'Content-Type: multipart/mixed; boundary="b--x"',
    "--b-",
    "--b---",
    "--b--x",
    "--b--x--",
    ":",
    "a:b",
]
line_soup = st.lists(st.sampled_from(_SOUP), max_size=16).flatmap(_lines_to_bytes)


_TAILS = ["", "", "-", "--", "---", "--x", "_rel", "x", " ", "\t", " -", "-- ", "--\t"]


@st.composite
def _nested_prefixes(draw) -> list[str]:
    """A multipart inside a multipart, one boundary the other with something after it, and lines that are, or
    nearly are, boundary lines of either."""
    short = draw(st.sampled_from(["b", "=_b", "b c"]))
    long = short + draw(st.sampled_from(_TAILS[2:] + ["-1", "--x--"]))
    outer, inner = (short, long) if draw(st.booleans()) else (long, short)
    noise = st.lists(
        st.sampled_from(["x", ""])
        | st.builds(lambda b, t: "--" + b + t, st.sampled_from([outer, inner]), st.sampled_from(_TAILS)),
        max_size=3,
    )
    return [
        f'Content-Type: multipart/mixed; boundary="{outer}"',
        "",
        *draw(noise),
        "--" + outer,
        f'Content-Type: multipart/alternative; boundary="{inner}"',
        "",
        *draw(noise),
        "--" + inner,
        "",
        *draw(noise),
        "--" + inner + "--",
        *draw(noise),
        "--" + outer + draw(st.sampled_from(_TAILS)),
        "",
        *draw(noise),
        "--" + outer + "--",
    ]


@settings(max_examples=100, deadline=None)
@given(_nested_prefixes().flatmap(_lines_to_bytes))
def test_boundaries_one_the_start_of_the_other(raw: bytes) -> None:
    _check(raw)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mime_messages)
def test_generated_messages(raw: bytes) -> None:
    _check(raw)


@settings(max_examples=150, deadline=None)
@given(line_soup)
def test_lines_of_mime_shuffled(raw: bytes) -> None:
    _check(raw)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes(raw: bytes) -> None:
    _check(raw)
