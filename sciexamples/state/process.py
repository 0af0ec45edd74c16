"""State of the operating-system process a snippet may change: the environment, working directory
and files beside it, signal handlers, standard streams and descriptors, resource limits, interval
timers and the fault handler."""

from __future__ import annotations

import faulthandler
import os
import signal
import sys
import time
from typing import Any

from .dict_versions import cached_copy
from .facet import Facet

try:
    import resource
except ImportError:  # not on Windows
    resource = None  # type: ignore[assignment]


# Resource limits: the memory cap (RLIMIT_DATA) among them. A snippet that lowers the open-file
# limit fails every later example that opens a file; one that raises the cap escapes it.
_RESOURCE_LIMITS = ("RLIMIT_AS", "RLIMIT_DATA", "RLIMIT_NOFILE", "RLIMIT_STACK", "RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_NPROC")
_RESOURCE_LIMIT_IDS = {name: getattr(resource, name) for name in _RESOURCE_LIMITS if hasattr(resource, name)} if resource else {}


def _resource_limits_capture() -> Any:
    return {name: resource.getrlimit(limit) for name, limit in _RESOURCE_LIMIT_IDS.items()}


def _resource_limits_restore(saved: Any) -> None:
    now = _resource_limits_capture()
    for name, value in saved.items():
        if now[name] != value:
            resource.setrlimit(_RESOURCE_LIMIT_IDS[name], value)  # raising a hard limit needs privileges: else reported


# The interval timers the time limit does not use: their signals (SIGVTALRM, SIGPROF) end the process
# by default, so a timer a snippet armed would kill the worker during a later example.
_INTERVAL_TIMERS = {name: getattr(signal, name) for name in ("ITIMER_VIRTUAL", "ITIMER_PROF") if hasattr(signal, name)}


def _timers_capture() -> Any:
    # armed or not, and the interval (the time left runs down, a profiler's timer included)
    timers = {name: signal.getitimer(which) for name, which in _INTERVAL_TIMERS.items()}
    return {name: (delay > 0, interval) for name, (delay, interval) in timers.items()}


def _timers_restore(saved: Any) -> None:
    for name, (armed, interval) in saved.items():
        if not armed:
            signal.setitimer(_INTERVAL_TIMERS[name], 0)  # disarm what the snippet set; a timer running before stays


def _faulthandler_restore(saved: Any) -> None:
    # the fault handler names the example that crashed the process; put it back on the real stderr
    if saved and not faulthandler.is_enabled():
        faulthandler.enable(file=sys.__stderr__ or sys.stderr)
    elif not saved and faulthandler.is_enabled():
        faulthandler.disable()


def _environ_capture() -> Any:
    # the raw (bytes) mapping behind os.environ copies without decoding every entry
    data = getattr(os.environ, "_data", None)
    return cached_copy("os.environ", data) if type(data) is dict else dict(os.environ)


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


def _streams_capture() -> Any:
    return (sys.stdin, sys.stdout, sys.stderr, sys.__stdin__, sys.__stdout__, sys.__stderr__)


def _streams_restore(saved: Any) -> None:
    sys.stdin, sys.stdout, sys.stderr, sys.__stdin__, sys.__stdout__, sys.__stderr__ = saved


# Standard file descriptors: what each refers to, and a duplicate of it to put it back from. A
# snippet that closes fd 1 (`os.close(1)`) or points it elsewhere (`os.dup2(devnull, 1)`) takes the
# terminal away from the rest of the run when pytest does not capture (`-s`): the summary would be
# lost, and xdist's worker would report an INTERNALERROR. One duplicate per descriptor serves run
# after run, renewed when the descriptor is pointed elsewhere between runs (pytest's capture does so
# per test).
STD_FDS = (0, 1, 2)
_FD_COPIES: dict[int, tuple[Any, int]] = {}


def fd_identity(fd: int) -> Any:
    """What descriptor `fd` refers to (device, inode); None when it is closed."""
    try:
        status = os.fstat(fd)
    except OSError:
        return None  # closed
    return status.st_dev, status.st_ino


def _fds_peek() -> Any:
    return tuple(map(fd_identity, STD_FDS))


def _fds_capture() -> Any:
    identities = _fds_peek()
    for fd, identity in zip(STD_FDS, identities):
        held = _FD_COPIES.get(fd)
        if identity is not None and (held is None or held[0] != identity):
            if held is not None:
                os.close(held[1])
            _FD_COPIES[fd] = (identity, os.dup(fd))
    return identities


def _fds_restore(saved: Any) -> None:
    for fd, identity in zip(STD_FDS, saved):
        held = _FD_COPIES.get(fd)
        if identity is not None and fd_identity(fd) != identity and held is not None and held[0] == identity:
            os.dup2(held[1], fd)


_LISTING: list[Any] = []  # (the starting directory's signature, its names), see _files_capture


def _directory_signature() -> Any:
    """What tells whether the directory changed: its device, inode, modification and change times."""
    status = os.stat(".")
    return status.st_dev, status.st_ino, status.st_mtime_ns, status.st_ctime_ns


def _files_capture() -> Any:
    """Names in the directory the run started from (restored first, see FACETS' order).

    Dot-entries are left out: tools sharing that directory (.mplconfig, .hypothesis caches) create
    them at any time. The names are listed again only when the directory's modification time moved,
    or when it lies within the last two seconds: a file system stamps times at the granularity of its
    clock tick, and a change in the same tick as the last one would leave the time where it was."""
    try:
        signature = _directory_signature()
        if not _LISTING or _LISTING[0] != signature or time.time_ns() - signature[2] < 2_000_000_000:
            _LISTING[:] = [signature, frozenset(name for name in os.listdir(".") if not name.startswith("."))]
        return _LISTING[1]
    except OSError:
        return frozenset()


def _files_restore(saved: Any) -> None:
    return None  # never delete: a file in the starting directory might be someone else's


WORKING_DIRECTORY = Facet("working directory", working_directory, _cwd_restore)
FILES_IN_STARTING_DIRECTORY = Facet("files in the starting directory", _files_capture, _files_restore, silent=False)
ENVIRON = Facet("os.environ", _environ_capture, _environ_restore, silent=False)
STANDARD_STREAMS = Facet("standard streams", _streams_capture, _streams_restore)
STANDARD_FDS = Facet("standard file descriptors", _fds_capture, _fds_restore, silent=False, peek=_fds_peek)
SIGNAL_HANDLERS = Facet("signal handlers", _signals_capture, _signals_restore, silent=False)
RESOURCE_LIMITS = Facet("resource limits", _resource_limits_capture, _resource_limits_restore, silent=False)
FAULT_HANDLER = Facet("fault handler", faulthandler.is_enabled, _faulthandler_restore, silent=False)
INTERVAL_TIMERS = Facet("interval timers", _timers_capture, _timers_restore, silent=False)
