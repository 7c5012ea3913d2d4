"""Operator input parsers: settings values, HOST:PORT, domains, networks."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.policy.hostport import parse_hostport
from app.policy.settings import PER_DOMAIN, SPECS, SettingError, Settings, validate
from app.policy.names import validate_domain, validate_network


@pytest.mark.parametrize(
    "text, expected",
    [
        ("mail.corp.example:2525", ("mail.corp.example", 2525)),
        ("192.0.2.1", ("192.0.2.1", 25)),
        ("[2001:db8::1]:587", ("2001:db8::1", 587)),
        ("2001:db8::1", ("2001:db8::1", 25)),
    ],
)
def test_hostport_forms(text, expected):
    assert parse_hostport(text, 25) == expected


@pytest.mark.parametrize("text", ["", "host:", "host:99999", "host:smtp", "[::1", "::1]:25", "a:b:c"])
def test_hostport_rejects(text):
    with pytest.raises(ValueError):
        parse_hostport(text, 25)


@given(st.text(max_size=40))
def test_hostport_only_ever_raises_value_error(text):
    try:
        host, port = parse_hostport(text, 25)
    except ValueError:
        return
    assert host and 0 <= port < 65536


@given(st.sampled_from(sorted(SPECS)), st.text(max_size=30))
def test_every_setting_validator_accepts_or_explains(key, text):
    try:
        stored = validate(key, text)
    except SettingError as exc:
        assert str(exc)
        return
    # whatever was accepted must load back into typed settings unchanged
    assert Settings.from_rows({key: stored}) == Settings.from_rows({key: validate(key, stored)})


@pytest.mark.parametrize(
    "key, text, value",
    [
        ("smtp.max_size", "25M", 25 * 1024 * 1024),
        ("smtp.timeout", "5m", 300.0),
        ("queue.lifetime", "5d", 432000.0),
        ("delivery.tls", "no", False),
    ],
)
def test_units(key, text, value):
    field = {
        "smtp.max_size": "max_size",
        "smtp.timeout": "timeout",
        "queue.lifetime": "queue_lifetime",
        "delivery.tls": "delivery_tls",
    }[key]
    assert getattr(Settings.from_rows({key: validate(key, text)}), field) == value


def test_domains_are_normalised_and_checked():
    assert validate_domain("Corp.Example.") == "corp.example"
    assert validate_domain("한국.example") == "xn--3e0b707e.example"
    for bad in ("corp", "-corp.example", "corp..example", "a b.example", "x" * 64 + ".example"):
        with pytest.raises(ValueError):
            validate_domain(bad)


@given(st.text(max_size=30))
def test_domain_and_network_validators_only_raise_value_error(text):
    for validator in (validate_domain, validate_network):
        try:
            validator(text)
        except ValueError:
            pass


def test_networks():
    assert validate_network("192.168.1.7/24") == "192.168.1.0/24"
    assert validate_network("2001:db8::/32") == "2001:db8::/32"
    with pytest.raises(ValueError):
        validate_network("10.0.0.300/8")


def test_each_setting_is_declared_once_as_a_field_of_settings():
    """Settings, SPECS and the per-domain keys all come from one declaration per key: a fresh database's Settings
    holds each declared default (the old dataclass defaults had drifted: no blocked extensions at all)."""
    settings = Settings.from_rows({})
    declared = [f for f in dataclasses.fields(Settings) if "spec" in f.metadata]
    assert [f.metadata["spec"].key for f in declared] == list(SPECS)
    for f in declared:
        spec = f.metadata["spec"]
        parsed = spec.parse(spec.default)
        assert getattr(settings, f.name) == (spec.typed(parsed) if spec.typed else parsed), spec.key
    assert {"exe", "scr", "js"} <= settings.blocked_extensions
    assert PER_DOMAIN == tuple(key for key, spec in SPECS.items() if spec.per_domain)
    overridden = Settings.from_rows(
        {"content.reject_score.corp.example": "30", "recipients.method.corp.example": "list"}
    )
    assert overridden.for_domain("content.reject_score", "corp.example") == 30.0
    assert overridden.for_domain("content.reject_score", "other.example") == 15.0
    assert overridden.for_domain("recipients.method", "corp.example") == "list"
