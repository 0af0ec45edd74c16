"""Render input values as Python source, so a falsifying edge case can be pasted and re-run."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd


def _array(value: np.ndarray) -> str:
    return f"np.array({np.asarray(value).tolist()!r}, dtype=np.{value.dtype.name})".replace("nan", "np.nan").replace("inf", "np.inf")


def _index(index: pd.Index) -> str:
    if isinstance(index, pd.RangeIndex):
        return f"pd.RangeIndex({index.start}, {index.stop}, {index.step})"
    if isinstance(index, pd.DatetimeIndex):
        return f"pd.DatetimeIndex({[str(t) for t in index]!r}, name={index.name!r})"
    return f"pd.Index({index.tolist()!r})"


def _series_data(series: pd.Series) -> str:
    if isinstance(series.dtype, pd.CategoricalDtype):
        cats = series.cat.categories.tolist()
        return f"pd.Categorical({series.astype(object).tolist()!r}, categories={cats!r})"
    return _array(series.to_numpy())


def as_python(value: Any) -> str:
    """An expression that rebuilds `value` (arrays, frames, series, scalars)."""
    if isinstance(value, np.ndarray):
        return _array(value)
    if isinstance(value, pd.DataFrame):
        columns = ", ".join(f"{c!r}: {_series_data(value[c])}" for c in value.columns)
        return f"pd.DataFrame({{{columns}}}, index={_index(value.index)})"
    if isinstance(value, pd.Series):
        return f"pd.Series({_series_data(value)}, index={_index(value.index)}, name={value.name!r})"
    if isinstance(value, np.generic):
        return repr(value.item())
    return repr(value)


def inputs_as_python(inputs: Mapping[str, Any]) -> str:
    lines = ["import numpy as np", "import pandas as pd", ""]
    lines += [f"{name} = {as_python(value)}" for name, value in inputs.items()]
    return "\n".join(lines)
