"""Workers libraries start for a snippet: the pools and helper processes they keep for reuse end with
its run, threads they start get a moment to end, and warnings blocks on their threads leave no trace.

A library may keep what it starts on first use for the life of the process, on purpose: joblib's
reusable loky executor (worker processes, a manager and a queue-feeder thread), loky's and
multiprocessing's resource trackers, multiprocessing's forkserver and temporary directory. Left
there, the state guard took them for what the snippet left running: `cross_val_score(...,
n_jobs=2)` failed with "child processes still running", and once those were killed the next run
using a pool was refused for closing the dead tracker's descriptor. What a run started of these is
ended the way the library ends it; what ran before the run (the harness's own, the resource tracker
an isolated worker inherits from its parent) is left alone. Pools go first, before the threads and
child processes left are judged; helper processes go once the snippet's objects are gone, for those
objects still use them as they are collected (a pool's semaphores unregister from the tracker).

A thread started by library code rather than by the snippet's own lines may still be ending when the
snippet's code returns: `multiprocessing.pool.ThreadPool.terminate()` (joblib's threading backend,
scikit-learn's forests with `n_jobs`) sends its workers their last task and does not wait for them.
Such threads get up to LIBRARY_THREAD_GRACE seconds to end before the state guard looks; one still
running then is left running (an executor nobody shut down), as is at once any thread the snippet's
own lines started.

Warnings filters are one list for the whole process before Python 3.14: `catch_warnings` saves the
list on entry and puts it back on exit. Blocks entered on several threads at once (scikit-learn runs
every joblib task in one: HistGradientBoosting's binning, forests) leave in another order than they
entered, and the last one out put back a copy another block had made: the filters changed about one
run in three, though every block was left. While a snippet runs, a block that leaves before one
entered after it hands that one what it saved, so the last one out puts back what the first found.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
import warnings
import weakref
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass
from typing import Any, TypeVar

from .state import descendants, end_processes, running

LIBRARY_THREAD_GRACE = 1.0  # seconds, for all of a run's library threads together


@dataclass(frozen=True)
class KeptWorkers:
    """A process-wide pool or helper process that a library starts on first use and keeps on purpose.

    `running()` identifies the live instance (None while there is none): for a `process`, its pid.
    `shut_down()` ends it the way the library itself does. A `helper` serves the snippet's objects
    (a pool's queues and semaphores): it is stopped once they are gone."""

    name: str
    running: Callable[[], Any]
    shut_down: Callable[[], None]
    helper: bool = False
    process: bool = False


def _loky_executor() -> Any:
    # read, not `get_reusable_executor()`, which would start one
    executor = getattr(sys.modules.get("joblib.externals.loky.reusable_executor"), "_executor", None)
    flags = getattr(executor, "_flags", None)
    return None if flags is None or flags.shutdown else executor


Verdict = TypeVar("Verdict")


_EXECUTOR_SIZES: list[int] = []  # the worker count of each reusable executor a run started, as it was shut down


def executors_started() -> int:
    """How many of joblib's reusable executors runs in this process started (the harness shut each
    down as its run ended)."""
    return len(_EXECUTOR_SIZES)


def run_noting_its_executor(run: Callable[[], Verdict]) -> tuple[Verdict, int | None]:
    """`run()`, a run of an example's code, and the worker count of the last joblib executor it
    started (None: it started none), for `runs_sharing_an_executor`."""
    started = len(_EXECUTOR_SIZES)
    verdict = run()
    return verdict, (_EXECUTOR_SIZES[-1] if len(_EXECUTOR_SIZES) > started else None)


def _shut_down_loky_executor() -> None:
    executor = _loky_executor()
    if executor is not None:
        _EXECUTOR_SIZES.append(executor._max_workers)
        _end_loky_executor(executor)


def _end_loky_executor(executor: Any) -> None:
    # work still pending (the snippet timed out, or dropped an unfinished generator) is not waited for
    kill = bool(getattr(executor, "_pending_work_items", None))
    terminate = getattr(executor, "terminate", None)  # joblib's: also removes the folders it memory-mapped arrays into
    if terminate is not None:
        terminate(kill_workers=kill)
    else:
        executor.shutdown(wait=True, kill_workers=kill)


def _launched_process(module: str, name: str, pid: str) -> tuple[Callable[[], Any], Callable[[], None]]:
    """`running` and `shut_down` for `module.name`, a singleton that launches one helper process and
    stops it with `_stop()`. Its pid is set only when this process launched it: a tracker inherited
    from the process that started this one (an isolated worker's) is not this run's to stop."""

    def running() -> Any:
        return getattr(getattr(sys.modules.get(module), name, None), pid, None)

    def shut_down() -> None:
        getattr(sys.modules[module], name)._stop()

    return running, shut_down


def _temporary_directory() -> Any:
    process = sys.modules.get("multiprocessing.process")
    return None if process is None else process.current_process()._config.get("tempdir")


def _remove_temporary_directory() -> None:
    # multiprocessing removes it at exit with a finalizer of its own: that finalizer, run now
    util = sys.modules["multiprocessing.util"]
    for finalizer in list(util._finalizer_registry.values()):
        if getattr(finalizer, "_callback", None) is util._remove_temp_dir:
            finalizer()


# In this order: the executor's workers and the forkserver's children use the resource trackers, and
# the forkserver's socket lies in multiprocessing's temporary directory.
KEPT = (
    KeptWorkers("joblib's reusable loky executor", _loky_executor, _shut_down_loky_executor),
    KeptWorkers("multiprocessing's forkserver", *_launched_process("multiprocessing.forkserver", "_forkserver", "_forkserver_pid"), helper=True, process=True),
    KeptWorkers("loky's resource tracker", *_launched_process("joblib.externals.loky.backend.resource_tracker", "_resource_tracker", "_pid"), helper=True, process=True),
    KeptWorkers("multiprocessing's resource tracker", *_launched_process("multiprocessing.resource_tracker", "_resource_tracker", "_pid"), helper=True, process=True),
    KeptWorkers("multiprocessing's temporary directory", _temporary_directory, _remove_temporary_directory, helper=True),
)


def kept_workers() -> list[Any]:
    """What runs now, of each kind in KEPT (see `shut_down_started_since`), once trackers whose
    process is gone are forgotten (`_forget_dead_trackers`)."""
    _forget_dead_trackers()
    return [kept.running() for kept in KEPT]


_TRACKERS = (("multiprocessing.resource_tracker", "_resource_tracker"), ("joblib.externals.loky.backend.resource_tracker", "_resource_tracker"))


def _forget_dead_trackers() -> None:
    """A resource tracker this process launched whose process has ended (killed with what a run left
    running) while the library still holds its pipe: closed and forgotten here, between runs, as the
    library would on its next use. Else the next run needing the tracker closes that descriptor, open
    before it ran, and is refused for it."""
    for module, name in _TRACKERS:
        tracker = getattr(sys.modules.get(module), name, None)
        pid, fd = getattr(tracker, "_pid", None), getattr(tracker, "_fd", None)
        if pid is None or fd is None:
            continue
        try:
            ended = os.waitpid(pid, os.WNOHANG)[0] == pid
        except ChildProcessError:
            ended = True
        if ended:
            with suppress(OSError):
                os.close(fd)
            tracker._fd = tracker._pid = None


def _started_since(before: list[Any], helpers: bool) -> list[KeptWorkers]:
    return [kept for kept, was in zip(KEPT, before) if kept.helper == helpers and kept.running() not in (None, was)]


def helpers_started_since(before: list[Any]) -> bool:
    return bool(_started_since(before, helpers=True))


def shut_down_started_since(before: list[Any], helpers: bool, running_before: Collection[int] = ()) -> list[str]:
    """Shut down the pools (or, with `helpers`, the helper processes) whose live instance is not the
    one of `before`; returns the problems found.

    A helper process waits for every process holding its pipe to end (a resource tracker, a
    forkserver): a pool nobody closed, its workers still running, would keep it waiting for ever. So
    before helpers are stopped, the processes started since `running_before` (the children running
    before the run) that are still running, other than the helpers, are killed and reported as the
    state guard reports child processes left running."""
    started = _started_since(before, helpers)
    problems = []
    if helpers and started:
        problems = _end_processes_left(running_before)
    for kept in started:
        try:
            with _time_limit_deferred() if helpers else nullcontext():
                kept.shut_down()
        except Exception as exc:  # noqa: BLE001 - reported; the state guard then sees what is left
            problems.append(f"could not shut down {kept.name}: {type(exc).__name__}: {exc}")
    return problems


@contextmanager
def _time_limit_deferred() -> Iterator[None]:
    """Hold back the time limit (its SIGALRM handler, on the main thread) until the block is done.

    A helper stopped halfway (its descriptor closed, its process not yet waited for) is left for the
    state guard to kill, and the library then fails the next run that needs it: multiprocessing's
    forkserver waits for a pid that is gone. The stop is short once no other process holds the
    helper's pipe (see `_end_processes_left`); the hard stop still stands behind it. (Blocking the
    signal would not do: the kernel hands it to any other thread, and Python runs the handler on the
    main thread all the same.)"""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    expired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: expired.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGALRM, previous)
        if expired and callable(previous):
            previous(signal.SIGALRM, None)


def _end_processes_left(running_before: Collection[int]) -> list[str]:
    earlier = set(running_before).union(*map(descendants, running_before))
    left = running(descendants("self") - earlier - {kept.running() for kept in KEPT if kept.process})
    if not left:
        return []
    end_processes(left)
    return [f"changed child processes: child processes still running: {sorted(left)} (killed)"]


_REAL_START = threading.Thread.start
_LIBRARY_THREADS: weakref.WeakSet[threading.Thread] = weakref.WeakSet()  # started by library code during the run


def let_library_threads_end(grace: float = LIBRARY_THREAD_GRACE) -> None:
    """Wait up to `grace` seconds in all for the threads library code started during the run to end."""
    deadline = time.monotonic() + grace
    for thread in list(_LIBRARY_THREADS):
        if thread is not threading.current_thread():
            thread.join(max(deadline - time.monotonic(), 0))


_ENTER, _EXIT = warnings.catch_warnings.__enter__, warnings.catch_warnings.__exit__
_SAVED = ("_filters", "_showwarning", "_showwarnmsg_impl")  # what a block puts back on exit
_OPEN: list[warnings.catch_warnings] = []  # blocks entered and not left yet, oldest first
_OPEN_LOCK = threading.Lock()


def _enter(block: warnings.catch_warnings) -> Any:
    with _OPEN_LOCK:
        entered = _ENTER(block)
        _OPEN.append(block)
    return entered


def _exit(block: warnings.catch_warnings, *exc_info: Any) -> Any:
    with _OPEN_LOCK:
        index = next((i for i, open_block in enumerate(_OPEN) if open_block is block), None)
        if index is None:
            return _EXIT(block, *exc_info)
        del _OPEN[index]
        later = next((open_block for open_block in _OPEN[index:] if open_block._module is block._module), None)
        if later is None:
            return _EXIT(block, *exc_info)
        # the block entered after this one saved what this one set up and is still open: it will put
        # back what this one saved, and the filters stay its own until it leaves
        for name in _SAVED:
            setattr(later, name, getattr(block, name))
        return None


@contextmanager
def library_workers_watched(snippet_code: Callable[[str], bool]) -> Iterator[None]:
    """While the block runs: threads started by code for which `snippet_code(filename)` is false
    (library code) are recorded for `let_library_threads_end`, and `warnings.catch_warnings` blocks
    left out of order across threads put back what the first one found (not where filters are per
    context, as with Python 3.14's context-aware warnings)."""

    def start(thread: threading.Thread) -> None:
        if not snippet_code(sys._getframe(1).f_code.co_filename):
            _LIBRARY_THREADS.add(thread)
        _REAL_START(thread)

    blocks = not getattr(sys.flags, "context_aware_warnings", False)
    _LIBRARY_THREADS.clear()
    _OPEN.clear()
    threading.Thread.start = start  # type: ignore[method-assign]
    if blocks:
        warnings.catch_warnings.__enter__, warnings.catch_warnings.__exit__ = _enter, _exit  # type: ignore[method-assign]
    try:
        yield
    finally:
        threading.Thread.start = _REAL_START  # type: ignore[method-assign]
        if blocks:
            warnings.catch_warnings.__enter__, warnings.catch_warnings.__exit__ = _ENTER, _EXIT  # type: ignore[method-assign]
        _OPEN.clear()


@contextmanager
def executor_kept(max_workers: int) -> Iterator[None]:
    """joblib's reusable executor with `max_workers` workers, started before a block of runs of one
    example's code and shut down, the library's way, after the block.

    Each run finds it running, as the second call of a script does: joblib hands the same executor
    to every `Parallel` call asking for that many workers with the same settings, so a run's
    `n_jobs=-1` uses the workers already there, which imported the libraries on their first task,
    instead of starting processes that import scikit-learn again, and ending them. A run that asks
    for another executor (another size or other settings) starts its own, shut down when it ends, as
    without this block. The run's state guard sees the executor as there before it, as it sees the
    harness's own imports: what the run itself leaves running is judged as before.

    The helper processes the block started (loky's resource tracker) stay until the process ends, as
    in a script: every `Parallel` call on a reused executor leaves joblib an exit handler that
    unregisters a folder from that tracker. Stopped here, the tracker would be started again at exit
    and print a KeyError for each."""
    before = _loky_executor()
    try:
        from joblib import Parallel, delayed

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the harness's own call: nothing of it is a snippet's to see
            Parallel(n_jobs=max_workers)(delayed(abs)(n) for n in range(max_workers))
        yield
    finally:
        executor = _loky_executor()
        if executor is not None and executor is not before:
            _end_loky_executor(executor)


def runs_sharing_an_executor(size: int | None, runs: Callable[[], Verdict], passed: Callable[[Verdict], bool]) -> Verdict:
    """`runs()`, the edge runs of an example's code, inside `executor_kept(size)` when a run of that
    code started an executor of `size` workers (None: none did). A failure found that way is looked
    for again without the shared executor, and that verdict is returned: as on a first run in a
    fresh process."""
    if size is not None:
        with executor_kept(size):
            verdict = runs()
        if passed(verdict):
            return verdict
    return runs()
