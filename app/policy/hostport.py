"""HOST:PORT as operators write it: name:port, 1.2.3.4:port, [v6]:port, or a bare host."""

from __future__ import annotations

import ipaddress


def parse_hostport(text: str, default_port: int | None = None) -> tuple[str, int]:
    text = text.strip()
    if not text:
        raise ValueError("empty address")
    if text.startswith("["):
        host, sep, rest = text[1:].partition("]")
        if not sep:
            raise ValueError(f"unbalanced brackets in {text!r}")
        port_text = rest[1:] if rest.startswith(":") else None
        if rest and port_text is None:
            raise ValueError(f"not HOST:PORT: {text!r}")
    elif text.count(":") == 1:
        host, port_text = text.split(":")
    elif text.count(":") > 1:
        try:
            ipaddress.IPv6Address(text)
        except ValueError:
            raise ValueError(f"not HOST:PORT: {text!r} (write IPv6 as [addr]:port)") from None
        host, port_text = text, None
    else:
        host, port_text = text, None
    if not host:
        raise ValueError(f"missing host in {text!r}")
    if port_text is None:
        if default_port is None:
            raise ValueError(f"missing port in {text!r}")
        return host, default_port
    if not port_text.isdigit() or not 0 <= int(port_text) < 65536:
        raise ValueError(f"bad port in {text!r}")
    return host, int(port_text)
