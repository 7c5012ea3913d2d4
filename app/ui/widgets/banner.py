"""The red line under the header while the gateway the dashboard is attached to is down or not answering.

Apart from the header's badges (alerts, audit findings, a listed address): those need the operator's attention
some time; a dead gateway means no mail now."""

from __future__ import annotations

from textual.widgets import Static


class GatewayBanner(Static):
    def __init__(self, text: str = "") -> None:
        super().__init__(text, id="gateway-banner", markup=False)
        self.display = bool(text)

    def show(self, text: str) -> None:
        """Shows the text, or hides the banner when it is empty."""
        self.update(text)
        self.display = bool(text)
