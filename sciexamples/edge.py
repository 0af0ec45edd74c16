"""Edge-case runs: re-run an example on Hypothesis-generated inputs; its own checks are the properties."""

from __future__ import annotations

import copy
import hashlib
import json
import weakref
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .defaults import DEFAULT_TIMEOUT, PROFILES, SEEDED_PROFILES, in_share
from .example import EdgeSpec, Example
from .execute import Outcome, run_example

if TYPE_CHECKING:
    from .fixtures import InputRegistry

_SUPPRESSED_HEALTH_CHECKS = ("too_slow", "data_too_large", "large_base_example", "filter_too_much")
_DATABASE_DIRS: list[str | None] = []  # the thorough profile's database, as last registered
# A seeded profile's inputs for an example depend on the example alone, so they are the same for
# its reference and every alternative (the same id, inputs and edge spec), which run one after
# another: a process keeps the inputs of the last few examples whose runs all passed, per registry.
_KEPT_DRAWS = 4
_RECENT_DRAWS: weakref.WeakKeyDictionary[Any, OrderedDict[tuple[Any, ...], list[dict[str, Any]]]] = weakref.WeakKeyDictionary()


def register_profiles(database_dir: str | None = None) -> None:
    """Register the profiles; `database_dir` (created now, so no snippet run sees it appear) keeps
    the thorough profile's remembered failures."""
    from hypothesis import HealthCheck, settings

    common = {
        "deadline": None,
        "print_blob": False,
        "suppress_health_check": [HealthCheck[name] for name in _SUPPRESSED_HEALTH_CHECKS],
    }
    for name, values in PROFILES.items():
        extra = {}
        if database_dir is not None and "database" not in values:
            from pathlib import Path

            from hypothesis.database import DirectoryBasedExampleDatabase

            Path(database_dir).mkdir(parents=True, exist_ok=True)
            extra["database"] = DirectoryBasedExampleDatabase(database_dir)
        # parent: Hypothesis' own defaults, not whichever profile the session loaded (its "ci"
        # profile is loaded by itself wherever CI is set; a user's conftest may load another)
        settings.register_profile(f"sciexamples-{name}", parent=settings.get_profile("default"), **common, **values, **extra)
    _DATABASE_DIRS.append(database_dir)


def _registered(profile: str) -> Any:
    """The profile's settings, registered again when the Hypothesis module in `sys.modules` is a
    fresh import that never saw them (pytester drops modules a run imported first)."""
    from hypothesis import settings
    from hypothesis.errors import InvalidArgument

    try:
        return settings.get_profile(f"sciexamples-{profile}")
    except InvalidArgument:
        register_profiles(_DATABASE_DIRS[-1] if _DATABASE_DIRS else None)
        return settings.get_profile(f"sciexamples-{profile}")


def edge_seed(example: Example) -> int:
    """The seed of an example's edge inputs under a seeded profile: a digest of its id, its inputs
    and its edge spec (the parsed fields, not the wording of a reason), nothing of the machine or
    the process."""
    spec = EdgeSpec.from_record(example.edge_cases)
    key = {
        "id": example.id,
        "inputs": sorted(example.inputs.items()),
        "edge_cases": None if spec is None else spec.knobs(),
    }
    digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


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


def _property(example: Example, registry: InputRegistry, profile: str, body: Callable[[dict[str, Any]], None]) -> Callable[[], None]:
    """The Hypothesis test that feeds `body` the example's edge inputs under `profile`."""
    from hypothesis import given, seed, settings

    if profile not in PROFILES:
        raise ValueError(f"unknown edge-case profile {profile!r}; known: {', '.join(PROFILES)}")
    spec = EdgeSpec.from_record(example.edge_cases)
    assert spec is not None, f"{example.id}: edge cases are off"
    strategy = registry.edge_strategy(example.inputs, spec)
    chosen = _registered(profile)
    budget = settings(chosen, max_examples=spec.max_examples or chosen.max_examples)

    @budget
    @given(inputs=strategy)
    def holds(inputs: dict[str, Any]) -> None:
        body(inputs)

    # one entry per example in the thorough profile's database (the key would otherwise be this
    # function's source, the same for every example)
    holds._hypothesis_internal_add_digest = example.id.encode("utf-8")  # type: ignore[attr-defined]
    return seed(edge_seed(example))(holds) if profile in SEEDED_PROFILES else holds


def run_edge_cases(
    example: Example,
    registry: InputRegistry,
    profile: str = "ci",
    timeout: float | None = DEFAULT_TIMEOUT,
    strict_future: bool = False,
    keep_watchdog: bool = False,
    share: tuple[int, int] = (1, 1),
) -> EdgeResult:
    """Run `example` on generated inputs until one breaks it (shrunk) or the profile's budget is spent.

    Under a seeded profile, inputs this process drew for the same example (its reference or another
    alternative) and that all passed are run again, copied, instead of drawn again: they are the
    inputs a new draw would give. When one of them breaks this code, Hypothesis draws anew, so the
    failure is found, shrunk and reported as on a first run. `keep_watchdog` is `run_example`'s:
    the runs follow one another, and the caller disarms the hard stop after the last.

    `share` (seeded profiles only) runs the draws `in_share` and passes over the others, which
    another session runs: the gate's two pin sets split the budget so. Once an input breaks the
    code, every input Hypothesis tries while shrinking it runs."""
    spec = EdgeSpec.from_record(example.edge_cases)
    assert spec is not None, f"{example.id}: edge cases are off"
    if profile not in SEEDED_PROFILES:
        share = (1, 1)  # a random profile's draws differ from one session to the next: nothing to split

    def run(inputs: dict[str, Any]) -> Outcome:
        return run_example(example, inputs, timeout=timeout, strict_future=strict_future, keep_watchdog=keep_watchdog)

    key = (registry.revision, profile, edge_seed(example), share) if profile in SEEDED_PROFILES else None
    kept = _RECENT_DRAWS.setdefault(registry, OrderedDict())
    remembered = kept.get(key) if key is not None else None
    if remembered is not None and all(acceptable(run(copy.deepcopy(inputs)), spec) for inputs in remembered):
        return EdgeResult(True, len(remembered))
    tried = 0
    draws = 0
    shrinking = False  # an input broke the code: every input Hypothesis tries from then on runs
    drawn: list[dict[str, Any]] = []
    last_failing: dict[str, Any] = {}

    def body(inputs: dict[str, Any]) -> None:
        nonlocal tried, draws, shrinking
        draws += 1
        if not shrinking and not in_share(draws - 1, share):
            return
        tried += 1
        shown = copy.deepcopy(inputs)  # as drawn: the snippet may change its inputs in place
        outcome = run(inputs)
        if not acceptable(outcome, spec):
            shrinking = True
            last_failing.clear()
            last_failing.update(shown)
            raise EdgeCaseFailure(outcome.report(example.code), outcome)
        drawn.append(shown)

    holds = _property(example, registry, profile, body)
    try:
        with _code_constants_off():
            holds()
    except EdgeCaseFailure as failure:
        from .reproduce import inputs_as_python  # pandas: only a failure needs it

        reproduction = inputs_as_python(last_failing)
        report = f"{failure}\n\non this generated input (shrunk; paste to reproduce):\n\n{reproduction}"
        return EdgeResult(False, tried, report, reproduction)
    if key is not None:
        kept[key] = drawn
        kept.move_to_end(key)
        while len(kept) > _KEPT_DRAWS:
            kept.popitem(last=False)
    return EdgeResult(True, tried)


def draw_inputs(example: Example, registry: InputRegistry, profile: str = "ci") -> list[dict[str, Any]]:
    """The inputs `run_edge_cases` would give the example under `profile` when every run passes,
    drawn without running it."""
    drawn: list[dict[str, Any]] = []
    holds = _property(example, registry, profile, drawn.append)
    with _code_constants_off():
        holds()
    return drawn


def inputs_digest(drawn: Iterable[Mapping[str, Any]]) -> str:
    """A digest of drawn inputs (arrays by dtype, shape and bytes; frames by columns, dtypes and
    pandas' fixed-key row hashes): equal digests mean equal inputs."""
    hasher = hashlib.sha256()
    for inputs in drawn:
        for name in sorted(inputs):
            hasher.update(name.encode("utf-8"))
            _feed(hasher, inputs[name])
    return hasher.hexdigest()


def _feed(hasher: Any, value: Any) -> None:
    import numpy as np
    import pandas as pd

    if isinstance(value, Mapping):
        for key in sorted(value):
            hasher.update(repr(key).encode("utf-8"))
            _feed(hasher, value[key])
    elif isinstance(value, np.ndarray):
        hasher.update(f"{value.dtype.str}{value.shape}".encode())
        hasher.update(np.ascontiguousarray(value).tobytes() if value.dtype != object else repr(value.tolist()).encode())
    elif isinstance(value, (pd.DataFrame, pd.Series)):
        dtypes = value.dtypes.astype(str).tolist() if isinstance(value, pd.DataFrame) else [str(value.dtype)]
        columns = list(value.columns) if isinstance(value, pd.DataFrame) else [value.name]
        hasher.update(repr((type(value).__name__, columns, dtypes, str(value.index.dtype))).encode("utf-8"))
        hasher.update(pd.util.hash_pandas_object(value, index=True).to_numpy().tobytes())
    else:
        hasher.update(repr(value).encode("utf-8"))


@contextmanager
def _code_constants_off() -> Iterator[None]:
    """Draw edge inputs without the literals of the process's own source code.

    Hypothesis (6.131 and later) also draws numbers and strings found in the source of "local"
    modules: this package when installed editable, conftest.py, any local module the process has
    imported so far. The seeded edge inputs would then change with every literal added to the
    harness, and differ between an editable install and a built one, and between a fresh process
    and a long-lived xdist worker that has imported more local modules. Hypothesis has no
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
