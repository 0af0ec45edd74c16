"""The harness's defaults that a session may override: time limit, memory caps, edge-case budgets.

Plain values and the edge share's two small functions, importable without the engine (the pytest
plugin reads them for its options).
"""

from __future__ import annotations

from typing import Any

# per-example time limit in seconds; a record's own `timeout` wins
DEFAULT_TIMEOUT = 30.0

# memory cap in MiB of a process running examples under pytest, and of an isolated worker
SESSION_MEMORY_MB = 8192
WORKER_MEMORY_MB = 4096

# Edge-case budgets, as Hypothesis settings. Hypothesis (about half a second to import) is imported
# when edge cases first run: a process that runs reference examples only (an xdist worker given none
# of the edge items, the generator, the evaluator) never pays for it.
PROFILES: dict[str, dict[str, Any]] = {
    # CI and the default gate: few inputs, seeded by the example (see `edge.edge_seed`), so every
    # machine, process and worker draws the same ones
    "ci": {"max_examples": 8, "database": None},
    # nightly-style depth: many more, randomized, failures remembered in the example database
    "thorough": {"max_examples": 100, "derandomize": False},
}
# profiles whose inputs are a function of the example alone
SEEDED_PROFILES = frozenset({"ci"})


def in_share(draw: int, share: tuple[int, int]) -> bool:
    """Whether share `i` of `n` runs the seeded profile's draw number `draw` (from 0): the first draw
    (Hypothesis' simplest input) runs in every share, each later one in exactly one, in turn."""
    index, count = share
    return draw == 0 or (draw - 1) % count == index - 1


def parse_share(text: str) -> tuple[int, int]:
    """`"i/n"` (1 <= i <= n) as `(i, n)`; a ValueError names what is wrong."""
    index, slash, count = text.partition("/")
    try:
        share = (int(index), int(count)) if slash else None
    except ValueError:
        share = None
    if share is None or not 1 <= share[0] <= share[1]:
        raise ValueError(f"an edge share is i/n with 1 <= i <= n (1/2 and 2/2 split the draws between two sessions), got {text!r}")
    return share
