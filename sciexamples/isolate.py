"""Isolated mode: run examples in worker processes with memory and time limits, restarted on death.

For code nobody here wrote (a model's completions, an outside dataset). Each worker imports the
scientific stack once and then runs jobs one after another through the same execute contract, so
isolation costs a process start per worker, not per example. A job that kills its worker
(`os._exit`, a segfault, the memory cap) is reported as `crashed`; one that hangs beyond the
in-process limit is killed by the parent's watchdog and reported as `timeout`. The worker is then
replaced and the run goes on.
"""

from __future__ import annotations

import functools
import multiprocessing as mp
import os
import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from .defaults import WORKER_MEMORY_MB
from .example import Example

CRASHED = "crashed"
WATCHDOG_GRACE = 15.0  # seconds beyond the per-example limit before the parent kills a worker
# one BLAS/OpenMP thread per worker, so parallel workers don't oversubscribe the cores
THREAD_LIMITS = {name: "1" for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS")}


@dataclass
class Job:
    """One run: an example, optionally other code (a completion, a mutant), and whether to try edge cases."""

    key: Any
    example: dict[str, Any]
    code: str | None = None
    edge: bool = False
    edge_share: tuple[int, int] = (1, 1)  # run_edge_cases' share of the seeded draws


@dataclass
class JobResult:
    key: Any
    status: str
    message: str = ""
    report: str = ""
    duration: float = 0.0
    edge_status: str | None = None
    edge_report: str = ""
    outcome: dict[str, Any] = field(default_factory=dict)


def _limit_memory(memory_mb: int) -> None:
    import resource

    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        # RLIMIT_DATA caps heap and private mappings (numpy buffers) without counting the
        # large virtual reservations of shared libraries, which RLIMIT_AS would.
        resource.setrlimit(resource.RLIMIT_DATA, (limit, limit))


def _worker(conn: Any, memory_mb: int, timeout: float, inputs_specs: list[str], strict_future: bool) -> None:
    # a snippet may start processes of its own (a Pool, a ProcessPoolExecutor), which multiprocessing
    # refuses in a daemonic process ("daemonic processes are not allowed to have children"); the
    # parent's own handle still marks this worker daemonic and ends it when the parent exits
    mp.current_process().daemon = False
    os.environ.update(THREAD_LIMITS)
    os.environ["MPLBACKEND"] = "Agg"
    from .edge import run_edge_cases
    from .example import validate_record
    from .execute import preload, run_example
    from .fixtures import default_registry
    from .workers import run_noting_its_executor, runs_sharing_an_executor

    preload()
    registry = default_registry()
    for spec in inputs_specs:
        registry.load_extension(spec)
    _limit_memory(memory_mb)
    conn.send("ready")
    while True:
        try:
            job: Job | None = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        example = validate_record(job.example, f"job {job.key}")
        outcome, size = run_noting_its_executor(
            functools.partial(run_example, example, registry.build(example.inputs), code=job.code, timeout=timeout, strict_future=strict_future)
        )
        result = JobResult(
            job.key, outcome.status, outcome.message, outcome.report(job.code or example.code), outcome.duration,
            outcome=asdict(outcome),
        )
        if job.edge and outcome.passed and example.edge_cases:
            variant = example if job.code is None else _with_code(example, job.code)
            runs = functools.partial(run_edge_cases, variant, registry, "ci", timeout, strict_future, share=job.edge_share)
            edge = runs_sharing_an_executor(size, runs, lambda edge: edge.passed)
            result.edge_status = "passed" if edge.passed else "failed"
            result.edge_report = edge.report
        conn.send(result)


def _with_code(example: Example, code: str) -> Example:
    from dataclasses import replace

    return replace(example, code=code)


class _Slot:
    """One worker process and the pipe to it; replaced when it dies."""

    def __init__(self, pool: IsolatedPool | IsolatedRunner) -> None:
        self.pool = pool
        self.process: Any = None
        self.conn: Any = None
        self.start()

    def start(self) -> None:
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        self.process = ctx.Process(
            target=_worker,
            args=(child, self.pool.memory_mb, self.pool.timeout, self.pool.inputs_specs, self.pool.strict_future),
            daemon=True,
        )
        self.process.start()
        child.close()
        self.conn = parent
        if not self.conn.poll(300) or self.conn.recv() != "ready":
            raise RuntimeError("an isolated worker failed to start")

    def stop(self) -> None:
        if self.process is not None and self.process.is_alive():
            try:
                self.conn.send(None)
            except (BrokenPipeError, OSError):
                pass
            self.process.join(5)
            if self.process.is_alive():
                self.process.kill()

    def run(self, job: Job) -> JobResult:
        limit = (job.example.get("timeout") or self.pool.timeout or 600) * (1 + 8 * job.edge) + WATCHDOG_GRACE
        try:
            self.conn.send(job)
            if self.conn.poll(limit):
                return self.conn.recv()
            status, message = "timeout", f"no answer within {limit:g} s: the worker was killed"
        except (EOFError, BrokenPipeError, ConnectionResetError, OSError):
            status, message = CRASHED, ""
        self.process.join(0.5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        if status == CRASHED:
            code = self.process.exitcode
            message = f"the process running it died (exit code {code}{', killed by signal ' + str(-code) if code and code < 0 else ''})"
        self.start()
        return JobResult(job.key, status, message, f"example {job.example.get('id')}: {status.upper()}: {message}")


class IsolatedRunner:
    """One isolated worker, started on first use and replaced when it dies (the plugin's isolated mode)."""

    def __init__(self, memory_mb: int = WORKER_MEMORY_MB, timeout: float = 30.0, inputs_specs: Iterable[str] = (), strict_future: bool = False) -> None:
        self.memory_mb = memory_mb
        self.timeout = timeout
        self.inputs_specs = list(inputs_specs)
        self.strict_future = strict_future
        self._slot: _Slot | None = None

    def run(self, job: Job) -> JobResult:
        if self._slot is None:
            self._slot = _Slot(self)  # type: ignore[arg-type]
        return self._slot.run(job)

    def close(self) -> None:
        if self._slot is not None:
            self._slot.stop()
            self._slot = None


class IsolatedPool:
    """`workers` isolated processes; `map` yields results in completion order."""

    def __init__(self, workers: int | None = None, memory_mb: int = WORKER_MEMORY_MB, timeout: float = 30.0,
                 inputs_specs: Iterable[str] = (), strict_future: bool = False) -> None:
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.memory_mb = memory_mb
        self.timeout = timeout
        self.inputs_specs = list(inputs_specs)
        self.strict_future = strict_future

    def map(self, jobs: Iterable[Job], on_result: Callable[[JobResult], None] | None = None) -> Iterator[JobResult]:
        pending: queue.Queue[Job | None] = queue.Queue()
        done: queue.Queue[JobResult | BaseException] = queue.Queue()
        count = 0
        for job in jobs:
            pending.put(job)
            count += 1
        n = min(self.workers, count)
        for _ in range(n):
            pending.put(None)

        def drive() -> None:
            slot = None
            try:
                slot = _Slot(self)
                while (job := pending.get()) is not None:
                    done.put(slot.run(job))
            except BaseException as exc:  # noqa: BLE001 - surface in the caller's thread
                done.put(exc)
            finally:
                if slot is not None:
                    slot.stop()

        threads = [threading.Thread(target=drive, daemon=True) for _ in range(n)]
        for thread in threads:
            thread.start()
        for _ in range(count):
            item = done.get()
            if isinstance(item, BaseException):
                raise item
            if on_result is not None:
                on_result(item)
            yield item
        for thread in threads:
            thread.join()
