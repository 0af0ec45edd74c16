"""Stand-ins for the calls a snippet must not make in-process: ending or signalling its own process,
closing the descriptors the run writes to, and hooking every later run for good. Each raises
ProcessExit, which fails the example and leaves the worker running."""

from __future__ import annotations

import _thread
import faulthandler
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, NoReturn

from ..example import snippet_filename
from ..protect import put_back, swap_in
from ..state import LEFT_BEHIND, fd_identity, signal_name, started_here
from .limits import REAL_CANCEL_LATER, REAL_DUMP_LATER


class ProcessExit(BaseException):
    """What ending its own process raises while a snippet runs in-process: it fails the example, not the worker."""


def _refusal(what: str) -> Callable[..., NoReturn]:
    """A stand-in that refuses whatever it is called with: ProcessExit("the snippet {what}; refused")."""

    def refuse(*args: Any, **kwargs: Any) -> NoReturn:
        raise ProcessExit(f"the snippet {what}; refused")

    return refuse


# A snippet's own `faulthandler.dump_traceback_later` or cancel would replace or end the run's hard
# stop (faulthandler has one timer): with `SIGALRM` ignored as well, a loop would then run for ever.
_refuse_watchdog = _refusal("would replace or cancel the run's hard stop (faulthandler's one timer)")
# `faulthandler.register(signal)` installs a handler in C that `signal.getsignal` can't see, so no
# comparison after the run finds it: it would stay for every later example.
_refuse_fault_handler = _refusal("registered a fault handler for a signal (faulthandler.register), which would stay for every later example")


REAL_EXIT = os._exit
_REAL_KILL = os.kill
_REAL_KILLPG = os.killpg
_REAL_RAISE_SIGNAL = signal.raise_signal
_REAL_PTHREAD_KILL = signal.pthread_kill
_REAL_INTERRUPT_MAIN = _thread.interrupt_main
_REAL_CLOSE = os.close
_REAL_CLOSERANGE = os.closerange
_REAL_DUP2 = os.dup2
_REAL_ADDAUDITHOOK = sys.addaudithook
# irreversible for the rest of the process (as root, CI's case, they succeed); a new session or
# process group also takes the process out of reach of the terminal's Ctrl-C and of xdist's controller
_IDENTITY_CHANGES = (
    "chroot", "setuid", "setgid", "seteuid", "setegid", "setreuid", "setregid", "setresuid", "setresgid", "setgroups",
    "setsid", "setpgrp",
)
_REAL_SETPGID = getattr(os, "setpgid", None)


def _refuse_os_exit(code: int = 0) -> None:
    raise ProcessExit(f"the snippet called os._exit({code!r})")


_SNIPPET_FILE = snippet_filename("")[:-1]  # "<example ": the start of every snippet's file name


def from_a_string(filename: str) -> bool:
    """Whether code of this file name was compiled from a string: a snippet's (`<example ...>`), or
    what it ran through `exec` and `eval` (`<string>`); not a frozen standard module's."""
    return filename.startswith("<") and not filename.startswith("<frozen ")


def _exit_between_runs(code: int = 0) -> None:
    """`os._exit` after the first run, outside runs: code a snippet left behind can't end the process.

    A `__del__` a snippet defined, on an object in a reference cycle, runs whenever the collector
    gets to it: one calling `os._exit(0)` during pytest's last collection would end a `-n 0` session
    whose first example failed, with exit status 0 and no summary. So could a thread the snippet left
    running. Called on a thread a snippet left running, or with a frame of a
    snippet's code on the stack, or by code compiled from a string (`exec`, `eval`: how a `__del__`
    or a thread's target hides where it came from) before any frame of a file, this raises
    ProcessExit there (reported by Python as an exception ignored in `__del__`, or in the thread); any
    other caller (the harness's forked children, execnet giving up on a worker) exits as asked.
    (Frames of strings further out are the process's own: an xdist worker's loop is code execnet
    sent as a string.)"""
    if threading.current_thread() in LEFT_BEHIND:
        raise ProcessExit(f"os._exit({code!r}) called by a thread a snippet left running; refused")
    frame, in_files = sys._getframe(1), False
    while frame is not None:
        name = frame.f_code.co_filename
        from_string = from_a_string(name)
        if name.startswith(_SNIPPET_FILE) or (from_string and not in_files):
            raise ProcessExit(f"os._exit({code!r}) called by code a snippet left behind (a thread, a __del__); refused")
        in_files = in_files or not from_string
        frame = frame.f_back
    REAL_EXIT(code)


def _refuse_signal(sig: int, how: str, whom: str = "its own process") -> None:
    raise ProcessExit(f"the snippet sent {signal_name(sig)} to {whom} ({how}); refused")


def _signal_target(pid: int) -> str:
    """Who a signal sent to `pid` (as `os.kill` reads it) reaches, as a refusal names it."""
    if pid in (0, os.getpid()) or pid == -os.getpgrp():
        return "its own process"
    if pid == -1:
        return "every process it may signal"
    if pid == os.getppid():
        return "the process that started it"  # xdist's controller, or whoever started pytest
    return f"{'process group' if pid < 0 else 'process'} {abs(pid)}, which it did not start"


def _kill(pid: int, sig: int) -> None:
    # a snippet may signal the processes it started, however many layers below it (Popen.kill, a
    # pool's terminate), and no other: not its own process or group, not the one that started the
    # gate, not all of them (pid -1, which as root, CI's case, reaches every process on the machine)
    if sig:
        ours = started_here()
        if ours is None:
            if pid in (0, -1, os.getpid(), os.getppid()) or pid == -os.getpgrp():
                _refuse_signal(sig, "os.kill", _signal_target(pid))
        elif abs(pid) not in ours or pid == -1:
            if pid > 0:
                _raise_if_gone(pid)
            _refuse_signal(sig, "os.kill", _signal_target(pid))
    _REAL_KILL(pid, sig)


def _raise_if_gone(pid: int) -> None:
    """Raise the error os.kill gives for a process that is gone (signal 0 sends nothing): a pool
    terminating a worker its forkserver has already reaped expects just that. Any other error
    (no permission) leaves the refusal to the caller."""
    try:
        _REAL_KILL(pid, 0)
    except ProcessLookupError:
        raise
    except OSError:
        return


def _killpg(pgid: int, sig: int) -> None:
    if sig and pgid in (0, os.getpgrp()):
        _refuse_signal(sig, "os.killpg", "its own process group")
    if sig:
        ours = started_here()
        if ours is not None and pgid not in ours:
            _refuse_signal(sig, "os.killpg", _signal_target(-pgid))
    _REAL_KILLPG(pgid, sig)


def _raise_signal(sig: int) -> None:
    _refuse_signal(sig, "signal.raise_signal")


def _pthread_kill(thread_id: int, sig: int) -> None:
    if sig:
        _refuse_signal(sig, "signal.pthread_kill")  # every thread it can reach is one of this process's
    _REAL_PTHREAD_KILL(thread_id, sig)


def _interrupt_main(*args: Any) -> None:
    _refuse_signal(signal.SIGINT, "_thread.interrupt_main")


# Descriptors 3 and up open when the snippet started, by what each refers to: pytest's capture files,
# its saved terminal, xdist's channel. `os.closerange(3, 1024)` would close them all: a -n 0 run
# would lose its output and end with exit 1 and no summary. Fds 0-2 are the state guard's (put back, reported).
_HARNESS_FDS: dict[int, Any] = {}


def _harness_fds() -> dict[int, Any]:
    try:
        numbers = [int(name) for name in os.listdir("/proc/self/fd")]
    except OSError:  # no /proc: nothing known, nothing refused
        return {}
    # the listing's own descriptor is closed by now: no identity
    identities = {fd: fd_identity(fd) for fd in numbers if fd > 2}
    return {fd: identity for fd, identity in identities.items() if identity is not None}


def _refused_fds(fds: Iterable[int]) -> list[int]:
    """Which of `fds` are still the harness's own (a number the snippet got back for a file of its own is fine)."""
    return [fd for fd in fds if fd in _HARNESS_FDS and fd_identity(fd) == _HARNESS_FDS[fd]]


def _refuse_fds(fds: list[int], how: str) -> None:
    raise ProcessExit(f"the snippet would close fd {', '.join(map(str, fds))}, open before it ran ({how}); refused")


def _close(fd: int) -> None:
    if _refused_fds([fd]):
        _refuse_fds([fd], "os.close")
    _REAL_CLOSE(fd)


def _closerange(low: int, high: int) -> None:
    refused = _refused_fds(fd for fd in _HARNESS_FDS if low <= fd < high)
    if refused:
        _refuse_fds(refused, "os.closerange")
    _REAL_CLOSERANGE(low, high)


def _dup2(fd: int, fd2: int, inheritable: bool = True) -> int:
    if _refused_fds([fd2]):
        _refuse_fds([fd2], "os.dup2 onto it")
    return _REAL_DUP2(fd, fd2, inheritable)


_refuse_identity = _refusal(
    "changed the process's root directory, user, session or process group (os.chroot, os.setuid, os.setsid, ...), which no later run could undo"
)


def _setpgid(pid: int, pgid: int) -> None:
    if pid in (0, os.getpid()):
        _refuse_identity()
    _REAL_SETPGID(pid, pgid)  # a child's group is the snippet's business


_addaudithook = _refusal("added an audit hook (sys.addaudithook), which stays for the life of the process")
_refuse_fork_handler = _refusal("registered a fork handler (os.register_at_fork), which stays for the life of the process")


_REAL_REGISTER_AT_FORK = getattr(os, "register_at_fork", None)


def _register_at_fork(**hooks: Any) -> None:
    """`os.register_at_fork` called by the snippet's own code is refused: a handler can never be removed,
    and one silencing warnings after every fork would fail the next example that uses a process
    pool. Libraries that register one when the snippet first imports them go through."""
    if from_a_string(sys._getframe(1).f_code.co_filename):
        _refuse_fork_handler()
    _REAL_REGISTER_AT_FORK(**hooks)  # type: ignore[misc]


# (module, name, stand-in, real) for every way a snippet could end or stop its own process in-process,
# take away the descriptors the run itself writes to, hook every later run for good, or take away the
# run's hard stop (faulthandler's timer); what this platform lacks (a real of None) is left out
_REFUSED_CALLS = tuple(entry for entry in (
    (os, "_exit", _refuse_os_exit, _exit_between_runs),
    (os, "kill", _kill, _REAL_KILL),
    (os, "killpg", _killpg, _REAL_KILLPG),
    (signal, "raise_signal", _raise_signal, _REAL_RAISE_SIGNAL),
    (signal, "pthread_kill", _pthread_kill, _REAL_PTHREAD_KILL),
    (_thread, "interrupt_main", _interrupt_main, _REAL_INTERRUPT_MAIN),
    (os, "close", _close, _REAL_CLOSE),
    (os, "closerange", _closerange, _REAL_CLOSERANGE),
    (os, "dup2", _dup2, _REAL_DUP2),
    (sys, "addaudithook", _addaudithook, _REAL_ADDAUDITHOOK),
    (os, "register_at_fork", _register_at_fork, _REAL_REGISTER_AT_FORK),
    *((os, name, _refuse_identity, getattr(os, name, None)) for name in _IDENTITY_CHANGES),
    (os, "setpgid", _setpgid, _REAL_SETPGID),
    (faulthandler, "dump_traceback_later", _refuse_watchdog, REAL_DUMP_LATER),
    (faulthandler, "cancel_dump_traceback_later", _refuse_watchdog, REAL_CANCEL_LATER),
    (faulthandler, "register", _refuse_fault_handler, getattr(faulthandler, "register", None)),
) if entry[3] is not None)


@contextmanager
def harmful_calls_refused() -> Iterator[None]:
    """While a snippet runs: `os._exit` and any signal it sends to its own process or process group
    raise ProcessExit instead: `os.kill(os.getpid(), SIGKILL)` or SIGTERM would end a `-n 0` run
    without naming the example, and `os.killpg` of its own group an xdist controller too.
    Closing (or overwriting) a descriptor 3 or up that was open before the snippet ran raises it too,
    and so does `sys.addaudithook`: an audit hook can never be removed, and one that raises would fail
    every later example."""
    _HARNESS_FDS.clear()
    _HARNESS_FDS.update(_harness_fds())
    swap_in(_REFUSED_CALLS)
    try:
        yield
    finally:
        put_back(_REFUSED_CALLS)


def _forked_child() -> None:
    # a child forked while a snippet runs (multiprocessing's fork start method) ends with os._exit,
    # called below the snippet's frames, which the child inherited
    if os._exit is _refuse_os_exit:
        put_back(_REFUSED_CALLS)
    if os._exit is _exit_between_runs:
        os._exit = REAL_EXIT


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forked_child)
