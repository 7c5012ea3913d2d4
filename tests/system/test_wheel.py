"""A package that installs anywhere: the sdist and the wheel built from this tree, installed into a fresh venv.

`python -m build` makes the sdist and builds the wheel from it (as a distribution package would); the wheel goes
into a new venv with nothing of the checkout beside it, and `mailmoat run --demo` starts there under tmux: the
theme palettes and the demo database must come from inside the installed package. Building needs setuptools from
PyPI (or pip's cache) and installing needs the dependencies: about a minute.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import smtplib
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

from app.demo import SAMPLE_DB
from app.ui.themes import THEMES_DIR

from tests.conftest import free_port, require_tool
from tests.system.test_tui_tmux import BOUND, TmuxPane, counters, poll, wait_listening

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.xdist_group("wheel")  # one build and one venv: every test of the module on one worker
THEME_FILES = sorted(path.name for path in (ROOT / "themes").glob("*.toml"))


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _clean_env() -> dict[str, str]:
    """The environment without anything that could lead Python back to the checkout."""
    return {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "MAILMOAT_DB", "TMUX", "TMUX_PANE", "COLUMNS", "LINES")
    }


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> tuple[Path, Path, str]:
    """(sdist, wheel, what the build printed), the wheel built from the sdist."""
    if importlib.util.find_spec("build") is None:
        pytest.fail("the `build` package is missing: it is in the [test] extra (make setup installs it)")
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
        env=_clean_env(),
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (sdist,), (wheel,) = out.glob("*.tar.gz"), out.glob("*.whl")
    return sdist, wheel, result.stdout + result.stderr


@pytest.fixture(scope="module")
def installed(dist, tmp_path_factory) -> Path:
    """A fresh venv (no system site-packages) with the wheel installed; returns the venv's folder."""
    home = tmp_path_factory.mktemp("venv") / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(home)
    result = subprocess.run(
        [str(home / "bin" / "python"), "-m", "pip", "install", "--disable-pip-version-check", "-q", str(dist[1])],
        capture_output=True,
        text=True,
        timeout=900,
        stdin=subprocess.DEVNULL,
        env=_clean_env(),
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return home


def test_a_checkout_reads_the_themes_and_the_sample_at_its_top_level():
    assert THEMES_DIR == ROOT / "themes"
    assert SAMPLE_DB == ROOT / "sample.db"


def test_the_sdist_and_the_wheel_carry_the_top_level_files(dist):
    sdist, wheel, output = dist
    with tarfile.open(sdist) as archive:
        top = archive.getnames()[0].split("/")[0]
        sdist_names = {name.removeprefix(top + "/") for name in archive.getnames()}
    assert {"sample.db", "setup.py", *(f"themes/{name}" for name in THEME_FILES)} <= sdist_names

    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert _digest(archive.read("app/sample.db")) == _digest((ROOT / "sample.db").read_bytes())
        for name in THEME_FILES:
            assert archive.read(f"app/themes/{name}") == (ROOT / "themes" / name).read_bytes()
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    top_level = {name.split("/")[0] for name in names}
    assert {name for name in top_level if not name.endswith(".dist-info")} == {"app"}  # nothing loose in site-packages
    assert "License-Expression: MIT" in metadata.splitlines()
    license_warnings = [line for line in output.splitlines() if "deprecated" in line and "license" in line.lower()]
    assert not license_warnings


def test_the_installed_package_finds_its_files_inside_itself(installed, tmp_path):
    code = (
        "from app.ui.themes import THEMES_DIR, load_themes; from app.demo import SAMPLE_DB; "
        "print(THEMES_DIR); print(SAMPLE_DB); print(','.join(t.name for t in load_themes()))"
    )
    result = subprocess.run(
        [str(installed / "bin" / "python"), "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=_clean_env(),
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    themes_dir, sample_db, names = result.stdout.splitlines()
    site_packages = next((installed / "lib").glob("python3*/site-packages"))
    assert Path(themes_dir) == site_packages / "app" / "themes"
    assert Path(sample_db) == site_packages / "app" / "sample.db"
    assert set(names.split(",")) == {"mailmoat-dark", "mailmoat-light", "mailmoat-high-contrast"}


def test_the_installed_mailmoat_runs_the_demo_with_its_themes(installed, tmp_path):
    require_tool("tmux")
    db = tmp_path / "demo.db"  # not there yet: the demo starts from the shipped sample.db
    port = free_port()
    command = [
        "env",
        "-u",
        "PYTHONPATH",
        "-C",
        str(tmp_path),
        str(installed / "bin" / "mailmoat"),
        "--db",
        str(db),
        "run",
        "--demo",
        "--listen",
        f"127.0.0.1:{port}",
    ]
    pane = None
    try:
        pane = TmuxPane(tmp_path, "wheel", command, {"MAILMOAT_LOG": str(tmp_path / "mailmoat.log")})
        wait_listening(port, BOUND, lambda: pane.exit_code() is None, pane.describe)
        pane.wait_for_text("Mailmoat", "gateway in this process", timeout=BOUND, line=0)
        with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
            assert client.noop()[0] == 250  # connect() already checked the 220 greeting
        # The sample's history is on screen, and the demo's own traffic arrives (its HELO names start "demo-").
        poll(
            lambda: counters(pane.capture()).get("relayed", 0) > 0,
            BOUND,
            what="the sample's history in the counters",
            detail=pane.describe,
        )
        pane.wait_for_text(" demo-", timeout=BOUND)

        pane.send_keys("C-t")
        pane.wait_for_text("theme: mailmoat-high-contrast", timeout=BOUND)
        pane.send_keys("C-q")
        pane.wait_for_text("Stop the gateway too?", timeout=BOUND)
        pane.send_keys("s")
        assert pane.wait_exit(timeout=BOUND) == 0
    finally:
        if pane is not None:
            pane.close()
    result = subprocess.run(
        [str(installed / "bin" / "mailmoat"), "--db", str(db), "get", "ui.theme"],
        capture_output=True,
        text=True,
        timeout=60,
        env=_clean_env(),
        stdin=subprocess.DEVNULL,
    )
    assert result.stdout.strip() == "mailmoat-high-contrast"  # the switch was saved, so it was a real theme
