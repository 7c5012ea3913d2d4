"""`mailmoat relaytest` run against the gateway itself: all 17 abuse.net probes refused."""

from __future__ import annotations

from app.relaytest import run_probes
from app.store import relay as relay_store


async def test_gateway_refuses_every_relay_probe(gateway):
    results = await run_probes(gateway.host, gateway.port, domain="corp.example")
    assert len(results) == 17
    accepted = [r for r in results if r.accepted]
    assert accepted == [], [(r.probe.rcpt_to, r.reply) for r in accepted]
    assert all(r.reply[:1] == "5" for r in results), [r.reply for r in results]


async def test_probes_still_refused_when_aimed_through_a_trusted_sender_domain_trick(gateway):
    # Even with a (weak) sender-domain exception for the target domain, the address
    # tricks stay refused; only the plain spoofed-sender probes get through, and the
    # probe run reports them, which is what relaytest is for.
    await relay_store.add_sender_exception(gateway.store, "corp.example")
    await gateway.gateway.policy.reload()
    results = await run_probes(gateway.host, gateway.port, domain="corp.example")
    accepted = {r.probe.trick for r in results if r.accepted}
    assert accepted == {"sender spoofs target domain", "sender spoofs postmaster"}


async def test_relaytest_notices_an_open_relay(gateway):
    await gateway.trust("127.0.0.0/8")  # the positive control: loopback trusted = open to the prober
    results = await run_probes(gateway.host, gateway.port, domain="corp.example")
    accepted = {r.probe.trick for r in results if r.accepted}
    # the plain probes relay; the address tricks stay refused by the strict path parser
    assert accepted == {"plain relay", "null sender", "sender spoofs target domain", "sender spoofs postmaster"}
