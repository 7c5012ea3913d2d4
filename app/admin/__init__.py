"""The operator's actions, once: the command line (app.cli) and the dashboard (app.ui) both call them.

One module per noun. Each action checks its input, writes through the store (whose journal records it), asks
for the policy reload the caller wired in, and returns a `Done` the caller renders; a refusal is an
`AdminError` whose message is for the operator."""

from .core import Admin, AdminError, Done, NotFound

__all__ = ["Admin", "AdminError", "Done", "NotFound"]
