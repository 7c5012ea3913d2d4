import ipaddress
import pickle

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.mail.addresses import (
    KINDS,
    AddressError,
    Mailbox,
    parse_forward_path,
    parse_reverse_path,
    split_path_argument,
)


def rejection(path, *, reverse=False, smtputf8=False):
    parse = parse_reverse_path if reverse else parse_forward_path
    with pytest.raises(AddressError) as info:
        parse(path, smtputf8=smtputf8)
    assert info.value.kind in KINDS
    assert info.value.detail
    return info.value.kind


# --- relay-test tricks (corp.example is ours, other.example is foreign) ---


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("<user%other.example@corp.example>", "percent_hack"),
        ("<user%other.example>", "percent_hack"),
        ("<other.example!user>", "bang_path"),
        ("<other.example!user@corp.example>", "bang_path"),
        ("<@corp.example:user@other.example>", "source_route"),
        ("<@corp.example,@relay.example:user@other.example>", "source_route"),
        ('<"user@other.example">', "quoted_special"),
        ('<"user@other.example"@corp.example>', "quoted_special"),
        ('<"user%other.example"@corp.example>', "quoted_special"),
        ('<"other.example!user"@corp.example>', "quoted_special"),
        ('<"@other.example:user"@corp.example>', "quoted_special"),
        ('<"user\\@other.example"@corp.example>', "quoted_special"),
        ("<user@other.example@corp.example>", "syntax"),
    ],
)
def test_relay_tricks_rejected_as_recipient(path, kind):
    assert rejection(path) == kind


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("<user>", "missing_domain"),
        ("<Postmaster>", "missing_domain"),
        ("<user%other.example@corp.example>", "percent_hack"),
        ("<other.example!user>", "bang_path"),
        ("<@corp.example:user@other.example>", "source_route"),
        ('<"user@other.example">', "quoted_special"),
    ],
)
def test_relay_tricks_rejected_as_sender(path, kind):
    assert rejection(path, reverse=True) == kind


# --- each rejection kind ---


@pytest.mark.parametrize(
    "path",
    [
        "",
        "<",
        ">",
        "user@corp.example",
        "<user@corp.example",
        "user@corp.example>",
        "<<user@corp.example>>",
        "< user@corp.example>",
        "<user @corp.example>",
        "<us er@corp.example>",
        "<user\t@corp.example>",
        "<user\x00@corp.example>",
        "<user\x7f@corp.example>",
        "<.user@corp.example>",
        "<user.@corp.example>",
        "<us..er@corp.example>",
        "<us(er)@corp.example>",
        "<us,er@corp.example>",
        "<us[er]@corp.example>",
        '<us"er"@corp.example>',
        '<"unterminated@corp.example>',
        '<"a"b@corp.example>',
        '<"a\x01b"@corp.example>',
        '<"a\\\x01"@corp.example>',
        "<user@corp.example.>",
        "<user@.corp.example>",
        "<user@corp..example>",
        "<user@-corp.example>",
        "<user@corp-.example>",
        "<user@corp_x.example>",
        "<user@corp.example:25>",
        "<user@corp example>",
        "<user@[192.0.2.1>",
        "<user@[192.0.2]>",
        "<user@[192.0.2.256]>",
        "<user@[192.0.2.01]>",
        "<user@[192.0.2.1.5]>",
        "<user@[ 192.0.2.1]>",
        "<user@[IPv6:2001:db8::g]>",
        "<user@[IPv6:2001:db8:::1]>",
        "<user@[IPv6:fe80::1%eth0]>",
        "<user@[IPv6:192.0.2.1]>",
        "<user@[tag:anything]>",
        "<user@[x400:c=us]>",
        "<user@[192.0.2.1]x>",
        "<@corp.example>",
        "<@>",
        "<\udcff@corp.example>",
        "<user@corp\udcc3.example>",
    ],
)
def test_syntax_errors(path):
    assert rejection(path) == "syntax"
    assert rejection(path, smtputf8=True) == "syntax"


def test_null_path_only_valid_as_reverse_path():
    assert parse_reverse_path("<>") is None
    assert rejection("<>") == "syntax"


@pytest.mark.parametrize("path", ["<user>", "<user@>", '<"john smith">', '<"john smith"@>', '<"Postmaster">'])
def test_missing_domain(path):
    assert rejection(path) == "missing_domain"
    assert rejection(path, reverse=True) == "missing_domain"


def test_bang_path_is_reported_before_missing_domain():
    assert rejection("<a!b>") == "bang_path"


@pytest.mark.parametrize(
    "path",
    [
        "<" + "a" * 65 + "@corp.example>",
        '<"' + "a" * 63 + '"@corp.example>',
        "<user@" + ".".join(["a" * 63] * 4) + ".example>",
        "<user@" + "a" * 64 + ".example>",
        "<" + "a" * 64 + "@" + ".".join(["b" * 63] * 3) + "." + "c" * 60 + ">",
        "<" + "é" * 33 + "@corp.example>",
    ],
)
def test_too_long(path):
    assert rejection(path, smtputf8=True) == "too_long"


def test_length_limits_are_inclusive():
    local = "a" * 64
    domain = ".".join(["b" * 63] * 2) + "." + "c" * 61
    path = f"<{local}@{domain}>"
    assert len(path) == 256
    mailbox = parse_forward_path(path)
    assert (mailbox.local, mailbox.domain) == (local, domain)


def test_idna_domain_longer_than_255_octets_as_a_labels():
    label = "\u01a1\u02d0\u00e7\u0441\u0768"
    domain = ".".join([label] * 20)
    assert len(f"<a@{domain}>".encode()) <= 256 and len(domain.encode("idna")) > 255
    assert rejection(f"<a@{domain}>", smtputf8=True) == "too_long"


@pytest.mark.parametrize(
    "path",
    ["<jörg@corp.example>", "<user@bücher.example>", '<"jörg x"@corp.example>', "<user@corp.example\u00a0>"],
)
def test_utf8_not_allowed_without_smtputf8(path):
    assert rejection(path) == "utf8_not_allowed"
    assert rejection(path, reverse=True) == "utf8_not_allowed"


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("<user\uff05other.example@corp.example>", "percent_hack"),
        ("<other.example\uff01user@corp.example>", "bang_path"),
        ("<user\uff20other.example@corp.example>", "syntax"),
        ('<"user\uff20other.example"@corp.example>', "quoted_special"),
        ("<jörg\u3000x@corp.example>", "syntax"),
        ("<jörg\u2028@corp.example>", "syntax"),
        ("<jörg\x85@corp.example>", "syntax"),
        ("<user@b\u00fccher\u3002example>", "syntax"),
        ("<user@\uff42\u00fccher.example>", "syntax"),
        ("<user@B\u00dcCHER..example>", "syntax"),
        ("<user@b\u00fccher.example.>", "syntax"),
        ("<user@\u00fc_x.example>", "syntax"),
    ],
)
def test_smtputf8_look_alikes_and_bad_unicode(path, kind):
    assert rejection(path, smtputf8=True) == kind


# --- accepted paths ---


def test_plain_address():
    mailbox = parse_forward_path("<alice@corp.example>")
    assert mailbox == Mailbox(local="alice", domain="corp.example", literal=None)
    assert mailbox.address == "alice@corp.example"
    assert mailbox.ascii_domain == "corp.example"


def test_dot_string_with_all_atext():
    local = "a.b-c_d+e=f/g?h^i`j{k|l}m~n#o$p&q'r*s"
    assert parse_forward_path(f"<{local}@corp.example>").local == local


def test_quoted_local_part_kept_verbatim():
    mailbox = parse_forward_path('<"john smith"@corp.example>')
    assert mailbox.local == '"john smith"'
    assert mailbox.address == '"john smith"@corp.example'


def test_quoted_local_part_with_escapes_kept_verbatim():
    path = r'<"a\"b\\c>d"@corp.example>'
    assert parse_forward_path(path).local == r'"a\"b\\c>d"'


def test_mixed_case_domain_lowercased_local_kept():
    mailbox = parse_forward_path("<Alice.Smith@Corp.EXAMPLE>")
    assert mailbox.local == "Alice.Smith"
    assert mailbox.domain == "corp.example"


def test_ipv4_literal():
    mailbox = parse_forward_path("<user@[192.0.2.1]>")
    assert mailbox.domain == "[192.0.2.1]"
    assert mailbox.literal == ipaddress.IPv4Address("192.0.2.1")
    assert mailbox.ascii_domain == "[192.0.2.1]"
    assert parse_forward_path("<user@[0.0.0.0]>").literal == ipaddress.IPv4Address("0.0.0.0")


@pytest.mark.parametrize(
    ("path", "domain", "address"),
    [
        ("<user@[IPv6:2001:DB8::1]>", "[ipv6:2001:db8::1]", "2001:db8::1"),
        ("<user@[ipv6:::1]>", "[ipv6:::1]", "::1"),
        ("<user@[IPv6:::ffff:192.0.2.1]>", "[ipv6:::ffff:192.0.2.1]", "::ffff:192.0.2.1"),
    ],
)
def test_ipv6_literal(path, domain, address):
    mailbox = parse_forward_path(path)
    assert mailbox.domain == domain
    assert mailbox.literal == ipaddress.IPv6Address(address)
    assert mailbox.ascii_domain == domain


@pytest.mark.parametrize("local", ["Postmaster", "postmaster", "POSTMASTER"])
def test_postmaster_without_domain(local):
    assert parse_forward_path(f"<{local}>") == Mailbox(local="Postmaster", domain="", literal=None)


def test_postmaster_with_domain_is_an_ordinary_address():
    assert parse_forward_path("<Postmaster@Corp.example>").address == "Postmaster@corp.example"


def test_utf8_address_with_smtputf8():
    mailbox = parse_forward_path("<jörg.müller@Bücher.example>", smtputf8=True)
    assert mailbox.local == "jörg.müller"
    assert mailbox.domain == "bücher.example"
    assert mailbox.ascii_domain == "xn--bcher-kva.example"
    assert mailbox.address == "jörg.müller@bücher.example"
    assert parse_reverse_path('<"jörg müller"@corp.example>', smtputf8=True).local == '"jörg müller"'


def test_a_label_domain_accepted_as_is():
    mailbox = parse_forward_path("<user@XN--bcher-kva.example>")
    assert mailbox.domain == "xn--bcher-kva.example"
    assert mailbox.ascii_domain == "xn--bcher-kva.example"


def test_reverse_path_accepts_ordinary_sender():
    assert parse_reverse_path("<bob@other.example>") == Mailbox("bob", "other.example", None)


def test_address_error_shape():
    error = AddressError("percent_hack", "percent hack in local part")
    assert isinstance(error, ValueError)
    assert (error.kind, error.detail) == ("percent_hack", "percent hack in local part")
    assert "percent hack" in str(error)
    clone = pickle.loads(pickle.dumps(error))
    assert (clone.kind, clone.detail) == (error.kind, error.detail)


def test_mailbox_is_frozen():
    mailbox = parse_forward_path("<a@corp.example>")
    with pytest.raises(AttributeError):
        mailbox.local = "b"


# --- split_path_argument ---


@pytest.mark.parametrize(
    ("arg", "expected"),
    [
        ("<a@corp.example>", ("<a@corp.example>", "")),
        ("<a@corp.example> SIZE=100 BODY=8BITMIME", ("<a@corp.example>", "SIZE=100 BODY=8BITMIME")),
        ("  <a@corp.example>   SIZE=100 BODY=8BITMIME  ", ("<a@corp.example>", "SIZE=100 BODY=8BITMIME")),
        ("<> SIZE=100", ("<>", "SIZE=100")),
        ('<"a>b"@x.example> SIZE=1', ('<"a>b"@x.example>', "SIZE=1")),
        ('<"a\\">b"@x.example>', ('<"a\\">b"@x.example>', "")),
        ('<"<x>"@x.example>', ('<"<x>"@x.example>', "")),
    ],
)
def test_split_path_argument(arg, expected):
    assert split_path_argument(arg) == expected


def test_split_then_parse_quoted_angle_bracket():
    path, params = split_path_argument('<"a>b"@X.example> BODY=8BITMIME')
    assert parse_forward_path(path) == Mailbox('"a>b"', "x.example", None)
    assert params == "BODY=8BITMIME"


@pytest.mark.parametrize(
    "arg",
    [
        "",
        "   ",
        "a@corp.example",
        "a@corp.example>",
        "<a@corp.example",
        '<"a>@corp.example',
        "<<a@corp.example>>",
        "<a<b@corp.example>",
        "<a@corp.example>SIZE=100",
        "<a@corp.example>>",
    ],
)
def test_split_path_argument_rejects_unbalanced(arg):
    with pytest.raises(AddressError) as info:
        split_path_argument(arg)
    assert info.value.kind == "syntax"


# --- properties ---


def surrogateescaped(data: bytes) -> str:
    return data.decode("utf-8", errors="surrogateescape")


arbitrary_arguments = st.one_of(
    st.text(),
    st.text().map(lambda s: f"<{s}>"),
    st.binary().map(surrogateescaped),
    st.binary().map(lambda b: f"<{surrogateescaped(b)}>"),
    st.text(alphabet=st.sampled_from('<>"\\@%!:.,[]aZ0-é \t\x00\udcff'), max_size=40),
    st.text(alphabet=st.sampled_from('<>"\\@%!:.,[]aZ0-é \t\x00\udcff'), max_size=40).map(lambda s: f"<{s}>"),
)


@settings(max_examples=500)
@given(arbitrary_arguments, st.booleans())
def test_parsers_only_raise_address_error(arg, smtputf8):
    for parse in (parse_forward_path, parse_reverse_path):
        try:
            result = parse(arg, smtputf8=smtputf8)
        except AddressError as error:
            assert error.kind in KINDS
        else:
            if result is not None:
                assert isinstance(result, Mailbox)
                result.ascii_domain
    try:
        path, params = split_path_argument(arg)
    except AddressError as error:
        assert error.kind == "syntax"
    else:
        assert path.startswith("<") and path.endswith(">")
        assert params == params.strip()


@settings(max_examples=300)
@given(st.binary().map(surrogateescaped), st.booleans())
def test_invalid_utf8_is_a_syntax_error(text, smtputf8):
    path = f"<a{text}@corp.example>"
    try:
        parse_forward_path(path, smtputf8=smtputf8)
    except AddressError as error:
        if any("\udc80" <= char <= "\udcff" for char in text):
            assert error.kind == "syntax"


ATEXT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789#$&'*+-/=?^_`{|}~"
LDH = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

atoms = st.text(alphabet=ATEXT, min_size=1, max_size=12)
dot_atom_locals = st.lists(atoms, min_size=1, max_size=5).map(".".join).filter(lambda s: len(s) <= 64)
labels = st.builds(
    lambda first, middle, last: first + middle + last if middle or last else first,
    st.sampled_from(LDH),
    st.text(alphabet=LDH + "-", max_size=20),
    st.sampled_from(LDH),
)
domains = st.lists(labels, min_size=1, max_size=5).map(".".join)


@given(dot_atom_locals, domains)
def test_round_trip_dot_atom(local, domain):
    mailbox = parse_forward_path(f"<{local}@{domain}>")
    assert mailbox.local == local
    assert mailbox.domain == domain.lower()
    assert mailbox.literal is None
    assert mailbox.address == f"{local}@{domain.lower()}"
    assert parse_reverse_path(f"<{mailbox.address}>") == mailbox


@given(dot_atom_locals, domains)
def test_accepted_unquoted_local_parts_carry_no_routing_characters(local, domain):
    for tricky in ("%", "!"):
        mangled = f"{local}{tricky}{domain}"
        with pytest.raises(AddressError) as info:
            parse_forward_path(f"<{mangled}@corp.example>")
        assert info.value.kind == ("percent_hack" if tricky == "%" else "bang_path")


@given(st.ip_addresses(v=4), dot_atom_locals)
def test_round_trip_ipv4_literal(address, local):
    mailbox = parse_forward_path(f"<{local}@[{address}]>")
    assert mailbox.literal == address
    assert mailbox.domain == f"[{address}]"


@given(st.ip_addresses(v=6), dot_atom_locals)
def test_round_trip_ipv6_literal(address, local):
    mailbox = parse_forward_path(f"<{local}@[IPv6:{address.exploded.upper()}]>")
    assert mailbox.literal == address
    assert mailbox.domain == f"[ipv6:{address.exploded}]"
