"""Edge-case runs: re-run an example on Hypothesis-generated inputs; its own checks are the properties."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .example import EdgeSpec, Example
from .execute import DEFAULT_TIMEOUT, Outcome, run_example

if TYPE_CHECKING:
    from .fixtures import InputRegistry

# Hypothesis (about half a second to import) is imported when edge cases first run, not with this
# module, which the plugin imports at start-up: a process that runs reference examples only (an
# xdist worker given none of the edge items, the generator, the evaluator) never pays for it.
# Hypothesis' own pytest plugin, where it is on, imports it for its terminal summary (this
# repository's pyproject.toml turns that plugin off).
PROFILES: dict[str, dict[str, Any]] = {
    # CI and the default gate: few examples, derandomized so every run and worker sees the same inputs
    "ci": {"max_examples": 8, "derandomize": True, "database": None},
    # nightly-style: many more, randomized, remembered in the example database
    "thorough": {"max_examples": 100, "derandomize": False},
    # calibration (python -m sciexamples.calibrate): the CI inputs, without spending time on shrinking
    "calibrate": {"max_examples": 8, "derandomize": True, "database": None, "phases": ("explicit", "generate")},
}
_SUPPRESSED_HEALTH_CHECKS = ("too_slow", "data_too_large", "large_base_example", "filter_too_much")
_REGISTERED: list[str | None] = []


def register_profiles(database_dir: str | None = None) -> None:
    """Register the profiles; `database_dir` (created now, so no snippet run sees it appear) keeps
    the thorough profile's remembered failures."""
    from hypothesis import HealthCheck, Phase, settings

    common = {
        "deadline": None,
        "print_blob": False,
        "suppress_health_check": [HealthCheck[name] for name in _SUPPRESSED_HEALTH_CHECKS],
    }
    for name, values in PROFILES.items():
        values = {**values, **({"phases": [Phase[p] for p in values["phases"]]} if "phases" in values else {})}
        extra = {}
        if database_dir is not None and "database" not in values:
            from pathlib import Path

            from hypothesis.database import DirectoryBasedExampleDatabase

            Path(database_dir).mkdir(parents=True, exist_ok=True)
            extra["database"] = DirectoryBasedExampleDatabase(database_dir)
        settings.register_profile(f"sciexamples-{name}", **common, **values, **extra)
    _REGISTERED.append(database_dir)


class EdgeCaseFailure(AssertionError):
    """An edge-case input on which the example's contract broke; carries the shrunk input."""

    def __init__(self, report: str, outcome: Outcome) -> None:
        super().__init__(report)
        self.outcome = outcome


@dataclass
class EdgeResult:
    passed: bool
    tried: int
    report: str = ""
    reproduction: str = ""


def acceptable(outcome: Outcome, spec: EdgeSpec) -> bool:
    """Passing its checks, or raising the exception the example declares for invalid inputs."""
    return outcome.passed or (spec.raises is not None and spec.raises in outcome.exception_types)


def run_edge_cases(
    example: Example, registry: InputRegistry, profile: str = "ci", timeout: float | None = DEFAULT_TIMEOUT, strict_future: bool = False
) -> EdgeResult:
    """Run `example` on generated inputs until one breaks it (shrunk) or the profile's budget is spent."""
    from hypothesis import given, settings

    if not _REGISTERED:
        register_profiles()
    spec = EdgeSpec.from_record(example.edge_cases)
    assert spec is not None, f"{example.id}: edge cases are off"
    strategy = registry.edge_strategy(example.inputs, spec)
    chosen = settings.get_profile(f"sciexamples-{profile}")
    budget = settings(chosen, max_examples=spec.max_examples or chosen.max_examples)
    tried = 0
    last_failing: dict[str, Any] = {}

    # Hypothesis derives the derandomized inputs' seed from this function's source, decorators
    # included (edge_cases.toml is calibrated to them): an edit of these lines changes every input.
    @budget
    @given(inputs=strategy)
    def holds(inputs: dict[str, Any]) -> None:
        nonlocal tried
        tried += 1
        shown = {k: v.copy() if hasattr(v, "copy") else v for k, v in inputs.items()}
        outcome = run_example(example, inputs, timeout=timeout, strict_future=strict_future)
        if not acceptable(outcome, spec):
            last_failing.clear()
            last_failing.update(shown)
            raise EdgeCaseFailure(outcome.report(example.code), outcome)

    try:
        with _code_constants_off():
            holds()
    except EdgeCaseFailure as failure:
        from .reproduce import inputs_as_python  # pandas: only a failure needs it

        reproduction = inputs_as_python(last_failing)
        report = f"{failure}\n\non this generated input (shrunk; paste to reproduce):\n\n{reproduction}"
        return EdgeResult(False, tried, report, reproduction)
    return EdgeResult(True, tried)


@contextmanager
def _code_constants_off() -> Iterator[None]:
    """Draw edge inputs without the literals of the process's own source code.

    Hypothesis (6.131 and later) also draws numbers and strings found in the source of "local"
    modules: this package when installed editable, conftest.py, any local module the process has
    imported so far. The derandomized edge inputs then changed with every literal added to the
    harness, differed between an editable install and a built one, and between a fresh process and
    a long-lived xdist worker that had imported more local modules (`signal.filtfilt_short_signal`
    drew other signals after `OUTPUT_LIMIT = 100_000` was added to execute.py). Hypothesis has no
    setting for it: while edge cases are drawn, its private `_get_local_constants` returns an empty
    pool, and its cache of the constants each draw may use is cleared before and after.
    """
    try:
        from hypothesis.internal.conjecture import providers

        real, empty, cache = providers._get_local_constants, providers.Constants(), providers.CONSTANTS_CACHE.cache
    except (ImportError, AttributeError):  # a Hypothesis that draws no such constants
        yield
        return
    providers._get_local_constants = lambda: empty
    cache.clear()
    try:
        yield
    finally:
        providers._get_local_constants = real
        cache.clear()
