"""Dataset files as pytest collectors and their records as items; the harness's start in a process.

Imported by the plugin's hooks at a process's first dataset file (see `pytest_plugin`), not before.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from .edge import run_edge_cases
from .example import DatasetError, EdgeSpec, Example, load_examples, unmet_requirements
from .example_file import read_one_example
from .execute import WATCHDOG_FILE, disarm_watchdog, run_example
from .pytest_plugin import _STATE_KEY, _PluginState, _worker_id
from .state import read_proc_self
from .task_types import given_code, given_code_verdict, judge_given_code
from .workers import run_noting_its_executor, runs_sharing_an_executor

__all__ = ["DatasetFile", "ExampleFile", "EdgeCaseItem", "ExampleItem", "GivenCodeItem", "disarm_watchdog", "start", "stop"]

_WATCHDOG_KEY = pytest.StashKey[tuple[int, list[Any]]]()

# example id -> the worker count of the joblib executor the last run of its code (reference or
# alternative) in this process started: the edge runs of that code share one (`runs_sharing_an_executor`)
_EXECUTOR_USERS: dict[str, int] = {}


def start(config: pytest.Config) -> None:
    """What running examples in this process needs, done once, at its first dataset file: the
    thorough profile's database, one BLAS thread per xdist worker, the memory cap, and a copy of the
    terminal's stderr for the hard stop. (Importing this module chose the Agg backend, see `execute`.)"""
    state = config.stash[_STATE_KEY]
    if state.profile != "ci":
        from .edge import register_profiles

        register_profiles(str(state.rootdir / ".hypothesis" / "examples"))
    if _worker_id(config) != "main":
        _pin_threads()
    if state.memory_mb > 0 and not state.isolated:
        from .isolate import _limit_memory

        _limit_memory(state.memory_mb)
    # the hard stop's output (see execute.limits.time_limit) must reach the terminal, not a capture file
    # that dies with the process: a copy of stderr made with pytest's capture suspended
    capture = config.pluginmanager.getplugin("capturemanager")
    if capture is not None:
        with capture.global_and_fixture_disabled():
            fileno = os.dup(_stderr_fileno())
    else:
        fileno = os.dup(_stderr_fileno())
    config.stash[_WATCHDOG_KEY] = (fileno, list(WATCHDOG_FILE))  # what an outer session had (pytester)
    WATCHDOG_FILE[:] = [fileno]


def stop(config: pytest.Config) -> None:
    disarm_watchdog()  # before its file (below) closes
    if _WATCHDOG_KEY in config.stash:
        fileno, outer = config.stash[_WATCHDOG_KEY]
        WATCHDOG_FILE[:] = outer
        os.close(fileno)


def _stderr_fileno() -> int:
    try:
        fileno = sys.stderr.fileno()  # an xdist worker's sys.stderr may not be a file
    except (AttributeError, ValueError, OSError):
        fileno = -1
    return fileno if fileno >= 0 else 2


def _pin_threads() -> None:
    """One BLAS/OpenMP thread per xdist worker, so workers don't oversubscribe the cores."""
    from .isolate import THREAD_LIMITS

    os.environ.update(THREAD_LIMITS)
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(1)


_PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20 if hasattr(os, "sysconf") else 0.0


def _rss_mb() -> float | None:
    """The process's resident memory now (Linux), for the ledger's memory-growth record: the second
    field of /proc/<pid>/statm, in pages (the same count as /proc/<pid>/status' VmRSS, for a tenth of the cost)."""
    try:
        return round(int(read_proc_self("statm").split()[1]) * _PAGE_MB, 1)
    except (OSError, IndexError, ValueError):
        return None


def _ledger_line(example: Example, outcome: Any, worker: str) -> dict[str, Any]:
    from .dataset import library_versions

    return {
        "id": example.id,
        "env": os.environ.get("SCIEXAMPLES_ENV", "default"),
        "versions": library_versions(),
        "outcome": outcome.status,
        "message": outcome.message,
        "duration": round(outcome.duration, 4),
        "snippet_s": round(outcome.snippet_seconds, 4),
        "worker": worker,
        "rss_mb": _rss_mb(),
        "warnings": [
            {"category": w.category, "message": w.message[:200], "from_snippet": w.from_snippet, "where": f"{w.filename}:{w.lineno}"}
            for w in outcome.warnings
        ],
    }


class DatasetFile(pytest.File):
    """A JSON dataset file; collection validates every record before any runs."""

    kind = "dataset file"

    def examples(self, known_inputs: set[str]) -> list[Example]:
        return load_examples(self.path, known_inputs)

    def lines(self) -> dict[str, int]:
        return _record_lines(self.path)

    def collect(self):  # type: ignore[override]
        """Problems of the file as a whole (JSON, fields, types, ids) are a collection error; a record
        whose code or checks do not compile is collected, and fails as itself."""
        state = self.config.stash[_STATE_KEY]
        try:
            examples = self.examples(state.registry.names())
        except DatasetError as exc:
            raise self.CollectError(f"invalid {self.kind}: {exc}") from None
        lines = self.lines()
        for example in sorted(examples, key=lambda e: e.id):
            line = lines.get(example.id, 0)
            edge = EdgeSpec.from_record(example.edge_cases) is not None
            if edge and not example.compile_problems() and not state.registry.has_strategy(example.inputs):
                raise self.CollectError(
                    f"invalid {self.kind}: {self.path}: record {example.id!r}: edge cases are on, "
                    "but one of its inputs has no edge-case strategy"
                )
            # each alternative is judged as the reference is: the same inputs, checks and edge cases
            variants = [("", example), *((f"alternative {n}", replace(example, code=code, alternatives=())) for n, code in enumerate(example.alternatives, 1))]
            for label, variant in variants:
                yield ExampleItem.from_parent(self, name=f"{example.id}[{label}]" if label else example.id, example=variant, line=line)
                # a record that does not compile is one failing item (its code or checks never run)
                if edge and not variant.compile_problems():
                    name = f"{example.id}[{label}, edge]" if label else f"{example.id}[edge]"
                    yield EdgeCaseItem.from_parent(self, name=name, example=variant, line=line)
            # the code a `fix` or `performance` task shows must fail, or pass, as the task says
            if given_code(example) is not None and not example.compile_problems():
                yield GivenCodeItem.from_parent(self, name=f"{example.id}[given code]", example=example, line=line)


class ExampleFile(DatasetFile):
    """One example file (`examples/<library>/<name>.py`), collected when named on the command line
    (or under a folder that is): its author sees it run, edge cases included, before generating."""

    kind = "example file"

    def examples(self, known_inputs: set[str]) -> list[Example]:
        return [read_one_example(self.path, known_inputs)]

    def lines(self) -> dict[str, int]:
        return {}


def _record_lines(path: Path) -> dict[str, int]:
    """0-based line of each record's `"id"` key, so reports point into the file."""
    out = {}
    for n, text in enumerate(path.read_text(encoding="utf-8").splitlines()):
        match = re.match(r'\s*"id":\s*(".*?")\s*,?\s*$', text)
        if match:
            try:
                out.setdefault(json.loads(match.group(1)), n)
            except json.JSONDecodeError:
                continue
    return out


@contextmanager
def drawing_with_agg() -> Iterator[None]:
    """An example draws with Agg; after it, a backend the user chose (MPLBACKEND, a matplotlibrc) is
    theirs again for the rest of the session. With no choice made, Agg stays: what Matplotlib's
    automatic choice gives where there is no display."""
    from .execute import USERS_BACKEND

    plt = sys.modules.get("matplotlib.pyplot")
    if plt is None:  # the harness's preload imports it with the first example
        yield
        return
    if plt.get_backend().lower() != "agg":
        plt.switch_backend("agg")
    try:
        yield
    finally:
        if isinstance(USERS_BACKEND, str) and USERS_BACKEND.lower() != "agg":
            try:
                plt.switch_backend(USERS_BACKEND)
            except ImportError:  # a GUI backend with no display here: the user's own tests could not use it either
                pass


class ExampleFailure(Exception):
    """Raised by an ExampleItem whose outcome is not `passed`; carries the rendered report."""


class ExampleItem(pytest.Item):
    def __init__(self, *, example: Example, line: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.example = example
        self.line = line
        self.add_marker(pytest.mark.example(example.id))
        self.user_properties.append(("domain", example.domain))

    def setup(self) -> None:
        unmet = unmet_requirements(self.example)
        if unmet and not self.example.compile_problems():  # a broken record is broken on every version
            pytest.skip(f"example {self.example.id} requires {', '.join(unmet)}")

    def runtest(self) -> None:
        try:
            with drawing_with_agg():
                self._run(self.config.stash[_STATE_KEY])
        except BaseException:
            # a failure's report shows the task and the snippet; a pass's report carries neither
            # (under xdist every report crosses to the controller, and `-rA` prints their sections)
            self.add_report_section("call", "task", self.example.task)
            self.add_report_section("call", "snippet", self.example.code)
            raise

    def _run(self, state: _PluginState) -> None:
        if state.isolated:
            self._run_isolated(state)
            return
        inputs = state.registry.build(self.example.inputs)
        outcome, size = run_noting_its_executor(
            lambda: run_example(self.example, inputs, timeout=state.timeout, strict_future=state.strict_future, keep_watchdog=state.keep_watchdog)
        )
        if size is None:
            _EXECUTOR_USERS.pop(self.example.id, None)
        else:
            _EXECUTOR_USERS[self.example.id] = size
        if state.ledger is not None:
            self.user_properties.append(("sciexamples_ledger", _ledger_line(self.example, outcome, _worker_id(self.config))))
        if outcome.stdout:
            self.add_report_section("call", "snippet stdout", outcome.stdout)
        if not outcome.passed:
            raise ExampleFailure(outcome.report(self.example.code))

    def _run_isolated(self, state: _PluginState, edge: bool = False) -> None:
        from .isolate import Job

        result = state.runner.run(Job(self.example.id, self.example.to_dict(), edge=edge, edge_share=state.edge_share))
        if result.status != "passed":
            raise ExampleFailure(result.report)
        if edge and result.edge_status not in (None, "passed"):
            raise ExampleFailure(f"edge case: {result.edge_report}")

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:  # type: ignore[override]
        if isinstance(excinfo.value, ExampleFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.line, f"example {self.example.id}"


class EdgeCaseItem(ExampleItem):
    """The same example re-run on Hypothesis-generated inputs (`id[edge]`), reported apart."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.add_marker(pytest.mark.edge_case)

    def _run(self, state: _PluginState) -> None:
        if state.isolated:
            self._run_isolated(state, edge=True)
            return
        result = runs_sharing_an_executor(
            _EXECUTOR_USERS.get(self.example.id),
            lambda: run_edge_cases(self.example, state.registry, state.profile, state.timeout, state.strict_future, state.keep_watchdog, state.edge_share),
            lambda result: result.passed,
        )
        if not result.passed:
            raise ExampleFailure(f"edge case: {result.report}")

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.line, f"edge cases of example {self.example.id}"


class GivenCodeItem(ExampleItem):
    """The code a `fix` or `performance` task shows, run on the record's inputs and checks
    (`id[given code]`): a fix's must fail as the task says, a slow version's must pass."""

    def _run(self, state: _PluginState) -> None:
        code = given_code(self.example)
        assert code is not None  # collected only for records whose task shows code
        if state.isolated:
            from .isolate import Job

            result = state.runner.run(Job(self.example.id, self.example.to_dict(), code=code))
            problem, report = given_code_verdict(self.example, result), result.report
        else:
            inputs = state.registry.build(self.example.inputs)
            problem, outcome = judge_given_code(self.example, inputs, timeout=state.timeout, strict_future=state.strict_future, keep_watchdog=state.keep_watchdog)
            report = outcome.report(code)
        if problem:
            raise ExampleFailure(f"example {self.example.id}: the code its task shows: {problem}\n\n{report}")

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.line, f"the code the task of example {self.example.id} shows"
