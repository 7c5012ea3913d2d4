"""Password hashing (argon2id) and the weak-password / role-account findings."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.accounts import passwords
from app.accounts.passwords import (
    DEFAULT_HASHER,
    hash_password,
    make_hasher,
    needs_rehash,
    verify_dummy,
    verify_password,
)
from app.accounts.roles import (
    account_findings,
    demo_domain_finding,
    role_account_finding,
)
from app.accounts.weakness import common_passwords, password_findings

# Cheap parameters for tests only; production uses DEFAULT_HASHER (t=3, m=64 MiB, p=4).
FAST = make_hasher(time_cost=1, memory_cost=8, parallelism=1)


def codes(account: str, password: str) -> dict[str, str]:
    return {f.code: f.severity for f in password_findings(account, password)}


# --- hashing -----------------------------------------------------------------------------


def test_production_defaults_are_not_weakened():
    assert DEFAULT_HASHER.time_cost >= 3
    assert DEFAULT_HASHER.memory_cost >= 65536
    assert DEFAULT_HASHER.type.name == "ID"


def test_hash_roundtrip_korean_and_ascii():
    for pw in ("correct horse battery staple", "비밀번호는 길게 2024", ""):
        h = hash_password(pw, hasher=FAST)
        assert h.startswith("$argon2id$")
        assert verify_password(h, pw, hasher=FAST)
        assert not verify_password(h, pw + "x", hasher=FAST)
    assert hash_password("same", hasher=FAST) != hash_password("same", hasher=FAST)  # salted


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "plaintext",
        "$argon2id$",
        "$argon2id$v=19$m=8,t=1,p=1$bm90YmFzZTY0$",
        "$argon2id$v=19$m=8,t=1,p=1$c2FsdHNhbHQ$!!!notbase64!!!",
        "$argon2id$v=19$m=999999999999,t=1,p=1$c2FsdHNhbHRzYWx0$YWJj",
        "$2b$12$abcdefghijklmnopqrstuuabcdefghijklmnopqrstuvwxyzABCDE",  # bcrypt
        None,
        12345,
    ],
)
def test_malformed_hash_is_false_not_an_exception(bad):
    assert verify_password(bad, "webmaster", hasher=FAST) is False  # type: ignore[arg-type]
    assert needs_rehash(bad, hasher=FAST) is True  # type: ignore[arg-type]


def test_truncated_real_hash_and_non_str_password():
    h = hash_password("secret-pass-9", hasher=FAST)
    assert verify_password(h[:-5], "secret-pass-9", hasher=FAST) is False
    assert verify_password(h, None, hasher=FAST) is False  # type: ignore[arg-type]
    assert verify_password(h, "\ud800", hasher=FAST) is False  # lone surrogate


def test_needs_rehash_when_parameters_change():
    h = hash_password("pw-for-rehash-1", hasher=FAST)
    assert needs_rehash(h, hasher=FAST) is False
    stronger = make_hasher(time_cost=2, memory_cost=16, parallelism=1)
    assert needs_rehash(h, hasher=stronger) is True
    # Old hashes still verify with a hasher whose parameters changed.
    assert verify_password(h, "pw-for-rehash-1", hasher=stronger)


def test_verify_dummy_always_false():
    assert verify_dummy("anything", hasher=FAST) is False
    assert verify_dummy(None, hasher=FAST) is False  # type: ignore[arg-type]


def test_docstrings_say_run_in_executor():
    for fn in (hash_password, verify_password):
        assert "executor" in (fn.__doc__ or "")
    assert "executor" in (passwords.__doc__ or "")


# --- weakness findings -------------------------------------------------------------------


@pytest.mark.parametrize("account", ["webmaster@corp.example", "webmaster", "WebMaster@Corp.Example"])
def test_incident_password_is_critical(account):
    found = password_findings(account, "webmaster")
    assert found and found[0].severity == "critical"
    c = {f.code: f.severity for f in found}
    assert c["same-as-account"] == "critical"
    assert c["common-password"] == "critical"
    for f in found:
        assert f.explanation and f.fix and f.severity in {"critical", "warning"}


@pytest.mark.parametrize(
    "password",
    ["webmaster@corp.example", "WEBMASTER", "retsambew", "webmaster1", "Webmaster2024!", "!webmaster"],
)
def test_same_as_account_variants(password):
    assert codes("webmaster@corp.example", password)["same-as-account"] == "critical"


@pytest.mark.parametrize("password", ["corp", "Corp2024!", "corp.example", "elpmaxe.proc", "corpexample"])
def test_same_as_domain(password):
    assert codes("kim@corp.example", password)["same-as-domain"] == "critical"


def test_user01_style_account():
    assert codes("user01@x.kr", "User01!")["same-as-account"] == "critical"


def test_contains_account_name_is_warning():
    assert codes("webmaster@corp.example", "webmaster-rocks-42")["contains-account-name"] == "warning"


def test_too_short():
    assert codes("kim@corp.example", "x9K#q2")["too-short"] == "warning"
    assert "too-short" not in codes("kim@corp.example", "x9K#q2Lm")


def test_letters_and_digits():
    assert codes("kim@corp.example", "Zebrafalcon")["letters-and-digits"] == "warning"
    assert codes("kim@corp.example", "90817263")["letters-and-digits"] == "warning"
    assert "letters-and-digits" not in codes("kim@corp.example", "zebra falcon 9 river")
    # A long passphrase needs no digits.
    assert "letters-and-digits" not in codes("kim@corp.example", "zebra falcon river lamp")


@pytest.mark.parametrize(
    "password",
    ["x1234yzQ", "Zk9876mw", "zabcdq7Q", "Wzyxw5Km", "qwer7Km#z", "5asdfRt!", "zxcv9Km#w", "Mpoiu8Zx", "Lwerty9z"],
)
def test_sequences(password):
    assert codes("kim@corp.example", password)["sequence"] == "warning"


def test_keyboard_middle_of_row_is_not_a_sequence_in_words():
    assert "sequence" not in codes("kim@corp.example", "liberty horse 9 river")


@pytest.mark.parametrize("password", ["aaaa9x7Kz", "K7z1111mq", "abcabc", "123123"])
def test_repeats(password):
    assert codes("kim@corp.example", password)["repeated-characters"] == "warning"


@pytest.mark.parametrize(
    "password",
    [
        "123456",
        "password",
        "qwerty",
        "iloveyou",
        "admin",
        "welcome",
        "letmein",
        "dragon",
        "monkey",
        "qwer1234",
        "asdf1234",
        "1q2w3e4r",
        "1q2w3e4r!",
        "zxcv1234",
        "q1w2e3r4",
        "a1234567",
        "sarang",
        "saranghae",
        "1111",
        "0000",
        "P@ssw0rd",
        "Dragon77",
        "Welcome2024!",
    ],
)
def test_common_passwords_are_critical(password):
    assert codes("kim@corp.example", password)["common-password"] == "critical"


def test_common_list_loaded_once_lowercase_and_large():
    common = common_passwords()
    assert common is common_passwords()
    assert isinstance(common, frozenset)
    assert len(common) > 3000
    assert all(p == p.casefold() for p in common)


@pytest.mark.parametrize(
    "password",
    ["correct horse battery staple", "Tr0ub4dor&3x", "밤하늘 고양이 다섯 마리 7", "mauve-Otter-41-Plinth"],
)
def test_strong_passwords_have_no_findings(password):
    assert password_findings("webmaster@corp.example", password) == []


def test_critical_findings_come_first():
    found = password_findings("kim@corp.example", "abc")
    severities = [f.severity for f in found]
    assert severities == sorted(severities, key=lambda s: s != "critical")


@settings(max_examples=300, deadline=None)
@given(account=st.text(), password=st.text())
def test_password_findings_never_raises(account, password):
    for f in password_findings(account, password):
        assert f.severity in {"critical", "warning"}
        assert f.code and f.explanation and f.fix


@settings(max_examples=100, deadline=None)
@given(
    password=st.text(alphabet=st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3), min_size=0, max_size=20)
    | st.text(alphabet="ㄱㄴㄷㅏㅓ가나다1234!@ qwe", max_size=24),
)
def test_korean_text_never_raises(password):
    password_findings("김철수@회사.한국", password)
    password_findings("kim@corp.example", password)


# --- role accounts and demo domains ------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    [
        "webmaster@corp.example",
        "admin@x.kr",
        "Administrator",
        "root@x.kr",
        "test01@x.kr",
        "demo@x.kr",
        "guest@x.kr",
        "postmaster@x.kr",
        "hostmaster@x.kr",
        "abuse@x.kr",
        "noc@x.kr",
        "user@x.kr",
        "sysadmin@x.kr",
        "web-master@x.kr",
    ],
)
def test_default_accounts_are_critical(address):
    f = role_account_finding(address)
    assert f is not None and f.code == "default-account" and f.severity == "critical"


@pytest.mark.parametrize("address", ["info@x.kr", "sales@x.kr", "support@x.kr", "no-reply@x.kr", "scanner2@x.kr"])
def test_role_accounts_are_warnings(address):
    f = role_account_finding(address)
    assert f is not None and f.code == "role-account" and f.severity == "warning"


@pytest.mark.parametrize(
    "address", ["kim.cheolsu@x.kr", "j.smith@corp.example", "su@x.kr", "bin@x.kr", "", "김철수@회사.한국"]
)
def test_people_are_not_role_accounts(address):
    assert role_account_finding(address) is None


@pytest.mark.parametrize(
    "domain",
    [
        "example.com",
        "example.org",
        "example.net",
        "mail.example.com",
        "test",
        "x.test",
        "localhost",
        "localhost.localdomain",
        "domain.com",
        "yourdomain.com",
        "mydomain.com",
        "company.com",
        "corp.example",
        "Example.COM.",
    ],
)
def test_demo_domains(domain):
    f = demo_domain_finding(domain)
    assert f is not None and f.code == "demo-domain" and f.severity == "critical"


def test_internal_domains_warn_and_real_domains_pass():
    f = demo_domain_finding("corp.local")
    assert f is not None and f.severity == "warning"
    for d in ("naver.com", "corp.co.kr", "gmail.com", ""):
        assert demo_domain_finding(d) is None


def test_account_findings_combines_both():
    found = account_findings("admin@example.com")
    assert [f.code for f in found] == ["default-account", "demo-domain"]
    assert account_findings("kim@corp.co.kr") == []
