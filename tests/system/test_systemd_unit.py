"""packaging/mailmoat.service: `mailmoat serve` under systemd, hardened, checked by systemd's own parser."""

from __future__ import annotations

import configparser
import inspect
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from app.runtime import Gateway

from tests.conftest import require_tool

UNIT = Path(__file__).resolve().parents[2] / "packaging" / "mailmoat.service"


def _service() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(
        interpolation=None, strict=True, comment_prefixes=("#", ";"), empty_lines_in_values=False
    )
    parser.optionxform = str  # systemd keys are case-sensitive
    parser.read_string(UNIT.read_text(encoding="utf-8"))
    return parser["Service"]


def test_the_unit_runs_serve_on_every_core_as_its_own_user_on_the_state_directory():
    service = _service()
    command = shlex.split(service["ExecStart"])
    assert command[0] == "/usr/local/bin/mailmoat" and command[-3:] == ["serve", "--workers", "auto"]
    assert command[command.index("--db") + 1] == "/var/lib/mailmoat/mailmoat.db"
    assert service["User"] == "mailmoat" and service["StateDirectory"] == "mailmoat"
    assert service["ReadWritePaths"] == "/var/lib/mailmoat"
    assert service["Restart"] == "on-failure"


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("ProtectSystem", "strict"),
        ("ProtectHome", "yes"),
        ("PrivateTmp", "yes"),
        ("NoNewPrivileges", "yes"),
        ("CapabilityBoundingSet", "CAP_NET_BIND_SERVICE"),
        ("AmbientCapabilities", "CAP_NET_BIND_SERVICE"),
    ],
)
def test_the_unit_is_hardened(key, value):
    assert _service()[key] == value


def test_systemd_waits_for_the_drain_before_killing():
    service = _service()
    grace = inspect.signature(Gateway.stop).parameters["grace"].default  # what `serve` gives a SIGTERM
    assert service["KillSignal"] == "SIGTERM"
    assert float(service["TimeoutStopSec"]) > grace + 5  # the delivery runner's own stop comes on top


def test_systemd_analyze_verify_accepts_the_unit_without_a_warning(tmp_path):
    """verify exits 0 even on an unknown key or a bad value; it only prints them, so stderr must be empty.

    It also insists that ExecStart's program exists: the copy points at this venv's mailmoat.
    """
    analyze = require_tool("systemd-analyze")
    mailmoat = Path(sys.executable).with_name("mailmoat")
    assert mailmoat.exists()
    unit = tmp_path / "mailmoat.service"
    unit.write_text(UNIT.read_text(encoding="utf-8").replace("/usr/local/bin/mailmoat", str(mailmoat)))
    result = subprocess.run(
        [analyze, "verify", str(unit)],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        cwd=tmp_path,
    )
    assert result.returncode == 0 and result.stderr == "" and result.stdout == "", result.stderr
