"""Exit handlers a snippet registers or removes (`atexit`): refused, and reported."""

from __future__ import annotations

import atexit
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..protect import put_back, swap_in


@contextmanager
def exit_handlers_refused(filename: str) -> Iterator[list[str]]:
    """`atexit.register`, `atexit.unregister` and `atexit._clear` called from the snippet's own lines
    do nothing; yields what was refused.

    A handler would run when the gate's process ends, long after the example was judged: one that
    calls `os._exit(0)` would turn a failed run's exit status into success. Removing handlers would
    take away what libraries registered (logging's flush at exit). Libraries that register handlers
    on first use (called from their own code) are left alone."""
    real_register, real_unregister, real_clear = atexit.register, atexit.unregister, atexit._clear
    refused: list[str] = []

    def snippet_calls() -> bool:
        return sys._getframe(2).f_code.co_filename == filename

    def register(func: Any, *args: Any, **kwargs: Any) -> Any:
        if not snippet_calls():
            return real_register(func, *args, **kwargs)
        refused.append(getattr(func, "__qualname__", repr(func)))
        return func

    def unregister(func: Any) -> None:
        if not snippet_calls():
            return real_unregister(func)
        refused.append(f"atexit.unregister({getattr(func, '__qualname__', repr(func))})")
        return None

    def clear() -> None:
        if not snippet_calls():
            return real_clear()
        refused.append("atexit._clear()")
        return None

    stand_ins = ((atexit, "register", register, real_register), (atexit, "unregister", unregister, real_unregister), (atexit, "_clear", clear, real_clear))
    swap_in(stand_ins)
    try:
        yield refused
    finally:
        put_back(stand_ins)
