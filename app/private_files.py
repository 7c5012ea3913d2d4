"""Files Mailmoat writes for the operator hold policy and addresses: they are made 0600, like the database."""

from __future__ import annotations

import os
import stat


def write_private(path: str, text: str) -> None:
    """Writes `text` (UTF-8) to `path`, readable and writable by the owner only, even if it existed before."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        if stat.S_ISREG(os.fstat(fd).st_mode):  # not /dev/stdout or a pipe
            os.fchmod(fd, 0o600)  # an existing file keeps its mode through O_CREAT
        handle.write(text)
