"""Edge-case runs: re-run an example on Hypothesis-generated inputs; its own checks are the properties."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings

from .example import Example
from .execute import DEFAULT_TIMEOUT, Outcome, run_example
from .fixtures import InputRegistry
from .fixtures.strategies import EdgeSpec
from .reproduce import inputs_as_python

PROFILES = {
    # CI and the default gate: few examples, derandomized so every run and worker sees the same inputs
    "ci": {"max_examples": 8, "derandomize": True, "database": None},
    # nightly-style: many more, randomized, remembered in the example database
    "thorough": {"max_examples": 100, "derandomize": False},
    # calibration (python -m sciexamples.calibrate): the CI inputs, without spending time on shrinking
    "calibrate": {"max_examples": 8, "derandomize": True, "database": None, "phases": [Phase.explicit, Phase.generate]},
}
_COMMON = {
    "deadline": None,
    "print_blob": False,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example, HealthCheck.filter_too_much],
}


def register_profiles(database_dir: str | None = None) -> None:
    """Register the profiles; `database_dir` (created now, so no snippet run sees it appear) keeps
    the thorough profile's remembered failures."""
    for name, values in PROFILES.items():
        extra = {}
        if database_dir is not None and "database" not in values:
            from pathlib import Path

            from hypothesis.database import DirectoryBasedExampleDatabase

            Path(database_dir).mkdir(parents=True, exist_ok=True)
            extra["database"] = DirectoryBasedExampleDatabase(database_dir)
        settings.register_profile(f"sciexamples-{name}", **_COMMON, **values, **extra)


register_profiles()


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
    spec = EdgeSpec.from_record(example.edge_cases)
    assert spec is not None, f"{example.id}: edge cases are off"
    strategy = registry.edge_strategy(example.inputs, spec)
    chosen = settings.get_profile(f"sciexamples-{profile}")
    budget = settings(chosen, max_examples=spec.max_examples or chosen.max_examples)
    tried = 0
    last_failing: dict[str, Any] = {}

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
        holds()
    except EdgeCaseFailure as failure:
        reproduction = inputs_as_python(last_failing)
        report = f"{failure}\n\non this generated input (shrunk; paste to reproduce):\n\n{reproduction}"
        return EdgeResult(False, tried, report, reproduction)
    return EdgeResult(True, tried)
