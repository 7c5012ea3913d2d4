"""Everything the dashboard reads or changes, in one place; screens call it from workers."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import os
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Callable

from ..admin import AdminError, NotFound, dnsbl, domains, lists, queue, relay, routes
from ..mail.decode import DecodedMessage, decode_message
from ..pipeline.probe import would_relay
from ..policy.loader import PolicyHolder, load_snapshot
from ..policy.lists import normalise_value
from ..policy.names import parse_ip
from ..smtp.replies import reply_for_result
from ..safe_text import shortened
from ..store import queue as queue_store
from ..monitor.hygiene import RESULT_KEY as HYGIENE_KEY
from ..monitor.selfcheck import RESULT_KEY
from ..store import alerts as alerts_store
from ..store import settings as settings_store
from ..store import status as status_store
from ..store import workers as workers_store
from ..store.database import Store
from ..store.events import connections_by_client, sender_activity, sessions_from_senders
from ..store.queue import QueueScope
from ..store.relay import RelayRows
from .accounts_backend import AccountsBackend
from .backend_base import BackendBase
from .content_backend import ContentBackend
from .dkim_backend import DkimBackend
from .journal_backend import JournalBackend
from .nodes import node_beats, nodes_text
from .recipients_backend import RecipientsBackend
from .tuning_backend import TuningBackend


@dataclass(frozen=True)
class SenderSummary:
    sender: str
    queued_now: int  # messages waiting in the queue
    last_10m: int  # messages queued in the last 10 minutes
    last_hour: int
    last_day: int
    domains: int  # distinct destination domains in the last day
    top_domains: str


# seconds without a heartbeat (the gateway writes one every 2) before an attached gateway counts as down
HEARTBEAT_TIMEOUT = 10.0


@dataclass(frozen=True)
class HeaderStatus:
    gateway: str  # which gateway the dashboard shows, and whether it is alive
    problem: str  # "" while the gateway serves; else the banner's text
    badges: tuple[str, ...]  # what needs the operator: critical alerts and audit findings, our address listed


@dataclass(frozen=True)
class RelayAnswer:
    accepted: bool
    verdict: str
    reply: str
    rule: str
    weak: bool


class ListsBackend(BackendBase):
    """Block and allow list operations for the dashboard (mixed into Backend)."""

    async def list_entries(self) -> list:
        return await lists.entries(self.admin)

    async def save_list_entry(self, list_name: str, fields: dict) -> str:
        """fields: kind, value, scope, action, expires, comment as typed. Raises AdminError on bad input."""
        return (await lists.add(self.admin, list_name, fields)).summary

    async def delete_list_entry(self, entry) -> bool:
        try:
            await lists.remove_stored(self.admin, entry)
        except NotFound:
            return False
        return True

    async def preview_entry(self, kind: str, value: str, hours: float = 24) -> int:
        """How many connections (ip) or sessions (others) of the last `hours` the entry would have matched."""
        normalised, subdomains = normalise_value(kind, value)
        since = self.clock() - hours * 3600
        if kind == "ip":
            network = ipaddress.ip_network(normalised)
            return sum(
                count
                for ip, count in (await connections_by_client(self.store, since)).items()
                if (address := parse_ip(ip)) is not None and address.version == network.version and address in network
            )
        if kind == "email":
            return await sessions_from_senders(self.store, since, normalised)
        if kind == "user":
            return await sessions_from_senders(self.store, since, f"{normalised}@%")
        exact = await sessions_from_senders(self.store, since, f"%@{normalised}")
        return exact + (await sessions_from_senders(self.store, since, f"%@%.{normalised}") if subdomains else 0)


class DnsblBackend(BackendBase):
    """DNS blocklist zones and the gateway's own listing status (mixed into Backend)."""

    async def dnsbl_zones(self) -> tuple[list, str]:
        """The zones, and the last self-check ("" if none ran)."""
        selfcheck = (await settings_store.get_setting(self.store, RESULT_KEY) or "").partition(" ")[2]
        return await dnsbl.zones(self.admin), selfcheck

    async def save_dnsbl_zone(self, zone: str, kind: str, weight: str, codes: str) -> str:
        """Raises AdminError on bad input."""
        return (await dnsbl.add(self.admin, zone, kind, weight, codes)).summary

    async def remove_dnsbl_zone(self, zone: str) -> bool:
        try:
            await dnsbl.remove(self.admin, zone)
        except NotFound:
            return False
        return True


class Backend(
    ListsBackend,
    DnsblBackend,
    ContentBackend,
    RecipientsBackend,
    JournalBackend,
    AccountsBackend,
    TuningBackend,
    DkimBackend,
):
    """`policy` is the gateway's own holder in `mailmoat run`, None when attached to another process
    (which notices our writes through PRAGMA data_version within a second)."""

    def __init__(
        self, store: Store, policy: PolicyHolder | None, *, attached: bool, clock: Callable[[], float] = time.time
    ):
        self.clock = clock
        self.heartbeat_timeout = HEARTBEAT_TIMEOUT
        self.store = store
        self.policy = policy
        self.attached = attached

    # --- gateway status -----------------------------------------------------------------
    async def header_status(self) -> HeaderStatus:
        gateway, problem = await self._gateway_status()
        badges = []
        selfcheck = (await settings_store.get_setting(self.store, RESULT_KEY) or "").partition(" ")[2]
        if selfcheck.startswith("LISTED"):
            badges.append(selfcheck)
        open_alerts = [
            a for a in await alerts_store.list_alerts(self.store, open_only=True) if a.severity == "critical"
        ]
        if open_alerts:
            badges.append(f"ALERT: {len(open_alerts)} open ({shortened(open_alerts[0].summary, 80)})")
        critical = (await settings_store.get_setting(self.store, HYGIENE_KEY) or "0").split()[0]
        if critical.isdigit() and int(critical):
            badges.append(f"AUDIT: {critical} critical finding(s) (mailmoat audit)")
        return HeaderStatus(gateway, problem, tuple(badges))

    async def _gateway_status(self) -> tuple[str, str]:
        """What the header says of the gateway, and what the banner says ("" while it serves)."""
        workers = await workers_store.all_workers(self.store)
        nodes = node_beats(workers, self.clock(), self.heartbeat_timeout)
        if not self.attached:  # its Live shows this process's sessions; the header, the other nodes too
            here = f"gateway in this process (pid {os.getpid()})"
            return (f"{here}; {nodes_text(nodes)}" if len(nodes) > 1 else here), ""
        status = await status_store.current(self.store)
        if status is None:
            return "attached: gateway NOT running", (
                "GATEWAY NOT RUNNING: no mail is received or delivered until it starts (systemctl start mailmoat)"
            )
        age = self.clock() - status.heartbeat
        if len(nodes) > 1 and age < self.heartbeat_timeout:  # one node alive is enough: it delivers every node's mail
            return nodes_text(nodes), ""
        each = self._workers_text(workers)
        if age < self.heartbeat_timeout and each:
            return f"attached to gateway on {status.listen}: {each}", ""
        if age < self.heartbeat_timeout:
            return f"attached to gateway pid {status.pid} on {status.listen}: alive", ""
        last = datetime.datetime.fromtimestamp(status.heartbeat).strftime("%H:%M:%S")
        return (
            f"attached to gateway pid {status.pid} on {status.listen}: NOT responding for {age:.0f}s",
            f"GATEWAY NOT RESPONDING for {age:.0f} s (pid {status.pid} on {status.listen}, last heartbeat "
            f"{last}): see systemctl status mailmoat",
        )

    def _workers_text(self, workers: list[workers_store.WorkerStatus]) -> str:
        """Each worker of serve --workers, alive or late ("" for a single gateway process)."""
        if len(workers) < 2:
            return ""
        now = self.clock()
        return f"{len(workers)} workers: " + ", ".join(
            f"pid {w.pid} alive"
            if now - w.heartbeat < self.heartbeat_timeout
            else f"pid {w.pid} LATE {now - w.heartbeat:.0f}s"
            for w in workers
        )

    # --- relay rules ----------------------------------------------------------------------
    async def relay_rows(self) -> RelayRows:
        return await relay.rows(self.admin)

    @staticmethod
    def check_relay_rule(kind: str, value: str, extra: str = "") -> None:
        """What add_relay_rule would refuse, without saving: raises AdminError (the form says it inline)."""
        if kind == "network":
            relay.network(value)
            return
        domains.domain_name(value)
        if kind == "relay_domain":
            routes.nexthop(extra)

    async def add_relay_rule(self, kind: str, value: str, extra: str = "") -> str:
        """kind: network | local_domain | relay_domain | sender_exception. Raises AdminError on bad input."""
        if kind == "network":
            done = await relay.allow_network(self.admin, value, extra)
        elif kind == "local_domain":
            done = await domains.add(self.admin, value)
        elif kind == "relay_domain":
            done = await routes.add(self.admin, value, extra)
        elif kind == "sender_exception":
            done = await relay.allow_sender_domain(self.admin, value)
        else:
            raise AdminError(f"unknown rule kind {kind!r}")
        return done.summary

    async def remove_relay_rule(self, kind: str, value: str) -> str:
        remove = {
            "network": relay.remove_network,
            "local_domain": domains.remove,
            "relay_domain": routes.remove,
            "sender_exception": relay.remove_sender_domain,
        }[kind]
        try:
            return (await remove(self.admin, value)).summary
        except NotFound:
            return f"{value} was already gone"

    async def would_relay(self, client_ip: str, sender: str, recipient: str) -> RelayAnswer:
        policy = self.policy.current if self.policy is not None else await load_snapshot(self.store)
        result = await would_relay(policy, client_ip, sender, recipient)
        verdict = "accept" if result.accepted else result.action.value
        return RelayAnswer(
            result.accepted,
            verdict,
            reply_for_result(result, policy.settings.hostname),
            result.rule or result.check,
            result.weak,
        )

    # --- queue ------------------------------------------------------------------------------
    async def queue_rows(self) -> list[dict]:
        return await queue_store.list_queue(self.store)

    async def sender_summaries(self) -> list[SenderSummary]:
        now = self.clock()
        activity = await sender_activity(self.store, now - 86400)
        waiting = Counter(row["sender"] for row in await queue_store.list_queue(self.store))
        per_sender: dict[str, list[dict]] = defaultdict(list)
        for row in activity:
            per_sender[row["sender"]].append(row)
        summaries = []
        for sender in sorted(set(per_sender) | set(waiting)):  # ties below stay in address order
            rows = per_sender.get(sender, [])
            domains = Counter(r.rpartition("@")[2] for row in rows for r in row["recipient"].split(",") if r)
            summaries.append(
                SenderSummary(
                    sender=sender,
                    queued_now=waiting.get(sender, 0),
                    last_10m=sum(1 for r in rows if r["ts"] >= now - 600),
                    last_hour=sum(1 for r in rows if r["ts"] >= now - 3600),
                    last_day=len(rows),
                    domains=len(domains),
                    top_domains=", ".join(d for d, _ in domains.most_common(3)),
                )
            )
        summaries.sort(key=lambda s: (s.last_hour, s.queued_now, s.last_day), reverse=True)
        return summaries

    async def message(self, message_id: str) -> dict | None:
        return await queue_store.get_message(self.store, message_id)

    async def hold(self, message_id: str, held: bool) -> bool:
        try:
            await queue.set_held(self.admin, message_id, held)
        except NotFound:
            return False
        return True

    async def delete(self, message_id: str) -> bool:
        try:
            await queue.delete(self.admin, message_id)
        except NotFound:
            return False
        return True

    async def flush(self) -> int:
        return (await queue.flush(self.admin)).count

    async def queued_message(self, message_id: str) -> tuple[dict, DecodedMessage] | None:
        """The queued message (as get_message) and its decoding, done off the loop; None once it has left."""
        message = await queue_store.get_message(self.store, message_id)
        if message is None:
            return None
        return message, await asyncio.to_thread(decode_message, message["content"])

    async def count_scope(self, scope: QueueScope, held: bool | None = None) -> int:
        return await queue_store.count_scope(self.store, scope, held=held)

    async def hold_scope(self, scope: QueueScope, held: bool) -> int:
        return (await queue.hold_scope(self.admin, scope, held)).count

    async def delete_scope(self, scope: QueueScope) -> int:
        return (await queue.delete_scope(self.admin, scope)).count

    # --- preferences --------------------------------------------------------------------------
    async def saved_theme(self) -> str | None:
        return await settings_store.get_setting(self.store, "ui.theme")

    async def save_theme(self, name: str) -> None:
        await settings_store.set_setting(self.store, "ui.theme", name)

    async def screenshot_directory(self) -> str:
        """Where screenshots go: the ui.screenshots setting, else the current directory."""
        return await settings_store.get_setting(self.store, "ui.screenshots") or os.getcwd()
