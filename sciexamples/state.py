"""Process-global state a snippet may change: snapshot before a run, restore after, report leaks."""

from __future__ import annotations

import _locale
import _socket
import builtins
import contextvars
import faulthandler
import gc
import logging
import operator
import os
import signal
import sys
import threading
import time
import warnings
import weakref
from types import ModuleType
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

try:
    import resource
except ImportError:  # not on Windows
    resource = None  # type: ignore[assignment]


@dataclass(frozen=True)
class Facet:
    """One piece of global state: how to read it, how to put it back, and whether changing it is an offence.

    `silent` facets (plot styles, display options) may be changed by a snippet and are simply
    restored; changing any other facet fails the example even though it is restored. `peek`, where
    given, reads the current state for comparison without copying it, or without what `capture`
    does besides (the default is `capture`). `same`, where given, replaces the comparison itself,
    for state whose own `==` is slow. `offending`, where given, tells which changes of a non-silent
    facet are offences (`offending(saved, now)`); the others are restored silently.
    """

    name: str
    capture: Callable[[], Any]
    restore: Callable[[Any], None]
    silent: bool = True
    same: Callable[[Any], bool] | None = None
    peek: Callable[[], Any] | None = None
    offending: Callable[[Any, Any], bool] | None = None

    def current(self) -> Any:
        return (self.peek or self.capture)()

    def unchanged(self, saved: Any) -> bool:
        if self.same is not None:
            return self.same(saved)
        return not _differs(self.current(), saved)


_BUILTINS = vars(builtins)
# bound here: after a snippet deleted or replaced `len` or `all`, looking them up fails or runs its code
_len, _all, _map, _is = len, all, map, operator.is_


def builtins_snapshot() -> dict[str, Any]:
    return _BUILTINS.copy()


def builtins_put_back(saved: dict[str, Any]) -> list[str]:
    """Make the builtins namespace hold what `saved` held, if a snippet changed it; return the offence.

    Called first when a snippet ends, before any other code of the harness (or pytest) looks up a
    builtin name: after `del builtins.len` the guard itself, and pytest after it, failed with
    NameError and the run ended. Until the namespace is whole again it looks up no builtin name.
    Names a snippet added there count as well: they would be visible to every later snippet."""
    # inline, not `_unchanged`: a snippet that lowered the recursion limit to its own depth leaves no
    # room for one more Python frame here
    if _len(_BUILTINS) == _len(saved) and _all(_map(_is, _BUILTINS.values(), saved.values())) and _BUILTINS.keys() == saved.keys():
        return []
    left = _BUILTINS.copy()
    _BUILTINS.clear()
    _BUILTINS.update(saved)
    changed = sorted(name for name in saved.keys() | left.keys() if name not in left or name not in saved or left[name] is not saved[name])
    if not changed:
        return []  # the same names bound to the same objects, in another order
    return [f"changed builtins: {', '.join(changed[:5])} (put back)"]


def _loaded(module: str) -> Any:
    return sys.modules.get(module)


def _dict_version_reader() -> Callable[[dict], int] | None:
    """CPython's modification stamp of a dict (`ma_version_tag`, PEP 509), or None where it can't be trusted.

    Every insertion, replacement or deletion gives a dict a new stamp from a global counter, so one
    read tells whether a namespace of thousands of names changed, where comparing the names one by one
    took about 200 us a run for the watched namespaces (with the cache cold after a snippet). Python
    does not expose the stamp: it is read at its offset in the dict's struct, after the object header
    and `ma_used`, on CPython 3.11-3.13 (3.14 dropped the global counter). A self-test must see every
    kind of change move the stamp and nothing else move it; otherwise the guard compares names as before.
    """
    if sys.implementation.name != "cpython" or not (3, 11) <= sys.version_info[:2] <= (3, 13):
        return None
    try:
        import ctypes
    except ImportError:
        return None
    offset = object.__basicsize__ + ctypes.sizeof(ctypes.c_ssize_t)
    at = ctypes.c_uint64.from_address

    def version(mapping: dict) -> int:
        return at(id(mapping) + offset).value

    probe: dict[str, Any] = {"a": 1, "b": 2}
    owner = type("Probe", (), {"f": 1})
    namespace = _class_dict(owner)
    changes = (
        (probe, lambda: probe.__setitem__("a", 3)), (probe, lambda: probe.__setitem__("c", 4)),
        (probe, lambda: probe.__delitem__("b")), (probe, lambda: probe.update(a=5)), (probe, lambda: probe.pop("a")),
        (probe, lambda: probe.setdefault("d", 6)), (probe, probe.clear),
        (namespace, lambda: setattr(owner, "f", 2)), (namespace, lambda: setattr(owner, "g", 3)),
        (namespace, lambda: delattr(owner, "f")),
    )
    seen = {version(probe), version(namespace)}
    for changed, change in changes:
        before = (version(probe), version(namespace))
        if before != (version(probe), version(namespace)):
            return None  # moves without a change
        change()
        stamp = version(changed)
        if stamp in seen:
            return None  # a change that did not move it
        seen.add(stamp)
    return version


def _class_dict(cls: type) -> dict:
    """The dict behind a class's read-only `__dict__` view (the view's one referent)."""
    return next(d for d in gc.get_referents(vars(cls)) if type(d) is dict)


_VERSION = _dict_version_reader()
# by key: (the dict, its stamp, what was made of it); made again only after the dict changed
_COPIES: dict[str, tuple[dict, int, Any]] = {}


def _stamped(key: str, mapping: dict, make: Callable[[dict], Any] = dict.copy) -> Any:
    """`make(mapping)` (by default a copy), the same object as last time while the mapping's stamp
    says it has not changed since. Callers must treat it as read-only."""
    if _VERSION is None:
        return make(mapping)
    stamp = _VERSION(mapping)
    held = _COPIES.get(key)
    if held is None or held[0] is not mapping or held[1] != stamp:
        held = _COPIES[key] = (mapping, stamp, make(mapping))
    return held[2]


def _still(key: str, copy: dict, mapping: dict) -> bool:
    """True when `mapping` is the dict `copy` was made of by `_stamped`, with the stamp it had then;
    False also when that can't be told (no stamps, or another copy made since): compare the contents then."""
    held = _COPIES.get(key)
    return held is not None and held[2] is copy and held[0] is mapping and _VERSION is not None and _VERSION(mapping) == held[1]


def _rc_copy(params: dict) -> dict:
    # RcParams overrides iteration (sorted, validating), so dict.copy falls back to the slow path;
    # dict.items reads the underlying dict at C speed (25x faster)
    return dict(dict.items(params))


def _rc_capture() -> Any:
    mpl = _loaded("matplotlib")
    return None if mpl is None else _stamped("matplotlib.rcParams", mpl.rcParams, _rc_copy)


def _rc_same(saved: Any) -> bool:
    mpl = _loaded("matplotlib")
    if mpl is None:
        return False
    if _still("matplotlib.rcParams", saved, mpl.rcParams):
        return True
    # dict's own comparison: RcParams inherits Mapping.__eq__, which iterates it the slow way
    try:
        return dict.__eq__(mpl.rcParams, saved) is True
    except Exception:  # noqa: BLE001 - numpy arrays compare elementwise; a changed array counts as changed
        return False


def _rc_restore(saved: Any) -> None:
    mpl = _loaded("matplotlib")
    if mpl is None:
        return
    if saved is None:
        # matplotlib was first imported by the snippet: go back to the defaults it started from
        saved = dict(mpl.rcParamsOrig)
        saved["backend"] = "agg"
    # dict.update bypasses validation, as matplotlib's own rc_context does on exit
    dict.update(mpl.rcParams, saved)
    plt = _loaded("matplotlib.pyplot")
    if plt is not None and plt.get_backend().lower() != "agg":
        plt.switch_backend("agg")


def _units_capture() -> Any:
    units = _loaded("matplotlib.units")
    return None if units is None else dict(units.registry)


def _units_restore(saved: Any) -> None:
    units = _loaded("matplotlib.units")
    if units is None or saved is None:
        return
    if dict(units.registry) != saved:
        units.registry.clear()
        units.registry.update(saved)


def _nested_copy(tree: dict) -> dict:
    return {k: _nested_copy(v) if isinstance(v, dict) else v for k, v in tree.items()}


def _flatten(tree: dict, prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            out.update(_flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def _pandas_capture() -> Any:
    pd = _loaded("pandas")
    # a nested copy of pandas' option store: far cheaper than get_option per key
    return None if pd is None else _nested_copy(pd._config.config._global_config)


def _pandas_peek() -> Any:
    pd = _loaded("pandas")
    return None if pd is None else pd._config.config._global_config


def _pandas_restore(saved: Any) -> None:
    pd = _loaded("pandas")
    if pd is None or saved is None:
        return
    now = _flatten(pd._config.config._global_config)
    for key, value in _flatten(saved).items():
        if key in now and _differs(now[key], value):
            pd.set_option(key, value)


def _module_setting(module: str, get: str, put: str) -> tuple[Callable[[], Any], Callable[[Any], None]]:
    """Capture and restore for a library setting read with `module.get()` and put back with `module.put(**saved)`."""

    def capture() -> Any:
        loaded = _loaded(module)
        return None if loaded is None else getattr(loaded, get)()

    def restore(saved: Any) -> None:
        loaded = _loaded(module)
        if loaded is not None and saved is not None:
            getattr(loaded, put)(**saved)

    return capture, restore


def _logging_capture() -> Any:
    """`logging.disable`'s level, and every existing logger with its level, switch, propagation and handlers.

    `matplotlib.set_loglevel("debug")` would flood every later example with debug records."""
    manager = logging.root.manager
    # listed again when the registry changed (a logger added, or one replacing a placeholder)
    loggers = _stamped("logging's loggers", manager.loggerDict, _loggers_in)
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


_REGISTRY_NAMES: list[Any] = []  # the last names seen, reused while the registries keep their size


def _registries_capture() -> Any:
    """Names in Matplotlib's colormap and color-sequence registries (a snippet registering a colormap
    made the next one registering the same name fail)."""
    mpl = _loaded("matplotlib")
    if mpl is None:
        return None
    sizes = (len(mpl.colormaps), len(getattr(mpl, "color_sequences", ())))
    if not _REGISTRY_NAMES or _REGISTRY_NAMES[0] != sizes:
        _REGISTRY_NAMES[:] = [sizes, (frozenset(mpl.colormaps), frozenset(getattr(mpl, "color_sequences", ())))]
    return _REGISTRY_NAMES[1]


def _registries_same(saved: Any) -> bool:
    # built-in entries can be neither removed nor replaced, so a registry that changed has grown
    mpl = _loaded("matplotlib")
    return mpl is not None and len(mpl.colormaps) == len(saved[0]) and len(getattr(mpl, "color_sequences", ())) == len(saved[1])


def _registries_restore(saved: Any) -> None:
    mpl = _loaded("matplotlib")
    if mpl is None or saved is None:
        return
    colormaps, sequences = saved
    for name in set(mpl.colormaps) - colormaps:
        mpl.colormaps.unregister(name)
    for name in set(getattr(mpl, "color_sequences", ())) - sequences:
        mpl.color_sequences.unregister(name)


def _decimal_context_unset(decimal: Any) -> bool:
    """True while this thread's contextvars context holds no decimal context yet.

    `decimal.getcontext()` would make one and set it there. Reading it before every run did, and every
    run then had a context variable set: NumPy looks up its error state in the context at every ufunc
    call, and that lookup misses its cache whenever the context holds anything at all (16 ns a call;
    about 4 million calls a pass over the corpus)."""
    return getattr(decimal, "HAVE_CONTEXTVAR", False) and not any(var.name == "decimal_context" for var in contextvars.copy_context())


def _decimal_capture() -> Any:
    # the main thread's context (precision, rounding, traps, flags); Context has no ==, its repr tells.
    # (None, None): none set yet; a run may then set one as fresh as getcontext() would have made it
    decimal = _loaded("decimal")
    if decimal is None:
        return None
    if _decimal_context_unset(decimal):
        return None, None
    return repr(decimal.getcontext()), decimal.getcontext().copy()


def _decimal_same(saved: Any) -> bool:
    decimal = _loaded("decimal")
    if decimal is None:
        return False
    if saved[0] is None:
        return _decimal_context_unset(decimal) or repr(decimal.getcontext()) == repr(decimal.Context())
    return repr(decimal.getcontext()) == saved[0]


def _decimal_restore(saved: Any) -> None:
    decimal = _loaded("decimal")
    if decimal is not None and saved is not None:
        decimal.setcontext(decimal.Context() if saved[1] is None else saved[1].copy())


# Resource limits: the memory cap (RLIMIT_DATA) among them. A snippet that lowers the open-file
# limit fails every later example that opens a file; one that raises the cap escapes it.
_LIMITS = ("RLIMIT_AS", "RLIMIT_DATA", "RLIMIT_NOFILE", "RLIMIT_STACK", "RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_NPROC")
_LIMIT_IDS = {name: getattr(resource, name) for name in _LIMITS if hasattr(resource, name)} if resource else {}


def _limits_capture() -> Any:
    return {name: resource.getrlimit(limit) for name, limit in _LIMIT_IDS.items()}


def _limits_restore(saved: Any) -> None:
    now = _limits_capture()
    for name, value in saved.items():
        if now[name] != value:
            resource.setrlimit(_LIMIT_IDS[name], value)  # raising a hard limit needs privileges: else reported


# The interval timers the time limit does not use: their signals (SIGVTALRM, SIGPROF) end the process
# by default, so a timer a snippet armed would kill the worker during a later example.
_TIMERS = {name: getattr(signal, name) for name in ("ITIMER_VIRTUAL", "ITIMER_PROF") if hasattr(signal, name)}


def _timers_capture() -> Any:
    # armed or not, and the interval (the time left runs down, a profiler's timer included)
    timers = {name: signal.getitimer(which) for name, which in _TIMERS.items()}
    return {name: (delay > 0, interval) for name, (delay, interval) in timers.items()}


def _timers_restore(saved: Any) -> None:
    for name, (armed, interval) in saved.items():
        if not armed:
            signal.setitimer(_TIMERS[name], 0)  # disarm what the snippet set; a timer running before stays


def _faulthandler_restore(saved: Any) -> None:
    # the fault handler names the example that crashed the process; put it back on the real stderr
    if saved and not faulthandler.is_enabled():
        faulthandler.enable(file=sys.__stderr__ or sys.stderr)
    elif not saved and faulthandler.is_enabled():
        faulthandler.disable()


def _warnings_capture() -> Any:
    return list(warnings.filters)


def _warnings_restore(saved: Any) -> None:
    if warnings.filters != saved:
        warnings.filters[:] = saved
        warnings._filters_mutated()  # type: ignore[attr-defined]


def _environ_capture() -> Any:
    # the raw (bytes) mapping behind os.environ copies without decoding every entry
    data = getattr(os.environ, "_data", None)
    return _stamped("os.environ", data) if type(data) is dict else dict(os.environ)


def _environ_restore(saved: Any) -> None:
    now = _environ_capture()
    if now != saved:
        data = getattr(os.environ, "_data", None)
        if isinstance(data, dict):
            for key in [k for k in data if k not in saved]:
                os.unsetenv(key)
                del data[key]
            for key, value in saved.items():
                if data.get(key) != value:
                    os.putenv(key, value)
                    data[key] = value
        else:
            os.environ.clear()
            os.environ.update(saved)
        if any(now.get(key) != saved.get(key) for key in (b"TZ", "TZ")) and hasattr(time, "tzset"):
            time.tzset()  # the local time zone the snippet's `time.tzset()` read from TZ


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


# Entries of sys.modules a snippet must not remove or replace: `del sys.modules["numpy"]` made the
# next example's `import numpy` load a second NumPy, and every example after it failed;
# `sys.modules.clear()` left the harness importing second copies of itself. Every entry present when
# the run started is compared (by the dict's stamp first: one read while nothing was imported);
# modules imported during the run are added freely.
def _entries_capture() -> Any:
    return _stamped("sys.modules", sys.modules)


def _entries_moved(saved: Any) -> list[str]:
    modules = sys.modules
    if _still("sys.modules", saved, modules):
        return []
    return [name for name, module in saved.items() if modules.get(name) is not module]


def _entries_restore(saved: Any) -> None:
    for name in _entries_moved(saved):
        sys.modules[name] = saved[name]


def working_directory() -> str | None:
    try:
        return os.getcwd()
    except FileNotFoundError:  # the snippet deleted its own working directory
        return None


def _cwd_restore(saved: Any) -> None:
    if working_directory() != saved:
        os.chdir(saved)


# every signal whose disposition Python can read and set (SIGKILL and SIGSTOP can't be caught)
_SIGNALS = tuple(sorted(int(sig) for sig in signal.valid_signals() - {signal.SIGKILL, signal.SIGSTOP}))
# `signal`'s own functions wrap every handler and signal number in an enum: 1 us a signal. The C
# module underneath returns plain ints (0 is SIG_DFL, 1 SIG_IGN) and the handler objects as set.
_raw_signals: Any = getattr(signal, "_signal", signal)


def _signals_capture() -> Any:
    """Python's handler for each signal, and the main thread's blocked set.

    A snippet that ignores SIGALRM or blocks it disarms every later example's time limit, and one
    that replaces SIGINT's handler takes Ctrl-C away from the person running the gate."""
    getsignal = _raw_signals.getsignal
    handlers = {sig: getsignal(sig) for sig in _SIGNALS}
    return handlers, frozenset(map(int, _blocked())), _wakeup_fd()


def _wakeup_fd() -> int | None:
    """The descriptor Python writes each signal's number to (`signal.set_wakeup_fd`), or None outside
    the main thread, where it can't be read. Setting it is the only way to read it. One a snippet set
    and left would receive a byte at every later SIGALRM, the time limit's, after its socket closed
    and the number went to another file."""
    try:
        fd = _raw_signals.set_wakeup_fd(-1)
    except ValueError:
        return None
    if fd != -1 and not _put_wakeup_fd(fd):
        _LOST_WAKEUP[:] = [fd]  # reading unset it: still reported until the facet is restored
    return fd if fd != -1 or not _LOST_WAKEUP else _LOST_WAKEUP[0]


_LOST_WAKEUP: list[int] = []


def _put_wakeup_fd(fd: int) -> bool:
    try:
        _raw_signals.set_wakeup_fd(fd)
        return True
    except (ValueError, OSError):  # closed since, or no longer non-blocking: nothing to write to
        _raw_signals.set_wakeup_fd(-1)
        return False


def _blocked() -> Any:
    sigmask = getattr(_raw_signals, "pthread_sigmask", None)
    return sigmask(signal.SIG_BLOCK, ()) if sigmask is not None else ()


def signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


def _signals_restore(saved: Any) -> None:
    handlers, blocked, wakeup = saved
    now, now_blocked, now_wakeup = _signals_capture()
    for sig, handler in handlers.items():
        if now[sig] != handler and handler is not None:  # None: set outside Python, can't be put back
            signal.signal(sig, handler)
    if now_blocked != blocked:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
    if now_wakeup != wakeup and wakeup is not None:
        _LOST_WAKEUP.clear()
        _put_wakeup_fd(wakeup)


def _event_loop_capture() -> Any:
    """asyncio's event loop policy and the loop set for this thread (`asyncio.set_event_loop`), when
    asyncio is loaded: a loop a snippet set and left is what every later `asyncio.get_event_loop()`
    returns. (Read through private names: the public getters create a policy and a loop, or warn.)"""
    policy = getattr(sys.modules.get("asyncio.events"), "_event_loop_policy", None)
    return policy, getattr(getattr(policy, "_local", None), "_loop", None)  # never None: asyncio may load during the run


def _event_loop_restore(saved: Any) -> None:
    policy, loop = saved
    left = _event_loop_capture()[1]
    sys.modules["asyncio.events"]._event_loop_policy = policy
    if policy is not None:
        policy._local._loop = loop
    if left is not None and left is not loop and not left.is_running() and not left.is_closed():
        left.close()  # the snippet's, and no one else's: closed as its figures are


_WEAKREF_FINALIZERS: dict = weakref.finalize._registry  # type: ignore[attr-defined]


def _finalizers_capture() -> Any:
    """The finalizers that run at exit if their object is still alive then: `weakref.finalize`'s,
    and multiprocessing's (`multiprocessing.util.Finalize`, when loaded). One a snippet attached to
    an object that outlives its run (`weakref.finalize(sys, os.remove, path)`) would run when the
    process ends, outside any run and past the refusal of writes into the project."""
    return frozenset(_WEAKREF_FINALIZERS), frozenset(_multiprocessing_finalizers())


def _multiprocessing_finalizers() -> dict:
    return getattr(sys.modules.get("multiprocessing.util"), "_finalizer_registry", {})


def _finalizers_restore(saved: Any) -> None:
    finalizers, registered = saved
    for finalizer in set(_WEAKREF_FINALIZERS) - finalizers:
        finalizer.detach()
    registry = _multiprocessing_finalizers()
    for key in set(registry) - registered:
        entry = registry.get(key)
        if entry is not None:
            entry.cancel()


def _hooks_capture() -> Any:
    # trace and profile functions (a debugger, coverage) slow every later example and see its code;
    # threading's are installed in every thread started later
    return sys.gettrace(), sys.getprofile(), threading.gettrace(), threading.getprofile()


def _hooks_restore(saved: Any) -> None:
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


def _backend_capture() -> Any:
    """The canvas class of pyplot's backend: `plt.switch_backend` changes it, and restoring
    rcParams['backend'] alone does not switch pyplot back (later figures would draw on a PDF canvas)."""
    plt = _loaded("matplotlib.pyplot")
    if plt is None:
        return None
    # pyplot loads its backend at the first figure; load it now, or a first switch would go unseen
    backend = getattr(plt, "_backend_mod", None) or getattr(plt, "_get_backend_mod", lambda: None)()
    return getattr(backend, "FigureCanvas", None)


def _backend_restore(saved: Any) -> None:
    plt = _loaded("matplotlib.pyplot")
    module = saved.__module__
    prefix = "matplotlib.backends.backend_"
    plt.switch_backend(module[len(prefix):] if module.startswith(prefix) else f"module://{module}")


def _streams_capture() -> Any:
    return (sys.stdin, sys.stdout, sys.stderr, sys.__stdin__, sys.__stdout__, sys.__stderr__)


def _streams_restore(saved: Any) -> None:
    sys.stdin, sys.stdout, sys.stderr, sys.__stdin__, sys.__stdout__, sys.__stderr__ = saved


# Standard file descriptors: what each refers to, and a duplicate of it to put it back from. A
# snippet that closes fd 1 (`os.close(1)`) or points it elsewhere (`os.dup2(devnull, 1)`) takes the
# terminal away from the rest of the run when pytest does not capture (`-s`): the summary is lost,
# and xdist's worker reported an INTERNALERROR. One duplicate per descriptor serves run after run,
# renewed when the descriptor is pointed elsewhere between runs (pytest's capture does so per test).
_STD_FDS = (0, 1, 2)
_FD_COPIES: dict[int, tuple[Any, int]] = {}


def fd_identity(fd: int) -> Any:
    """What descriptor `fd` refers to (device, inode); None when it is closed."""
    try:
        status = os.fstat(fd)
    except OSError:
        return None  # closed
    return status.st_dev, status.st_ino


def _fds_peek() -> Any:
    return tuple(map(fd_identity, _STD_FDS))


def _fds_capture() -> Any:
    identities = _fds_peek()
    for fd, identity in zip(_STD_FDS, identities):
        held = _FD_COPIES.get(fd)
        if identity is not None and (held is None or held[0] != identity):
            if held is not None:
                os.close(held[1])
            _FD_COPIES[fd] = (identity, os.dup(fd))
    return identities


def _fds_restore(saved: Any) -> None:
    for fd, identity in zip(_STD_FDS, saved):
        held = _FD_COPIES.get(fd)
        if identity is not None and fd_identity(fd) != identity and held is not None and held[0] == identity:
            os.dup2(held[1], fd)


def _threads_capture() -> Any:
    return frozenset(t.ident for t in threading.enumerate())


# Threads snippets left running: whatever they run later is a snippet's code, whatever its frames
# say (os._exit refuses them: see execute._exit_between_runs).
LEFT_BEHIND: weakref.WeakSet[threading.Thread] = weakref.WeakSet()


def _threads_restore(saved: Any) -> None:
    # a live new thread is reported as a leak, then stopped as far as it can be
    for thread in threading.enumerate():
        if thread.ident in saved:
            continue
        LEFT_BEHIND.add(thread)
        if isinstance(thread, threading.Timer):
            thread.cancel()
        _stop(thread)
        if not thread.daemon:
            _abandon(thread)


class ThreadStopped(SystemExit):
    """Raised by the harness in a thread a snippet left running (see `_stop`)."""


def _stop(thread: threading.Thread) -> None:
    """Raise ThreadStopped in `thread` at its next bytecode (`PyThreadState_SetAsyncExc`).

    Left running, at 0ab1d2c, a thread that slept 0.3 s and then silenced warnings failed the next,
    innocent example with "changed warnings filters", and one spinning in a loop took the interpreter
    from every later example half the time. A thread blocked in C (`time.sleep`, a lock, a socket)
    gets the exception when the call returns; one that catches BaseException goes on. Its end is not
    reported again: the example that left it has failed for it already."""
    import ctypes

    thread._invoke_excepthook = _ignore  # type: ignore[attr-defined]  # pytest would report it in whichever example runs then
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread.ident or 0), ctypes.py_object(ThreadStopped))
    thread.join(0.005)  # lets one that runs Python code take the exception now, before the other facets are put back


def _ignore(*args: Any) -> None:
    return None


def _abandon(thread: threading.Thread) -> None:
    """Let the process end without waiting for `thread`, a non-daemon thread a snippet left running.

    Python's exit waits for every non-daemon thread: one sleeping for ten minutes kept the gate's
    process alive after its summary, and a thread that never returns would keep it forever. CPython
    3.11 and 3.12 wait on the locks in `threading._shutdown_locks`; the thread's lock leaves that set.
    Elsewhere nothing is done (3.13 waits in C). A worker of a `ThreadPoolExecutor` is joined at exit
    by `concurrent.futures` itself, through its `_threads_queues`: it leaves that too."""
    executors = getattr(sys.modules.get("concurrent.futures.thread"), "_threads_queues", None)
    if executors is not None:
        executors.pop(thread, None)
    locks, guard, lock = getattr(threading, "_shutdown_locks", None), getattr(threading, "_shutdown_locks_lock", None), getattr(thread, "_tstate_lock", None)
    if locks is None or guard is None or lock is None:
        return
    with guard:
        locks.discard(lock)


# Public namespaces a snippet might monkeypatch; compared by identity after every run.
WATCHED_MODULES = (
    "builtins", "numpy", "numpy.random", "pandas", "matplotlib", "matplotlib.pyplot", "seaborn", "scipy.stats",
    "scipy.signal", "scipy.optimize", "scipy.integrate", "math", "random", "os", "sys", "time", "tempfile",
    "warnings", "threading",
    # pytest's own, which turn an item's run into its report
    "pytest", "_pytest.runner", "_pytest.reports", "_pytest.main", "_pytest.terminal",
)


# Library classes a snippet might monkeypatch (`pd.DataFrame.sum = ...`) or extend for good
# (`pd.api.extensions.register_dataframe_accessor`, after which the next example registering the same
# name warns). NumPy's are C types: assigning to `np.ndarray.sum` raises.
WATCHED_CLASSES = (
    ("pandas", "DataFrame"), ("pandas", "Series"), ("matplotlib.artist", "Artist"),
    ("matplotlib.axes", "Axes"), ("matplotlib.figure", "Figure"), ("sklearn.base", "BaseEstimator"),
)


_OWNERS: list[Any] = []  # (len(sys.modules), owners): looked up again only when modules were imported


# The harness's own modules and classes, every name in them private ones included: a snippet that
# replaced `sciexamples.execute._evaluate_checks` with a no-op made every later example pass, a
# failing one included, and the run's exit status 0. (A function's code swapped in place, or objects
# reached through `gc`, are past what an in-process guard sees: `--examples-isolated` for such datasets.)
HARNESS_MODULES = tuple(
    f"sciexamples{suffix}" for suffix in ("", ".execute", ".state", ".protect", ".checks", ".example", ".edge", ".pytest_plugin", ".items", ".defaults", ".isolate", ".workers", ".fixtures")
)
HARNESS_CLASSES = (
    ("sciexamples.execute", "Outcome"), ("sciexamples.state", "StateGuard"), ("sciexamples.state", "Facet"),
    ("sciexamples.example", "Example"), ("sciexamples.items", "ExampleItem"), ("sciexamples.items", "EdgeCaseItem"),
)
_WHOLE = frozenset([*HARNESS_MODULES, *(f"{module}.{attr}" for module, attr in HARNESS_CLASSES)])


def _owners() -> dict[str, tuple[Any, dict]]:
    """The watched modules and classes that are loaded, by dotted name, each with its namespace dict.

    A module or class replaced by a snippet is not looked up again: the module facet sees the name
    replaced in its module's namespace, and the sys.modules facet a replaced entry."""
    modules = sys.modules
    if _OWNERS and _OWNERS[0] == len(modules):
        return _OWNERS[1]
    found = {name: (modules[name], vars(modules[name])) for name in (*WATCHED_MODULES, *HARNESS_MODULES) if name in modules}
    for module, attr in (*WATCHED_CLASSES, *HARNESS_CLASSES):
        cls = getattr(modules.get(module), attr, None)
        if isinstance(cls, type):
            found[f"{module}.{attr}"] = (cls, _class_dict(cls))
    _OWNERS[:] = [len(modules), found]
    return found


def _modules_capture() -> Any:
    # a copy of each namespace, taken again only when the namespace changed (see _stamped)
    return {name: _stamped(name, namespace) for name, (_, namespace) in _owners().items()}


def _modules_peek() -> Any:
    return {name: namespace for name, (_, namespace) in _owners().items()}


def _unchanged(a: Any, b: Any) -> bool:
    """Fast path at C speed: as many names, bound to the same objects in the same order (identity:
    `mpl.rcParams = {}` filled with the same values would pass an == test), and the same last name.
    Names are only ever appended, so a name removed and another added shows as a new last name."""
    return len(a) == len(b) and (not a or next(reversed(a)) is next(reversed(b))) and all(map(operator.is_, a.values(), b.values()))


def _replaced(name: str, before: Any, now: Any) -> list[str]:
    """Public names removed or bound to different objects (additions to a module, like lazily loaded
    submodules, are fine); in the harness's own namespaces, private names too."""
    whole = name in _WHOLE
    return [k for k, v in before.items() if (whole or k[:1] != "_") and (k not in now or now[k] is not v)]


def _added(name: str, before: Any, now: Any) -> list[str]:
    """Public names a watched class gained, or a watched module gained other than submodules (which
    load lazily): `np.helper = f` would let a later example pass only after this one ran."""
    if name in _CLASS_KEYS:
        return [k for k in now if k[:1] != "_" and k not in before]
    return [k for k in now if k[:1] != "_" and k not in before and not isinstance(now[k], ModuleType)]


_CLASS_KEYS = frozenset(f"{module}.{attr}" for module, attr in WATCHED_CLASSES)


def _added_to_module(name: str, before: Any, now: Any) -> list[str]:
    """The names `_added` finds in a watched module (an offence), not in a class (put back silently)."""
    return [] if name in _CLASS_KEYS else _added(name, before, now)


def _modules_same(saved: Any) -> bool:
    # the stamp first (one read a namespace); the names one by one only where it moved
    return all(
        _still(name, saved[name], namespace) or _unchanged(saved[name], namespace)
        or not (_replaced(name, saved[name], namespace) or _added(name, saved[name], namespace))
        for name, namespace in _modules_peek().items() if name in saved
    )


def _any_replaced(saved: Any, now: Any) -> bool:
    """A library function replaced or removed, or a module that gained a name, is an offence; a class
    that only gained names is restored silently."""
    return any(
        _replaced(name, saved[name], now[name]) or _added_to_module(name, saved[name], now[name])
        for name in saved.keys() & now.keys()
    )


def _modules_restore(saved: Any) -> None:
    for name, (owner, namespace) in _owners().items():
        if name in saved:
            for key in _replaced(name, saved[name], namespace):
                setattr(owner, key, saved[name][key])
            for key in _added(name, saved[name], namespace):
                delattr(owner, key)


def _read(path: str) -> str:
    """A small /proc file's text (os.read: a third of what open() costs)."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    try:
        return os.read(fd, 65536).decode()
    finally:
        os.close(fd)


_KEPT: dict[str, tuple[int, int, Any]] = {}  # by path: (the pid that opened it, its fd, what the fd refers to)


def read_proc_self(path: str) -> str:
    """This process's own /proc file `path` (relative to /proc/<pid>/), read again each call through one
    descriptor kept open: a read at offset 0 makes the kernel produce the text afresh. This runs twice
    a run for the children, and per example for the ledger's memory: opening the file took 4-40 us of
    it (the most right after a snippet), a read on the kept descriptor 0.5-2 us. The file is opened
    again in a forked child (it would read its parent's) and when the descriptor was closed or now
    refers to something else (a snippet can't close it: it is open before the snippet runs, see
    execute.harmful_calls_refused, but C code could)."""
    pid = os.getpid()
    held = _KEPT.get(path)
    if held is not None and held[0] == pid and fd_identity(held[1]) == held[2]:
        try:
            return os.pread(held[1], 65536, 0).decode()
        except OSError:
            os.close(held[1])
    fd = os.open(f"/proc/{pid}/{path}", os.O_RDONLY | os.O_CLOEXEC)
    _KEPT[path] = (pid, fd, fd_identity(fd))
    return os.pread(fd, 65536, 0).decode()


def started_here() -> set[int] | None:
    """PIDs of the processes this process started, and those they started in turn (from any of their
    threads; exited ones not yet waited for included), or None where that can't be read (no /proc).

    Descendants count: a pool started through a helper process stops workers that are the helper's
    children (a forkserver's, SciPy's `workers=` pools), and loky stops a worker's whole tree."""
    if not os.path.isdir("/proc/self/task"):
        return None
    return descendants("self")


def descendants(pid: int | str) -> set[int]:
    """PIDs of the processes `pid` started, and those they started in turn (empty without /proc)."""
    found: set[int] = set()
    parents = [str(pid)]
    while parents:
        children = _children_of(parents.pop()) - found
        found |= children
        parents.extend(map(str, children))
    return found


def _children_of(pid: str) -> set[int]:
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return set()  # ended meanwhile
    children: set[int] = set()
    for task in tasks:
        try:
            children.update(int(child) for child in _read(f"/proc/{pid}/task/{task}/children").split())
        except OSError:
            continue  # a thread that ended meanwhile
    return children


def _children_capture() -> Any:
    """PIDs of this process's live children (Linux /proc; empty elsewhere)."""
    # children started from the main thread (where snippets run)
    try:
        pids = {int(p) for p in read_proc_self(f"task/{os.getpid()}/children").split()}
    except OSError:
        return frozenset()
    return frozenset(p for p in pids if _alive(p))


def _alive(pid: int) -> bool:
    try:
        return _read(f"/proc/{pid}/stat").split(") ")[-1][:1] not in ("Z", "X")
    except OSError:
        return False


def running(pids: Iterable[int]) -> set[int]:
    """Those of `pids` still running (not ended, not a zombie)."""
    return {pid for pid in pids if _alive(pid)}


def end_processes(pids: Iterable[int]) -> None:
    """Kill each of `pids` (SIGKILL) and reap those that are this process's children (their own
    parents reap the others)."""
    for pid in pids:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except OSError:  # gone already, or not a child of this process (ChildProcessError)
            continue


def _children_restore(saved: Any) -> None:
    end_processes(_children_capture() - saved)


_LISTING: list[Any] = []  # (the starting directory's stamp, its names), see _files_capture


def _directory_stamp() -> Any:
    status = os.stat(".")
    return status.st_dev, status.st_ino, status.st_mtime_ns, status.st_ctime_ns


def _files_capture() -> Any:
    """Names in the directory the run started from (restored first, see FACETS' order).

    Dot-entries are left out: tools sharing that directory (.mplconfig, .hypothesis caches) create
    them at any time. The names are listed again only when the directory's modification time moved,
    or when it lies within the last two seconds: a file system stamps times at the granularity of its
    clock tick, and a change in the same tick as the last one would leave the time where it was."""
    try:
        stamp = _directory_stamp()
        if not _LISTING or _LISTING[0] != stamp or time.time_ns() - stamp[2] < 2_000_000_000:
            _LISTING[:] = [stamp, frozenset(name for name in os.listdir(".") if not name.startswith("."))]
        return _LISTING[1]
    except OSError:
        return frozenset()


def _files_restore(saved: Any) -> None:
    return None  # never delete: a file in the starting directory might be someone else's


FACETS: tuple[Facet, ...] = (
    # first: the facets after it read modules through sys.modules
    Facet("sys.modules", _entries_capture, _entries_restore, silent=False, same=lambda saved: not _entries_moved(saved)),
    # next: a thread or child process the snippet left running is stopped before the facets it could
    # change again (files it writes into the starting directory) are compared and put back; threads
    # that end during a run (a timer a previous snippet left) are no change
    Facet("threads", _threads_capture, _threads_restore, silent=False, same=lambda saved: _threads_capture() <= saved),
    Facet("child processes", _children_capture, _children_restore, silent=False),
    Facet("working directory", working_directory, _cwd_restore),
    Facet("files in the starting directory", _files_capture, _files_restore, silent=False),
    Facet("matplotlib rcParams", _rc_capture, _rc_restore, same=_rc_same),
    Facet("matplotlib backend", _backend_capture, _backend_restore),
    Facet("matplotlib units registry", _units_capture, _units_restore),
    Facet("pandas options", _pandas_capture, _pandas_restore, peek=_pandas_peek),
    Facet("numpy print options", *_module_setting("numpy", "get_printoptions", "set_printoptions")),
    Facet("numpy error state", *_module_setting("numpy", "geterr", "seterr"), silent=False),
    Facet("scipy.special error state", *_module_setting("scipy.special", "geterr", "seterr"), silent=False),
    Facet("matplotlib colormap registries", _registries_capture, _registries_restore, same=_registries_same),
    Facet("scikit-learn config", *_module_setting("sklearn", "get_config", "set_config")),
    Facet("logging configuration", _logging_capture, _logging_restore, same=_logging_same),
    Facet("decimal context", _decimal_capture, _decimal_restore, same=_decimal_same),
    Facet("warnings filters", _warnings_capture, _warnings_restore, silent=False),
    Facet("os.environ", _environ_capture, _environ_restore, silent=False),
    Facet("sys.path", *_sys_list("path"), silent=False),
    Facet("sys.argv", *_sys_list("argv"), silent=False),
    # an import hook a snippet leaves (a finder that blocks or rewrites imports) acts on every later import
    Facet("sys.meta_path", *_sys_list("meta_path"), silent=False),
    Facet("sys.path_hooks", *_sys_list("path_hooks"), silent=False),
    Facet("standard streams", _streams_capture, _streams_restore),
    Facet("standard file descriptors", _fds_capture, _fds_restore, silent=False, peek=_fds_peek),
    Facet("signal handlers", _signals_capture, _signals_restore, silent=False),
    Facet("asyncio event loop", _event_loop_capture, _event_loop_restore),
    Facet("finalizers run at exit", _finalizers_capture, _finalizers_restore, silent=False),
    Facet("trace and profile functions", _hooks_capture, _hooks_restore, silent=False),
    Facet("interpreter settings", _interpreter_capture, _interpreter_restore, silent=False, offending=_interpreter_offending),
    Facet("resource limits", _limits_capture, _limits_restore, silent=False),
    Facet("fault handler", faulthandler.is_enabled, _faulthandler_restore, silent=False),
    Facet("interval timers", _timers_capture, _timers_restore, silent=False),
    Facet("library attributes", _modules_capture, _modules_restore, silent=False, same=_modules_same, peek=_modules_peek, offending=_any_replaced),
)


# Unbounded library caches keyed by objects a run creates. An entry pins its key, and through it a
# snippet's whole figure, for the life of the process: memory that grows with every example, not a
# first-use cost. Matplotlib's `Artist.properties()` (called by seaborn's `move_legend` and
# categorical legends, and by `plt.getp`) memoizes `ArtistInspector.is_alias` on bound methods.
# Entries added during a run are released after it; recomputing one is a docstring lookup.
PINNING_CACHES = (("matplotlib.artist", "ArtistInspector", "is_alias"),)


def _pinning_caches() -> dict[str, Any]:
    found = {}
    for module, owner, name in PINNING_CACHES:
        cache = getattr(getattr(sys.modules.get(module), owner, None), name, None)
        if hasattr(cache, "cache_info") and hasattr(cache, "cache_clear"):
            found[f"{module}.{owner}.{name}"] = cache
    return found


def cache_sizes() -> dict[str, int]:
    return {key: cache.cache_info().currsize for key, cache in _pinning_caches().items()}


def release_pinning_caches(sizes: dict[str, int]) -> None:
    """Clear each pinning cache that grew since `sizes` was taken (one first imported meanwhile counts as grown)."""
    for key, cache in _pinning_caches().items():
        if cache.cache_info().currsize > sizes.get(key, 0):
            cache.cache_clear()


class StateGuard:
    """Snapshot every facet; `restore()` puts them back and returns the offences found."""

    def __init__(self, facets: tuple[Facet, ...] = FACETS) -> None:
        self.facets = facets
        self.saved = [f.capture() for f in facets]
        self.cache_sizes = cache_sizes()
        self._threads_done: list[str] | None = None  # what stop_threads() found, when called

    def saved_state(self, name: str) -> Any:
        """What the facet `name` held when the snapshot was taken."""
        return next(saved for facet, saved in zip(self.facets, self.saved) if facet.name == name)

    def changed(self, name: str) -> bool:
        """Whether the facet `name` differs now from the snapshot."""
        return next(saved is not None and not facet.unchanged(saved) for facet, saved in zip(self.facets, self.saved) if facet.name == name)

    def stop_threads(self) -> None:
        """Stop the threads started since the snapshot (see `_stop`) ahead of `restore()`, which still
        reports them: before the snippet's namespace is emptied, whose names they may still use."""
        self._threads_done = self._restore_where(lambda facet: facet.restore is _threads_restore)

    def restore(self) -> list[str]:
        """Restore every facet; return messages for offences (non-silent facets changed) and leaks (still differ).

        Also releases what library caches pinned during the run (see PINNING_CACHES)."""
        release_pinning_caches(self.cache_sizes)
        if self._threads_done is None:
            return self._restore_where(lambda facet: True)
        return [*self._restore_where(lambda facet: facet.restore is not _threads_restore), *self._threads_done]

    def _restore_where(self, chosen: Callable[[Facet], bool]) -> list[str]:
        problems = []
        for facet, saved in zip(self.facets, self.saved):
            if saved is None or not chosen(facet):
                continue  # None: the library was first imported during the run, nothing to compare with
            if facet.unchanged(saved):
                continue
            now = facet.current()
            offence = not facet.silent and (facet.offending is None or facet.offending(saved, now))
            if offence:
                problems.append(f"changed {facet.name}: {_describe(facet.name, saved, now)}")
            try:
                facet.restore(saved)
            except Exception as exc:  # noqa: BLE001 - a broken restore is itself a leak to report
                problems.append(f"could not restore {facet.name}: {exc!r}")
                continue
            if not offence and not facet.unchanged(saved):
                problems.append(f"could not restore {facet.name}")
        return problems


def _differs(a: Any, b: Any) -> bool:
    if a is b:
        return False
    try:
        return bool(a != b)
    except Exception:  # noqa: BLE001 - numpy arrays in rcParams compare elementwise
        return True


def _describe(name: str, before: Any, after: Any) -> str:
    if name == "threads":
        live = [t.name for t in threading.enumerate() if t.ident not in before]
        return f"threads still running: {', '.join(live)}"
    if name == "files in the starting directory":
        return f"new: {', '.join(sorted(after - before)[:5])}; removed: {', '.join(sorted(before - after)[:5]) or 'none'}"
    if name == "standard file descriptors":
        changed = [f"fd {fd} {'closed' if now is None else 'points elsewhere'}" for fd, was, now in zip(_STD_FDS, before, after) if now != was]
        return f"{', '.join(changed)} (put back)"
    if name == "sys.modules":
        moved = _entries_moved(before)
        return f"removed or replaced: {', '.join(moved[:5])}{f' and {len(moved) - 5} more' if len(moved) > 5 else ''}"
    if name == "child processes":
        return f"child processes still running: {sorted(after - before)} (killed)"
    if name == "signal handlers":
        changed = [signal_name(sig) for sig, handler in before[0].items() if after[0].get(sig) != handler]
        if after[1] != before[1]:
            changed.append(f"blocked set: {', '.join(sorted(signal_name(sig) for sig in after[1] ^ before[1]))}")
        if after[2] != before[2]:
            changed.append(f"wakeup descriptor (signal.set_wakeup_fd): {before[2]} -> {after[2]}")
        return ", ".join(changed)
    if name == "finalizers run at exit":
        calls = [getattr((f.peek() or (None, None))[1], "__qualname__", "?") for f in after[0] - before[0]]
        registry = _multiprocessing_finalizers()
        calls += [getattr(getattr(registry.get(key), "_callback", None), "__qualname__", "?") for key in after[1] - before[1]]
        return f"{len(calls)} new, calling {', '.join(sorted(calls)[:5])} (detached)"
    if name == "library attributes":
        changed = [f"{module}.{key}" for module in before if module in after for key in _replaced(module, before[module], after[module])]
        added = [f"{module}.{key}" for module in before if module in after for key in _added_to_module(module, before[module], after[module])]
        return "; ".join([*([f"replaced: {', '.join(changed[:5])}"] if changed else []), *([f"added: {', '.join(added[:5])}"] if added else [])])
    if isinstance(before, dict) and isinstance(after, dict):
        keys = sorted({*before, *after} - {k for k in before if k in after and not _differs(before[k], after[k])})
        return ", ".join(f"{k}: {before.get(k)!r} -> {after.get(k)!r}" for k in keys[:5])
    if isinstance(before, list) and isinstance(after, list):
        return f"{len(before)} entries -> {len(after)} entries"
    return f"{before!r:.60} -> {after!r:.60}"
