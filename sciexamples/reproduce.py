"""Render input values as Python source, so a falsifying edge case can be pasted and re-run."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd


def _array(value: np.ndarray) -> str:
    value = np.asarray(value)
    if value.dtype.kind == "M":
        return f"np.array({[str(t) for t in value.ravel()]!r}, dtype='{value.dtype.str[1:]}').reshape({value.shape!r})"
    if value.dtype.kind == "O":
        return f"np.array({_listed(value.tolist())}, dtype=object)"
    dtype = "np.bool_" if value.dtype.kind == "b" else f"np.{value.dtype.name}"
    return f"np.array({value.tolist()!r}, dtype={dtype})".replace("nan", "np.nan").replace("inf", "np.inf")


def _listed(values: list[Any]) -> str:
    """A list's source, pandas' missing-value markers written as None."""
    return repr([None if v is pd.NA or v is pd.NaT or (isinstance(v, float) and np.isnan(v)) else v for v in values])


def _index(index: pd.Index) -> str:
    if isinstance(index, pd.RangeIndex):
        return f"pd.RangeIndex({index.start}, {index.stop}, {index.step}, name={index.name!r})"
    if isinstance(index, pd.DatetimeIndex):
        freq = f", freq={index.freqstr!r}" if index.freq is not None else ""
        return f"pd.DatetimeIndex({[str(t) for t in index]!r}, dtype='{index.dtype.str[1:]}', name={index.name!r}{freq})"
    return f"pd.Index({_series_data(index.to_series())}, name={index.name!r})"


def _series_data(series: pd.Series) -> str:
    dtype = series.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        cats = dtype.categories.tolist()
        return f"pd.Categorical({_listed(series.astype(object).tolist())}, categories={cats!r}, ordered={dtype.ordered!r})"
    if isinstance(dtype, pd.StringDtype):
        return f"pd.array({_listed(series.astype(object).tolist())}, dtype=pd.StringDtype({dtype.storage!r}))"
    if isinstance(dtype, pd.api.extensions.ExtensionDtype) and not isinstance(dtype, np.dtype):
        return f"pd.array({_listed(series.astype(object).tolist())}, dtype={str(dtype)!r})"
    return _array(series.to_numpy())


def as_python(value: Any) -> str:
    """An expression that rebuilds `value` (arrays, frames, series, scalars, and dicts or lists of them)."""
    if isinstance(value, np.ndarray):
        return _array(value)
    if isinstance(value, pd.DataFrame):
        columns = ", ".join(f"{c!r}: {_series_data(value[c])}" for c in value.columns)
        return f"pd.DataFrame({{{columns}}}, index={_index(value.index)})"
    if isinstance(value, pd.Series):
        return f"pd.Series({_series_data(value)}, index={_index(value.index)}, name={value.name!r})"
    if isinstance(value, np.generic):
        return repr(value.item())
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {as_python(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list) and any(isinstance(v, (np.ndarray, pd.Series, pd.DataFrame)) for v in value):
        return "[" + ", ".join(as_python(v) for v in value) + "]"
    return repr(value)


def inputs_as_python(inputs: Mapping[str, Any]) -> str:
    lines = ["import numpy as np", "import pandas as pd", ""]
    lines += [f"{name} = {as_python(value)}" for name, value in inputs.items()]
    return "\n".join(lines)
