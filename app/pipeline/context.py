"""What the pipeline knows about one SMTP session."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..policy.snapshot import PolicySnapshot
from ..smtp.addresses import Mailbox


@dataclass
class AcceptedRecipient:
    mailbox: Mailbox
    route: str


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

    @property
    def sender_text(self) -> str:
        return self.sender.address if self.sender else ""

    def reset_transaction(self) -> None:
        self.sender = None
        self.has_sender = False
        self.recipients = []
        self.smtputf8 = False
