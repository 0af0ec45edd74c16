"""Process-global state a snippet may change: snapshot before a run, restore after, report leaks."""

from __future__ import annotations

import os
import sys
import threading
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Facet:
    """One piece of global state: how to read it, how to put it back, and whether changing it is an offence.

    `silent` facets (plot styles, display options) may be changed by a snippet and are simply
    restored; changing any other facet fails the example even though it is restored.
    """

    name: str
    capture: Callable[[], Any]
    restore: Callable[[Any], None]
    silent: bool = True


def _loaded(module: str) -> Any:
    return sys.modules.get(module)


def _rc_capture() -> Any:
    mpl = _loaded("matplotlib")
    return None if mpl is None else dict(mpl.rcParams)


def _rc_restore(saved: Any) -> None:
    mpl = _loaded("matplotlib")
    if mpl is None:
        return
    if saved is None:
        # matplotlib was first imported by the snippet: go back to the defaults it started from
        saved = dict(mpl.rcParamsOrig)
        saved["backend"] = "agg"
    # dict.update bypasses validation, as matplotlib's own rc_context does on exit
    dict.update(mpl.rcParams, saved)
    plt = _loaded("matplotlib.pyplot")
    if plt is not None and plt.get_backend().lower() != "agg":
        plt.switch_backend("agg")


def _units_capture() -> Any:
    units = _loaded("matplotlib.units")
    return None if units is None else dict(units.registry)


def _units_restore(saved: Any) -> None:
    units = _loaded("matplotlib.units")
    if units is None or saved is None:
        return
    if dict(units.registry) != saved:
        units.registry.clear()
        units.registry.update(saved)


def _pandas_option_keys(pd: Any) -> list[str]:
    config = pd._config.config
    deprecated = getattr(config, "_deprecated_options", {})
    return [k for k in config._registered_options if k not in deprecated]


def _pandas_capture() -> Any:
    pd = _loaded("pandas")
    if pd is None:
        return None
    return {k: pd.get_option(k) for k in _pandas_option_keys(pd)}


def _pandas_restore(saved: Any) -> None:
    pd = _loaded("pandas")
    if pd is None:
        return
    if saved is None:
        saved = {}
    for key in _pandas_option_keys(pd):
        if key in saved and pd.get_option(key) != saved[key]:
            pd.set_option(key, saved[key])
        elif key not in saved:
            pd.reset_option(key)


def _np_print_capture() -> Any:
    np = _loaded("numpy")
    return None if np is None else np.get_printoptions()


def _np_print_restore(saved: Any) -> None:
    np = _loaded("numpy")
    if np is not None and saved is not None and np.get_printoptions() != saved:
        np.set_printoptions(**saved)


def _np_err_capture() -> Any:
    np = _loaded("numpy")
    return None if np is None else np.geterr()


def _np_err_restore(saved: Any) -> None:
    np = _loaded("numpy")
    if np is not None and saved is not None:
        np.seterr(**saved)


def _warnings_capture() -> Any:
    return list(warnings.filters)


def _warnings_restore(saved: Any) -> None:
    if warnings.filters != saved:
        warnings.filters[:] = saved
        warnings._filters_mutated()  # type: ignore[attr-defined]


def _environ_capture() -> Any:
    return dict(os.environ)


def _environ_restore(saved: Any) -> None:
    if dict(os.environ) != saved:
        os.environ.clear()
        os.environ.update(saved)


def _syspath_restore(saved: Any) -> None:
    if sys.path != saved:
        sys.path[:] = saved


def _main_restore(saved: Any) -> None:
    if sys.modules.get("__main__") is not saved:
        sys.modules["__main__"] = saved


def _cwd_restore(saved: Any) -> None:
    if os.getcwd() != saved:
        os.chdir(saved)


def _streams_capture() -> Any:
    return (sys.stdin, sys.stdout, sys.stderr)


def _streams_restore(saved: Any) -> None:
    sys.stdin, sys.stdout, sys.stderr = saved


def _threads_capture() -> Any:
    return frozenset(t.ident for t in threading.enumerate())


def _threads_restore(saved: Any) -> None:
    # a thread cannot be stopped from outside; a live new thread is reported as a leak
    return None


FACETS: tuple[Facet, ...] = (
    Facet("matplotlib rcParams", _rc_capture, _rc_restore),
    Facet("matplotlib units registry", _units_capture, _units_restore),
    Facet("pandas options", _pandas_capture, _pandas_restore),
    Facet("numpy print options", _np_print_capture, _np_print_restore),
    Facet("numpy error state", _np_err_capture, _np_err_restore, silent=False),
    Facet("warnings filters", _warnings_capture, _warnings_restore, silent=False),
    Facet("os.environ", _environ_capture, _environ_restore, silent=False),
    Facet("sys.path", lambda: list(sys.path), _syspath_restore, silent=False),
    Facet("sys.modules['__main__']", lambda: sys.modules.get("__main__"), _main_restore, silent=False),
    Facet("working directory", os.getcwd, _cwd_restore),
    Facet("standard streams", _streams_capture, _streams_restore),
    Facet("threads", _threads_capture, _threads_restore, silent=False),
)


class StateGuard:
    """Snapshot every facet; `restore()` puts them back and returns the offences found."""

    def __init__(self, facets: tuple[Facet, ...] = FACETS) -> None:
        self.facets = facets
        self.saved = [f.capture() for f in facets]

    def changed(self) -> list[str]:
        """Names of the facets that differ from the snapshot now."""
        return [f.name for f, saved in zip(self.facets, self.saved) if _differs(f.capture(), saved)]

    def restore(self) -> list[str]:
        """Restore every facet; return messages for offences (non-silent facets changed) and leaks (still differ)."""
        problems = []
        for facet, saved in zip(self.facets, self.saved):
            if saved is None:
                continue  # the library was first imported during the run: nothing to compare with
            now = facet.capture()
            if not _differs(now, saved):
                continue
            if not facet.silent:
                problems.append(f"changed {facet.name}: {_describe(facet.name, saved, now)}")
            try:
                facet.restore(saved)
            except Exception as exc:  # noqa: BLE001 - a broken restore is itself a leak to report
                problems.append(f"could not restore {facet.name}: {exc!r}")
                continue
            if _differs(facet.capture(), saved) and facet.silent:
                problems.append(f"could not restore {facet.name}")
        return problems


def _differs(a: Any, b: Any) -> bool:
    if a is b:
        return False
    try:
        return bool(a != b)
    except Exception:  # noqa: BLE001 - numpy arrays in rcParams compare elementwise
        return True


def _describe(name: str, before: Any, after: Any) -> str:
    if name == "threads":
        live = [t.name for t in threading.enumerate() if t.ident not in before]
        return f"threads still running: {', '.join(live)}"
    if isinstance(before, dict) and isinstance(after, dict):
        keys = sorted({*before, *after} - {k for k in before if k in after and not _differs(before[k], after[k])})
        return ", ".join(f"{k}: {before.get(k)!r} -> {after.get(k)!r}" for k in keys[:5])
    if isinstance(before, list) and isinstance(after, list):
        return f"{len(before)} entries -> {len(after)} entries"
    return f"{before!r:.60} -> {after!r:.60}"
