"""The Mailmoat dashboard: a Textual app over the gateway's store and event feed."""

from __future__ import annotations

import asyncio
import functools
import logging
import os
import sys
import time
from collections.abc import Iterable

from textual import constants as textual_constants
from textual.app import App, SystemCommand
from textual.driver import Driver
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Input, TextArea

from .actions import UiAction, actions_for, bindings_for, register, typed
from .backend import Backend, HeaderStatus
from .feed import Feed
from .messages import EventsArrived, PolicyChanged, ThemeChanged
from .screens import ScreenSpec, discover
from .screens.live import NARROW
from .screens.modals import ConfirmScreen, QuitScreen
from ..admin import AdminError
from .themes import DEFAULT_THEME, VARIABLE_DEFAULTS, load_themes
from .widgets.banner import GatewayBanner
from .workers import work

log = logging.getLogger(__name__)

SPECS: list[ScreenSpec] = discover()
# the footer keeps its width for the screen's own keys: the screen keys are on the help screen (?) and in the palette
register(*(UiAction(spec.key, f"show('{spec.name}')", spec.title, show=spec.name == "help") for spec in SPECS))
register(
    UiAction("ctrl+t", "next_theme", "Theme", show=False),
    UiAction("ctrl+z", "undo", "Undo"),
    UiAction("ctrl+y", "redo", "Redo", show=False),
    UiAction("ctrl+s", "screenshot", "Screenshot", show=False),
    UiAction("ctrl+q", "quit", "Quit"),
    UiAction("escape", "leave_input", "Leave the text field", palette=False, short="leave the field"),
)


class MailmoatApp(App[str | None]):
    """Returns "stop" or "keep" (what to do with an in-process gateway), "headless" when the terminal went
    away, or None. An unhandled error ends it too: `failure` then holds the exception (and the log its
    traceback), so that `mailmoat run` can keep the gateway serving without it."""

    CSS_PATH = "mailmoat.tcss"
    BINDINGS = bindings_for("app")
    TITLE = "Mailmoat"
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (NARROW, "-wide")]  # a screen at 80 columns lays out otherwise
    HISTORY_EVENTS = 2000
    PUMP_INTERVAL = 0.25  # at most four log refreshes a second, whatever the mail rate
    FLOOD_EVENTS = 400  # a batch this big means a flood: refresh less often and leave the loop to the mail
    FLOOD_INTERVAL = 2.0  # like htop's default delay: in `run` the screen shares the loop with the mail
    ATTACHED_FLOOD_INTERVAL = 1.0  # `tui` is a process of its own: a session shows within about a second of its end

    def __init__(self, backend: Backend | None, feed: Feed | None, *, in_process: bool, clock=None) -> None:
        super().__init__()
        self._backend = backend
        self.clock = clock or (backend.clock if backend else time.time)
        self._feed = feed
        self.in_process = in_process
        self.specs = SPECS
        self._verdict_colors: dict[str, str] = {}
        self._screens_by_mode: dict[str, Screen] = {}
        self._flooded = False
        self.failure: BaseException | None = None
        self.status: HeaderStatus | None = None  # the latest header_status()
        self.lost_terminal = ""  # why the terminal is gone, once it is

    # None only until prepare() has opened them (AttachedDashboard); every use comes after on_mount's prepare()
    @property
    def backend(self) -> Backend:
        if self._backend is None:
            raise RuntimeError("the dashboard's backend is used before prepare() opened it")
        return self._backend

    @backend.setter
    def backend(self, backend: Backend) -> None:
        self._backend = backend

    @property
    def feed(self) -> Feed:
        if self._feed is None:
            raise RuntimeError("the dashboard's feed is used before prepare() opened it")
        return self._feed

    @feed.setter
    def feed(self, feed: Feed) -> None:
        self._feed = feed

    # --- failures and the terminal ------------------------------------------------------------
    def get_driver_class(self) -> type[Driver]:
        if sys.platform == "win32" or textual_constants.DRIVER:  # Windows, or $TEXTUAL_DRIVER chose one
            return super().get_driver_class()
        from .terminal import TerminalDriver

        return TerminalDriver

    def terminal_lost(self, reason: str) -> None:
        """The terminal hung up (EOF, EIO, SIGHUP): the operator is gone and nothing can be shown."""
        if self.lost_terminal:
            return
        self.lost_terminal = reason
        log.warning("dashboard: %s; the dashboard closes", reason)
        self.exit("headless")

    def _handle_exception(self, error: Exception) -> None:
        """Textual's hook for every unhandled error (render, handler, markup, a failing worker). It ends the
        app; here the traceback goes to the log first, where the operator can find it later."""
        if self.failure is None:
            self.failure = error
            log.error("dashboard: unhandled error, the dashboard closes", exc_info=error)
        super()._handle_exception(error)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity="information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Always plain text: notifications carry addresses, patterns and values the operator typed, and
        none of ours needs markup (a stray "[/" in markup ends the app)."""
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=False)

    # --- themes -----------------------------------------------------------------------------
    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(VARIABLE_DEFAULTS)

    def verdict_color(self, name: str) -> str:
        if not self._verdict_colors:
            variables = self.get_css_variables()
            self._verdict_colors = {key: variables.get(key, value) for key, value in VARIABLE_DEFAULTS.items()}
        return self._verdict_colors.get(name, "")

    def watch_theme(self, theme: str) -> None:
        self._verdict_colors = {}
        for screen in self._mode_screens():
            screen.post_message(ThemeChanged())

    def action_next_theme(self) -> None:
        names = [t.name for t in self.mailmoat_themes]
        self.theme = names[(names.index(self.theme) + 1) % len(names)] if self.theme in names else names[0]
        self.notify(f"theme: {self.theme}")
        self.save_theme(self.theme)

    @work(group="prefs")
    async def save_theme(self, name: str) -> None:
        await self.backend.save_theme(name)

    # --- screenshots ---------------------------------------------------------------------------
    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        self.save_svg_screenshot(path)

    def deliver_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str | None:
        """Textual's own (the command palette's "Screenshot") would save to ~/Downloads, which a server seldom
        has, and name the file in markup: ours goes to ui.screenshots and says where, in plain text."""
        self.save_svg_screenshot(path)
        return None

    @work(group="screenshot")
    async def save_svg_screenshot(self, directory: str | None = None) -> None:
        svg = self.export_screenshot()  # the screen as it is now, before anything below awaits
        directory = os.path.abspath(os.path.expanduser(directory or await self.backend.screenshot_directory()))
        if not os.path.isdir(directory):
            self.notify(
                f"Screenshot not saved: {directory} is not a directory (mailmoat set ui.screenshots DIR)",
                severity="error",
                timeout=10,
            )
            return
        try:
            path = await asyncio.to_thread(
                write_new_file, directory, f"mailmoat-{self.current_mode}-{time.strftime('%Y%m%d-%H%M%S')}", svg
            )
        except OSError as exc:
            self.notify(f"Screenshot not saved in {directory}: {exc.strerror or exc}", severity="error", timeout=10)
            return
        self.notify(f"Screenshot saved: {path}", timeout=10)

    # --- lifecycle ----------------------------------------------------------------------------
    async def prepare(self) -> None:
        """Hook for subclasses that must open their data source on the app's own loop."""

    async def on_mount(self) -> None:
        await self.prepare()
        self.mailmoat_themes = load_themes()
        for theme in self.mailmoat_themes:
            self.register_theme(theme)
        saved = await self.backend.saved_theme()
        self.theme = saved if saved in self.available_themes else DEFAULT_THEME
        for spec in self.specs:
            self.add_mode(spec.name, functools.partial(self._make_screen, spec))
        await self.switch_mode("live")
        self._show_banner()
        self.load_history()
        self._last_pump = 0.0
        self.set_interval(self.PUMP_INTERVAL, self.pump_events)
        self.set_interval(2.0, self.refresh_status)
        self.refresh_status()

    @work(group="feed")
    async def load_history(self) -> None:
        events = await self.feed.history(self.HISTORY_EVENTS)
        if events:
            self._deliver(events)

    @work(exclusive=True, group="feed-pump")
    async def pump_events(self) -> None:
        now = time.monotonic()
        delay = self.FLOOD_INTERVAL if self.in_process else self.ATTACHED_FLOOD_INTERVAL
        if self._flooded and now - self._last_pump < delay:
            return
        self._last_pump = now
        events = await self.feed.drain()
        self._flooded = len(events) >= self.FLOOD_EVENTS
        if events:
            self._deliver(events)

    def _deliver(self, events: list[dict]) -> None:
        for screen in self._mode_screens():
            screen.post_message(EventsArrived(events))

    def _make_screen(self, spec: ScreenSpec) -> Screen:
        screen = self._screens_by_mode[spec.name] = spec.factory()
        return screen

    def _mode_screens(self) -> Iterable[Screen]:
        return list(self._screens_by_mode.values())

    @work(exclusive=True, group="status")
    async def refresh_status(self) -> None:
        self.status = await self.backend.header_status()
        # "!!" only for what needs the operator; a dead gateway has the banner to itself
        badges = f"  !! {' | '.join(self.status.badges)}" if self.status.badges else ""
        self.sub_title = f"{self.status.gateway}{badges}"
        self._show_banner()

    def _show_banner(self) -> None:
        """Every screen shows the banner; a screen gets one the first time it is shown while the gateway is down
        (so that a screen added by a new module needs nothing for it)."""
        text = self.status.problem if self.status is not None else ""
        for screen in self._mode_screens():
            banners = screen.query(GatewayBanner)
            if banners:
                banners.first().show(text)
            elif text and screen is self.screen:
                screen.mount(GatewayBanner(text), before=0)

    def policy_changed(self) -> None:
        for screen in self._mode_screens():
            screen.post_message(PolicyChanged())

    # --- navigation ---------------------------------------------------------------------------
    async def action_show(self, name: str) -> None:
        await self.switch_mode(name)
        self._show_banner()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        for spec in self.specs:
            yield SystemCommand(
                f"Show {spec.title}", spec.description, lambda name=spec.name: self.run_action(f"show('{name}')")
            )
        scope = next((spec.name for spec in self.specs if self.current_mode == spec.name), "")
        for action in actions_for(scope):
            if action.palette:
                yield SystemCommand(
                    f"{spec_title(self.specs, scope)}: {action.description}",
                    f"key {typed(action.key)}",
                    lambda a=action.action: screen.run_action(a),
                )
        yield SystemCommand("Next theme", "cycle dark, light and high-contrast (remembered)", self.action_next_theme)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Esc's "leave the field" exists (and the key bar shows it) only while a screen's text field has focus."""
        if action == "leave_input":
            return self._typing_in_screen()
        return True

    def _typing_in_screen(self) -> bool:
        return isinstance(self.focused, (Input, TextArea)) and not isinstance(self.screen, ModalScreen)

    def action_leave_input(self) -> None:
        """Esc in a text field of a screen (a dialog has its own Esc): the screen's keys work again, the
        field keeps what was typed."""
        if not self._typing_in_screen():
            return
        table = next((t for t in self.screen.query(DataTable) if t.display and t.focusable), None)
        self.set_focus(table)

    @work(group="undo", exclusive=True)
    async def action_undo(self) -> None:
        """Steps back through the policy changes in the journal, whoever made them (the CLI too), after asking:
        a second ctrl+z undoes the change before."""
        await self._step(redo=False)

    @work(group="undo", exclusive=True)
    async def action_redo(self) -> None:
        """Reverses the latest undo, until a new change is made."""
        await self._step(redo=True)

    async def _step(self, *, redo: bool) -> None:
        step = await self.backend.next_step(redo=redo)
        if step is None:
            self.notify(
                "Nothing to redo: no undo since the last change"
                if redo
                else "Nothing to undo: the journal holds no change in effect",
                severity="warning",
            )
            return
        if not await self.push_screen_wait(ConfirmScreen(step.question())):
            return
        try:
            await self.backend.undo_change(step.change)
        except AdminError as exc:  # a row changed again since, or a secret the journal cannot restore
            self.notify(str(exc), severity="error")
            return
        self.notify(("redone: " if redo else "undone: ") + "; ".join(step.words))
        self.policy_changed()

    @work(group="quit")
    async def action_quit(self) -> None:
        if not self.in_process:
            self.exit(None)
            return
        choice = await self.push_screen_wait(QuitScreen())
        if choice:
            self.exit(choice)


def write_new_file(directory: str, stem: str, text: str) -> str:
    """Writes text to DIRECTORY/STEM.svg, or STEM-2.svg... if that exists; returns the path. Mode 0600, like
    the database and the list exports: a screenshot shows addresses."""
    for n in range(1, 1000):
        path = os.path.join(directory, f"{stem}.svg" if n == 1 else f"{stem}-{n}.svg")
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(text)
        return path
    raise FileExistsError(f"{stem}.svg and 998 more exist")


def spec_title(specs: list[ScreenSpec], name: str) -> str:
    return next((spec.title for spec in specs if spec.name == name), name)
