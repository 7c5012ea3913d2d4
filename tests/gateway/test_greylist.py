"""Greylisting over real sockets, with the gateway's clock moved instead of waiting."""

from __future__ import annotations

import asyncio

import pytest

from app.policy.greylist import client_network

from tests.conftest import StoppedClock


@pytest.mark.parametrize("gateway_clock", [StoppedClock()])
async def test_first_attempt_waits_a_proper_retry_passes_and_its_network_is_remembered(gateway, gateway_clock):
    await gateway.configure(greylist__domains="corp.example", greylist__delay="5m")
    attempt = lambda ip, sender="a@other.example", to="bob@corp.example": asyncio.to_thread(  # noqa: E731
        gateway.rcpt_reply, ip, sender, to
    )
    assert await attempt("127.0.0.50") == (451, "4.7.1 Greylisted: please try again in 300 seconds")
    gateway_clock.now += 120
    assert await attempt("127.0.0.50") == (451, "4.7.1 Greylisted: please try again in 180 seconds")
    gateway_clock.now += 200
    assert (await attempt("127.0.0.51"))[0] == 250  # the same /24 retried after the delay
    assert (await attempt("127.0.0.52", "someone@else.example", "carol@corp.example"))[0] == 250  # remembered
    gateway_clock.now += 37 * 86400
    assert (await attempt("127.0.0.52", "someone@else.example", "dave@corp.example"))[0] == 451  # lapsed


async def test_only_the_domains_that_asked_and_never_trusted_clients(gateway):
    await gateway.configure(greylist__domains="other-local.example")
    assert (await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.53", "a@x.example", "bob@corp.example"))[0] == 250
    await gateway.configure(greylist__domains="corp.example")
    await gateway.trust("127.0.0.54/32")
    assert (await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.54", "a@x.example", "bob@corp.example"))[0] == 250
    assert (await asyncio.to_thread(gateway.rcpt_reply, "127.0.0.55", "a@x.example", "bob@corp.example"))[0] == 451


def test_client_networks():
    assert client_network("192.0.2.77") == "192.0.2.0/24"
    assert client_network("2001:db8:1:2:3:4:5:6") == "2001:db8:1:2::/64"
