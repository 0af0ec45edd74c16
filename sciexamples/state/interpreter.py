"""Settings of the interpreter and of its standard library a snippet may change: logging, the decimal
context, warnings filters, the lists in `sys`, trace functions, and the collector, recursion limit,
umask, locale and the like."""

from __future__ import annotations

import _locale
import _socket
import contextvars
import gc
import logging
import os
import sys
import threading
import warnings
from collections.abc import Callable
from typing import Any

from .dict_versions import cached_copy
from .facet import Facet, loaded


def _logging_capture() -> Any:
    """`logging.disable`'s level, and every existing logger with its level, switch, propagation and handlers.

    `matplotlib.set_loglevel("debug")` would flood every later example with debug records."""
    manager = logging.root.manager
    # listed again when the registry changed (a logger added, or one replacing a placeholder)
    loggers = cached_copy("logging's loggers", manager.loggerDict, _loggers_in)
    return manager.disable, loggers, _loggers_state(loggers)


def _loggers_in(registry: dict) -> list[logging.Logger]:
    return [logging.root, *(lg for lg in registry.values() if type(lg) is logging.Logger)]


def _loggers_state(loggers: list[logging.Logger]) -> list[Any]:
    return [(lg.level, lg.disabled, lg.propagate, tuple(lg.handlers)) for lg in loggers]


def _logging_same(saved: Any) -> bool:
    # loggers created during the run (`logging.getLogger("mine")`) are the snippet's own
    disable, loggers, state = saved
    return logging.root.manager.disable == disable and _loggers_state(loggers) == state


def _logging_restore(saved: Any) -> None:
    disable, loggers, state = saved
    if logging.root.manager.disable != disable:
        logging.disable(disable)
    for logger, was, now in zip(loggers, state, _loggers_state(loggers)):
        if now != was:
            level, logger.disabled, logger.propagate, handlers = was
            logger.setLevel(level)
            logger.handlers = list(handlers)


def _decimal_context_unset(decimal: Any) -> bool:
    """True while this thread's contextvars context holds no decimal context yet.

    `decimal.getcontext()` would make one and set it there: read before every run, it would leave
    every run with a context variable set, and NumPy looks up its error state in the context at every ufunc
    call, and that lookup misses its cache whenever the context holds anything at all (16 ns a call;
    about 4 million calls a pass over the corpus)."""
    return getattr(decimal, "HAVE_CONTEXTVAR", False) and not any(var.name == "decimal_context" for var in contextvars.copy_context())


def _decimal_capture() -> Any:
    # the main thread's context (precision, rounding, traps, flags); Context has no ==, its repr tells.
    # (None, None): none set yet; a run may then set one as fresh as getcontext() would have made it
    decimal = loaded("decimal")
    if decimal is None:
        return None
    if _decimal_context_unset(decimal):
        return None, None
    return repr(decimal.getcontext()), decimal.getcontext().copy()


def _decimal_same(saved: Any) -> bool:
    decimal = loaded("decimal")
    if decimal is None:
        return False
    if saved[0] is None:
        return _decimal_context_unset(decimal) or repr(decimal.getcontext()) == repr(decimal.Context())
    return repr(decimal.getcontext()) == saved[0]


def _decimal_restore(saved: Any) -> None:
    decimal = loaded("decimal")
    if decimal is not None and saved is not None:
        decimal.setcontext(decimal.Context() if saved[1] is None else saved[1].copy())


def _warnings_capture() -> Any:
    return list(warnings.filters)


def _warnings_restore(saved: Any) -> None:
    if warnings.filters != saved:
        warnings.filters[:] = saved
        warnings._filters_mutated()  # type: ignore[attr-defined]


def _sys_list(name: str) -> tuple[Callable[[], Any], Callable[[Any], None]]:
    """Capture and restore of a list in `sys` (`sys.path`, `sys.argv`, ...), put back in place (a snippet
    that rebinds the name is the library-attributes facet's)."""

    def capture() -> Any:
        return list(getattr(sys, name))

    def restore(saved: Any) -> None:
        current = getattr(sys, name)
        if current != saved:
            current[:] = saved

    return capture, restore


def _trace_functions_capture() -> Any:
    # trace and profile functions (a debugger, coverage) slow every later example and see its code;
    # threading's are installed in every thread started later
    return sys.gettrace(), sys.getprofile(), threading.gettrace(), threading.getprofile()


def _trace_functions_restore(saved: Any) -> None:
    sys.settrace(saved[0])
    sys.setprofile(saved[1])
    threading.settrace(saved[2])
    threading.setprofile(saved[3])


def _umask() -> int:
    mask = os.umask(0o022)  # reading the umask means setting it; set it straight back
    os.umask(mask)
    return mask


def _interpreter_capture() -> Any:
    return {
        "recursion limit": sys.getrecursionlimit(),
        "gc enabled": gc.isenabled(),
        "gc thresholds": gc.get_threshold(),
        "gc callbacks": tuple(gc.callbacks),
        "int max str digits": sys.get_int_max_str_digits(),
        "umask": _umask(),
        "switch interval": sys.getswitchinterval(),
        "thread stack size": threading.stack_size(),
        "niceness": os.getpriority(os.PRIO_PROCESS, 0),
        "locale": _locale.setlocale(_locale.LC_ALL, None),
        "socket timeout": _socket.getdefaulttimeout(),
        "multiprocessing start method": _start_method(),
        # DEBUG_SAVEALL keeps every later run's garbage (their figures) for the life of the process
        "gc debug flags": gc.get_debug(),
        "gc garbage": len(gc.garbage),
        "CPU affinity": _affinity(),
    }


def _affinity() -> frozenset[int] | None:
    return frozenset(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None


def _interpreter_offending(saved: Any, now: Any) -> bool:
    """Of the interpreter settings, only the collector's debugging flags are an offence when changed
    (they leak or print on behalf of every later run); the others are put back silently."""
    return saved["gc debug flags"] != now["gc debug flags"]


def _start_method() -> str | None:
    multiprocessing = sys.modules.get("multiprocessing")
    return None if multiprocessing is None else multiprocessing.get_start_method(allow_none=True)


def _interpreter_restore(saved: Any) -> None:
    sys.setrecursionlimit(saved["recursion limit"])
    (gc.enable if saved["gc enabled"] else gc.disable)()
    gc.set_threshold(*saved["gc thresholds"])
    gc.callbacks[:] = saved["gc callbacks"]
    sys.set_int_max_str_digits(saved["int max str digits"])
    os.umask(saved["umask"])
    sys.setswitchinterval(saved["switch interval"])
    threading.stack_size(saved["thread stack size"])
    if os.getpriority(os.PRIO_PROCESS, 0) != saved["niceness"]:
        os.setpriority(os.PRIO_PROCESS, 0, saved["niceness"])  # raising it back needs privileges: else reported
    if _locale.setlocale(_locale.LC_ALL, None) != saved["locale"]:
        _locale.setlocale(_locale.LC_ALL, saved["locale"])
    _socket.setdefaulttimeout(saved["socket timeout"])
    if _start_method() != saved["multiprocessing start method"]:
        sys.modules["multiprocessing"].set_start_method(saved["multiprocessing start method"], force=True)
    gc.set_debug(saved["gc debug flags"])
    del gc.garbage[saved["gc garbage"]:]  # what the run's collections kept under DEBUG_SAVEALL
    if saved["CPU affinity"] is not None and _affinity() != saved["CPU affinity"]:
        os.sched_setaffinity(0, saved["CPU affinity"])


LOGGING = Facet("logging configuration", _logging_capture, _logging_restore, same=_logging_same)
DECIMAL_CONTEXT = Facet("decimal context", _decimal_capture, _decimal_restore, same=_decimal_same)
WARNINGS_FILTERS = Facet("warnings filters", _warnings_capture, _warnings_restore, silent=False)
SYS_PATH = Facet("sys.path", *_sys_list("path"), silent=False)
SYS_ARGV = Facet("sys.argv", *_sys_list("argv"), silent=False)
# an import hook a snippet leaves (a finder that blocks or rewrites imports) acts on every later import
SYS_META_PATH = Facet("sys.meta_path", *_sys_list("meta_path"), silent=False)
SYS_PATH_HOOKS = Facet("sys.path_hooks", *_sys_list("path_hooks"), silent=False)
TRACE_FUNCTIONS = Facet("trace and profile functions", _trace_functions_capture, _trace_functions_restore, silent=False)
INTERPRETER_SETTINGS = Facet("interpreter settings", _interpreter_capture, _interpreter_restore, silent=False, offending=_interpreter_offending)
