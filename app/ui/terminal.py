"""The dashboard's terminal, and what happens when it goes away (a dropped SSH session, a killed tmux).

Textual's Linux driver assumes the terminal outlives the app. When it vanishes, the tty's reads return EOF
(or fail with EIO) and its writes fail with EIO, and the driver then misbehaves in two ways:

- its input thread treats an empty read as "nothing this time" and selects again; a hung-up tty is always
  readable, so the thread spins at a full core for as long as the process lives;
- its output thread dies on the first EIO, after which every write queues up, and once the queue (30
  writes) is full the next write blocks the event loop, and with it the gateway and the signal handlers.

`TerminalDriver` ends both at the cause: an empty read or an OSError on input, or an OSError on output, means
the operator is gone; the app is told once (`terminal_lost`) and the dead descriptor is never touched again.
"""

from __future__ import annotations

import contextlib
import os
import selectors
import stat
import sys
from codecs import getincrementaldecoder
from typing import IO

from textual.drivers.linux_driver import LinuxDriver
from textual._xterm_parser import XTermParser


class TerminalDriver(LinuxDriver):
    """Textual's Linux driver, except that losing the terminal ends the dashboard instead of spinning."""

    def __init__(self, app, **options) -> None:
        super().__init__(app, **options)
        self._lost = False
        if self._file is not None:  # sys.__stderr__: None only in a process without a stderr
            # Textual declares _file a TextIOWrapper; the driver only ever calls write, flush and fileno on it
            self._file = GuardedOutput(self._file, self._terminal_lost)  # type: ignore[assignment]

    def run_input_thread(self) -> None:
        """LinuxDriver.run_input_thread, with EOF and EIO ending the thread and telling the app."""
        selector = selectors.SelectSelector()  # as Textual: poll/epoll misreport ttys on some platforms
        selector.register(self.fileno, selectors.EVENT_READ)
        parser = XTermParser(self._debug)
        decode = getincrementaldecoder("utf-8")().decode
        try:
            while not self.exit_event.is_set():
                if selector.select(0.1):
                    try:
                        data = os.read(self.fileno, 4096)
                    except OSError:  # EIO: the other end of the pty is gone
                        data = b""
                    if not data:
                        self._terminal_lost("end of input on the terminal")
                        return
                    for event in parser.feed(decode(data)):
                        self.process_message(event)
                for event in parser.tick():
                    self.process_message(event)
        finally:
            selector.close()

    def _terminal_lost(self, reason: str) -> None:
        """From either thread: tell the app once, on its own loop."""
        if self._lost:
            return
        self._lost = True
        notice = getattr(self._app, "terminal_lost", None)
        with contextlib.suppress(RuntimeError):  # the loop is closed: the app has ended anyway
            if notice is not None:
                self._loop.call_soon_threadsafe(notice, reason)
            else:
                self._loop.call_soon_threadsafe(self._app.exit)


class GuardedOutput:
    """The terminal as Textual's output thread writes to it: after the first failed write, a sink."""

    def __init__(self, file: IO[str], on_lost) -> None:
        self._file = file
        self._on_lost = on_lost
        self._dead = False

    def write(self, text: str) -> None:
        if self._dead:
            return
        try:
            self._file.write(text)
        except (OSError, ValueError):  # EIO on a hung-up tty; ValueError if the file was closed
            self._give_up()

    def flush(self) -> None:
        if self._dead:
            return
        try:
            self._file.flush()
        except (OSError, ValueError):
            self._give_up()

    def fileno(self) -> int:
        return self._file.fileno()

    def isatty(self) -> bool:
        return not self._dead and self._file.isatty()

    def _give_up(self) -> None:
        self._dead = True
        self._on_lost("the terminal refused output")


def release_terminal() -> None:
    """Points stdin, stdout and stderr that were a terminal at /dev/null, so that nothing later (a print, the
    interpreter's final flush) writes to, or reads from, a terminal that is gone."""
    null = os.open(os.devnull, os.O_RDWR)
    try:
        for stream in (sys.stdin, sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError, AttributeError):
                fd = stream.fileno()
                if _is_terminal(fd):
                    os.dup2(null, fd)
    finally:
        os.close(null)


def _is_terminal(fd: int) -> bool:
    """A live tty, or one that has been hung up (isatty then fails with EIO): a character device either way
    that is not /dev/null."""
    if os.isatty(fd):
        return True
    info = os.fstat(fd)
    null = os.stat(os.devnull)
    return stat.S_ISCHR(info.st_mode) and info.st_rdev != null.st_rdev
