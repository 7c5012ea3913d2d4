"""What a pipeline stage says about a session: data, never SMTP text."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Action(str, enum.Enum):
    ACCEPT = "accept"
    REJECT = "reject"
    TEMPFAIL = "tempfail"
    DISCONNECT = "disconnect"
    QUARANTINE = "quarantine"  # at DATA: keep the message for the operator instead of delivering it


@dataclass(frozen=True, slots=True)
class Result:
    stage: str  # connect | helo | mail | rcpt | data
    check: str  # the check that spoke, e.g. "relay", "address_syntax"
    action: Action
    reason: str  # a key of app.smtp.replies.REPLIES
    subject: str = ""  # the address or value the reason is about
    rule: str = ""  # the policy entry that decided, e.g. "trusted_network:10.0.0.0/8"
    route: str = ""  # for an accepted recipient: upstream | relay | outbound
    weak: bool = False  # decided by a rule the operator should distrust
    target: str = ""  # a second subject, e.g. the recipient a blocked sender wrote to
    detail: str = ""  # what the check found, for the log and `explain`; never in a reply

    @property
    def accepted(self) -> bool:
        return self.action is Action.ACCEPT


def decisive(results: list[Result]) -> Result | None:
    """Checks run in order; the first refusal decides, else the last acceptance."""
    for result in results:
        if not result.accepted:
            return result
    return results[-1] if results else None


def decided(results: list[Result]) -> Result:
    """decisive() for a stage that always answers with at least one Result (HELO, MAIL, RCPT, DATA)."""
    verdict = decisive(results)
    if verdict is None:
        raise ValueError("the stage gave no result")
    return verdict
