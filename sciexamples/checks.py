"""What checks may call (figure facts, signal helpers) and how a check is evaluated and explained."""

from __future__ import annotations

import ast
import copy
import functools
import importlib
import math
import sys
from collections.abc import Callable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, fields
from functools import cached_property
from typing import Any

import numpy as np


@dataclass
class AxesFacts:
    """The state of one Axes after drawing: what a figure check reads instead of pixels.

    The tick labels are read on first use: reading them runs the axis' locator and formatter again,
    which costs more than every other fact together, and few checks look at them.
    """

    title: str
    xlabel: str
    ylabel: str
    xscale: str
    yscale: str
    xlim: tuple[float, float]
    ylim: tuple[float, float]
    n_lines: int
    n_collections: int
    n_patches: int
    n_bars: int
    n_images: int
    n_texts: int
    n_errorbars: int
    collection_types: list[str]
    line_labels: list[str]
    legend_labels: list[str]
    is_colorbar: bool
    shares_x: bool
    shares_y: bool
    projection: str
    _ax: Any = field(default=None, repr=False, compare=False)

    @cached_property
    def xticklabels(self) -> list[str]:
        return [t.get_text() for t in self._ax.get_xticklabels()]

    @cached_property
    def yticklabels(self) -> list[str]:
        return [t.get_text() for t in self._ax.get_yticklabels()]

    # What was drawn, read on first use: plot checks compare these with values computed from the
    # inputs. Coordinates are in the axes' data units (dates as Matplotlib date numbers).

    @cached_property
    def lines_xy(self) -> list[np.ndarray]:
        """Each line's points as an (n, 2) array of x and y, in drawing order (`ax.plot`, `axhline`, ...)."""
        return [_floats(line.get_xydata()).reshape(-1, 2) for line in self._ax.lines]

    @cached_property
    def scatter_xy(self) -> list[np.ndarray]:
        """Each marker collection's points (`ax.scatter`, seaborn's scatterplot) as an (n, 2) array."""
        from matplotlib.collections import PathCollection

        return [_floats(c.get_offsets()).reshape(-1, 2) for c in self._ax.collections if isinstance(c, PathCollection)]

    @cached_property
    def _bar_containers(self) -> list[Any]:
        from matplotlib.container import BarContainer

        return [c for c in self._ax.containers if isinstance(c, BarContainer)]

    @cached_property
    def bar_heights(self) -> list[np.ndarray]:
        """Per bar group (one `bar` / `barh` / `hist` call, one seaborn hue level): each bar's value,
        its height, or its width for horizontal bars. A histogram's bar heights are its counts."""
        return [np.array([_bar_value(p, c) for p in c.patches], dtype=float) for c in self._bar_containers]

    @cached_property
    def bar_orientations(self) -> list[str]:
        """Per bar group, 'vertical' (`bar`, `hist`) or 'horizontal' (`barh`, `orientation='horizontal'`)."""
        return ["horizontal" if _horizontal(c) else "vertical" for c in self._bar_containers]

    @cached_property
    def bar_centers(self) -> list[np.ndarray]:
        """Per bar group, each bar's centre along the category axis (x for vertical bars)."""
        return [np.array([_bar_center(p, c) for p in c.patches], dtype=float) for c in self._bar_containers]

    @cached_property
    def bar_edges(self) -> list[np.ndarray]:
        """Per bar group, the bars' edges along the category axis in order: a histogram's bin edges."""
        edges = []
        for c in self._bar_containers:
            spans = sorted(_bar_span(p, c) for p in c.patches)
            edges.append(np.array([lo for lo, _ in spans] + [hi for _, hi in spans[-1:]], dtype=float))
        return edges

    @cached_property
    def errorbar_spans(self) -> list[np.ndarray]:
        """Per `errorbar` call, each point's error bar as (low, high) along the value axis: y for
        vertical bars (the first bar collection), an (n, 2) array; (NaN, NaN) where the error is NaN."""
        from matplotlib.container import ErrorbarContainer

        spans = []
        for c in self._ax.containers:
            if isinstance(c, ErrorbarContainer) and c.lines[2]:
                segments = c.lines[2][0].get_segments()
                ends = [sorted((seg[0][1], seg[1][1])) if len(seg) == 2 else (np.nan, np.nan) for seg in segments]
                spans.append(np.array(ends, dtype=float).reshape(-1, 2))
        return spans

    @cached_property
    def image_arrays(self) -> list[np.ndarray]:
        """Each image's data (`imshow`, `matshow`, seaborn's heatmap is a mesh: see `mesh_arrays`)."""
        return [_floats(im.get_array()) for im in self._ax.images]

    @cached_property
    def mesh_arrays(self) -> list[np.ndarray]:
        """The values each collection maps to colours (`pcolormesh`, `hexbin`, `contourf` levels,
        seaborn's heatmap, a scatter's `c=`), flattened, in drawing order."""
        arrays = [c.get_array() for c in self._ax.collections]
        return [_floats(a).ravel() for a in arrays if a is not None]

    @cached_property
    def color_limits(self) -> list[tuple[float, float]]:
        """(vmin, vmax) of each image and colour-mapped collection, in that order."""
        mappables = [*self._ax.images, *(c for c in self._ax.collections if c.get_array() is not None)]
        return [(float(m.norm.vmin), float(m.norm.vmax)) for m in mappables]

    @cached_property
    def texts(self) -> list[str]:
        """The text of each `ax.text` / `annotate` / `bar_label` label, in drawing order."""
        return [t.get_text() for t in self._ax.texts]

    def to_dict(self) -> dict[str, Any]:
        facts = {f.name: getattr(self, f.name) for f in fields(self) if not f.name.startswith("_")}
        return facts | {"xticklabels": self.xticklabels, "yticklabels": self.yticklabels}


@dataclass
class FigureFacts:
    """A summary of one figure; `axes` excludes colorbars, which are counted apart."""

    suptitle: str
    size_inches: tuple[float, float]
    axes: list[AxesFacts] = field(default_factory=list)
    n_colorbars: int = 0
    legend_labels: list[str] = field(default_factory=list)
    colorbar_ranges: list[tuple[float, float]] = field(default_factory=list)  # (vmin, vmax) of each colorbar
    colorbar_labels: list[str] = field(default_factory=list)

    @property
    def n_axes(self) -> int:
        return len(self.axes)

    @property
    def titles(self) -> list[str]:
        return [a.title for a in self.axes]

    @property
    def xlabels(self) -> list[str]:
        return [a.xlabel for a in self.axes]

    @property
    def ylabels(self) -> list[str]:
        return [a.ylabel for a in self.axes]

    @property
    def has_colorbar(self) -> bool:
        return self.n_colorbars > 0

    @property
    def all_legend_labels(self) -> list[str]:
        return [label for a in self.axes for label in a.legend_labels] + self.legend_labels

    def to_dict(self) -> dict[str, Any]:
        facts = {f.name: getattr(self, f.name) for f in fields(self)}
        return facts | {"axes": [a.to_dict() for a in self.axes], "n_axes": self.n_axes}


def _floats(values: Any) -> np.ndarray:
    """`values` as a float array, masked entries as NaN."""
    return np.ma.filled(np.ma.asarray(values, dtype=float), np.nan)


def _horizontal(container: Any) -> bool:
    return getattr(container, "orientation", None) == "horizontal"


def _bar_value(patch: Any, container: Any) -> float:
    return patch.get_width() if _horizontal(container) else patch.get_height()


def _bar_span(patch: Any, container: Any) -> tuple[float, float]:
    start, size = (patch.get_y(), patch.get_height()) if _horizontal(container) else (patch.get_x(), patch.get_width())
    return (start, start + size)


def _bar_center(patch: Any, container: Any) -> float:
    low, high = _bar_span(patch, container)
    return (low + high) / 2


def _legend_labels(legend: Any) -> list[str]:
    return [] if legend is None else [t.get_text() for t in legend.get_texts()]


def axes_facts(ax: Any) -> AxesFacts:
    from matplotlib.container import BarContainer, ErrorbarContainer

    siblings_x = ax.get_shared_x_axes().get_siblings(ax)
    siblings_y = ax.get_shared_y_axes().get_siblings(ax)
    return AxesFacts(
        title=ax.get_title() or ax.get_title("left") or ax.get_title("right"),
        xlabel=ax.get_xlabel(),
        ylabel=ax.get_ylabel(),
        xscale=ax.get_xscale(),
        yscale=ax.get_yscale(),
        xlim=tuple(float(v) for v in ax.get_xlim()),
        ylim=tuple(float(v) for v in ax.get_ylim()),
        n_lines=len(ax.lines),
        n_collections=len(ax.collections),
        n_patches=len(ax.patches),
        n_bars=sum(len(c.patches) for c in ax.containers if isinstance(c, BarContainer)),
        n_images=len(ax.images),
        n_texts=len(ax.texts),
        n_errorbars=sum(isinstance(c, ErrorbarContainer) for c in ax.containers),
        collection_types=[type(c).__name__ for c in ax.collections],
        line_labels=[ln.get_label() for ln in ax.lines if not ln.get_label().startswith("_")],
        legend_labels=_legend_labels(ax.get_legend()),
        is_colorbar=hasattr(ax, "_colorbar"),
        shares_x=len(siblings_x) > 1,
        shares_y=len(siblings_y) > 1,
        projection=getattr(ax, "name", "rectilinear"),
        _ax=ax,
    )


def figure_facts(fig: Any) -> FigureFacts:
    suptitle = fig._suptitle.get_text() if getattr(fig, "_suptitle", None) is not None else ""
    all_axes = [axes_facts(ax) for ax in fig.axes]
    colorbars = [ax._colorbar for ax in fig.axes if hasattr(ax, "_colorbar")]
    return FigureFacts(
        suptitle=suptitle,
        size_inches=tuple(float(v) for v in fig.get_size_inches()),
        axes=[a for a in all_axes if not a.is_colorbar],
        n_colorbars=sum(a.is_colorbar for a in all_axes),
        legend_labels=[label for legend in fig.legends for label in _legend_labels(legend)],
        colorbar_ranges=[(float(cb.vmin), float(cb.vmax)) for cb in colorbars],
        colorbar_labels=[cb.ax.get_ylabel() if cb.orientation == "vertical" else cb.ax.get_xlabel() for cb in colorbars],
    )


def _figure_of(fig: Any) -> Any:
    plt = sys.modules.get("matplotlib.pyplot")
    if fig is None:
        if plt is None or not plt.get_fignums():
            raise AssertionError("no figure is open: the snippet drew nothing")
        fig = plt.gcf()
    return getattr(fig, "figure", fig)  # seaborn FacetGrid / Axes -> Figure


def figure_summary(fig: Any = None) -> FigureFacts:
    """Facts of `fig` (a Figure, a seaborn grid, or an Axes' figure), or of the current figure.

    Raises AssertionError when no figure is open, so a snippet that drew nothing fails its check.
    """
    return figure_facts(_figure_of(fig))


def _summary_once_per_figure() -> Callable[[Any], FigureFacts]:
    """`figure_summary` for one run's checks: figures don't change while checks are evaluated, so
    each figure's facts are read once however many checks ask (most records ask several times)."""
    seen: dict[Any, FigureFacts] = {}

    def summary(fig: Any = None) -> FigureFacts:
        fig = _figure_of(fig)
        if fig not in seen:
            seen[fig] = figure_facts(fig)
        return seen[fig]

    summary.__doc__ = figure_summary.__doc__
    return summary


def axes_summary(ax: Any) -> AxesFacts:
    """Facts of one Axes, named by the task (`ax`, `ax_hist`), an inset or a twin included."""
    return axes_facts(ax)


def open_figures() -> list[FigureFacts]:
    """Facts of every open figure, in creation order."""
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is None:
        return []
    return [figure_facts(plt.figure(num)) for num in plt.get_fignums()]


def band_power(x: Any, fs: float, f_lo: float, f_hi: float) -> float:
    """Power of `x` between `f_lo` and `f_hi` Hz, for filter checks: the sum of its periodogram
    there, with the mean removed and a Hann taper, so the jump between the two ends of a finite
    record (which a plain periodogram spreads into every band) does not count as content of the
    band; the tapered record's own mean is removed too, or the taper would leak it into the lowest bands."""
    x = np.asarray(x, dtype=float)
    y = (x - x.mean()) * np.hanning(x.size)
    spectrum = np.abs(np.fft.rfft(y - y.mean())) ** 2
    freqs = np.fft.rfftfreq(x.size, 1 / fs)
    band = (freqs >= f_lo) & (freqs <= f_hi)
    return float(spectrum[band].sum())


def dominant_frequency(x: Any, fs: float) -> float:
    """The frequency (Hz) of the largest spectral peak of `x`."""
    x = np.asarray(x, dtype=float)
    spectrum = np.abs(np.fft.rfft(x - x.mean()))
    return float(np.fft.rfftfreq(x.size, 1 / fs)[int(np.argmax(spectrum))])


# What every check may read besides the record's inputs and the names its task states: modules
# under their usual names (`scipy`, `matplotlib`, `seaborn`, `sklearn` spelled in full:
# `scipy.signal.detrend`, `sklearn.model_selection.learning_curve`) and the helpers.
HELPER_NAMES = frozenset({"np", "pd", "scipy", "matplotlib", "seaborn", "sklearn", "math", "figure_summary", "axes_summary", "open_figures", "band_power", "dominant_frequency", "input_as_given"})

def inputs_kept_for_checks(names_checks_read: AbstractSet[str], inputs: Mapping[str, Any]) -> dict[str, Any]:
    """Deep copies of `inputs` as the snippet receives them, when the checks read `input_as_given`
    (`names_checks_read`: `Example.names_checks_read()`; a task that asks to leave an input unchanged: the
    snippet gets the input itself and may change it in place); empty otherwise, so that examples
    whose checks don't ask pay nothing."""
    if "input_as_given" not in names_checks_read:
        return {}
    return {name: copy.deepcopy(value) for name, value in inputs.items()}


def _input_as_given(kept: Mapping[str, Any]) -> Callable[[str], Any]:
    def input_as_given(name: str) -> Any:
        """The named input as it was before the snippet ran (compare: `stations.equals(input_as_given("stations"))`)."""
        if name not in kept:
            raise KeyError(f"{name!r} is not one of the example's inputs ({', '.join(sorted(kept)) or 'it has none'})")
        return kept[name]

    return input_as_given


@functools.cache
def _sklearn() -> Any:
    """`sklearn` with the submodules a check may reach from it (those the harness preloads), imported once."""
    import sklearn

    from .execute.preloading import PRELOAD

    for module in PRELOAD:
        if module.startswith("sklearn."):
            importlib.import_module(module)
    return sklearn


def check_namespace(snippet_namespace: dict[str, Any], inputs_as_given: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Helpers first (`HELPER_NAMES`), the snippet's own names over them; `input_as_given(name)`
    reads `inputs_as_given` (see `inputs_kept_for_checks`)."""
    import matplotlib
    import pandas as pd
    import scipy.integrate
    import scipy.optimize
    import scipy.signal
    import scipy.stats
    import seaborn

    helpers = {
        "np": np,
        "pd": pd,
        "scipy": scipy,
        "matplotlib": matplotlib,
        "seaborn": seaborn,
        "sklearn": _sklearn(),
        "math": math,
        "figure_summary": _summary_once_per_figure(),
        "axes_summary": axes_summary,
        "open_figures": open_figures,
        "band_power": band_power,
        "dominant_frequency": dominant_frequency,
        "input_as_given": _input_as_given(inputs_as_given or {}),
    }
    return helpers | snippet_namespace


def _short(value: Any, limit: int = 160) -> str:
    try:
        text = repr(value)
    except Exception as exc:  # noqa: BLE001 - a broken __repr__ must not hide the check failure
        text = f"<repr failed: {exc!r}>"
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def explain_check(check: str, namespace: dict[str, Any]) -> list[str]:
    """The values a failing check saw: each operand of its comparisons and boolean parts."""
    try:
        tree = ast.parse(check, mode="eval").body
    except SyntaxError:
        return []
    parts: list[ast.expr] = []

    def visit(node: ast.expr) -> None:
        if isinstance(node, ast.BoolOp):
            for value in node.values:
                visit(value)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            visit(node.operand)
        elif isinstance(node, ast.Compare):
            parts.append(node.left)
            parts.extend(node.comparators)
        elif not isinstance(node, ast.Constant):
            parts.append(node)

    visit(tree)
    lines = []
    for node in parts:
        if isinstance(node, ast.Constant):
            continue
        source = ast.unparse(node)
        try:
            value = eval(compile(ast.Expression(node), "<check part>", "eval"), namespace)  # noqa: S307 - checks are the record's own expressions
            lines.append(f"{source} = {_short(value)}")
        except Exception as exc:  # noqa: BLE001 - show why the part could not be read
            lines.append(f"{source} raised {type(exc).__name__}: {exc}")
    return lines
