"""Stateful per-key guards on the gateway's hot path: login failures, unknown recipients, outbound counts."""
