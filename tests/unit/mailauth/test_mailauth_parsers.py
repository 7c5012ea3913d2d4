"""The parsers of email authentication against anything a stranger can send (hypothesis)."""

from __future__ import annotations

import asyncio

from hypothesis import given, settings, strategies as st

from app.mailauth.dmarc import aligned, organisational_domain, parse_record
from app.mailauth.headers import from_domain, header_values
from app.mailauth.results import authserv_id_of, remove_forged
from app.mailauth.verify import signature_names, verify_dkim

OURS = "mx.corp.example"
header_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n"), max_size=80)
names = st.sampled_from(
    ["Subject", "From", "Authentication-Results", "DKIM-Signature", "X-Note", "authentication-results"]
)


@given(st.lists(st.tuples(names, header_text, st.booleans()), max_size=12), st.binary(max_size=200))
def test_remove_forged_drops_exactly_the_fields_that_claim_our_name(fields, body):
    lines, expected = [], []
    for name, value, claim in fields:
        value = (f" {OURS};{value}" if claim else f" {value}").encode("utf-8")
        field = name.encode() + b":" + value + b"\r\n"
        lines.append(field)
        ours = name.lower() == "authentication-results" and authserv_id_of(value) == OURS
        if not ours:
            expected.append(field)
    message = b"".join(lines) + b"\r\n" + body
    cleaned = remove_forged(message, OURS)
    assert cleaned == b"".join(expected) + b"\r\n" + body
    assert all(authserv_id_of(v.encode()) != OURS for v in header_values(cleaned, "authentication-results"))


@given(st.text(max_size=300))
def test_signature_tags_are_read_from_anything(text):
    domain, selector, algorithm, prefix = signature_names(text)
    assert ";" not in domain + selector + algorithm and len(prefix) <= 8


@given(st.text(max_size=200))
def test_a_dmarc_record_is_parsed_or_refused(text):
    record = parse_record(text)
    if record is not None:
        assert record.policy in ("none", "quarantine", "reject") and record.adkim in ("r", "s")


domains = st.from_regex(r"[a-z0-9-]{1,20}(\.[a-z0-9-]{1,20}){0,3}", fullmatch=True)


@given(domains, domains)
def test_alignment_is_symmetric_and_an_identical_domain_aligns(a, b):
    assert aligned(a, a, "s") and aligned(a, a, "r")
    assert aligned(a, b, "r") == aligned(b, a, "r")
    assert organisational_domain(a)


@given(st.binary(max_size=300))
def test_the_author_domain_is_found_or_none(raw):
    domain = from_domain(b"From: " + raw + b"\r\nSubject: x\r\n\r\nbody")
    assert domain is None or (domain.isascii() and "@" not in domain)


@settings(max_examples=60, deadline=None)
@given(st.lists(header_text, min_size=1, max_size=8), st.binary(max_size=100))
def test_hostile_signatures_get_a_result_each_never_an_exception(values, body):
    message = b"".join(b"DKIM-Signature: " + v.encode("utf-8") + b"\r\n" for v in values)
    message += b"From: a@b.test\r\n\r\n" + body

    async def lookup(name: str):
        return ("v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA",) if "x" in name else None

    results = asyncio.run(verify_dkim(message, lookup))
    assert len(results) == min(len(values), 5)
    assert all(r.result in ("pass", "fail", "neutral", "temperror", "permerror") for r in results)
