"""The pytest plugin: every record of a dataset file becomes its own test item."""

from __future__ import annotations

import fnmatch
import json
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from . import assertion_rewriting_off

with assertion_rewriting_off():  # the package's modules hold no tests
    from .edge import PROFILES, run_edge_cases
    from .example import DatasetError, EdgeSpec, Example, load_examples, unmet_requirements
    from .execute import DEFAULT_TIMEOUT, WATCHDOG_FILE, disarm_watchdog, run_example
    from .state import read_proc_self

if TYPE_CHECKING:
    from .fixtures import InputRegistry

OPTIONS: dict[str, tuple[str, str, Any]] = {
    # name: (ini type, help, default)
    "examples_datasets": ("linelist", "glob patterns (relative to rootdir) of dataset files to collect", []),
    "examples_timeout": ("string", "per-example time limit in seconds (0: none); a record's own `timeout` wins; a snippet that never returns to the interpreter ends the process at twice the limit plus 2 s (up to a quarter later)", str(DEFAULT_TIMEOUT)),
    "examples_inputs": ("linelist", "extra named inputs: TOML files, .py files or modules defining register(registry)", []),
    "examples_strict_future": ("bool", "fail a snippet's deprecation/future warnings even when the record declares them", False),
    "examples_ledger": ("string", "write one JSON line per example outcome (env, versions, outcome, duration, snippet time, warnings) to this file", ""),
    "examples_isolated": ("bool", "run each example in an isolated worker process (restarted on death): for datasets nobody here wrote", False),
    "examples_memory_mb": ("string", "memory cap in MiB for the process running examples (0: none)", "8192"),
    "examples_hypothesis_profile": ("string", f"edge-case budget: {' or '.join(PROFILES)} (ci: 8 inputs seeded by the example; thorough: 100 random)", "ci"),
}


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("sciexamples", "verified scientific-Python examples")
    group.addoption("--examples-datasets", action="append", default=None, metavar="GLOB", help=OPTIONS["examples_datasets"][1])
    group.addoption("--examples-timeout", default=None, metavar="SECONDS", help=OPTIONS["examples_timeout"][1])
    group.addoption("--examples-inputs", action="append", default=None, metavar="SPEC", help=OPTIONS["examples_inputs"][1])
    group.addoption("--examples-strict-future", action="store_true", default=None, help=OPTIONS["examples_strict_future"][1])
    group.addoption("--examples-ledger", default=None, metavar="PATH", help=OPTIONS["examples_ledger"][1])
    group.addoption("--examples-isolated", action="store_true", default=None, help=OPTIONS["examples_isolated"][1])
    group.addoption("--examples-memory-mb", default=None, metavar="MIB", help=OPTIONS["examples_memory_mb"][1])
    group.addoption("--examples-hypothesis-profile", default=None, choices=sorted(PROFILES), help=OPTIONS["examples_hypothesis_profile"][1])
    for name, (kind, help_text, default) in OPTIONS.items():
        parser.addini(name, help_text, type=kind, default=default)


def get_option(config: pytest.Config, name: str) -> Any:
    """The command-line value when given, else the ini value (one place resolves both)."""
    value = config.getoption(name)
    return value if value is not None else config.getini(name)


class _PluginState:
    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self.rootdir = Path(config.rootpath)
        self.patterns = list(get_option(config, "examples_datasets"))
        timeout = get_option(config, "examples_timeout")
        try:
            self.timeout = float(timeout)
        except ValueError:
            raise pytest.UsageError(f"--examples-timeout / examples_timeout must be a number of seconds, got {timeout!r}") from None
        self.explicit = {_resolve(arg, config) for arg in config.args if arg.split("::")[0].endswith(".json")}
        self.strict_future = bool(get_option(config, "examples_strict_future"))
        ledger = get_option(config, "examples_ledger")
        self.ledger = Path(config.invocation_params.dir, ledger) if ledger else None
        self.isolated = bool(get_option(config, "examples_isolated"))
        try:
            self.memory_mb = int(get_option(config, "examples_memory_mb"))
        except ValueError:
            raise pytest.UsageError("--examples-memory-mb / examples_memory_mb must be a whole number of MiB") from None
        self._runner: Any = None
        self.profile = get_option(config, "examples_hypothesis_profile")
        if self.profile not in PROFILES:
            raise pytest.UsageError(f"examples_hypothesis_profile must be one of {', '.join(PROFILES)}, got {self.profile!r}")
        self._registry: InputRegistry | None = None
        self.inputs_specs = list(get_option(config, "examples_inputs"))
        # the hard stop stays armed from one example to the next, unless pytest's own per-test
        # faulthandler timer is on: it shares faulthandler's one watchdog and cancels it after each test
        try:
            per_test_timer = float(config.getini("faulthandler_timeout") or 0) > 0
        except ValueError:  # `-p no:faulthandler`: no such setting
            per_test_timer = False
        self.keep_watchdog = not per_test_timer

    @property
    def runner(self) -> Any:
        if self._runner is None:
            from .isolate import IsolatedRunner

            self._runner = IsolatedRunner(self.memory_mb, self.timeout, self.inputs_specs, self.strict_future)
        return self._runner

    @property
    def registry(self) -> InputRegistry:
        if self._registry is None:
            # imported here, not with the plugin: an xdist controller never builds inputs, and it
            # starts the workers sooner without pandas and the fixtures
            from .fixtures import default_registry

            registry = default_registry()
            for spec in self.inputs_specs:
                try:
                    registry.load_extension(spec, None if Path(spec).is_absolute() else self.rootdir)
                except (DatasetError, ImportError) as exc:
                    raise pytest.UsageError(f"examples_inputs {spec!r}: {exc}") from None
            self._registry = registry
        return self._registry

    def wants(self, path: Path) -> bool:
        if path.suffix != ".json":
            return False
        if path.resolve() in self.explicit:
            return True
        try:
            relative = path.resolve().relative_to(self.rootdir.resolve()).as_posix()
        except ValueError:
            return False
        return any(fnmatch.fnmatch(relative, pattern) for pattern in self.patterns)


_PAGE_MB = os.sysconf("SC_PAGE_SIZE") / 2**20 if hasattr(os, "sysconf") else 0.0


def _rss_mb() -> float | None:
    """The process's resident memory now (Linux), for the ledger's memory-growth record: the second
    field of /proc/<pid>/statm, in pages (the same count as /proc/<pid>/status' VmRSS, for a tenth of the cost)."""
    try:
        return round(int(read_proc_self("statm").split()[1]) * _PAGE_MB, 1)
    except (OSError, IndexError, ValueError):
        return None


def _worker_id(config: pytest.Config) -> str:
    """This process's xdist worker id, or "main" (not the environment's: a pytest started by a test
    under xdist inherits PYTEST_XDIST_WORKER)."""
    return getattr(config, "workerinput", {}).get("workerid", "main")


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


def _resolve(arg: str, config: pytest.Config) -> Path:
    path = Path(arg.split("::")[0])
    return (path if path.is_absolute() else Path(config.invocation_params.dir) / path).resolve()


_STATE_KEY = pytest.StashKey[_PluginState]()
_WATCHDOG_KEY = pytest.StashKey[tuple[int, list[Any]]]()


def pytest_configure(config: pytest.Config) -> None:
    state = _PluginState(config)
    config.stash[_STATE_KEY] = state
    if state.profile != "ci":
        from .edge import register_profiles

        register_profiles(str(state.rootdir / ".hypothesis" / "examples"))
    if _worker_id(config) != "main":
        _pin_threads()
    if state.memory_mb > 0 and not state.isolated and _runs_examples_here(config):
        from .isolate import _limit_memory

        _limit_memory(state.memory_mb)
    if _runs_examples_here(config):
        # the hard stop's output (see execute.time_limit) must reach the terminal, not a capture
        # file that dies with the process: a copy of stderr made now, before tests capture it
        fileno = os.dup(_stderr_fileno())
        config.stash[_WATCHDOG_KEY] = (fileno, list(WATCHDOG_FILE))  # what an outer session had (pytester)
        WATCHDOG_FILE[:] = [fileno]
    config.addinivalue_line("markers", "example(id): a record of a dataset file, run through the execute contract")
    config.addinivalue_line("markers", "edge_case: the `id[edge]` re-run of an example on generated inputs (deselect with -m 'not edge_case')")


def _runs_examples_here(config: pytest.Config) -> bool:
    """False on an xdist controller, which only dispatches; true in workers and lone processes."""
    return hasattr(config, "workerinput") or not config.getoption("numprocesses", None)


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


def pytest_unconfigure(config: pytest.Config) -> None:
    disarm_watchdog()  # before its file (below) closes
    if _WATCHDOG_KEY in config.stash:
        fileno, outer = config.stash[_WATCHDOG_KEY]
        WATCHDOG_FILE[:] = outer
        os.close(fileno)
    state = config.stash.get(_STATE_KEY, None)
    if state is not None and state._runner is not None:
        state._runner.close()


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    state = parent.config.stash.get(_STATE_KEY, None)
    if state is not None and state.wants(file_path):
        return DatasetFile.from_parent(parent, path=file_path)
    return None


class DatasetFile(pytest.File):
    """A JSON dataset file; collection validates every record before any runs."""

    def collect(self):  # type: ignore[override]
        """Problems of the file as a whole (JSON, fields, types, ids) are a collection error; a record
        whose code or checks do not compile is collected, and fails as itself."""
        state = self.config.stash[_STATE_KEY]
        try:
            examples = load_examples(self.path, state.registry.names())
        except DatasetError as exc:
            raise self.CollectError(f"invalid dataset file: {exc}") from None
        lines = _record_lines(self.path)
        for example in sorted(examples, key=lambda e: e.id):
            line = lines.get(example.id, 0)
            yield ExampleItem.from_parent(self, name=example.id, example=example, line=line)
            # a record that does not compile is one failing item (its code or checks never run)
            if EdgeSpec.from_record(example.edge_cases) is not None and not example.compile_problems():
                if not state.registry.has_strategy(example.inputs):
                    raise self.CollectError(
                        f"invalid dataset file: {self.path}: record {example.id!r}: edge cases are on, "
                        "but one of its inputs has no edge-case strategy"
                    )
                yield EdgeCaseItem.from_parent(self, name=f"{example.id}[edge]", example=example, line=line)


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


# Only the controller (or a run without xdist) writes the ledger; workers send lines in their reports.
# One handle for the session, line-buffered: every line reaches the file as it is written.
_LEDGER: dict[str, Any] = {"handle": None}
_OUTER_LEDGER_KEY = pytest.StashKey[Any]()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """On the controller (or a lone process), append each example's ledger line."""
    if _LEDGER["handle"] is None or report.when != "call":
        return
    line = dict(report.user_properties).get("sciexamples_ledger")
    if line is not None:
        _LEDGER["handle"].write(json.dumps(line, sort_keys=True) + "\n")


def pytest_sessionstart(session: pytest.Session) -> None:
    state = session.config.stash.get(_STATE_KEY, None)
    is_worker = hasattr(session.config, "workerinput")
    if state is not None and state.ledger is not None and not is_worker:
        state.ledger.parent.mkdir(parents=True, exist_ok=True)
        session.stash[_OUTER_LEDGER_KEY] = _LEDGER["handle"]  # an outer session's (pytester), put back at the end
        _LEDGER["handle"] = open(state.ledger, "w", encoding="utf-8", buffering=1)  # noqa: SIM115 - closed at session finish


def pytest_sessionfinish(session: pytest.Session) -> None:
    if _OUTER_LEDGER_KEY in session.stash:
        _LEDGER["handle"].close()
        _LEDGER["handle"] = session.stash[_OUTER_LEDGER_KEY]


def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """Runs of examples leave the hard stop armed for the next (see execute.time_limit): disarm it
    before anything else, which may take long (another test, an idle xdist worker, the end)."""
    if not isinstance(nextitem, ExampleItem):
        disarm_watchdog()


@pytest.hookimpl(tryfirst=True)
def pytest_exception_interact() -> None:
    disarm_watchdog()  # before `--pdb` stops at a failed example


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
        outcome = run_example(self.example, inputs, timeout=state.timeout, strict_future=state.strict_future, keep_watchdog=state.keep_watchdog)
        if state.ledger is not None:
            self.user_properties.append(("sciexamples_ledger", _ledger_line(self.example, outcome, _worker_id(self.config))))
        if outcome.stdout:
            self.add_report_section("call", "snippet stdout", outcome.stdout)
        if not outcome.passed:
            raise ExampleFailure(outcome.report(self.example.code))

    def _run_isolated(self, state: _PluginState, edge: bool = False) -> None:
        from .isolate import Job

        result = state.runner.run(Job(self.example.id, self.example.to_dict(), edge=edge))
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
        result = run_edge_cases(self.example, state.registry, state.profile, state.timeout, state.strict_future)
        if not result.passed:
            raise ExampleFailure(f"edge case: {result.report}")

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.line, f"edge cases of example {self.example.id}"
