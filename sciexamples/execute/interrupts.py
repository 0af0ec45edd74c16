"""Ctrl-C while a snippet runs: a real one stops the run, one the snippet raises is its own error."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .limits import ExampleTimeout


@contextmanager
def interrupts_marked() -> Iterator[list[int]]:
    """Mark a real Ctrl-C (SIGINT) that arrives while a snippet runs; yields the marks.

    A KeyboardInterrupt the snippet raises itself (`raise KeyboardInterrupt`) is then its own error,
    and a real one still stops the run. Without the marks either would end a `-n 0` run ("no tests
    ran") and interrupt an xdist session. Outside the main thread no handler can be set: every
    KeyboardInterrupt counts as real there."""
    received: list[int] = []
    if threading.current_thread() is not threading.main_thread():
        received.append(signal.SIGINT)
        yield received
        return
    previous = signal.getsignal(signal.SIGINT)

    def mark(signum: int, frame: Any) -> Any:
        received.append(signum)
        if callable(previous):
            return previous(signum, frame)
        if previous != signal.SIG_IGN:
            raise KeyboardInterrupt
        return None

    signal.signal(signal.SIGINT, mark)
    try:
        yield received
    finally:
        signal.signal(signal.SIGINT, previous)


def raised_by_snippet(exc: BaseException, interrupts: list[int]) -> bool:
    """Whether `exc`, raised while the snippet runs, its figures are drawn or its checks evaluated (its
    own objects' `draw`, `__bool__`, `__eq__`, `__repr__`...), is the snippet's doing: anything but
    the time limit and a real Ctrl-C. A `KeyboardInterrupt` from a snippet object's `__bool__` in a
    check, or from its `__repr__`, would otherwise stop the whole `-n 0` run ("no tests ran")."""
    return not isinstance(exc, ExampleTimeout) and not (isinstance(exc, KeyboardInterrupt) and interrupts)
