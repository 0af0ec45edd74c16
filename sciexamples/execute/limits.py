"""Time limits of a run: the time limit a snippet sees as ExampleTimeout, and the watchdog behind it
that ends the process (the hard stop) when a snippet never gives the interpreter back."""

from __future__ import annotations

import faulthandler
import math
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class ExampleTimeout(BaseException):
    """Raised inside a snippet when its time limit expires (BaseException: `except Exception` can't swallow it)."""


# Where the watchdog (below) writes the stacks of a process it ends. The pytest plugin sets a copy
# of the real stderr, made before pytest captures file descriptors; elsewhere stderr as it is.
WATCHDOG_FILE: list[Any] = []


def hard_limit(seconds: float) -> float:
    """When the hard stop ends the process: twice the time limit, plus 2 s."""
    return 2 * seconds + 2


# The watchdog (see time_limit) is a thread that faulthandler starts when armed and joins when
# cancelled: about 0.2 ms a run, a tenth of what the harness adds to a run. A caller that runs
# examples back to back (the pytest plugin) passes `keep_watchdog=True` and calls
# `disarm_watchdog()` itself before anything else may take long (other tests, a debugger, an idle
# xdist worker, the end of the session). A kept watchdog is armed for a quarter longer than the hard
# limit and re-armed only when less than the hard limit is left on it when a run starts: it then ends
# a stuck run between `hard_limit` and a quarter later, and restarts about once every quarter of it.
KEPT_WATCHDOG_SLACK = 0.25
_WATCHDOG: dict[str, Any] = {"fires": None, "file": None}  # monotonic time it fires at, where it writes
REAL_DUMP_LATER = faulthandler.dump_traceback_later
REAL_CANCEL_LATER = faulthandler.cancel_dump_traceback_later


def _arm_watchdog(hard: float, keep: bool) -> None:
    output = WATCHDOG_FILE[0] if WATCHDOG_FILE else (sys.__stderr__ or 2)
    now, fires = time.monotonic(), _WATCHDOG["fires"]
    timeout = math.ceil(hard * (1 + KEPT_WATCHDOG_SLACK)) if keep else hard  # whole seconds in its report
    if keep and fires is not None and _WATCHDOG["file"] == output and now + hard <= fires <= now + timeout:
        return
    REAL_DUMP_LATER(timeout, exit=True, file=output)
    _WATCHDOG.update(fires=now + timeout, file=output)


def disarm_watchdog() -> None:
    """Cancel the hard stop if armed (kept after a run by `keep_watchdog=True`)."""
    if _WATCHDOG["fires"] is not None:
        REAL_CANCEL_LATER()
        _WATCHDOG.update(fires=None, file=None)


@contextmanager
def time_limit(seconds: float | None, keep_watchdog: bool = False) -> Iterator[None]:
    """Raise ExampleTimeout in the main thread after `seconds` (wall clock); no limit elsewhere or when falsy.

    ExampleTimeout comes from a SIGALRM handler, which Python runs between bytecodes. A snippet
    stuck in C code that never returns to the interpreter (`sum(itertools.repeat(1))`), or one that
    ignores or blocks SIGALRM, never sees it. For those, faulthandler's watchdog thread, which needs
    no interpreter lock, writes every thread's stack (the snippet's frame `<example ID>` among them)
    and ends the process at `hard_limit(seconds)` (up to a quarter later with `keep_watchdog`, which
    leaves it armed afterwards): under pytest-xdist the worker is reported as crashed while running
    that example and replaced.
    """
    if not seconds or threading.current_thread() is not threading.main_thread():
        disarm_watchdog()  # a kept one must not end a run that has no limit
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise ExampleTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    _arm_watchdog(hard_limit(seconds), keep_watchdog)
    try:
        yield
    finally:
        if not keep_watchdog:
            disarm_watchdog()
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
