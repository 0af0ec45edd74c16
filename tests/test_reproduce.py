"""A failing edge input is shown as Python that rebuilds it: every named input round-trips."""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
import pytest

from sciexamples.fixtures import default_registry
from sciexamples.reproduce import as_python, inputs_as_python

REGISTRY = default_registry()


def _assert_same(original: Any, rebuilt: Any) -> None:
    if isinstance(original, pd.DataFrame):
        pd.testing.assert_frame_equal(rebuilt, original)
    elif isinstance(original, pd.Series):
        pd.testing.assert_series_equal(rebuilt, original)
    elif isinstance(original, np.ndarray):
        assert rebuilt.dtype == original.dtype and np.array_equal(rebuilt, original, equal_nan=original.dtype.kind == "f")
    elif isinstance(original, dict):
        assert original.keys() == rebuilt.keys()
        for key in original:
            _assert_same(original[key], rebuilt[key])
    elif isinstance(original, list):
        assert len(original) == len(rebuilt)
        for a, b in zip(original, rebuilt):
            _assert_same(a, b)
    else:
        assert rebuilt == original


@pytest.mark.parametrize("name", sorted(REGISTRY.declarations))
def test_every_named_input_is_rebuilt_by_its_python(name: str) -> None:
    value = REGISTRY._built(name)
    _assert_same(value, eval(as_python(value), {"np": np, "pd": pd}))


def test_missing_values_strings_categories_and_dates_are_rebuilt() -> None:
    frame = pd.DataFrame(
        {
            "name": pd.array(["a", None, "c"], dtype=pd.StringDtype("python")),
            "level": pd.Categorical(["low", None, "high"], categories=["low", "high"], ordered=True),
            "when": pd.to_datetime(["2024-01-01", None, "2024-01-03"]),
            "flag": np.array([True, False, True]),
            "value": [1.5, np.nan, -np.inf],
        },
        index=pd.Index([5, 3, 5], name="row"),
    )
    namespace: dict[str, Any] = {}
    exec(inputs_as_python({"frame": frame}), namespace)
    _assert_same(frame, namespace["frame"])
