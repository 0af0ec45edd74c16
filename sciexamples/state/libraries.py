"""Library state a snippet may change: Matplotlib's settings, backend and registries, pandas'
options, the settings of NumPy, SciPy and scikit-learn, and library caches that pin a run's objects."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from .dict_versions import cached_copy, is_current_copy
from .facet import Facet, differs, loaded


def _rc_copy(params: dict) -> dict:
    # RcParams overrides iteration (sorted, validating), so dict.copy falls back to the slow path;
    # dict.items reads the underlying dict at C speed (25x faster)
    return dict(dict.items(params))


def _rc_capture() -> Any:
    mpl = loaded("matplotlib")
    return None if mpl is None else cached_copy("matplotlib.rcParams", mpl.rcParams, _rc_copy)


def _rc_same(saved: Any) -> bool:
    mpl = loaded("matplotlib")
    if mpl is None:
        return False
    if is_current_copy("matplotlib.rcParams", saved, mpl.rcParams):
        return True
    # dict's own comparison: RcParams inherits Mapping.__eq__, which iterates it the slow way
    try:
        return dict.__eq__(mpl.rcParams, saved) is True
    except Exception:  # noqa: BLE001 - numpy arrays compare elementwise; a changed array counts as changed
        return False


def _rc_restore(saved: Any) -> None:
    mpl = loaded("matplotlib")
    if mpl is None:
        return
    if saved is None:
        # matplotlib was first imported by the snippet: go back to the defaults it started from
        saved = dict(mpl.rcParamsOrig)
        saved["backend"] = "agg"
    # dict.update bypasses validation, as matplotlib's own rc_context does on exit
    dict.update(mpl.rcParams, saved)
    plt = loaded("matplotlib.pyplot")
    if plt is not None and plt.get_backend().lower() != "agg":
        plt.switch_backend("agg")


def _units_capture() -> Any:
    units = loaded("matplotlib.units")
    return None if units is None else dict(units.registry)


def _units_restore(saved: Any) -> None:
    units = loaded("matplotlib.units")
    if units is None or saved is None:
        return
    if dict(units.registry) != saved:
        units.registry.clear()
        units.registry.update(saved)


def _nested_copy(tree: dict) -> dict:
    return {k: _nested_copy(v) if isinstance(v, dict) else v for k, v in tree.items()}


def _flatten(tree: dict, prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            out.update(_flatten(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def _pandas_capture() -> Any:
    pd = loaded("pandas")
    # a nested copy of pandas' option store: far cheaper than get_option per key
    return None if pd is None else _nested_copy(pd._config.config._global_config)


def _pandas_peek() -> Any:
    pd = loaded("pandas")
    return None if pd is None else pd._config.config._global_config


def _pandas_restore(saved: Any) -> None:
    pd = loaded("pandas")
    if pd is None or saved is None:
        return
    now = _flatten(pd._config.config._global_config)
    for key, value in _flatten(saved).items():
        if key in now and differs(now[key], value):
            pd.set_option(key, value)


def _module_setting(module: str, get: str, put: str) -> tuple[Callable[[], Any], Callable[[Any], None]]:
    """Capture and restore for a library setting read with `module.get()` and put back with `module.put(**saved)`."""

    def capture() -> Any:
        library = loaded(module)
        return None if library is None else getattr(library, get)()

    def restore(saved: Any) -> None:
        library = loaded(module)
        if library is not None and saved is not None:
            getattr(library, put)(**saved)

    return capture, restore


_REGISTRY_NAMES: list[Any] = []  # the last names seen, reused while the registries keep their size


def _registries_capture() -> Any:
    """Names in Matplotlib's colormap and color-sequence registries (a snippet registering a colormap
    makes the next one registering the same name fail)."""
    mpl = loaded("matplotlib")
    if mpl is None:
        return None
    sizes = (len(mpl.colormaps), len(getattr(mpl, "color_sequences", ())))
    if not _REGISTRY_NAMES or _REGISTRY_NAMES[0] != sizes:
        _REGISTRY_NAMES[:] = [sizes, (frozenset(mpl.colormaps), frozenset(getattr(mpl, "color_sequences", ())))]
    return _REGISTRY_NAMES[1]


def _registries_same(saved: Any) -> bool:
    # built-in entries can be neither removed nor replaced, so a registry that changed has grown
    mpl = loaded("matplotlib")
    return mpl is not None and len(mpl.colormaps) == len(saved[0]) and len(getattr(mpl, "color_sequences", ())) == len(saved[1])


def _registries_restore(saved: Any) -> None:
    mpl = loaded("matplotlib")
    if mpl is None or saved is None:
        return
    colormaps, sequences = saved
    for name in set(mpl.colormaps) - colormaps:
        mpl.colormaps.unregister(name)
    for name in set(getattr(mpl, "color_sequences", ())) - sequences:
        mpl.color_sequences.unregister(name)


def _backend_capture() -> Any:
    """The canvas class of pyplot's backend: `plt.switch_backend` changes it, and restoring
    rcParams['backend'] alone does not switch pyplot back (later figures would draw on a PDF canvas)."""
    plt = loaded("matplotlib.pyplot")
    if plt is None:
        return None
    # pyplot loads its backend at the first figure; load it now, or a first switch would go unseen
    backend = getattr(plt, "_backend_mod", None) or getattr(plt, "_get_backend_mod", lambda: None)()
    return getattr(backend, "FigureCanvas", None)


def _backend_restore(saved: Any) -> None:
    plt = loaded("matplotlib.pyplot")
    module = saved.__module__
    prefix = "matplotlib.backends.backend_"
    plt.switch_backend(module[len(prefix):] if module.startswith(prefix) else f"module://{module}")


# Unbounded library caches keyed by objects a run creates. An entry pins its key, and through it a
# snippet's whole figure, for the life of the process: memory that grows with every example, not a
# first-use cost. Matplotlib's `Artist.properties()` (called by seaborn's `move_legend` and
# categorical legends, and by `plt.getp`) memoizes `ArtistInspector.is_alias` on bound methods.
# Entries added during a run are released after it; recomputing one is a docstring lookup.
PINNING_CACHES = (("matplotlib.artist", "ArtistInspector", "is_alias"),)


def _pinning_caches() -> dict[str, Any]:
    found = {}
    for module, owner, name in PINNING_CACHES:
        cache = getattr(getattr(sys.modules.get(module), owner, None), name, None)
        if hasattr(cache, "cache_info") and hasattr(cache, "cache_clear"):
            found[f"{module}.{owner}.{name}"] = cache
    return found


def cache_sizes() -> dict[str, int]:
    return {key: cache.cache_info().currsize for key, cache in _pinning_caches().items()}


def release_pinning_caches(sizes: dict[str, int]) -> None:
    """Clear each pinning cache that grew since `sizes` was taken (one first imported meanwhile counts as grown)."""
    for key, cache in _pinning_caches().items():
        if cache.cache_info().currsize > sizes.get(key, 0):
            cache.cache_clear()


# the one-letter colour codes ("k", "b", ...): seaborn's set_theme / set_color_codes point them at
# its palette's colours (in matplotlib.colors' own mapping, not rcParams), so "k" stops being black
_COLOR_CODES = "bgrcmykw"


def _color_codes_capture() -> Any:
    colors = loaded("matplotlib.colors")
    return None if colors is None else {code: colors._colors_full_map[code] for code in _COLOR_CODES}


def _color_codes_restore(saved: Any) -> None:
    colors = loaded("matplotlib.colors")
    if colors is None:
        return
    if saved is None:  # matplotlib was first imported by the snippet: its own codes
        saved = {code: colors.BASE_COLORS[code] for code in _COLOR_CODES}
    for code, value in saved.items():
        if colors._colors_full_map.get(code) != value:
            colors._colors_full_map[code] = value  # the mapping's own setter also clears its colour cache


RC_PARAMS = Facet("matplotlib rcParams", _rc_capture, _rc_restore, same=_rc_same)
BACKEND = Facet("matplotlib backend", _backend_capture, _backend_restore)
UNITS_REGISTRY = Facet("matplotlib units registry", _units_capture, _units_restore)
COLOR_CODES = Facet("matplotlib colour codes", _color_codes_capture, _color_codes_restore)
PANDAS_OPTIONS = Facet("pandas options", _pandas_capture, _pandas_restore, peek=_pandas_peek)
NUMPY_PRINT_OPTIONS = Facet("numpy print options", *_module_setting("numpy", "get_printoptions", "set_printoptions"))
NUMPY_ERROR_STATE = Facet("numpy error state", *_module_setting("numpy", "geterr", "seterr"), silent=False)
SCIPY_SPECIAL_ERROR_STATE = Facet("scipy.special error state", *_module_setting("scipy.special", "geterr", "seterr"), silent=False)
COLORMAP_REGISTRIES = Facet("matplotlib colormap registries", _registries_capture, _registries_restore, same=_registries_same)
SKLEARN_CONFIG = Facet("scikit-learn config", *_module_setting("sklearn", "get_config", "set_config"))
