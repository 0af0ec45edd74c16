"""Modules a snippet may change: the entries of `sys.modules`, and the names in library modules and
classes and in the harness's own modules."""

from __future__ import annotations

import operator
import sys
from types import ModuleType
from typing import Any

from .dict_versions import cached_copy, class_dict, is_current_copy
from .facet import Facet


# Entries of sys.modules a snippet must not remove or replace: after `del sys.modules["numpy"]` the
# next example's `import numpy` would load a second NumPy, and every example after it fail;
# `sys.modules.clear()` would leave the harness importing second copies of itself. Every entry present
# when the run started is compared (by the dict's version tag first: one read while nothing was
# imported); modules imported during the run are added freely.
def _sys_modules_capture() -> Any:
    return cached_copy("sys.modules", sys.modules)


def sys_modules_moved(saved: Any) -> list[str]:
    """Names of the entries of `saved` (a copy of sys.modules) now removed or bound to another module."""
    modules = sys.modules
    if is_current_copy("sys.modules", saved, modules):
        return []
    return [name for name, module in saved.items() if modules.get(name) is not module]


def _sys_modules_restore(saved: Any) -> None:
    for name in sys_modules_moved(saved):
        sys.modules[name] = saved[name]


# Public namespaces a snippet might monkeypatch; compared by identity after every run.
WATCHED_MODULES = (
    "builtins", "numpy", "numpy.random", "pandas", "matplotlib", "matplotlib.pyplot", "seaborn", "scipy.stats",
    "scipy.signal", "scipy.optimize", "scipy.integrate", "math", "random", "os", "sys", "time", "tempfile",
    "warnings", "threading",
    # pytest's own, which turn an item's run into its report
    "pytest", "_pytest.runner", "_pytest.reports", "_pytest.main", "_pytest.terminal",
)


# Library classes a snippet might monkeypatch (`pd.DataFrame.sum = ...`) or extend for good
# (`pd.api.extensions.register_dataframe_accessor`, after which the next example registering the same
# name warns). NumPy's are C types: assigning to `np.ndarray.sum` raises.
WATCHED_CLASSES = (
    ("pandas", "DataFrame"), ("pandas", "Series"), ("matplotlib.artist", "Artist"),
    ("matplotlib.axes", "Axes"), ("matplotlib.figure", "Figure"), ("sklearn.base", "BaseEstimator"),
)


_WATCHED_NAMESPACES: list[Any] = []  # (len(sys.modules), namespaces): looked up again only when modules were imported


# The harness's own modules and classes, every name in them private ones included: a snippet that
# replaces `sciexamples.execute._evaluate_checks` with a no-op would make every later example pass, a
# failing one included, and the run's exit status 0. (A function's code swapped in place, or objects
# reached through `gc`, are past what an in-process guard sees: `--examples-isolated` for such datasets.)
# Every module of the `execute` and `state` packages is listed: each holds names a run looks up.
HARNESS_MODULES = tuple(
    f"sciexamples{suffix}"
    for suffix in (
        "",
        ".execute", ".execute.exceptions", ".execute.exit_handlers", ".execute.figures", ".execute.interrupts", ".execute.limits",
        ".execute.outcome", ".execute.output", ".execute.preloading", ".execute.refusals", ".execute.run", ".execute.surroundings",
        ".execute.verdict",
        ".state", ".state.builtins_namespace", ".state.dict_versions", ".state.facet", ".state.guard", ".state.interpreter",
        ".state.libraries", ".state.lifetimes", ".state.modules", ".state.proc_files", ".state.process",
        ".protect", ".checks", ".example", ".edge", ".pytest_plugin", ".items", ".defaults", ".isolate", ".workers", ".fixtures",
    )
)
HARNESS_CLASSES = (
    ("sciexamples.execute", "Outcome"), ("sciexamples.state", "StateGuard"), ("sciexamples.state", "Facet"),
    ("sciexamples.example", "Example"), ("sciexamples.items", "ExampleItem"), ("sciexamples.items", "EdgeCaseItem"),
)
_FULLY_WATCHED = frozenset([*HARNESS_MODULES, *(f"{module}.{attr}" for module, attr in HARNESS_CLASSES)])


def _watched_namespaces() -> dict[str, tuple[Any, dict]]:
    """The watched modules and classes that are loaded, by dotted name, each with its namespace dict.

    A module or class replaced by a snippet is not looked up again: the module facet sees the name
    replaced in its module's namespace, and the sys.modules facet a replaced entry."""
    modules = sys.modules
    if _WATCHED_NAMESPACES and _WATCHED_NAMESPACES[0] == len(modules):
        return _WATCHED_NAMESPACES[1]
    found = {name: (modules[name], vars(modules[name])) for name in (*WATCHED_MODULES, *HARNESS_MODULES) if name in modules}
    for module, attr in (*WATCHED_CLASSES, *HARNESS_CLASSES):
        cls = getattr(modules.get(module), attr, None)
        if isinstance(cls, type):
            found[f"{module}.{attr}"] = (cls, class_dict(cls))
    _WATCHED_NAMESPACES[:] = [len(modules), found]
    return found


def _modules_capture() -> Any:
    # a copy of each namespace, taken again only when the namespace changed (see dict_versions.cached_copy)
    return {name: cached_copy(name, namespace) for name, (_, namespace) in _watched_namespaces().items()}


def _modules_peek() -> Any:
    return {name: namespace for name, (_, namespace) in _watched_namespaces().items()}


def _unchanged(a: Any, b: Any) -> bool:
    """Fast path at C speed: as many names, bound to the same objects in the same order (identity:
    `mpl.rcParams = {}` filled with the same values would pass an == test), and the same last name.
    Names are only ever appended, so a name removed and another added shows as a new last name."""
    return len(a) == len(b) and (not a or next(reversed(a)) is next(reversed(b))) and all(map(operator.is_, a.values(), b.values()))


def replaced_names(name: str, before: Any, now: Any) -> list[str]:
    """Public names removed or bound to different objects (additions to a module, like lazily loaded
    submodules, are fine); in the harness's own namespaces, private names too."""
    whole = name in _FULLY_WATCHED
    return [k for k, v in before.items() if (whole or k[:1] != "_") and (k not in now or now[k] is not v)]


def _added_names(name: str, before: Any, now: Any) -> list[str]:
    """Public names a watched class gained, or a watched module gained other than submodules (which
    load lazily): `np.helper = f` would let a later example pass only after this one ran."""
    if name in _CLASS_KEYS:
        return [k for k in now if k[:1] != "_" and k not in before]
    return [k for k in now if k[:1] != "_" and k not in before and not isinstance(now[k], ModuleType)]


_CLASS_KEYS = frozenset(f"{module}.{attr}" for module, attr in WATCHED_CLASSES)


def added_to_module(name: str, before: Any, now: Any) -> list[str]:
    """The names `_added` finds in a watched module (an offence), not in a class (put back silently)."""
    return [] if name in _CLASS_KEYS else _added_names(name, before, now)


def _modules_same(saved: Any) -> bool:
    # the version tag first (one read a namespace); the names one by one only where it moved
    return all(
        is_current_copy(name, saved[name], namespace) or _unchanged(saved[name], namespace)
        or not (replaced_names(name, saved[name], namespace) or _added_names(name, saved[name], namespace))
        for name, namespace in _modules_peek().items() if name in saved
    )


def _library_function_replaced(saved: Any, now: Any) -> bool:
    """A library function replaced or removed, or a module that gained a name, is an offence; a class
    that only gained names is restored silently."""
    return any(
        replaced_names(name, saved[name], now[name]) or added_to_module(name, saved[name], now[name])
        for name in saved.keys() & now.keys()
    )


def _modules_restore(saved: Any) -> None:
    for name, (owner, namespace) in _watched_namespaces().items():
        if name in saved:
            for key in replaced_names(name, saved[name], namespace):
                setattr(owner, key, saved[name][key])
            for key in _added_names(name, saved[name], namespace):
                delattr(owner, key)


SYS_MODULES = Facet("sys.modules", _sys_modules_capture, _sys_modules_restore, silent=False, same=lambda saved: not sys_modules_moved(saved))
LIBRARY_ATTRIBUTES = Facet(
    "library attributes", _modules_capture, _modules_restore, silent=False, same=_modules_same, peek=_modules_peek, offending=_library_function_replaced
)
