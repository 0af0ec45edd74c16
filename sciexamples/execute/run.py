"""The run itself: one example executed under the contract the generator, the plugin and the
evaluator share, then judged."""

from __future__ import annotations

import contextvars
import errno
import gc
import linecache
import os
import sys
import time
import warnings
from collections.abc import Mapping
from typing import Any

from ..checks import inputs_kept_for_checks, open_figures
from ..defaults import DEFAULT_TIMEOUT
from ..example import Example, snippet_filename
from ..protect import FILE_GROWTH_LIMIT, file_growth_limited, writes_refused
from ..state import LEFT_BEHIND, StateGuard, builtins_put_back, builtins_snapshot, let_stopped_threads_end, working_directory
from ..workers import (
    helpers_started_since,
    kept_workers,
    let_library_threads_end,
    library_workers_watched,
    shut_down_started_since,
)
from .exceptions import exception_text, raised_as_expected, snippet_frames
from .exit_handlers import exit_handlers_refused
from .figures import close_figures, draw_figures, render_figures, write_figures
from .interrupts import interrupts_marked, raised_by_snippet
from .limits import ExampleTimeout, time_limit
from .outcome import ERROR, FAILED, PASSED, TIMEOUT, Outcome
from .output import OUTPUT_LIMIT, CappedOutput, unclosable
from .preloading import preload
from .refusals import REAL_EXIT, from_a_string, harmful_calls_refused
from .surroundings import scratch_directory, seed_global_rngs
from .verdict import evaluate_checks, judge_warnings_and_output, warning_records


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
    stdout = CappedOutput()
    namespace: dict[str, Any] = {"__name__": "__main__", "__builtins__": __builtins__, **inputs}
    as_given = inputs_kept_for_checks(example.names_checks_read(), inputs)  # the snippet gets the inputs themselves
    started = time.perf_counter()

    with scratch_directory() as workdir, warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        # plt.show() under Agg is a no-op; older Matplotlib also warns about it
        warnings.filterwarnings("ignore", message=".*non-interactive, and thus cannot be shown")
        pools_before = kept_workers()  # the pools and helpers libraries keep, as they were before the run
        stopped_before = set(LEFT_BEHIND)
        guard = StateGuard()
        project = working_directory()  # the directory the run started from: the snippet's to read, not to change
        os.chdir(workdir)
        sys.stdin, sys.stdout = CappedOutput(""), stdout
        sys.stderr, sys.__stdout__, sys.__stderr__ = unclosable(sys.stderr), unclosable(sys.__stdout__), unclosable(sys.__stderr__)
        seed_global_rngs()
        refused_handlers: list[str] = []
        refused_writes: list[str] = []
        builtins_changed: list[str] = []
        not_ended: list[str] = []
        images: list[bytes] = []  # the figures rendered for `figure_dir`
        try:
            with (
                time_limit(limit, keep_watchdog),
                harmful_calls_refused(),
                library_workers_watched(from_a_string),
                exit_handlers_refused(filename) as refused_handlers,
                interrupts_marked() as interrupts,
            ):
                # the snippet's code and what it left (drawn, checked); saving figures below is the harness's own
                with writes_refused(project, workdir) as refused_writes, file_growth_limited():
                    try:
                        ran = time.perf_counter()
                        _execute(example, code, filename, namespace, outcome, interrupts, builtins_changed)
                        if outcome.status == PASSED:
                            draw_figures(filename, outcome, interrupts)
                        outcome.snippet_seconds = time.perf_counter() - ran
                        if outcome.status == PASSED:
                            evaluate_checks(example, namespace, outcome, interrupts, as_given)
                        if figure_dir is not None:
                            images = render_figures(outcome, interrupts)
                    finally:
                        _end_what_it_made(namespace, code, guard, pools_before, not_ended)
                if collect_figures:
                    outcome.figures = [f.to_dict() for f in open_figures()]
        except ExampleTimeout:
            outcome.status = TIMEOUT
            outcome.message = f"did not finish within the time limit of {limit:g} s"
        finally:
            close_figures()
            problems = [*builtins_changed, *not_ended, *guard.restore()]
            # again once the state guard has ended what the snippet left running: a thread of a pool it
            # never closed, ending, may have made a resource tracker start again (its semaphores
            # unregister); the threads it stopped get a moment to end and drop the pool's objects first
            if let_stopped_threads_end(stopped_before):
                gc.collect()
            problems += shut_down_started_since(pools_before, helpers=True, running_before=guard.saved_state("child processes"))
            if refused_handlers:
                problems.append(f"registered or removed exit handlers (refused): {', '.join(refused_handlers)}")
            if refused_writes:
                problems.append(f"wrote into the project, outside its working directory (refused): {', '.join(refused_writes[:5])}")
            outcome.stdout = stdout.text_kept()
            outcome.warnings = warning_records(caught, filename)

    linecache.cache.pop(filename, None)
    if figure_dir is not None:
        # written once the run is over and its working directory put back: the harness's own files,
        # which the comparison of the starting directory must not blame on the snippet
        outcome.figure_files = write_figures(example.id, figure_dir, images)
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
        judge_warnings_and_output(example, outcome, strict_future)
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
            REAL_EXIT(0)


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
        outcome.snippet_line, outcome.details = snippet_frames(exc, filename)
        outcome.message = f"the snippet called sys.exit({exc.code!r})"
        return
    except BaseException as exc:  # any error in the snippet is its outcome
        if not raised_by_snippet(exc, interrupts):
            raise  # the time limit, or a real Ctrl-C: stop the run
        _snippet_raised(example, exc, filename, outcome)
        return
    if example.raises:
        outcome.status = FAILED
        outcome.message = f"expected the snippet to raise {example.raises}, but it finished normally"


def _snippet_raised(example: Example, exc: BaseException, filename: str, outcome: Outcome) -> None:
    outcome.exception_types = tuple(cls.__name__ for cls in type(exc).__mro__)
    line, details = snippet_frames(exc, filename)
    if example.raises and raised_as_expected(exc, example.raises):
        return
    outcome.status = ERROR
    outcome.snippet_line, outcome.details = line, details
    outcome.message = exception_text(exc) + (f" (snippet line {line})" if line else "")
    if isinstance(exc, OSError) and exc.errno == errno.EFBIG:
        outcome.message += f"; a run may grow no file by more than {FILE_GROWTH_LIMIT // 2**20} MiB (the standard output and error included)"


def _end_what_it_made(namespace: dict[str, Any], code: str, guard: StateGuard, pools_before: list[Any], not_ended: list[str]) -> None:
    """End what the snippet made while its run is still in place (its stand-ins, time limit and
    recorded warnings): code of its that runs now is judged as its own. What could not be ended goes
    to `not_ended`.

    First the pools libraries keep for reuse that the run started (joblib's executor) are shut down
    the library's way, a pool stopping its own workers, and threads library code started get a
    moment to end (see `workers`): the threads and child processes still there after that are what
    the snippet left running. Those threads are stopped next: they may still use its names. Then its
    namespace is emptied: a function it defined holds the namespace in a cycle, which would otherwise
    go at a later collection, in another example's run, with whatever finalizers it carries
    ("coroutine was never awaited", a `__del__`). The collector runs when its code may leave
    finalizers on objects in a cycle (it defines a `__del__` or calls `weakref.finalize`: one that
    silences warnings would fail a later, innocent example), when the run left finalizers that
    run at exit (they count only on objects that outlive the run, and a pool's processes and queues
    carry them in cycles), and when it started helper processes of a pool (a resource tracker, a
    forkserver). (A full collection takes 30-150 ms here, too much for every run; code that spells
    those names some other way is not seen.) Those helpers are stopped last: the snippet's pool
    objects unregister their semaphores from the tracker as they go, and one collected later would
    start a tracker again, in another example's run.

    Every step runs even when the time limit expires in an earlier one (it fires once, and is
    raised again at the end): a step skipped would leave a resource tracker for the state guard to
    kill, and the next example using a pool would be refused for closing the dead tracker's descriptor."""

    def pools() -> None:
        not_ended.extend(shut_down_started_since(pools_before, helpers=False))

    def collect_and_stop_helpers() -> None:
        helpers = helpers_started_since(pools_before)
        if helpers or "__del__" in code or "finalize" in code or guard.changed("finalizers run at exit"):
            gc.collect()
        if helpers:
            not_ended.extend(shut_down_started_since(pools_before, helpers=True, running_before=guard.saved_state("child processes")))

    expired: ExampleTimeout | None = None
    for step in (pools, let_library_threads_end, guard.stop_threads, namespace.clear, collect_and_stop_helpers):
        try:
            step()
        except ExampleTimeout as exc:
            expired = exc
    if expired is not None:
        raise expired
