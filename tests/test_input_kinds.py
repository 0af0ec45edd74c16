"""The table, text, event and field kinds: deterministic builders, documented shapes, and edge
strategies that keep what a snippet may rely on (columns, dtypes, components, ranges) whatever they vary."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings

from sciexamples.edge import inputs_digest
from sciexamples.example import EdgeSpec
from sciexamples.fixtures import default_registry

# named input -> (kind, components)
NEW_INPUTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "reviews": ("text_labels", ("docs", "labels")),
    "rm_long": ("repeated_measures", ()),
    "stereo": ("delayed_pair", ("x", "y", "fs", "delay_s")),
    "blobs": ("blobs", ("X", "labels", "centers")),
    "orders": ("orders", ()),
    "events": ("event_log", ()),
    "expression": ("counts_matrix", ()),
    "survival": ("survival", ()),
    "stations": ("geo_points", ()),
    "frames": ("image_stack", ()),
    "messy_csv": ("messy_csv", ()),
    "spectra": ("spectra", ("wavelength", "absorbance", "concentration")),
    "dose_response": ("dose_response", ()),
    "terrain": ("grid_field", ("x", "y", "z")),
    "store_sales": ("wide_panel", ()),
    "likert": ("likert", ()),
}
FRAME_INPUTS = ("rm_long", "orders", "events", "expression", "survival", "stations", "dose_response", "store_sales", "likert")

FULL = EdgeSpec()
WITH_NAN = EdgeSpec(nan=True)
NARROW = EdgeSpec(constant=False, scale=False, index=False, extra_columns=False, one_level=False, why="probe")
DRAWS = settings(max_examples=20, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))

REGISTRY = default_registry()


def _reference(name: str) -> Any:
    return REGISTRY.build({"v": name})["v"]


def _bundle(value: dict[str, Any], components: tuple[str, ...]) -> dict[str, Any]:
    return {c: value[c] for c in components}


def _is_string(dtype: Any) -> bool:
    return isinstance(dtype, pd.StringDtype)


def _is_category(series: pd.Series, categories: list[Any], ordered: bool = False) -> bool:
    return isinstance(series.dtype, pd.CategoricalDtype) and list(series.cat.categories) == categories and bool(series.cat.ordered) == ordered


def _frame_common(frame: pd.DataFrame, columns: list[str], spec: EdgeSpec, extra: str = "extra", range_index: bool = True) -> None:
    assert isinstance(frame, pd.DataFrame)
    own = [c for c in frame.columns if c != extra]
    assert own == columns, own
    if not spec.extra_columns:
        assert list(frame.columns) == columns
    if not spec.nan:
        assert not frame.isna().to_numpy().any()
    if range_index and not spec.index:
        assert isinstance(frame.index, pd.RangeIndex) and frame.index.start == 0 and frame.index.step == 1


def _finite(values: np.ndarray, spec: EdgeSpec) -> np.ndarray:
    values = np.asarray(values, dtype=float)
    if not spec.nan:
        assert np.isfinite(values).all()
    return values[np.isfinite(values)]


# -- invariants per kind: what any value (reference or drawn) must satisfy ------------------------

def check_reviews(v: dict[str, Any], spec: EdgeSpec) -> None:
    docs, labels = v["docs"], v["labels"]
    assert isinstance(docs, list) and all(isinstance(d, str) for d in docs)
    assert isinstance(labels, np.ndarray) and labels.dtype == np.int64 and labels.shape == (len(docs),)
    assert set(labels.tolist()) <= {0, 1}
    if len(labels) >= 2:
        assert set(labels.tolist()) == {0, 1}
    if not spec.nan:
        assert all(d.strip() for d in docs)
    assert any(d.strip() for d in docs)
    if not spec.constant and len(docs) >= 3:
        assert len(set(docs)) > 1


def check_rm_long(frame: pd.DataFrame, spec: EdgeSpec) -> None:
    _frame_common(frame, ["subject", "condition", "time", "score"], spec)
    assert _is_string(frame["subject"].dtype)
    assert _is_category(frame["condition"], ["control", "low", "high"])
    assert frame["time"].dtype == np.int64 and (frame["time"] >= 1).all()
    assert frame["score"].dtype == np.float64
    counts = pd.crosstab(frame["subject"].astype(str), [frame["condition"], frame["time"]])
    assert counts.shape[0] >= 2 and counts.shape[1] % 3 == 0
    assert (counts.to_numpy() == 1).all()  # every subject, every condition, every time: once
    assert set(frame["condition"].unique()) == {"control", "low", "high"}
    if not spec.constant:
        assert frame["score"].nunique() > 1


def check_stereo(v: dict[str, Any], spec: EdgeSpec) -> None:
    x, y, fs, delay = v["x"], v["y"], v["fs"], v["delay_s"]
    assert isinstance(fs, float) and fs > 0 and isinstance(delay, float) and delay >= 0
    assert x.ndim == 1 and x.shape == y.shape and x.dtype == y.dtype == np.float64
    d = round(delay * fs)
    assert np.isclose(d, delay * fs) and d < len(x) // 4 + 1
    _finite(x, spec)
    if np.isfinite(y).all() and d < len(x) - 8:
        # y is x delayed by d samples, plus a straight drift and at most a moderate noise
        resid = y[d:] - x[: len(x) - d]
        t = np.arange(resid.size)
        resid = resid - np.polyval(np.polyfit(t, resid, 1), t)
        assert resid.std() <= 0.8 * x.std() + 1e-12
    else:
        assert spec.nan


def check_blobs(v: dict[str, Any], spec: EdgeSpec) -> None:
    X, labels, centers = v["X"], v["labels"], v["centers"]
    k = len(centers)
    assert centers.shape == (k, 2) and k == 3
    assert X.dtype == np.float64 and X.shape == (len(labels), 2)
    assert labels.dtype == np.int64 and set(labels.tolist()) == set(range(k))
    assert np.bincount(labels, minlength=k).min() >= 2
    ok = np.isfinite(X).all(axis=1)
    assert spec.nan or ok.all()
    nearest = np.argmin(((X[ok, None, :] - centers[None]) ** 2).sum(-1), axis=1)
    assert (nearest == labels[ok]).mean() >= 0.9


def check_orders(frame: pd.DataFrame, spec: EdgeSpec) -> None:
    columns = ["order_id", "customer", "order_date", "product", "quantity", "unit_price", "returned"]
    _frame_common(frame, columns, spec)
    assert frame["order_id"].dtype == np.int64
    assert _is_string(frame["customer"].dtype) and _is_string(frame["product"].dtype)
    assert frame["order_date"].dtype == np.dtype("datetime64[ns]")
    assert frame["quantity"].dtype == np.int64 and (frame["quantity"] >= 1).all()
    assert frame["unit_price"].dtype == np.float64 and (frame["unit_price"].dropna() > 0).all()
    assert frame["returned"].dtype == bool
    assert len(frame) >= 1
    assert (frame.groupby("order_id")["customer"].nunique() == 1).all()


def check_events(frame: pd.DataFrame, spec: EdgeSpec) -> None:
    _frame_common(frame, ["timestamp", "user", "event"], spec)
    assert frame["timestamp"].dtype == np.dtype("datetime64[ns]") and frame["timestamp"].is_monotonic_increasing
    assert _is_string(frame["user"].dtype)
    assert _is_category(frame["event"], ["view", "click", "purchase"])
    if not spec.one_level and len(frame) >= 2:
        assert frame["event"].nunique() >= 2


def check_expression(frame: pd.DataFrame, spec: EdgeSpec) -> None:
    columns = ["ctrl_1", "ctrl_2", "ctrl_3", "treat_1", "treat_2", "treat_3"]
    _frame_common(frame, columns, spec, range_index=False)
    assert (frame.dtypes == np.int64).all() and (frame.to_numpy() >= 0).all()
    assert frame.index.name == "gene" and _is_string(frame.index.dtype) and len(frame) >= 1
    if not spec.index:
        assert frame.index.is_unique and frame.index.is_monotonic_increasing


def check_survival(frame: pd.DataFrame, spec: EdgeSpec) -> None:
    _frame_common(frame, ["time", "event", "group"], spec)
    assert frame["time"].dtype == np.float64 and (frame["time"].dropna() > 0).all()
    assert frame["event"].dtype == bool
    assert _is_category(frame["group"], ["A", "B"])
    if len(frame) >= 2:
        if not spec.one_level:
            assert set(frame["group"]) == {"A", "B"}
        if not spec.constant:
            assert set(frame["event"]) == {True, False}


def check_stations(frame: pd.DataFrame, spec: EdgeSpec) -> None:
    _frame_common(frame, ["station", "lat", "lon", "elevation_m", "temperature"], spec)
    assert _is_string(frame["station"].dtype) and frame["station"].is_unique
    assert (frame[["lat", "lon", "elevation_m", "temperature"]].dtypes == np.float64).all()
    assert frame["lat"].between(-90, 90).all() and frame["lon"].between(-180, 180).all()
    assert frame["elevation_m"].dropna().between(-430, 8848).all()
    assert frame["temperature"].dropna().between(-90, 60).all()


def check_frames(stack: np.ndarray, spec: EdgeSpec) -> None:
    assert isinstance(stack, np.ndarray) and stack.dtype == np.float64 and stack.ndim == 3
    assert stack.shape[0] >= 1 and min(stack.shape[1:]) >= 4
    _finite(stack, spec)


def _csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def check_messy_csv(text: str, spec: EdgeSpec) -> None:
    assert isinstance(text, str) and text.endswith("\n")
    rows = _csv_rows(text)
    assert rows[0] == ["id", "region", "revenue", "units", "date"] and len(rows) >= 2
    for row in rows[1:]:
        assert len(row) == 5
        region, revenue, units = row[1], row[2], row[3]
        if spec.nan and (region in ("", "n/a") or revenue in ("", "n/a") or units in ("", "n/a")):
            continue
        assert region.strip()[:1].upper() in "NSEW" and region.strip()
        assert revenue.startswith("$") and float(revenue[1:].replace(",", "")) >= 0
        assert int(units.replace(",", "")) >= 0
        pd.Timestamp(row[4])
    assert sum(r[1].strip().upper().startswith(tuple("NSEW")) for r in rows[1:]) >= 1 or spec.nan
    if not spec.nan:
        assert "n/a" not in text and ",," not in text and not any(r[1] == "" for r in rows[1:])


def check_spectra(v: dict[str, Any], spec: EdgeSpec) -> None:
    wl, absorbance, conc = v["wavelength"], v["absorbance"], v["concentration"]
    assert wl.ndim == 1 and len(wl) >= 8 and np.all(np.diff(wl) > 0) and np.allclose(np.diff(wl), wl[1] - wl[0])
    assert 190 <= wl[0] and wl[-1] <= 2500 + 1e-6
    assert conc.ndim == 1 and len(conc) >= 2 and (conc >= 0).all()
    assert absorbance.shape == (len(conc), len(wl)) and absorbance.dtype == np.float64
    _finite(absorbance, spec)


def check_dose_response(frame: pd.DataFrame, spec: EdgeSpec) -> None:
    _frame_common(frame, ["concentration", "response"], spec)
    assert (frame.dtypes[["concentration", "response"]] == np.float64).all()
    c = frame["concentration"]
    assert (c > 0).all()
    levels = np.unique(c.to_numpy())
    assert len(levels) >= 4
    ratios = levels[1:] / levels[:-1]
    assert np.allclose(ratios, ratios[0], rtol=1e-6)  # log-spaced
    assert c.value_counts().nunique() == 1  # every level the same number of replicates


def check_terrain(v: dict[str, Any], spec: EdgeSpec) -> None:
    x, y, z = v["x"], v["y"], v["z"]
    for axis in (x, y):
        assert axis.ndim == 1 and len(axis) >= 2 and np.all(np.diff(axis) > 0)
        assert np.allclose(np.diff(axis), axis[1] - axis[0])
    assert z.shape == (len(y), len(x)) and z.dtype == np.float64
    values = _finite(z, spec)
    if not spec.constant and values.size > 1:
        assert values.std() > 0


MONTHS = [f"2024-{m:02d}" for m in range(1, 13)]


def check_store_sales(frame: pd.DataFrame, spec: EdgeSpec) -> None:
    _frame_common(frame, ["store", *MONTHS], spec, extra="region")
    assert _is_string(frame["store"].dtype) and frame["store"].is_unique and len(frame) >= 1
    assert (frame[MONTHS].dtypes == np.float64).all()
    assert (frame[MONTHS].fillna(0).to_numpy() >= 0).all()
    if "region" in frame:
        assert _is_string(frame["region"].dtype)


def check_likert(frame: pd.DataFrame, spec: EdgeSpec) -> None:
    questions = [f"q{i}" for i in range(1, 6)]
    _frame_common(frame, ["respondent", *questions, "group"], spec)
    assert _is_string(frame["respondent"].dtype) and frame["respondent"].is_unique
    for q in questions:
        assert _is_category(frame[q], [1, 2, 3, 4, 5], ordered=True)
    assert _is_category(frame["group"], ["staff", "student"])
    if not spec.one_level and len(frame) >= 2:
        assert frame["group"].nunique() == 2


CHECKS: dict[str, Callable[[Any, EdgeSpec], None]] = {
    "reviews": check_reviews, "rm_long": check_rm_long, "stereo": check_stereo, "blobs": check_blobs,
    "orders": check_orders, "events": check_events, "expression": check_expression, "survival": check_survival,
    "stations": check_stations, "frames": check_frames, "messy_csv": check_messy_csv, "spectra": check_spectra,
    "dose_response": check_dose_response, "terrain": check_terrain, "store_sales": check_store_sales, "likert": check_likert,
}


def _refs(name: str) -> dict[str, str]:
    components = NEW_INPUTS[name][1]
    return {c: f"{name}.{c}" for c in components} if components else {"v": name}


def _value(name: str, drawn: dict[str, Any]) -> Any:
    return drawn if NEW_INPUTS[name][1] else drawn["v"]


# -- the tests ----------------------------------------------------------------------------------

def test_sixteen_new_kinds_are_registered_and_declared() -> None:
    assert len(NEW_INPUTS) >= 15
    for name, (kind, components) in NEW_INPUTS.items():
        assert REGISTRY.declarations[name].kind == kind
        assert REGISTRY.kinds[kind].components == components
        assert REGISTRY.kinds[kind].strategy is not None
        expected = {f"{name}.{c}" for c in components} if components else {name}
        assert expected <= REGISTRY.names()


@pytest.mark.parametrize("name", sorted(NEW_INPUTS))
def test_building_is_deterministic(name: str) -> None:
    decl = REGISTRY.declarations[name]
    build = REGISTRY.kinds[decl.kind].build
    first = build(np.random.default_rng(decl.seed), **decl.params)
    again = build(np.random.default_rng(decl.seed), **decl.params)
    other = build(np.random.default_rng(decl.seed + 1000), **decl.params)
    assert inputs_digest([{"v": first}]) == inputs_digest([{"v": again}])
    assert inputs_digest([{"v": first}]) != inputs_digest([{"v": other}])


@pytest.mark.parametrize("name", sorted(NEW_INPUTS))
def test_reference_has_the_documented_shape(name: str) -> None:
    components = NEW_INPUTS[name][1]
    value = _reference(name)
    if components:
        assert isinstance(value, dict) and set(value) == set(components)
    # the reference has no missing values, except the messy CSV's markers
    CHECKS[name](value, EdgeSpec(nan=name == "messy_csv", why="reference"))


def test_references_hold_their_described_features() -> None:
    """What each named input's description promises."""
    reviews = _reference("reviews")
    positive = np.array(["great" in d or "love" in d or "recommend" in d for d in reviews["docs"]])
    assert positive[reviews["labels"] == 1].mean() > positive[reviews["labels"] == 0].mean() + 0.2
    assert len(_reference("rm_long")) == 20 * 3 * 3
    stereo = _reference("stereo")
    assert stereo["fs"] == 200.0 and stereo["delay_s"] == 0.25
    lag = int(stereo["delay_s"] * stereo["fs"])
    assert np.corrcoef(stereo["y"][lag:], stereo["x"][:-lag])[0, 1] > 0.9
    orders = _reference("orders")
    assert orders.duplicated().sum() == 6
    events = _reference("events")
    assert (events["timestamp"].diff() > pd.Timedelta(hours=2)).sum() == 3
    expression = _reference("expression")
    assert expression.shape == (200, 6) and (expression.var(axis=1) > expression.mean(axis=1)).mean() > 0.5  # over-dispersed
    survival = _reference("survival")
    assert 0.2 < (~survival["event"]).mean() < 0.8
    frames = _reference("frames")
    peaks = [np.unravel_index(np.argmax(f), f.shape) for f in frames]
    assert peaks[0] != peaks[-1]  # the blob moves
    text = _reference("messy_csv")
    rows = _csv_rows(text)[1:]
    assert {"North", "north ", "N."} & {r[1] for r in rows} and any(r[1] == "" or "n/a" in r for r in rows)
    assert any("$" in r[2] and "," in r[2] for r in rows) and len({tuple(r) for r in rows}) < len(rows)
    spectra = _reference("spectra")
    assert spectra["absorbance"].shape == (25, 151) and np.corrcoef(spectra["absorbance"][:, 40], spectra["concentration"])[0, 1] > 0.99
    dose = _reference("dose_response")
    assert dose.groupby("concentration")["response"].mean().is_monotonic_increasing or dose["response"].corr(np.log(dose["concentration"])) > 0.9
    terrain = _reference("terrain")
    assert terrain["z"].shape == (50, 60)
    assert list(_reference("store_sales").columns) == ["store", *MONTHS]
    likert = _reference("likert")
    assert likert["q1"].min() >= 1 and likert["q1"].max() <= 5  # ordered: min and max work


@pytest.mark.parametrize("spec", [FULL, WITH_NAN, NARROW], ids=["full", "nan", "narrow"])
@pytest.mark.parametrize("name", sorted(NEW_INPUTS))
def test_edge_draws_keep_the_invariants(name: str, spec: EdgeSpec) -> None:
    strategy = REGISTRY.edge_strategy(_refs(name), spec)
    seen: list[int] = []

    @DRAWS
    @given(strategy)
    def holds(drawn: dict[str, Any]) -> None:
        value = _value(name, drawn)
        CHECKS[name](value, spec)
        seen.append(len(value) if not isinstance(value, dict) else len(next(iter(value.values()))))

    holds()
    assert len(set(seen)) > 1  # the size varies


@pytest.mark.parametrize("name", FRAME_INPUTS)
def test_no_missing_values_unless_allowed(name: str) -> None:
    strategy = REGISTRY.edge_strategy(_refs(name), EdgeSpec(nan=False))

    @DRAWS
    @given(strategy)
    def complete(drawn: dict[str, Any]) -> None:
        frame = drawn["v"]
        assert not frame.isna().to_numpy().any()
        assert not frame.index.isna().any()

    complete()


# the smallest draw of each kind: rows, or the component that counts (labels, samples, x)
SMALLEST = {
    "reviews": ("labels", 2), "rm_long": (None, 2 * 3), "stereo": ("x", 64), "blobs": ("labels", 2 * 3),
    "orders": (None, 3), "events": (None, 1), "expression": (None, 1), "survival": (None, 2), "stations": (None, 1),
    "frames": (None, 1), "messy_csv": (None, 1), "spectra": ("concentration", 2), "dose_response": (None, 4),
    "terrain": ("x", 2), "store_sales": (None, 1), "likert": (None, 1),
}


@pytest.mark.parametrize("name", sorted(NEW_INPUTS))
def test_smallest_size_is_reached(name: str) -> None:
    """The smallest meaningful size is among the first draws (`_size` leads with it)."""
    strategy = REGISTRY.edge_strategy(_refs(name), FULL)
    component, floor = SMALLEST[name]
    sizes: list[int] = []

    @settings(DRAWS, max_examples=10)
    @given(strategy)
    def record(drawn: dict[str, Any]) -> None:
        value = _value(name, drawn)
        if name == "messy_csv":
            sizes.append(len(_csv_rows(value)) - 1)
        else:
            sizes.append(len(value[component] if component else value))

    record()
    assert min(sizes) <= floor


def test_edge_draws_are_reproducible() -> None:
    """Derandomized runs draw the same values: every strategy seeds NumPy from Hypothesis' draws."""
    for name in sorted(NEW_INPUTS):
        strategy = REGISTRY.edge_strategy(_refs(name), WITH_NAN)
        assert _digests(strategy) == _digests(strategy), name


def _digests(strategy: Any) -> list[str]:
    got: list[str] = []

    @settings(DRAWS, max_examples=5)
    @given(strategy)
    def collect(drawn: dict[str, Any]) -> None:
        got.append(inputs_digest([drawn]))

    collect()
    return got
