"""What a snippet may leave alive past its run: threads, child processes, finalizers that run at
exit, and an asyncio event loop."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
import weakref
from collections.abc import Iterable
from typing import Any

from .facet import Facet
from .proc_files import read_proc_self, read_small_file


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
    return frozenset(_WEAKREF_FINALIZERS), frozenset(multiprocessing_finalizers())


def multiprocessing_finalizers() -> dict:
    return getattr(sys.modules.get("multiprocessing.util"), "_finalizer_registry", {})


def _finalizers_restore(saved: Any) -> None:
    finalizers, registered = saved
    for finalizer in set(_WEAKREF_FINALIZERS) - finalizers:
        finalizer.detach()
    registry = multiprocessing_finalizers()
    for key in set(registry) - registered:
        entry = registry.get(key)
        if entry is not None:
            entry.cancel()


def _threads_capture() -> Any:
    return frozenset(t.ident for t in threading.enumerate())


# Threads snippets left running: whatever they run later is a snippet's code, whatever its frames
# say (os._exit refuses them: see execute.refusals._exit_between_runs).
LEFT_BEHIND: weakref.WeakSet[threading.Thread] = weakref.WeakSet()


def _threads_restore(saved: Any) -> None:
    # a live new thread is reported as a leak, then stopped as far as it can be
    for thread in threading.enumerate():
        if thread.ident in saved:
            continue
        LEFT_BEHIND.add(thread)
        if isinstance(thread, threading.Timer):
            thread.cancel()
        _raise_thread_stopped(thread)
        if not thread.daemon:
            _abandon(thread)


STOPPED_THREAD_GRACE = 1.0  # seconds


def let_stopped_threads_end(earlier: Iterable[threading.Thread], grace: float = STOPPED_THREAD_GRACE) -> bool:
    """Wait up to `grace` seconds in all for the threads stopped since `earlier` (LEFT_BEHIND then) to
    end; whether there were any. A thread of a pool the snippet never closed holds the pool's objects
    until it ends: collected later, in another example's run, their semaphores would unregister from
    a resource tracker the harness has stopped, and start it again there."""
    before = set(earlier)
    stopped = [thread for thread in list(LEFT_BEHIND) if thread not in before]
    deadline = time.monotonic() + grace
    for thread in stopped:
        if not isinstance(thread, threading._DummyThread):  # one threading did not start can't be joined
            thread.join(max(deadline - time.monotonic(), 0))
    return bool(stopped)


class ThreadStopped(SystemExit):
    """Raised by the harness in a thread a snippet left running (see `_raise_thread_stopped`)."""


def _raise_thread_stopped(thread: threading.Thread) -> None:
    """Raise ThreadStopped in `thread` at its next bytecode (`PyThreadState_SetAsyncExc`).

    Left running, a thread that sleeps 0.3 s and then silences warnings would fail the next, innocent
    example with "changed warnings filters", and one spinning in a loop would take the interpreter
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

    Python's exit waits for every non-daemon thread: one sleeping for ten minutes would keep the
    gate's process alive after its summary, and a thread that never returns would keep it forever. CPython
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
            children.update(int(child) for child in read_small_file(f"/proc/{pid}/task/{task}/children").split())
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
        return read_small_file(f"/proc/{pid}/stat").split(") ")[-1][:1] not in ("Z", "X")
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


# threads that end during a run (a timer a previous snippet left) are no change
THREADS = Facet("threads", _threads_capture, _threads_restore, silent=False, same=lambda saved: _threads_capture() <= saved)
CHILD_PROCESSES = Facet("child processes", _children_capture, _children_restore, silent=False)
EVENT_LOOP = Facet("asyncio event loop", _event_loop_capture, _event_loop_restore)
FINALIZERS = Facet("finalizers run at exit", _finalizers_capture, _finalizers_restore, silent=False)
