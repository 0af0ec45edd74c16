"""Run one example: the single execution contract the generator, the plugin and the evaluator share.

`run.run_example` is the run itself; the modules beside it hold what it is made of: the time limits
(`limits`), the calls a snippet may not make (`refusals`, `exit_handlers`), Ctrl-C (`interrupts`),
what it prints (`output`), its figures (`figures`), what it raised (`exceptions`), the verdict
(`verdict`), the outcome reported (`outcome`), its working directory and seeds (`surroundings`),
and the stack imported before the first run (`preloading`).
"""

from __future__ import annotations

import matplotlib

# Snippets draw with Agg: no window, the same pixels everywhere. The backend the process had (from
# MPLBACKEND or a matplotlibrc, or the automatic choice) is kept: the plugin gives it back between
# examples (`items.drawing_with_agg`), and MPLBACKEND itself is never changed.
USERS_BACKEND = dict.__getitem__(matplotlib.rcParams, "backend")
matplotlib.use("agg")

from ..defaults import DEFAULT_TIMEOUT
from .exceptions import MESSAGE_LIMIT
from .limits import (
    KEPT_WATCHDOG_SLACK,
    WATCHDOG_FILE,
    ExampleTimeout,
    disarm_watchdog,
    hard_limit,
    time_limit,
)
from .outcome import (
    ERROR,
    FAILED,
    PASSED,
    TIMEOUT,
    Outcome,
    WarningRecord,
    numbered_snippet,
)
from .output import OUTPUT_LIMIT
from .preloading import PRELOAD, preload
from .refusals import ProcessExit, harmful_calls_refused
from .run import run_example
from .surroundings import SEED, scratch_directory, seed_global_rngs
from .verdict import FUTURE_WARNINGS, evaluate_checks

# The checks' evaluation under the name a snippet would replace to make every later example pass:
# the state guard watches every name of the harness's modules, this one's included, and reports
# the replacement (see state.modules.HARNESS_MODULES).
_evaluate_checks = evaluate_checks

__all__ = [
    "DEFAULT_TIMEOUT", "ERROR", "USERS_BACKEND", "FAILED", "FUTURE_WARNINGS", "KEPT_WATCHDOG_SLACK", "MESSAGE_LIMIT", "OUTPUT_LIMIT", "PASSED",
    "PRELOAD", "SEED", "TIMEOUT", "WATCHDOG_FILE", "ExampleTimeout", "Outcome", "ProcessExit", "WarningRecord",
    "disarm_watchdog", "hard_limit", "harmful_calls_refused", "numbered_snippet", "preload", "run_example",
    "scratch_directory", "seed_global_rngs", "time_limit",
]
