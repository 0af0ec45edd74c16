"""The pytest plugin's hooks: every record of a dataset file becomes its own test item.

This module is all that a pytest session loads of the package until it collects a dataset file:
options, and hooks that do nothing else. The harness (`items`: the engine, the scientific stack, the
process's memory cap, thread pinning and Agg backend) starts in a process at its first dataset file,
so a session that collects none runs exactly as it would without the package installed.
"""

from __future__ import annotations

import fnmatch
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .defaults import DEFAULT_TIMEOUT, PROFILES, SESSION_MEMORY_MB, parse_share
from .example import DatasetError

if TYPE_CHECKING:
    from types import ModuleType

    from .fixtures import InputRegistry

OPTIONS: dict[str, tuple[str, str, Any]] = {
    # name: (ini type, help, default)
    "examples_datasets": ("linelist", "glob patterns (relative to rootdir) of dataset files to collect", []),
    "examples_timeout": ("string", "per-example time limit in seconds (0: none); a record's own `timeout` wins; a snippet that never returns to the interpreter ends the process at twice the limit plus 2 s (up to a quarter later)", str(DEFAULT_TIMEOUT)),
    "examples_inputs": ("linelist", "extra named inputs: TOML files, .py files or modules defining register(registry)", []),
    "examples_strict_future": ("bool", "fail a snippet's deprecation/future warnings even when the record declares them", False),
    "examples_ledger": ("string", "write one JSON line per example outcome (env, versions, outcome, duration, snippet time, warnings) to this file", ""),
    "examples_isolated": ("bool", "run each example in an isolated worker process (restarted on death): for datasets nobody here wrote", False),
    "examples_memory_mb": ("string", "memory cap in MiB for the process running examples (0: none)", str(SESSION_MEMORY_MB)),
    "examples_hypothesis_profile": ("string", f"edge-case budget: {' or '.join(PROFILES)} (ci: 8 inputs seeded by the example; thorough: 100 random)", "ci"),
    "examples_edge_share": ("string", "I/N: under the seeded ci profile, run each example's first edge input and every Nth of the others, from the Ith (1/2 and 2/2: two sessions split the draws between them)", "1/1"),
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
    group.addoption("--examples-edge-share", default=None, metavar="I/N", help=OPTIONS["examples_edge_share"][1])
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
        # example files are collected only where the command line points: a file, or a folder above it
        self.pointed = {_resolve(arg, config) for arg in config.args}
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
        try:
            self.edge_share = parse_share(str(get_option(config, "examples_edge_share")))
        except ValueError as exc:
            raise pytest.UsageError(f"--examples-edge-share / examples_edge_share: {exc}") from None
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

    def wants_example_file(self, path: Path) -> bool:
        if path.suffix != ".py":
            return False
        resolved = path.resolve()
        if resolved not in self.pointed and not self.pointed.intersection(resolved.parents):
            return False
        try:
            with path.open("rb") as handle:
                return handle.readline().rstrip(b"\r\n") == b"# /// example"  # example_file.BLOCK
        except OSError:
            return False

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


def _worker_id(config: pytest.Config) -> str:
    """This process's xdist worker id, or "main" (not the environment's: a pytest started by a test
    under xdist inherits PYTEST_XDIST_WORKER)."""
    return getattr(config, "workerinput", {}).get("workerid", "main")


def _resolve(arg: str, config: pytest.Config) -> Path:
    path = Path(arg.split("::")[0])
    return (path if path.is_absolute() else Path(config.invocation_params.dir) / path).resolve()


_STATE_KEY = pytest.StashKey[_PluginState]()
_WATCHDOG_KEY = pytest.StashKey[tuple[int, list[Any]]]()


_HARNESS_KEY = pytest.StashKey["ModuleType"]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_STATE_KEY] = _PluginState(config)
    config.addinivalue_line("markers", "example(id): a record of a dataset file, run through the execute contract")
    config.addinivalue_line("markers", "edge_case: the `id[edge]` re-run of an example on generated inputs (deselect with -m 'not edge_case')")


def _harness(config: pytest.Config) -> ModuleType:
    """The harness, started in this process at its first dataset file (`items.start`)."""
    if _HARNESS_KEY not in config.stash:
        from . import assertion_rewriting_off

        with assertion_rewriting_off():  # the package's modules hold no tests
            from . import items

        items.start(config)
        config.stash[_HARNESS_KEY] = items
    return config.stash[_HARNESS_KEY]


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    state = parent.config.stash.get(_STATE_KEY, None)
    if state is None:
        return None
    if state.wants(file_path):
        return _harness(parent.config).DatasetFile.from_parent(parent, path=file_path)
    # a file named on the command line is pytest's python plugin's to collect: see the next hook
    if not parent.session.isinitpath(file_path) and state.wants_example_file(file_path):
        return _harness(parent.config).ExampleFile.from_parent(parent, path=file_path)
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_pycollect_makemodule(module_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    """An example file named on the command line is collected as one, not imported as a test module."""
    state = parent.config.stash.get(_STATE_KEY, None)
    if state is not None and state.wants_example_file(module_path):
        return _harness(parent.config).ExampleFile.from_parent(parent, path=module_path)
    return None


def pytest_unconfigure(config: pytest.Config) -> None:
    if _HARNESS_KEY in config.stash:
        config.stash[_HARNESS_KEY].stop(config)
    state = config.stash.get(_STATE_KEY, None)
    if state is not None and state._runner is not None:
        state._runner.close()


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
    """Runs of examples leave the hard stop armed for the next (see execute.limits.time_limit): disarm it
    before anything else, which may take long (another test, an idle xdist worker, the end)."""
    harness = item.config.stash.get(_HARNESS_KEY, None)
    if harness is not None and not isinstance(nextitem, harness.ExampleItem):
        harness.disarm_watchdog()


@pytest.hookimpl(tryfirst=True)
def pytest_exception_interact(node: pytest.Item | pytest.Collector) -> None:
    harness = node.config.stash.get(_HARNESS_KEY, None)
    if harness is not None:
        harness.disarm_watchdog()  # before `--pdb` stops at a failed example
