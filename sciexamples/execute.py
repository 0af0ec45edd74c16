"""Run one example: the single execution contract the generator, the plugin and the evaluator share."""

from __future__ import annotations

import _thread
import atexit
import contextvars
import errno
import faulthandler
import functools
import gc
import io
import linecache
import math
import os
import random
import re
import shutil
import signal
import sys
import tempfile
import threading
import time
import traceback
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, NoReturn

# Agg must be chosen before pyplot is first imported anywhere in this process.
os.environ.setdefault("MPLBACKEND", "Agg")
if os.environ["MPLBACKEND"].lower() != "agg":
    os.environ["MPLBACKEND"] = "Agg"

from . import assertion_rewriting_off  # noqa: E402
from .checks import check_namespace, explain_check, open_figures  # noqa: E402
from .defaults import DEFAULT_TIMEOUT  # noqa: E402
from .example import Example, snippet_filename  # noqa: E402
from .protect import FILE_GROWTH_LIMIT, file_growth_limited, put_back, swap_in, writes_refused  # noqa: E402
from .state import LEFT_BEHIND, StateGuard, builtins_put_back, builtins_snapshot, fd_identity, signal_name, started_here, working_directory  # noqa: E402
from .workers import helpers_started_since, kept_workers, let_library_threads_end, library_workers_watched, shut_down_started_since  # noqa: E402

SEED = 0

PASSED, FAILED, ERROR, TIMEOUT = "passed", "failed", "error", "timeout"

# Imported once per process before the first run, outside any snippet's state guard: importing
# scipy or sklearn the first time adds warnings filters, which must not be blamed on a snippet.
PRELOAD = (
    # pyplot's backend too: Matplotlib 3.8 imports `matplotlib.backends` only at the first figure
    "numpy", "pandas", "matplotlib.pyplot", "matplotlib.backends.backend_agg", "seaborn",
    "scipy.stats", "scipy.signal", "scipy.integrate", "scipy.optimize", "scipy.interpolate",
    "scipy.linalg", "scipy.fft", "scipy.special", "scipy.spatial", "scipy.ndimage", "scipy.cluster",
    "sklearn.linear_model", "sklearn.ensemble", "sklearn.model_selection", "sklearn.preprocessing",
    "sklearn.pipeline", "sklearn.metrics", "sklearn.decomposition", "sklearn.cluster", "sklearn.svm",
    "sklearn.neighbors", "sklearn.tree", "sklearn.compose", "sklearn.impute", "sklearn.datasets",
    "sklearn.feature_selection", "sklearn.naive_bayes", "sklearn.manifold", "sklearn.mixture",
    "sklearn.inspection", "sklearn.calibration",
)


@functools.cache
def preload() -> None:
    """Import the scientific stack (about 3 s), once per process.

    The imports run on a thread of their own, whose frame stack starts empty. Called deep in
    pytest's stack, they would cross a boundary between CPython's 16 KiB frame-stack chunks
    thousands of times, and each crossing maps and unmaps a chunk: 7,400 mmap/munmap pairs under
    pytest, against 800 on a fresh stack. Under pytest, its assertion-rewriting finder, first on
    `sys.meta_path`, matches every module imported (some 2,000 here) against test-file names; the
    stack holds no test module or plugin, so the finder steps aside meanwhile.

    The collector is off meanwhile: what an import makes lives as long as the process, and the four
    or five full collections the imports triggered (each traversing everything imported so far, up
    to 200,000 objects) found next to nothing to free (0.2 s under pytest, 0.12 s without).
    Then one collection, and what is alive is frozen into the collector's permanent generation
    (`gc.freeze`): every full collection during the runs (and pytest's five at session end) would
    otherwise traverse it all again.
    """
    from concurrent.futures import ThreadPoolExecutor

    collecting = gc.isenabled()
    gc.disable()
    try:
        with assertion_rewriting_off(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="sciexamples-preload") as importer:
            importer.submit(_import_stack).result()  # re-raises here what an import raised
    finally:
        if collecting:
            gc.enable()
    gc.collect()
    gc.freeze()


def _import_stack() -> None:
    import importlib

    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except ImportError:
            continue


class ExampleTimeout(BaseException):
    """Raised inside a snippet when its time limit expires (BaseException: `except Exception` can't swallow it)."""


@dataclass
class WarningRecord:
    category: str
    message: str
    filename: str
    lineno: int
    from_snippet: bool
    mro: tuple[str, ...] = ()

    def __str__(self) -> str:
        where = f"snippet line {self.lineno}" if self.from_snippet else f"{self.filename}:{self.lineno}"
        return f"{self.category}: {self.message} ({where})"


@dataclass
class Outcome:
    """What happened when one example ran."""

    example_id: str
    status: str
    message: str = ""
    details: list[str] = field(default_factory=list)
    stdout: str = ""
    warnings: list[WarningRecord] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    duration: float = 0.0
    snippet_seconds: float = 0.0  # of `duration`: running the snippet and drawing its figures
    failed_check: str | None = None
    snippet_line: int | None = None
    exception_types: tuple[str, ...] = ()  # class names along the MRO of what the snippet raised
    figure_files: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return self.status == PASSED

    def report(self, code: str) -> str:
        """A human-readable account: status, message, snippet with the failing line marked, details."""
        lines = [f"example {self.example_id}: {self.status.upper()}: {self.message}"]
        if self.snippet_line is not None:
            lines.append("")
            lines.append(numbered_snippet(code, self.snippet_line))
        if self.details:
            lines.append("")
            lines.extend(self.details)
        return "\n".join(lines)


def numbered_snippet(code: str, mark: int | None = None) -> str:
    out = []
    for n, text in enumerate(code.splitlines(), start=1):
        pointer = ">" if n == mark else " "
        out.append(f"{pointer}{n:4d} | {text}")
    return "\n".join(out)


# Where the hard stop (below) writes the stacks of a process it ends. The pytest plugin sets a copy
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
_REAL_DUMP_LATER = faulthandler.dump_traceback_later
_REAL_CANCEL_LATER = faulthandler.cancel_dump_traceback_later


def _arm_watchdog(hard: float, keep: bool) -> None:
    output = WATCHDOG_FILE[0] if WATCHDOG_FILE else (sys.__stderr__ or 2)
    now, fires = time.monotonic(), _WATCHDOG["fires"]
    timeout = math.ceil(hard * (1 + KEPT_WATCHDOG_SLACK)) if keep else hard  # whole seconds in its report
    if keep and fires is not None and _WATCHDOG["file"] == output and now + hard <= fires <= now + timeout:
        return
    _REAL_DUMP_LATER(timeout, exit=True, file=output)
    _WATCHDOG.update(fires=now + timeout, file=output)


def disarm_watchdog() -> None:
    """Cancel the hard stop if armed (kept after a run by `keep_watchdog=True`)."""
    if _WATCHDOG["fires"] is not None:
        _REAL_CANCEL_LATER()
        _WATCHDOG.update(fires=None, file=None)


def _refusal(what: str) -> Callable[..., NoReturn]:
    """A stand-in that refuses whatever it is called with: ProcessExit("the snippet {what}; refused")."""

    def refuse(*args: Any, **kwargs: Any) -> NoReturn:
        raise ProcessExit(f"the snippet {what}; refused")

    return refuse


# A snippet's own `faulthandler.dump_traceback_later` or cancel would replace or end the run's hard
# stop (faulthandler has one timer): with `SIGALRM` ignored as well, a loop then ran for ever (at
# 18787b0; the call was let through and the next run armed the hard stop afresh).
_refuse_watchdog = _refusal("would replace or cancel the run's hard stop (faulthandler's one timer)")
# `faulthandler.register(signal)` installs a handler in C that `signal.getsignal` can't see, so no
# comparison after the run finds it; at 6da0f3f it stayed for every later example.
_refuse_fault_handler = _refusal("registered a fault handler for a signal (faulthandler.register), which would stay for every later example")


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


class ProcessExit(BaseException):
    """What ending its own process raises while a snippet runs in-process: it fails the example, not the worker."""


_REAL_EXIT = os._exit
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


def _from_a_string(filename: str) -> bool:
    """Whether code of this file name was compiled from a string: a snippet's (`<example ...>`), or
    what it ran through `exec` and `eval` (`<string>`); not a frozen standard module's."""
    return filename.startswith("<") and not filename.startswith("<frozen ")


def _exit_between_runs(code: int = 0) -> None:
    """`os._exit` after the first run, outside runs: code a snippet left behind can't end the process.

    A `__del__` a snippet defined, on an object in a reference cycle, runs whenever the collector
    gets to it: at 2fd3d33 one calling `os._exit(0)` ran during pytest's last collection and ended a
    `-n 0` session whose first example had failed, with exit status 0 and no summary. So can a thread
    the snippet left running. Called on a thread a snippet left running, or with a frame of a
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
        from_string = _from_a_string(name)
        if name.startswith(_SNIPPET_FILE) or (from_string and not in_files):
            raise ProcessExit(f"os._exit({code!r}) called by code a snippet left behind (a thread, a __del__); refused")
        in_files = in_files or not from_string
        frame = frame.f_back
    _REAL_EXIT(code)


def _refuse_signal(sig: int, how: str, whom: str = "its own process") -> None:
    raise ProcessExit(f"the snippet sent {signal_name(sig)} to {whom} ({how}); refused")


def _whom(pid: int) -> str:
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
                _refuse_signal(sig, "os.kill", _whom(pid))
        elif abs(pid) not in ours or pid == -1:
            if pid > 0:
                _raise_if_gone(pid)
            _refuse_signal(sig, "os.kill", _whom(pid))
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
            _refuse_signal(sig, "os.killpg", _whom(-pgid))
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
# its saved terminal, xdist's channel. `os.closerange(3, 1024)` closed them all: a -n 0 run lost its
# output and ended with exit 1 and no summary. Fds 0-2 are the state guard's (put back, reported).
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
    and at 0ab1d2c one silencing warnings after every fork failed the next example that used a
    process pool. Libraries that register one when the snippet first imports them go through."""
    if _from_a_string(sys._getframe(1).f_code.co_filename):
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
    (faulthandler, "dump_traceback_later", _refuse_watchdog, _REAL_DUMP_LATER),
    (faulthandler, "cancel_dump_traceback_later", _refuse_watchdog, _REAL_CANCEL_LATER),
    (faulthandler, "register", _refuse_fault_handler, getattr(faulthandler, "register", None)),
) if entry[3] is not None)


@contextmanager
def harmful_calls_refused() -> Iterator[None]:
    """While a snippet runs: `os._exit` and any signal it sends to its own process or process group
    raise ProcessExit instead. At feede66, `os.kill(os.getpid(), SIGKILL)` or SIGTERM ended a `-n 0`
    run without naming the example; `os.killpg` of its own group would end an xdist controller too.
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
        os._exit = _REAL_EXIT


@contextmanager
def interrupts_marked() -> Iterator[list[int]]:
    """Mark a real Ctrl-C (SIGINT) that arrives while a snippet runs; yields the marks.

    A KeyboardInterrupt the snippet raises itself (`raise KeyboardInterrupt`) is then its own error,
    and a real one still stops the run. At feede66 either ended a `-n 0` run ("no tests ran") and
    interrupted an xdist session. Outside the main thread no handler can be set: every
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


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forked_child)


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


_SCRATCH: list[str] = []  # this process's scratch directory, while it is known to be empty


@contextmanager
def scratch_directory() -> Iterator[str]:
    """An empty working directory for one run.

    One directory per process serves run after run: a run that leaves anything in it gets the
    directory deleted, and the next run a new one. Making and deleting a temporary directory for
    every run took about 0.25 ms of file-system calls, more than the rest of a run's bookkeeping.
    """
    if not _SCRATCH or not os.access(_SCRATCH[0], os.W_OK | os.X_OK):  # gone, or made read-only
        _SCRATCH[:] = [tempfile.mkdtemp(prefix="sciexample-")]
        atexit.register(shutil.rmtree, _SCRATCH[0], ignore_errors=True)
    path = _SCRATCH[0]
    try:
        yield path
    finally:
        try:
            dirty = bool(os.listdir(path))
        except OSError:
            dirty = True
        if dirty:
            _SCRATCH.clear()
            shutil.rmtree(path, ignore_errors=True)


def seed_global_rngs(seed: int = SEED) -> None:
    random.seed(seed)
    np = sys.modules.get("numpy")
    if np is not None:
        np.random.seed(seed)


def _snippet_frames(exc: BaseException, filename: str) -> tuple[int | None, list[str]]:
    """The snippet line where `exc` was raised (innermost snippet frame) and a trimmed traceback."""
    frames = traceback.extract_tb(exc.__traceback__)
    line = None
    keep = []
    for i, frame in enumerate(frames):
        if frame.filename == filename:
            line = frame.lineno
            keep = frames[i:]
    shown = [s.rstrip("\n") for s in traceback.format_list(keep[-6:])] if keep else []
    return line, [*shown, *_exception_lines(exc)]


def _exception_lines(exc: BaseException) -> list[str]:
    """The traceback's last lines for `exc` (`Type: message`), each bounded."""
    return [_bounded(s.rstrip("\n")) for s in traceback.format_exception_only(type(exc), exc)]


MESSAGE_LIMIT = 2_000


def _bounded(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """`text`, or its first `limit` characters and how many more there were: a snippet's exception
    message of 200 million characters made a report of 400 MB and 1.6 GB resident at 18787b0."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... ({len(text) - limit:,} more characters not shown)"


def _exception_text(exc: BaseException) -> str:
    """`Type: message` (`Type` alone for an empty message), bounded; a note where the snippet's
    exception can't say what it is (a `__str__` that raises made the harness's own traceback the
    report at 18787b0)."""
    try:
        said = str(exc)
    except ExampleTimeout:
        raise
    except BaseException as error:  # noqa: BLE001 - whatever a snippet's __str__ raises
        said = f"<str() of the exception raised {type(error).__name__}>"
    return type(exc).__name__ + (f": {_bounded(said)}" if said else "")


def _matches(exc: BaseException, expected: str) -> bool:
    return any(cls.__name__ == expected or f"{cls.__module__}.{cls.__qualname__}" == expected for cls in type(exc).__mro__)


def _draw_figures() -> None:
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is None:
        return
    for num in plt.get_fignums():
        plt.figure(num).canvas.draw()


def _render_figures(outcome: Outcome, interrupts: list[int]) -> list[bytes]:
    """Every open figure as PNG (for the gallery), rendered while the snippet's names still exist:
    drawing may call functions the snippet defined (a secondary axis' conversions, a
    `FuncFormatter`), which find their module names gone once its namespace is emptied. What
    rendering raises fails the example, as an error at draw time does."""
    plt = sys.modules.get("matplotlib.pyplot")
    images: list[bytes] = []
    if plt is None:
        return images
    try:
        for num in plt.get_fignums():
            buffer = io.BytesIO()
            plt.figure(num).savefig(buffer, format="png", dpi=72)
            images.append(buffer.getvalue())
    except BaseException as exc:  # noqa: BLE001 - the snippet's functions may raise anything
        if not _the_snippets(exc, interrupts):
            raise
        if outcome.status == PASSED:
            outcome.status = ERROR
            outcome.message = f"saving the figure failed: {_exception_text(exc)}"
            outcome.details = _exception_lines(exc)
    return images


def _write_figures(example_id: str, directory: Any, images: list[bytes]) -> list[str]:
    """Write the rendered figures into `directory`; returns the file names."""
    from pathlib import Path

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    names = []
    for i, image in enumerate(images):
        name = f"{re.sub(r'[^A-Za-z0-9_.-]', '_', example_id)}-{i}.png"
        (directory / name).write_bytes(image)
        names.append(name)
    return names


def _close_figures() -> None:
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is not None:
        plt.close("all")


def _warning_records(caught: list[warnings.WarningMessage], filename: str) -> list[WarningRecord]:
    return [
        WarningRecord(w.category.__name__, str(w.message), *_where(w, filename), tuple(cls.__name__ for cls in w.category.__mro__))
        for w in caught
    ]


def _where(w: warnings.WarningMessage, filename: str) -> tuple[str, int, bool]:
    """File, line and whether the snippet's own code raised it. "coroutine 'f' was never awaited" comes
    when the namespace is dropped, from the harness's frame: it is the snippet's when the coroutine's
    code is (its `async def` line)."""
    code = getattr(w.source, "cr_code", None)
    if code is not None and code.co_filename == filename:
        return filename, code.co_firstlineno, True
    return w.filename, w.lineno, w.filename == filename


FUTURE_WARNINGS = ("DeprecationWarning", "PendingDeprecationWarning", "FutureWarning")


def _is_future(record: WarningRecord) -> bool:
    return any(name in FUTURE_WARNINGS for name in record.mro)


def _declared(record: WarningRecord, declared: tuple[str, ...], strict_future: bool) -> bool:
    if strict_future and _is_future(record):
        return False  # training data must teach the API that will still exist next year
    return any(name in declared for name in record.mro)


# What a run keeps of a snippet's printed output. A snippet that printed in a loop until its time
# limit filled 3.4 GB of memory in 2 s here, and the run ended while pytest printed it in the report.
OUTPUT_LIMIT = 100_000


class _Output(io.StringIO):
    """The snippet's stdin and stdout: `sys.stdout.close()` keeps what it printed, for the report;
    what is written past OUTPUT_LIMIT characters is counted (`dropped`), not kept. (Its stderr stays
    pytest's: `faulthandler` and child processes need a real descriptor there. What reaches a
    descriptor is bounded by `file_growth_limited`.)"""

    dropped = 0  # set on the instance once something is dropped

    def write(self, text: str) -> int:
        written, room = len(text), max(OUTPUT_LIMIT - self.tell(), 0)
        if written > room:
            self.dropped += written - room
            text = text[:room]
        super().write(text)
        return written

    def kept(self) -> str:
        """What was written, and a last line saying how much was not kept, if any."""
        text = self.getvalue()
        return f"{text}\n[... {self.dropped:,} more characters not kept]" if self.dropped else text

    def close(self) -> None:
        return None


class _Kept:
    """A real standard stream as a snippet sees it (`sys.stderr`, `sys.__stdout__`, `sys.__stderr__`):
    everything goes through to the stream but `close`, which only flushes it. Closed for real, at
    18787b0, `sys.stderr` (pytest's capture of the run) ended a `-n 0` session with "lost sys.stderr"
    and failed the next example under xdist; `sys.__stdout__` (pytest's terminal) ended it with
    `ValueError: I/O operation on closed file` and no summary."""

    __slots__ = ("_stream",)

    def __init__(self, stream: Any) -> None:
        object.__setattr__(self, "_stream", stream)

    def __getattr__(self, name: str) -> Any:
        value = getattr(object.__getattribute__(self, "_stream"), name)
        # the binary stream beneath (`sys.stderr.buffer.close()` closed it at 6da0f3f, with the same
        # end as closing the text stream)
        return _Kept(value) if name in ("buffer", "raw") and value is not None else value

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._stream, name, value)

    def __iter__(self) -> Iterator[str]:
        return iter(self._stream)

    def __enter__(self) -> _Kept:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._stream.flush()

    def detach(self) -> _Kept:
        """The binary stream beneath, kept; the text stream stays usable for the runs after."""
        return self.buffer


def _kept(stream: Any) -> Any:
    return stream if stream is None else _Kept(stream)


def run_example(
    example: Example,
    inputs: Mapping[str, Any],
    *,
    code: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    collect_figures: bool = False,
    strict_future: bool = False,
    figure_dir: Any = None,
    keep_watchdog: bool = False,
) -> Outcome:
    """Run `code` (default: the example's own) with `inputs` and judge it by the example's contract.

    With `strict_future`, a deprecation or future warning from the snippet's own lines fails it even
    when the record declares it. The snippet gets a fresh namespace holding only `inputs`, an empty
    temporary working directory, seeded RNGs, an empty stdin and the Agg backend; every open figure
    is drawn, then the checks are evaluated; global state is restored afterwards and what the
    snippet changed that it must not fails it. The outcome's status is passed, failed, error or timeout.
    With `keep_watchdog`, the hard stop stays armed afterwards (see `time_limit`): the caller disarms it.

    The run happens in an empty `contextvars.Context`, as in a fresh interpreter's main thread: what
    the harness's own imports left there (pytest's import makes a decimal context) stays out of the
    snippet's sight, and what the snippet sets there (`np.seterr`, `decimal.getcontext().prec`) goes
    with the context when the run ends; the state guard runs inside it, so it still sees and judges
    those changes. An empty context also keeps NumPy fast: it looks up its error state in the
    context at every ufunc call, a lookup that misses its cache whenever the context holds anything
    (16 ns a call, about 4 million calls a pass over the corpus).
    """
    return contextvars.Context().run(
        _run_example, example, inputs, code=code, timeout=timeout, collect_figures=collect_figures,
        strict_future=strict_future, figure_dir=figure_dir, keep_watchdog=keep_watchdog,
    )


def _run_example(
    example: Example,
    inputs: Mapping[str, Any],
    *,
    code: str | None,
    timeout: float | None,
    collect_figures: bool,
    strict_future: bool,
    figure_dir: Any,
    keep_watchdog: bool,
) -> Outcome:
    preload()
    code = example.code if code is None else code
    # a record whose code (when it is the code run) or checks do not compile is that example's error,
    # reported with the line marked; nothing of it runs
    broken = [p for p in example.compile_problems() if p.check is not None or code == example.code]
    if broken:
        return Outcome(example.id, ERROR, str(broken[0]), details=[str(p) for p in broken[1:]], snippet_line=broken[0].line)
    filename = snippet_filename(example.id)
    # tracebacks and warnings show snippet lines through linecache; the entry goes when the run ends
    # (one per example id would otherwise accumulate for the life of the process)
    linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)
    limit = example.timeout or timeout
    outcome = Outcome(example.id, PASSED)
    stdout = _Output()
    namespace: dict[str, Any] = {"__name__": "__main__", "__builtins__": __builtins__, **inputs}
    started = time.perf_counter()

    with scratch_directory() as workdir, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        # plt.show() under Agg is a no-op; older Matplotlib also warns about it
        warnings.filterwarnings("ignore", message=".*non-interactive, and thus cannot be shown")
        kept_before = kept_workers()  # the pools and helpers libraries keep, as they were before the run
        guard = StateGuard()
        project = working_directory()  # the directory the run started from: the snippet's to read, not to change
        os.chdir(workdir)
        sys.stdin, sys.stdout = _Output(""), stdout
        sys.stderr, sys.__stdout__, sys.__stderr__ = _kept(sys.stderr), _kept(sys.__stdout__), _kept(sys.__stderr__)
        seed_global_rngs()
        refused_handlers: list[str] = []
        refused_writes: list[str] = []
        builtins_changed: list[str] = []
        unstopped: list[str] = []
        images: list[bytes] = []  # the figures rendered for `figure_dir`
        try:
            with (
                time_limit(limit, keep_watchdog),
                harmful_calls_refused(),
                library_workers_watched(_from_a_string),
                exit_handlers_refused(filename) as refused_handlers,
                interrupts_marked() as interrupts,
            ):
                # the snippet's code and what it left (drawn, checked); saving figures below is the harness's own
                with writes_refused(project, workdir) as refused_writes, file_growth_limited():
                    try:
                        ran = time.perf_counter()
                        _execute(example, code, filename, namespace, outcome, interrupts, builtins_changed)
                        if outcome.status == PASSED:
                            _draw(filename, outcome, interrupts)
                        outcome.snippet_seconds = time.perf_counter() - ran
                        if outcome.status == PASSED:
                            _evaluate_checks(example, namespace, outcome, interrupts)
                        if figure_dir is not None:
                            images = _render_figures(outcome, interrupts)
                    finally:
                        _end_what_it_made(namespace, code, guard, kept_before, unstopped)
                if collect_figures:
                    outcome.figures = [f.to_dict() for f in open_figures()]
        except ExampleTimeout:
            outcome.status = TIMEOUT
            outcome.message = f"did not finish within the time limit of {limit:g} s"
        finally:
            _close_figures()
            problems = [*builtins_changed, *unstopped, *guard.restore()]
            # again once the state guard has ended what the snippet left running: a thread of a pool it
            # never closed, ending, may have made a resource tracker start again (its semaphores unregister)
            problems += shut_down_started_since(kept_before, helpers=True, running_before=guard.saved_state("child processes"))
            if refused_handlers:
                problems.append(f"registered or removed exit handlers (refused): {', '.join(refused_handlers)}")
            if refused_writes:
                problems.append(f"wrote into the project, outside its working directory (refused): {', '.join(refused_writes[:5])}")
            outcome.stdout = stdout.kept()
            outcome.warnings = _warning_records(caught, filename)

    linecache.cache.pop(filename, None)
    if figure_dir is not None:
        # written once the run is over and its working directory put back: the harness's own files,
        # which the comparison of the starting directory must not blame on the snippet
        outcome.figure_files = _write_figures(example.id, figure_dir, images)
    if outcome.status == PASSED and problems:
        outcome.status = FAILED
        outcome.message = "the snippet changed global state it must leave alone"
        outcome.details = problems
    elif problems:  # failed for another reason (often because of what it changed): say both
        outcome.details = [*outcome.details, "The snippet also changed global state it must leave alone:", *problems]
    if outcome.status == PASSED and stdout.dropped:
        outcome.status = FAILED
        outcome.message = f"the snippet printed more than {OUTPUT_LIMIT:,} characters ({stdout.dropped:,} more were not kept)"
    if outcome.status == PASSED:
        _judge_warnings_and_output(example, outcome, strict_future)
    outcome.duration = time.perf_counter() - started
    return outcome


def _execute(
    example: Example, code: str, filename: str, namespace: dict[str, Any], outcome: Outcome, interrupts: list[int], builtins_changed: list[str]
) -> None:
    pid, depth_limit = os.getpid(), sys.getrecursionlimit()
    try:
        _exec_snippet(example, code, filename, namespace, outcome, interrupts, builtins_changed)
    finally:
        if sys.getrecursionlimit() < depth_limit:
            # lowered: the harness runs deeper than most snippets (pytest, xdist's loop) and its
            # next call would raise RecursionError outside any example; the state guard restores
            # a raised limit along with the other interpreter settings
            sys.setrecursionlimit(depth_limit)
        if os.getpid() != pid:
            # a process the snippet forked (`os.fork()`) came back into the harness: it ends here,
            # before it runs anything of the gate (a leftover child is the parent's offence)
            _REAL_EXIT(0)


def _exec_snippet(
    example: Example, code: str, filename: str, namespace: dict[str, Any], outcome: Outcome, interrupts: list[int], builtins_changed: list[str]
) -> None:
    saved_builtins = builtins_snapshot()
    try:
        compiled = example.compiled() if code == example.code else compile(code, filename, "exec")
        try:
            exec(compiled, namespace)  # noqa: S102 - running the snippet is the point
        finally:
            builtins_changed.extend(builtins_put_back(saved_builtins))  # first: see builtins_put_back
    except SystemExit as exc:
        outcome.status = FAILED
        outcome.snippet_line, outcome.details = _snippet_frames(exc, filename)
        outcome.message = f"the snippet called sys.exit({exc.code!r})"
        return
    except BaseException as exc:  # noqa: BLE001 - any error in the snippet is its outcome
        if not _the_snippets(exc, interrupts):
            raise  # the time limit, or a real Ctrl-C: stop the run
        _snippet_raised(example, exc, filename, outcome)
        return
    if example.raises:
        outcome.status = FAILED
        outcome.message = f"expected the snippet to raise {example.raises}, but it finished normally"


def _snippet_raised(example: Example, exc: BaseException, filename: str, outcome: Outcome) -> None:
    outcome.exception_types = tuple(cls.__name__ for cls in type(exc).__mro__)
    line, details = _snippet_frames(exc, filename)
    if example.raises and _matches(exc, example.raises):
        return
    outcome.status = ERROR
    outcome.snippet_line, outcome.details = line, details
    outcome.message = _exception_text(exc) + (f" (snippet line {line})" if line else "")
    if isinstance(exc, OSError) and exc.errno == errno.EFBIG:
        outcome.message += f"; a run may grow no file by more than {FILE_GROWTH_LIMIT // 2**20} MiB (the standard output and error included)"


def _end_what_it_made(namespace: dict[str, Any], code: str, guard: StateGuard, kept_before: list[Any], unstopped: list[str]) -> None:
    """End what the snippet made while its run is still in place (its stand-ins, time limit and
    recorded warnings): code of its that runs now is judged as its own. What could not be ended goes
    to `unstopped`.

    First the pools libraries keep for reuse that the run started (joblib's executor) are shut down
    the library's way, a pool stopping its own workers, and threads library code started get a
    moment to end (see `workers`): the threads and child processes still there after that are what
    the snippet left running. Those threads are stopped next: they may still use its names. Then its
    namespace is emptied: a function it defined holds the namespace in a cycle, which would otherwise
    go at a later collection, in another example's run, with whatever finalizers it carries
    ("coroutine was never awaited", a `__del__`). The collector runs when its code may leave
    finalizers on objects in a cycle (it defines a `__del__` or calls `weakref.finalize`: at 0ab1d2c
    one that silenced warnings failed a later, innocent example), when the run left finalizers that
    run at exit (they count only on objects that outlive the run, and a pool's processes and queues
    carry them in cycles), and when it started helper processes of a pool (a resource tracker, a
    forkserver). (A full collection takes 30-150 ms here, too much for every run; code that spells
    those names some other way is not seen.) Those helpers are stopped last: the snippet's pool
    objects unregister their semaphores from the tracker as they go, and one collected later would
    start a tracker again, in another example's run.

    Every step runs even when the time limit expires in an earlier one (it fires once, and is
    raised again at the end): a step skipped left a resource tracker for the state guard to kill,
    and the next example using a pool was refused for closing the dead tracker's descriptor."""

    def pools() -> None:
        unstopped.extend(shut_down_started_since(kept_before, helpers=False))

    def collect_and_stop_helpers() -> None:
        helpers = helpers_started_since(kept_before)
        if helpers or "__del__" in code or "finalize" in code or guard.changed("finalizers run at exit"):
            gc.collect()
        if helpers:
            unstopped.extend(shut_down_started_since(kept_before, helpers=True, running_before=guard.saved_state("child processes")))

    expired: ExampleTimeout | None = None
    for step in (pools, let_library_threads_end, guard.stop_threads, namespace.clear, collect_and_stop_helpers):
        try:
            step()
        except ExampleTimeout as exc:
            expired = exc
    if expired is not None:
        raise expired


def _the_snippets(exc: BaseException, interrupts: list[int]) -> bool:
    """Whether `exc`, raised while the snippet runs, its figures are drawn or its checks evaluated (its
    own objects' `draw`, `__bool__`, `__eq__`, `__repr__`...), is the snippet's doing: anything but
    the time limit and a real Ctrl-C. A `KeyboardInterrupt` from a snippet object's `__bool__` in a
    check stopped the whole `-n 0` run at 18787b0 ("no tests ran"), one from its `__repr__` too."""
    return not isinstance(exc, ExampleTimeout) and not (isinstance(exc, KeyboardInterrupt) and interrupts)


def _draw(filename: str, outcome: Outcome, interrupts: list[int]) -> None:
    try:
        _draw_figures()
    except BaseException as exc:  # noqa: BLE001 - draw-time errors (bad mathtext, ...) fail the example
        if not _the_snippets(exc, interrupts):
            raise
        outcome.status = ERROR
        outcome.message = f"drawing the figure failed: {_exception_text(exc)}"
        outcome.details = _exception_lines(exc)


def _evaluate_checks(example: Example, namespace: dict[str, Any], outcome: Outcome, interrupts: list[int]) -> None:
    try:
        env = check_namespace(namespace)
    except Exception as exc:  # noqa: BLE001 - `sys.modules["pandas"] = None` breaks the helpers' imports
        outcome.status = ERROR
        outcome.message = f"the checks could not run: {type(exc).__name__}: {exc}"
        return
    for index, check in enumerate(example.checks):
        try:
            ok = bool(eval(example.compiled(index), env))  # noqa: S307
            problem = "" if ok else "evaluated to false"
        except BaseException as exc:  # noqa: BLE001 - a check that raises is a failed check
            if not _the_snippets(exc, interrupts):
                raise
            ok, problem = False, f"raised {_exception_text(exc)}"
        if not ok:
            outcome.status = FAILED
            outcome.failed_check = check
            outcome.message = f"check {index} {problem}: {check}"
            try:
                outcome.details = explain_check(check, env)
            except BaseException as exc:  # noqa: BLE001 - the values' own __repr__ may raise anything
                if not _the_snippets(exc, interrupts):
                    raise
                outcome.details = [f"(the values could not be shown: {type(exc).__name__})"]
            return


def _judge_warnings_and_output(example: Example, outcome: Outcome, strict_future: bool) -> None:
    offending = [w for w in outcome.warnings if w.from_snippet and not _declared(w, example.warns, strict_future)]
    if offending:
        outcome.status = FAILED
        outcome.message = f"the snippet's own code raised {len(offending)} undeclared warning(s): {offending[0]}"
        outcome.snippet_line = offending[0].lineno
        outcome.details = [str(w) for w in offending]
        return
    missing = [name for name in example.warns if not any(name in w.mro for w in outcome.warnings)]
    if missing:
        outcome.status = FAILED
        outcome.message = f"declared warning(s) not raised: {', '.join(missing)}"
        return
    if example.stdout is not None and not re.search(example.stdout, outcome.stdout, re.MULTILINE):
        outcome.status = FAILED
        outcome.message = f"printed output does not match the expected pattern {example.stdout!r}"
        outcome.details = ["captured output:", *outcome.stdout.splitlines()[:20]]
