"""Email authentication: DKIM signing of the office's outbound mail; DKIM, SPF and DMARC verdicts inbound."""

from . import dkimpy_speed  # noqa: F401  (installs the faster dkimpy internals before any use)
