"""Builds policy snapshots from the store and swaps in a new one when the database changes."""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import time
from collections.abc import Callable
from types import MappingProxyType

from ..store.database import Store, log_failure
from ..store import bayes as bayes_store
from ..store.accounts import load_accounts, load_sender_limits
from ..store.content_rules import load_rules
from ..store.dkim_keys import load_signing_keys
from ..store.dnsbl import load_zones
from ..store.queue import load_held_senders
from ..store.recipients import load_recipients
from ..store.relay import load_relay_rows
from ..store.settings import all_settings
from .accounts import compile_accounts
from .content_rules import CompiledContentRules, compile_rules, rule_from_row, validate_rule
from .dnsbl import compile_zones
from .settings import Settings
from .lists import compiled_lists
from .names import normalise_domain
from .snapshot import PolicySnapshot

log = logging.getLogger(__name__)


async def load_snapshot(store: Store, previous: PolicySnapshot | None = None) -> PolicySnapshot:
    """`previous`: its statistical model is kept when the counts have not changed since (they are big)."""
    rows = await load_relay_rows(store)
    networks = []
    for cidr, _comment in rows.trusted_networks:
        try:
            networks.append(ipaddress.ip_network(cidr, strict=False))
        except ValueError:
            log.warning("ignoring unparsable trusted network %r", cidr)
    settings = Settings.from_rows(await all_settings(store))
    return PolicySnapshot(
        settings=settings,
        local_domains=frozenset(normalise_domain(d) for d in rows.local_domains),
        trusted_networks=tuple(networks),
        relay_routes=MappingProxyType({normalise_domain(d): hop for d, hop in rows.relay_routes}),
        sender_exceptions=frozenset(normalise_domain(d) for d in rows.sender_exceptions),
        lists=await compiled_lists(store),
        dnsbl_zones=compile_zones(await load_zones(store)),
        content_rules=compile_rule_rows(await load_rules(store), settings),
        accounts=compile_accounts(await load_accounts(store)),
        sender_limits=MappingProxyType(await load_sender_limits(store)),
        held_senders=MappingProxyType(await load_held_senders(store)),
        recipients=await load_recipients(store),
        dkim_keys=MappingProxyType(await load_signing_keys(store)),
        bayes=await _bayes_model(store, previous),
    )


async def _bayes_model(store: Store, previous: PolicySnapshot | None):
    if previous is not None and previous.bayes.version == await bayes_store.model_version(store):
        return previous.bayes
    return await bayes_store.load_model(store)


def compile_rule_rows(rows, settings: Settings) -> CompiledContentRules:
    """The enabled rules that compile; one broken row is logged and skipped, never fatal."""
    rules = []
    for row in rows:
        rule = rule_from_row(row)
        if rule.enabled:
            try:
                validate_rule(rule)
            except ValueError as exc:
                log.warning("content rule %r skipped: %s", row.name, exc)
                continue
        rules.append(rule)
    return compile_rules(
        rules,
        ad_tag_score=settings.ad_tag_score,
        ad_tag_action=settings.ad_tag_action,
        ad_tag_enabled=settings.ad_tag_score > 0,
        regex_timeout=settings.regex_timeout,
        regex_budget=settings.regex_budget,
    )


class PolicyHolder:
    """Holds the current snapshot; `current` is swapped in one assignment."""

    def __init__(self, store: Store, snapshot: PolicySnapshot):
        self.store = store
        self.current = snapshot
        self.listeners: list[Callable[[PolicySnapshot], None]] = []
        self._reloading = asyncio.Lock()
        self._requested = 0
        self._watch_failing = False  # the watcher's last reload failed (said once in the log)
        self._loaded = 0

    @classmethod
    async def load(cls, store: Store) -> "PolicyHolder":
        return cls(store, await load_snapshot(store))

    async def reload(self) -> PolicySnapshot:
        """A snapshot read after this call began. Reloads run one at a time: two overlapping loads could finish
        out of order and leave the older rows in force (the watcher's load, begun before a write, finishing after
        the writer's own reload). A reload asked for while another runs waits for it, then loads again, unless a
        load begun after the request has already covered it."""
        self._requested += 1
        request = self._requested
        async with self._reloading:
            if self._loaded >= request:
                return self.current
            covers = self._requested
            self.current = await load_snapshot(self.store, self.current)
            self._loaded = covers
            for listener in self.listeners:
                listener(self.current)
            return self.current

    async def _reloaded(self) -> bool:
        """reload() for a watcher: a failure is one line in the log, and False, so that the watcher tries again
        (a change the gateway was told of is never dropped because one load met a locked or lost database)."""
        try:
            await self.reload()
        except Exception:
            if not self._watch_failing:  # one line for a run of failures, not one a retry
                log_failure(log, "policy watch: could not load the changed policy; trying again")
            self._watch_failing = True
            return False
        if self._watch_failing:
            log.info("policy watch: the changed policy is loaded")
        self._watch_failing = False
        return True

    async def watch(self, interval: float = 0.5) -> None:
        """Reloads whenever another process (the CLI, an attached dashboard) commits: on PostgreSQL as soon as
        a policy change is notified, on SQLite when the file's data_version has moved, read every `interval`.

        While another process keeps committing (a bulk import does, a chunk at a time), reloads are spaced by
        four times what the last one took, so that reloading a big policy never takes more than a fifth of
        the gateway's time."""
        notices = self.store.policy_notices()
        if notices is not None:
            async with notices:
                await self._reload_when_notified(notices.changed, interval)
            return
        last = None  # not read yet: the first read that succeeds is the mark, after a reload if it came late
        failed = 0
        wait = interval
        while True:
            try:
                version = await self.store.data_version()
            except Exception:
                failed += 1
                if failed == 1:
                    log_failure(log, "policy watch: cannot read the database's change counter; trying again")
            else:
                reload = last is not None and version != last or last is None and failed > 0
                last, failed = version, 0
                if reload:  # another process committed, or may have while the counter could not be read
                    started = time.monotonic()
                    if not await self._reloaded():
                        last, failed = None, 1  # the change is not in force: reloaded again at the next read
                    wait = max(interval, 4 * (time.monotonic() - started))
            await asyncio.sleep(wait)
            wait = interval

    async def _reload_when_notified(self, changed: asyncio.Event, interval: float) -> None:
        while True:
            await changed.wait()
            changed.clear()
            started = time.monotonic()
            if not await self._reloaded():
                changed.set()  # the change is not in force: loaded again after the wait below
            await asyncio.sleep(max(interval if changed.is_set() else 0.0, 4 * (time.monotonic() - started) - interval))
