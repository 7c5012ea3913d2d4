"""What the pipeline knows about one SMTP session."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..policy.dnsbl import DnsblChecker
from ..policy.greylist import Greylist
from ..policy.snapshot import PolicySnapshot
from ..policy.spf import SpfChecker, SpfVerdict
from ..guards.harvest_guard import HarvestGuard
from ..guards.outbound import OutboundMonitor
from ..recipients.verifier import RecipientVerifier
from ..scan.clamd import Scanner
from ..mail.addresses import Mailbox

if TYPE_CHECKING:
    from .content import ContentOutcome
    from .mailauth import InboundAuthentication


@dataclass
class AcceptedRecipient:
    mailbox: Mailbox
    route: str
    allowlisted: str = ""  # the allow-list rule that exempts this recipient's mail from later filters


@dataclass
class SessionContext:
    session_id: str
    client_ip: str
    local_ip: str
    policy: PolicySnapshot
    helo: str = ""
    tls: bool = False
    auth_user: str | None = None
    smtputf8: bool = False
    sender: Mailbox | None = None  # None with has_sender True: the null sender
    has_sender: bool = False
    recipients: list[AcceptedRecipient] = field(default_factory=list)
    clock: Callable[[], float] = time.time
    dnsbl: DnsblChecker | None = None  # the gateway's blocklist checker; None: no DNS blocklist checks
    greylist: Greylist | None = None  # the gateway's greylist; None: no greylisting
    spf: SpfChecker | None = None  # None: no SPF checks
    spf_verdict: SpfVerdict | None = None  # this transaction's, for the Received-SPF: header
    scanner: Scanner | None = None  # the virus scanner (clamd); None: no scanning
    content: ContentOutcome | None = None  # this message's content verdict: score, hits, headers to add
    outbound: OutboundMonitor | None = None  # per-sender limits and baselines; None: not monitored
    verifier: RecipientVerifier | None = None  # recipient validation; None: every recipient exists
    harvest: HarvestGuard | None = None  # unknown recipients per client address
    authentication: InboundAuthentication | None = None  # this message's DKIM/SPF/DMARC results (inbound)

    @property
    def sender_text(self) -> str:
        return self.sender.address if self.sender else ""

    def reset_transaction(self) -> None:
        self.sender = None
        self.has_sender = False
        self.spf_verdict = None
        self.content = None
        self.authentication = None
        self.recipients = []
        self.smtputf8 = False
