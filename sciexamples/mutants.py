"""Mutants of a snippet: the wrong answers a model would plausibly write, one change each.

Each kind yields the mutated source of every site it applies to (in source order, at most
`PER_KIND` per snippet): a keyword argument given another valid value of the same parameter, or
removed; a call swapped for its sibling; an off-by-one in an index, a slice or a threshold; and the
coarse kinds (the code replaced by `pass`, its last statement dropped, a literal scaled).
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator

PER_KIND = 6

# Calls a plausible wrong answer would swap in: a mutant replaces one with its sibling.
SIBLINGS = {
    "mean": "median", "median": "mean", "max": "min", "min": "max", "sum": "mean", "std": "var", "var": "std",
    "nanmean": "mean", "nanstd": "std", "nanmedian": "median", "idxmax": "idxmin", "idxmin": "idxmax",
    "cummax": "cummin", "cummin": "cummax", "any": "all", "all": "any", "first": "last", "last": "first",
    "argmax": "argmin", "argmin": "argmax", "nlargest": "nsmallest", "nsmallest": "nlargest", "head": "tail", "tail": "head",
    "ttest_ind": "mannwhitneyu", "mannwhitneyu": "ttest_ind", "pearsonr": "spearmanr", "spearmanr": "pearsonr",
    "ttest_rel": "ttest_ind", "wilcoxon": "mannwhitneyu", "kruskal": "f_oneway", "f_oneway": "kruskal",
    "filtfilt": "lfilter", "sosfiltfilt": "sosfilt", "sosfilt": "sosfiltfilt", "lfilter": "filtfilt",
    "welch": "periodogram", "periodogram": "welch", "log": "log10", "log10": "log", "log1p": "log", "expm1": "exp",
    "cumsum": "cumprod", "cumprod": "cumsum", "ffill": "bfill", "bfill": "ffill", "floor": "ceil", "ceil": "floor",
    "set_xlabel": "set_ylabel", "set_ylabel": "set_xlabel", "semilogy": "semilogx", "semilogx": "semilogy",
    "StandardScaler": "MinMaxScaler", "MinMaxScaler": "StandardScaler", "fit_transform": "fit", "transform": "fit_transform",
    "scatter": "plot", "plot": "scatter", "bar": "barh", "barh": "bar", "sort_values": "sort_index", "sort_index": "sort_values",
    "dropna": "fillna", "trapezoid": "simpson", "simpson": "trapezoid", "quantile": "mean", "abs": "round",
    "cov": "corr", "corr": "cov", "nunique": "count", "le": "lt", "lt": "le", "ge": "gt", "gt": "ge",
}

# Parameters whose value changes what a call computes, with the values a wrong answer would pass
# instead. A mutant takes another value of the same type from the group holding the current one;
# a flag (bool) is flipped; a whole number in STEPPED moves by one.
KEYWORD_VALUES: dict[str, tuple[tuple[object, ...], ...]] = {
    "alternative": (("two-sided", "less", "greater"),),
    "how": (("left", "right", "inner", "outer"),),
    "method": (
        ("pearson", "spearman", "kendall"), ("average", "min", "max", "dense", "first"), ("linear", "nearest", "lower", "higher", "midpoint"),
        ("BFGS", "Nelder-Mead", "L-BFGS-B", "Powell", "CG"), ("RK45", "RK23", "DOP853", "Radau", "BDF", "LSODA"),
        ("brentq", "bisect", "ridder", "brenth"), ("lm", "trf", "dogbox"), ("ffill", "bfill"), ("gust", "pad"),
    ),
    "scaling": (("density", "spectrum"),),
    "btype": (("lowpass", "highpass", "bandpass", "bandstop"), ("low", "high")),
    "closed": (("left", "right", "both", "neither"),),
    "label": (("left", "right"),),
    "inclusive": (("both", "neither", "left", "right"),),
    "keep": (("first", "last"),),
    "join": (("inner", "outer"),),
    "detrend": (("constant", "linear"),),
    "window": (("hann", "hamming", "boxcar", "blackman"),),
    "norm": (("l1", "l2", "max"),),
    "average": (("binary", "macro", "micro", "weighted"),),
    "class_weight": (("balanced",),),
    "penalty": (("l1", "l2"),),
    "weights": (("uniform", "distance"),),
    "linkage": (("ward", "complete", "average", "single"),),
    "strategy": (("mean", "median", "most_frequent"),),
    "handle_unknown": (("error", "ignore"),),
    "nan_policy": (("propagate", "omit"),),
    "errors": (("raise", "coerce"),),
    "aggfunc": (("mean", "sum", "median", "count"),),
    "stat": (("count", "density", "probability", "percent", "frequency"),),
    "estimator": (("mean", "median"),),
    "errorbar": (("sd", "se", "ci", "pi"),),
    "multiple": (("layer", "stack", "fill", "dodge"),),
    "test_size": ((0.2, 0.25, 0.3),),
    "normalize": (("index", "columns", "all"),),
}
FLAGS = {
    "equal_var", "ascending", "center", "normalize", "density", "cumulative", "bias", "fisher", "skipna", "dropna",
    "observed", "sort", "shuffle", "replace", "equal_nan", "common_norm", "return_onesided", "fill", "log_scale",
    "sharex", "sharey", "whiten", "with_mean", "with_std", "include_lowest", "right", "retstep", "endpoint", "fit_intercept",
    "zero_phase", "pooled", "exact", "correction", "lambda_", "raw",
}
STEPPED = {
    "ddof", "min_periods", "window", "periods", "k", "n_neighbors", "degree", "order", "n_components", "max_depth", "bins",
    "lags", "nperseg", "n_splits", "cv", "deg", "n_clusters", "numtaps", "q", "axis", "span", "lag", "top_k", "n",
}
# keyword arguments a wrong answer would leave out: these, and every one KEYWORD_VALUES, FLAGS or STEPPED names
REMOVABLE = {"stratify", "sample_weight", "weights", "groups", "fs", "ddof", "axis", "equal_var", "alternative", "keepdims", "min_periods", "on", "by"}
REMOVABLE |= set(KEYWORD_VALUES) | FLAGS | STEPPED


def do_nothing(tree: ast.Module) -> Iterator[str]:
    yield "pass\n"


def drop_last_statement(tree: ast.Module) -> Iterator[str]:
    body = tree.body[:-1]
    yield ast.unparse(ast.Module(body=body, type_ignores=[])) + "\n" if body else "pass\n"


def perturb_literal(tree: ast.Module) -> Iterator[str]:
    """The first numeric literal that is not 0 or 1, and not inside an import, changed by half."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and type(node.value) in (int, float) and node.value not in (0, 1):
            original = node.value
            node.value = type(original)(original * 1.5 + (1 if isinstance(original, int) else 0))
            yield ast.unparse(tree) + "\n"
            node.value = original
            return


def _name(func: ast.expr) -> str | None:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else None


def _rename(func: ast.expr, name: str) -> None:
    if isinstance(func, ast.Attribute):
        func.attr = name
    elif isinstance(func, ast.Name):
        func.id = name


def swap_call(tree: ast.Module) -> Iterator[str]:
    """Each call whose name has a sibling, renamed to it."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in SIBLINGS:
            original = _name(node.func)
            _rename(node.func, SIBLINGS[original])
            yield ast.unparse(tree) + "\n"
            _rename(node.func, original)


def _other_values(name: str, value: object) -> list[object]:
    if isinstance(value, bool):
        return [not value] if name in FLAGS else []
    if isinstance(value, int) and name in STEPPED:
        return [v for v in (value + 1, value - 1) if v >= 0 or value < 0]
    for group in KEYWORD_VALUES.get(name, ()):
        if value in group and all(type(v) is type(value) for v in group):
            return [v for v in group if v != value][:2]
    return []


def keyword_value(tree: ast.Module) -> Iterator[str]:
    """Each keyword argument of a parameter that decides what the call computes, given another valid value."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for keyword in node.keywords:
                value = keyword.value
                if keyword.arg is None or not isinstance(value, ast.Constant):
                    continue
                for other in _other_values(keyword.arg, value.value):
                    keyword.value = ast.Constant(other)
                    yield ast.unparse(tree) + "\n"
                keyword.value = value


def keyword_removed(tree: ast.Module) -> Iterator[str]:
    """Each keyword argument of such a parameter left out, so the call falls back to its default."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            for index, keyword in enumerate(list(node.keywords)):
                if keyword.arg in REMOVABLE:
                    node.keywords.pop(index)
                    yield ast.unparse(tree) + "\n"
                    node.keywords.insert(index, keyword)


def _int_sites(tree: ast.Module) -> Iterator[ast.Constant]:
    """Whole-number literals in an index, a slice bound or a comparison."""
    for node in ast.walk(tree):
        candidates: list[ast.expr] = []
        if isinstance(node, ast.Subscript):
            candidates.append(node.slice)
            if isinstance(node.slice, ast.Tuple):
                candidates.extend(node.slice.elts)
        if isinstance(node, ast.Slice):
            candidates.extend(part for part in (node.lower, node.upper) if part is not None)
        if isinstance(node, ast.Compare):
            candidates.extend([node.left, *node.comparators])
        for candidate in candidates:
            inner = candidate.operand if isinstance(candidate, ast.UnaryOp) and isinstance(candidate.op, ast.USub) else candidate
            if isinstance(inner, ast.Constant) and type(inner.value) is int:
                yield inner


def off_by_one(tree: ast.Module) -> Iterator[str]:
    """Each whole number in an index, a slice bound or a comparison, one more and one less."""
    seen: set[int] = set()
    for site in _int_sites(tree):
        if id(site) in seen:
            continue
        seen.add(id(site))
        original = site.value
        for other in (original + 1, original - 1):
            site.value = other
            yield ast.unparse(tree) + "\n"
        site.value = original


MUTATORS: dict[str, Callable[[ast.Module], Iterator[str]]] = {
    "do-nothing": do_nothing,
    "drop-last-statement": drop_last_statement,
    "perturb-literal": perturb_literal,
    "swap-call": swap_call,
    "keyword-value": keyword_value,
    "keyword-removed": keyword_removed,
    "off-by-one": off_by_one,
}
# the kinds a model would really write, whose output-changing mutants the checks must kill
PLAUSIBLE = ("swap-call", "keyword-value", "keyword-removed", "off-by-one")


def mutants(code: str) -> Iterator[tuple[str, str]]:
    """(kind, mutated source) for every kind, at most PER_KIND per kind, each different from `code`."""
    original = ast.unparse(ast.parse(code)).strip()
    for kind, mutator in MUTATORS.items():
        seen = set()
        for mutated in mutator(ast.parse(code)):
            text = mutated.strip()
            if text != original and text != code.strip() and text not in seen:
                seen.add(text)
                yield kind, mutated
                if len(seen) >= PER_KIND:
                    break
