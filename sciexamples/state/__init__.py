"""Process-global state a snippet may change: snapshot before a run, restore after, report leaks.

`guard.StateGuard` takes the snapshot and restores it; each facet of state lives with its family:
`libraries` (Matplotlib, pandas, NumPy, SciPy, scikit-learn), `interpreter` (logging, decimal,
warnings, `sys` lists, interpreter settings), `process` (environment, working directory, signals,
streams and descriptors, limits), `lifetimes` (threads, child processes, finalizers, event loops),
`modules` (`sys.modules`, library and harness namespaces) and `builtins_namespace`. `facet` defines
a facet, `dict_versions` the cheap test for an unchanged dict, `proc_files` reads /proc.
"""

from __future__ import annotations

from .builtins_namespace import builtins_put_back, builtins_snapshot
from .facet import Facet
from .guard import FACETS, StateGuard
from .libraries import PINNING_CACHES, cache_sizes, release_pinning_caches
from .lifetimes import (
    LEFT_BEHIND,
    ThreadStopped,
    descendants,
    end_processes,
    let_stopped_threads_end,
    running,
    started_here,
)
from .modules import HARNESS_CLASSES, HARNESS_MODULES, WATCHED_CLASSES, WATCHED_MODULES
from .proc_files import read_proc_self
from .process import fd_identity, signal_name, working_directory

__all__ = [
    "FACETS", "HARNESS_CLASSES", "HARNESS_MODULES", "LEFT_BEHIND", "PINNING_CACHES", "WATCHED_CLASSES", "WATCHED_MODULES",
    "Facet", "StateGuard", "ThreadStopped", "builtins_put_back", "builtins_snapshot", "cache_sizes", "descendants", "let_stopped_threads_end",
    "end_processes", "fd_identity", "read_proc_self", "release_pinning_caches", "running", "signal_name", "started_here",
    "working_directory",
]
