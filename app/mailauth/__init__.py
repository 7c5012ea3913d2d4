"""Email authentication: DKIM signing of the office's outbound mail; DKIM, SPF and DMARC verdicts inbound."""
