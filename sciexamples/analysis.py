"""Static facts about snippets: code skeletons, public API symbols used, and near-duplicate pairs."""

from __future__ import annotations

import ast
import difflib
import hashlib
import io
import tokenize
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .example import DatasetError, Example

# Near-duplicate thresholds (documented in the README):
SAME_SKELETON_TASK_SIMILARITY = 0.75  # same skeleton and tasks this alike -> near-duplicates
CODE_SHINGLE_JACCARD = 0.85  # code token 4-gram Jaccard at least this ...
CODE_TASK_SIMILARITY = 0.85  # ... and tasks this alike -> near-duplicates


def _import_aliases(tree: ast.AST) -> dict[str, str]:
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    aliases[alias.asname] = alias.name
                else:
                    aliases[alias.name.split(".")[0]] = alias.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                aliases[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return aliases


class _Abstract(ast.NodeTransformer):
    """Literals become their type; local names become v0, v1, ... in order of appearance."""

    def __init__(self, keep: set[str]) -> None:
        self.keep = keep
        self.names: dict[str, str] = {}

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        return ast.copy_location(ast.Constant(value=type(node.value).__name__), node)

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in self.keep:
            return node
        node.id = self.names.setdefault(node.id, f"v{len(self.names)}")
        return node

    def visit_arg(self, node: ast.arg) -> ast.AST:
        node.arg = self.names.setdefault(node.arg, f"v{len(self.names)}")
        return node


@lru_cache(maxsize=4096)
def skeleton(code: str) -> str:
    """A hash of the code's AST with literals and local names abstracted (sweep variants share it)."""
    tree = ast.parse(code)
    import builtins

    keep = set(_import_aliases(tree)) | set(dir(builtins))
    abstract = _Abstract(keep).visit(tree)
    return hashlib.sha1(ast.dump(abstract, annotate_fields=False).encode()).hexdigest()[:16]


@lru_cache(maxsize=1)
def _method_owners() -> list[tuple[str, set[str]]]:
    """Classes whose public methods count as API symbols when called on a variable."""
    owners: list[tuple[str, type]] = []
    try:
        import pandas as pd
        from pandas.core.groupby import DataFrameGroupBy, SeriesGroupBy

        owners += [
            ("pandas.DataFrame", pd.DataFrame), ("pandas.Series", pd.Series),
            ("pandas.api.typing.DataFrameGroupBy", DataFrameGroupBy), ("pandas.api.typing.SeriesGroupBy", SeriesGroupBy),
            ("pandas.core.resample.Resampler", __import__("pandas.core.resample", fromlist=["Resampler"]).Resampler),
            ("pandas.core.window.Rolling", __import__("pandas.core.window", fromlist=["Rolling"]).Rolling),
            ("pandas.core.window.ExponentialMovingWindow", __import__("pandas.core.window", fromlist=["ExponentialMovingWindow"]).ExponentialMovingWindow),
            ("pandas.Series.str", pd.Series.str), ("pandas.Series.dt", __import__("pandas.core.indexes.accessors", fromlist=["CombinedDatetimelikeProperties"]).CombinedDatetimelikeProperties),
        ]
    except ImportError:
        pass
    try:
        from matplotlib.axes import Axes
        from matplotlib.figure import Figure

        owners += [("matplotlib.axes.Axes", Axes), ("matplotlib.figure.Figure", Figure)]
    except ImportError:
        pass
    try:
        from seaborn.axisgrid import FacetGrid, JointGrid, PairGrid

        owners += [("seaborn.FacetGrid", FacetGrid), ("seaborn.PairGrid", PairGrid), ("seaborn.JointGrid", JointGrid)]
    except ImportError:
        pass
    try:
        from seaborn.objects import Plot

        owners.append(("seaborn.objects.Plot", Plot))
    except ImportError:
        pass
    return [(name, {m for m in dir(cls) if not m.startswith("_")}) for name, cls in owners]


def _dotted(node: ast.AST) -> list[str] | None:
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return parts[::-1]
    return None


def api_symbols(code: str) -> frozenset[str]:
    """Public library symbols the code calls: module functions and classes through their imports,
    and methods called on variables, attributed to the first known class that has them. Read once
    per code string (the coverage plan and the summary's breadth line both ask)."""
    return _api_symbols(code)


@lru_cache(maxsize=4096)
def _api_symbols(code: str) -> frozenset[str]:
    tree = ast.parse(code)
    aliases = _import_aliases(tree)
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        for argument in node.args:  # a library function handed over, called by its receiver: `df.apply(stats.zscore)`
            passed = _dotted(argument)
            if passed and len(passed) > 1 and passed[0] in aliases and not any(p.startswith("_") for p in passed) and passed[-1][:1].islower():
                found.add(".".join([aliases[passed[0]], *passed[1:]]))
        func = node.func
        parts = _dotted(func)
        if parts and parts[0] in aliases:
            symbol = ".".join([aliases[parts[0]], *parts[1:]])
            if not any(p.startswith("_") for p in symbol.split(".")):
                found.add(symbol)
        elif isinstance(func, ast.Attribute) and not func.attr.startswith("_"):
            owners = _method_owners()
            likely = _likely_owner(func.value)
            ranked = [o for o in owners if o[0] == likely] + owners if likely else owners
            for owner, methods in ranked:
                if func.attr in methods:
                    found.add(f"{owner}.{func.attr}")
                    break
    return frozenset(found)


def base_classes(code: str) -> set[str]:
    """Library classes the code subclasses (`class Scaler(BaseEstimator, TransformerMixin)`), named
    through its imports: used, though never called."""
    tree = ast.parse(code)
    aliases = _import_aliases(tree)
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for base in node.bases:
                parts = _dotted(base)
                if parts and parts[0] in aliases:
                    found.add(".".join([aliases[parts[0]], *parts[1:]]))
    return found


# what a method's receiver says of its class: a call of one of these methods (`df.groupby(...)`,
# also indexed: `df.groupby(...)["x"]`), or a variable named like Matplotlib's conventions
_RETURNED_BY = {
    "groupby": "pandas.api.typing.DataFrameGroupBy", "resample": "pandas.core.resample.Resampler",
    "rolling": "pandas.core.window.Rolling", "ewm": "pandas.core.window.ExponentialMovingWindow",
    "figure": "matplotlib.figure.Figure",
}
_ACCESSORS = {"str": "pandas.Series.str", "dt": "pandas.Series.dt"}


def _builds_objects_plot(call: ast.Call) -> bool:
    """Whether a chain of calls starts at seaborn's `Plot(...)`: `so.Plot(df).add(...).facet(...)`."""
    node: ast.AST = call
    while isinstance(node, ast.Call):
        func = node.func
        if (isinstance(func, ast.Attribute) and func.attr == "Plot") or (isinstance(func, ast.Name) and func.id == "Plot"):
            return True
        node = func.value if isinstance(func, ast.Attribute) else func
    return False


def _likely_owner(receiver: ast.AST) -> str | None:
    """The class a method's receiver most likely is, where the code shows it; None to try every class in order."""
    if isinstance(receiver, ast.Subscript):
        receiver = receiver.value
    if isinstance(receiver, ast.Call) and _builds_objects_plot(receiver):
        return "seaborn.objects.Plot"
    if isinstance(receiver, ast.Call) and isinstance(receiver.func, ast.Attribute):
        return _RETURNED_BY.get(receiver.func.attr)
    if isinstance(receiver, ast.Attribute) and receiver.attr in _ACCESSORS:
        return _ACCESSORS[receiver.attr]
    if isinstance(receiver, ast.Name):
        name = receiver.id.lower()
        if name == "ax" or name.startswith(("ax_", "axes")) or (name.startswith("ax") and name[2:].isdigit()):
            return "matplotlib.axes.Axes"
        if name == "fig" or name.startswith(("fig_", "figure")):
            return "matplotlib.figure.Figure"
    return None


def library_of(symbol: str) -> str:
    root = symbol.split(".")[0]
    if root == "scipy":
        return ".".join(symbol.split(".")[:2])
    return {"sklearn": "scikit-learn", "mpl_toolkits": "matplotlib"}.get(root, root)


def _shingles(code: str, n: int = 4) -> set[tuple[str, ...]]:
    try:
        tokens = [t.string for t in tokenize.generate_tokens(io.StringIO(code).readline) if t.string.strip()]
    except (tokenize.TokenError, IndentationError):
        tokens = code.split()
    return {tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1))}


def _task_similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a.lower().split(), b.lower().split()).ratio()


@dataclass(frozen=True)
class NearDuplicate:
    first: str
    second: str
    reason: str

    def __str__(self) -> str:
        return f"{self.first} ~ {self.second}: {self.reason}"


def near_duplicates(examples: Sequence[Example]) -> list[NearDuplicate]:
    """Pairs of examples from different families that are near-duplicates (see thresholds above)."""
    found: dict[tuple[str, str], NearDuplicate] = {}
    by_skeleton: dict[str, list[Example]] = defaultdict(list)
    for example in examples:
        by_skeleton[skeleton(example.code)].append(example)
    for group in by_skeleton.values():
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                if a.family_id != b.family_id:
                    ratio = _task_similarity(a.task, b.task)
                    if ratio >= SAME_SKELETON_TASK_SIMILARITY:
                        found[(a.id, b.id)] = NearDuplicate(a.id, b.id, f"same code skeleton, task similarity {ratio:.2f}")
    # smallest shingle set first: Jaccard is at most |smaller| / |larger|, so once a set is too much
    # larger than `sa`, every later one is too (the pairs left out could never reach the threshold)
    shingles = sorted(((position, e, _shingles(e.code)) for position, e in enumerate(examples)), key=lambda entry: len(entry[2]))
    for i, (pa, x, sa) in enumerate(shingles):
        for pb, y, sb in shingles[i + 1 :]:
            if len(sa) < CODE_SHINGLE_JACCARD * len(sb):
                break
            a, b = (x, y) if pa < pb else (y, x)  # in the examples' order, as the pair is reported
            if a.family_id == b.family_id or (a.id, b.id) in found:
                continue
            common = len(sa & sb)
            jaccard = common / ((len(sa) + len(sb) - common) or 1)
            if jaccard >= CODE_SHINGLE_JACCARD:
                ratio = _task_similarity(a.task, b.task)
                if ratio >= CODE_TASK_SIMILARITY:
                    found[(a.id, b.id)] = NearDuplicate(a.id, b.id, f"code Jaccard {jaccard:.2f}, task similarity {ratio:.2f}")
    return sorted(found.values(), key=lambda d: (d.first, d.second))


def drop_exact_duplicates(examples: Sequence[Example]) -> tuple[list[Example], list[str]]:
    """Keep the first of examples with identical task and code; return the kept list and dropped ids."""
    seen: set[tuple[str, str]] = set()
    kept, dropped = [], []
    for example in examples:
        key = (" ".join(example.task.split()), example.code.strip())
        if key in seen:
            dropped.append(example.id)
        else:
            seen.add(key)
            kept.append(example)
    return kept, dropped


def check_near_duplicates(examples: Sequence[Example]) -> None:
    pairs = near_duplicates(examples)
    if pairs:
        listing = "\n  ".join(str(p) for p in pairs)
        raise DatasetError(f"near-duplicate examples of different families (merge, delete, or give them one family):\n  {listing}")
