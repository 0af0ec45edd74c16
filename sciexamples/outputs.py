"""What a run produced: the values of the names its task states and its open figures, kept as
snapshots that outlive the run, and compared with a tolerance.

Two answers to a task are equivalent on an input when their snapshots agree: arrays within 1e-9 of
each element or of the array's largest magnitude, frames within a relative 1e-9 (NaN equal to NaN),
figures pixel for pixel as Agg renders them, fitted objects by their public attributes.
"""

from __future__ import annotations

import hashlib
import math
import sys
from collections.abc import Iterable, Mapping
from typing import Any

RTOL = 1e-9
_DEPTH = 3


def snapshot(value: Any, depth: int = 0) -> Any:
    """A copy of `value` that does not change when the run's objects do, and compares with `same`."""
    import numpy as np
    import pandas as pd

    try:
        from matplotlib.axes import Axes
        from matplotlib.figure import Figure
    except ImportError:  # pragma: no cover - matplotlib is a dependency
        Axes = Figure = ()  # type: ignore[assignment,misc]
    if isinstance(value, Axes):
        value = value.figure
    if isinstance(value, Figure):
        return ("figure", _pixels(value))
    if value is None or isinstance(value, (bool, str, bytes)):
        return value
    if isinstance(value, (int, float, complex, np.number, np.bool_)):
        return ("number", complex(value) if isinstance(value, (complex, np.complexfloating)) else float(value))
    if isinstance(value, np.ndarray) and value.dtype == object:  # a grid of Axes, mixed objects: each by its kind
        return ("object array", value.shape, [snapshot(v, depth + 1) for v in value.ravel()])
    if isinstance(value, np.ndarray):
        return ("array", value.copy())
    if isinstance(value, (pd.DataFrame, pd.Series, pd.Index)):
        return ("pandas", value.copy(deep=True))
    if depth >= _DEPTH:
        return ("repr", type(value).__name__)
    if isinstance(value, Mapping):
        return ("mapping", {repr(k): snapshot(v, depth + 1) for k, v in value.items()})
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=repr) if isinstance(value, (set, frozenset)) else value
        return ("sequence", type(value).__name__, [snapshot(v, depth + 1) for v in items])
    attributes = getattr(value, "__dict__", None)
    if isinstance(attributes, dict):
        public = {k: v for k, v in attributes.items() if not k.startswith("_")}
        return ("object", type(value).__name__, {k: snapshot(v, depth + 1) for k, v in sorted(public.items())})
    return ("repr", repr(value)[:2000])


def _pixels(figure: Any) -> str:
    """A digest of the figure as Agg renders it."""
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure) if not isinstance(figure.canvas, FigureCanvasAgg) else figure.canvas
    canvas.draw()
    return hashlib.sha256(np.asarray(canvas.buffer_rgba()).tobytes()).hexdigest()


def outputs(namespace: Mapping[str, Any], names: Iterable[str]) -> dict[str, Any]:
    """Snapshots of the stated names the run defined, and of every open figure."""
    plt = sys.modules.get("matplotlib.pyplot")
    found = {name: snapshot(namespace[name]) for name in sorted(names) if name in namespace}
    if plt is not None:
        found["<open figures>"] = [("figure", _pixels(plt.figure(number))) for number in plt.get_fignums()]
    return found


def same(left: Any, right: Any) -> bool:
    """Whether two snapshots agree (numbers, arrays and frames within RTOL, NaN equal to NaN)."""
    import numpy as np
    import pandas as pd

    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return left.keys() == right.keys() and all(same(left[k], right[k]) for k in left)
    if isinstance(left, list):
        return len(left) == len(right) and all(same(a, b) for a, b in zip(left, right, strict=True))
    if not isinstance(left, tuple) or not left or left[0] not in ("number", "array", "pandas"):
        if isinstance(left, tuple):
            return len(left) == len(right) and all(same(a, b) for a, b in zip(left, right, strict=True))
        return left == right
    kind, a, b = left[0], left[1], right[1]
    if kind != right[0]:
        return False
    if kind == "number":
        return (a == b) or (_is_nan(a) and _is_nan(b)) or _close(a, b)
    if kind == "array":
        if a.shape != b.shape or a.dtype.kind != b.dtype.kind:
            return False
        try:
            if a.dtype.kind in "fc":
                a, b = np.asarray(a), np.asarray(b)
                # within RTOL of each element, or of the array's largest magnitude: a value that should be 0
                # (an eigenfunction at its boundary) differs by rounding alone, like every other element
                finite = np.abs(np.concatenate([a[np.isfinite(a)].ravel(), b[np.isfinite(b)].ravel()]))
                scale = float(finite.max()) if finite.size else 0.0
                return bool(np.allclose(a, b, rtol=RTOL, atol=RTOL * scale, equal_nan=True))
            return bool(np.array_equal(a, b))
        except (TypeError, ValueError):  # a subclass (a masked array) or a dtype the ufuncs refuse
            return repr(a) == repr(b)
    try:
        if isinstance(a, pd.DataFrame):
            pd.testing.assert_frame_equal(a, b, check_exact=False, rtol=RTOL, atol=0)
        elif isinstance(a, pd.Series):
            pd.testing.assert_series_equal(a, b, check_exact=False, rtol=RTOL, atol=0)
        else:
            pd.testing.assert_index_equal(a, b, exact=False)
    except (AssertionError, TypeError, ValueError):
        return False
    return True


def _is_nan(value: complex | float) -> bool:
    return isinstance(value, (int, float, complex)) and (value != value)


def _close(a: complex | float, b: complex | float) -> bool:
    if any(isinstance(v, float) and math.isinf(v) for v in (a, b)):
        return a == b
    return abs(a - b) <= RTOL * max(abs(a), abs(b))
