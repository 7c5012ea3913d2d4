"""`work` for the dashboard: Textual's worker decorator, except that a worker that raises never ends the app.

Textual's default (exit_on_error=True) turns any exception in any worker into the end of the app, and in
`mailmoat run` that used to be the end of the gateway too. Here the error is logged with its traceback and
shown as an error notification; the worker ends in the ERROR state and the dashboard carries on.
"""

from __future__ import annotations

import functools
import inspect
import logging

from textual import work as textual_work

log = logging.getLogger(__name__)


def work(method=None, **options):
    """Use exactly like textual.work (`@work` or `@work(group=..., exclusive=...)`)."""
    if method is None:
        return lambda decorated: work(decorated, **options)
    options["exit_on_error"] = False
    return textual_work(_reporting(method), **options)


def _reporting(method):
    what = method.__name__.removeprefix("action_").replace("_", " ")
    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def guarded(node, *args, **kwargs):
            try:
                return await method(node, *args, **kwargs)
            except Exception as exc:
                report_failure(node, what, exc, from_thread=False)
                raise

        return guarded

    @functools.wraps(method)
    def guarded_in_thread(node, *args, **kwargs):
        try:
            return method(node, *args, **kwargs)
        except Exception as exc:
            report_failure(node, what, exc, from_thread=True)
            raise

    return guarded_in_thread


def report_failure(node, what: str, exc: Exception, *, from_thread: bool) -> None:
    log.error("dashboard: %s failed", what, exc_info=exc)
    text = f"{what} failed: {type(exc).__name__}: {exc}"
    try:
        app = node.app
        if from_thread:
            app.call_from_thread(app.notify, text, severity="error", timeout=10)
        else:
            app.notify(text, severity="error", timeout=10)
    except Exception:  # the screen or the app is already gone: the log has it
        log.debug("could not notify the failure of %s", what, exc_info=True)
