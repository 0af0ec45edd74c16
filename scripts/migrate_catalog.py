"""One-off: write every catalog example as examples/<library>/<name>.py, keeping the catalog's comments.

Each record comes from `build_catalog()` exactly (so the generator reading the folder writes the
same data/); the comments the catalog's Python held around a record's fields (a check's reason, an
edge spec's note) are carried into the file's TOML header above the field, check or key they sat
beside. Comments the script cannot place (module headers, loop tables of sweeps) are listed on
standard output for a person to place by hand.
"""

from __future__ import annotations

import ast
import importlib
import re
import sys
import tokenize
from collections import defaultdict
from pathlib import Path

from sciexamples.catalog import MODULES
from sciexamples.example_file import read_example_file, render_example_file

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "examples"
CALLS = {"ex", "_example"}


def _id_pattern(node: ast.expr) -> re.Pattern[str] | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return re.compile(re.escape(node.value) + r"\Z")
    if isinstance(node, ast.JoinedStr):
        parts = [re.escape(v.value) if isinstance(v, ast.Constant) else r".+?" for v in node.values]
        return re.compile("".join(parts) + r"\Z")
    return None


def _comments(path: Path) -> dict[int, str]:
    with path.open() as handle:
        return {t.start[0]: t.string for t in tokenize.generate_tokens(handle.readline) if t.type == tokenize.COMMENT}


def _place(call: ast.Call, comments: dict[int, str], used: set[int]) -> dict[tuple, list[str]]:
    """Comments inside the call (and the comment block right above its `yield`), keyed by where they go."""
    placed: dict[tuple, list[str]] = defaultdict(list)
    start = call.lineno
    above = start - 1
    while above in comments:  # a comment block directly above the yield describes the record
        above -= 1
    for line in range(above + 1, start):
        placed[("header",)].append(comments[line])
        used.add(line)
    keywords = sorted(call.keywords, key=lambda k: (k.value.lineno, k.value.col_offset))
    for line in range(start, call.end_lineno + 1):
        if line not in comments:
            continue
        used.add(line)
        text = comments[line]
        home: tuple | None = None
        for kw in keywords:
            value = kw.value
            if value.lineno <= line <= value.end_lineno and isinstance(value, (ast.List, ast.Dict)):
                items = value.elts if isinstance(value, ast.List) else value.keys
                later = [i for i, item in enumerate(items) if item.lineno >= line or item.end_lineno >= line]
                if later:
                    index = later[0]
                    home = (kw.arg, index if isinstance(value, ast.List) else items[index].value)
                else:
                    home = (kw.arg, "end")
                break
        if home is None:
            following = [kw for kw in keywords if kw.value.lineno >= line]
            home = (following[0].arg,) if following and following[0].arg not in ("id", "code") else ("header",)
        placed[home].append(text)
    return placed


SPREAD = [
    "# A KDE (a violin body, a density curve) is drawn for a sample that clearly spreads: standard",
    "# deviation above 1e-9 of its magnitude, and above 1e-100. For equal, nearly equal or astronomically",
    "# small values, whether rounding lets a density through is seaborn's call; the checks accept either.",
]
POOL = [
    "# seconds: a process pool starts its workers afresh in every run, each importing what the task needs",
    "# (scikit-learn: 10-20 s on a busy two-core machine before the first task runs)",
]
OPENMP = [
    "# seconds: OpenMP's threads wait for one another at every split found, which on an oversubscribed",
    "# machine costs a time slice each (100 iterations took 40-80 s on two cores shared with other jobs)",
]
# comments that sat outside a record's call (variant tables of sweeps, shared constants), placed by hand:
# (id pattern, where, comment lines); the catalog lines they come from are marked used
BY_HAND = [
    (r"sns\.(kdeplot_with_rugplot|displot_kde_facets|kdeplot_bw_adjust\..*|violinplot_wide_despine)", ("header",), SPREAD, ("seaborn_plots", range(28, 41))),
    (r"sns\.violinplot_split_inner\..*", ("header",), [
        *SPREAD,
        "# A group with one value, or only equal values, has no density: seaborn draws it as a single line,",
        "# without inner marks.",
    ], ("seaborn_plots", (484, 485))),
    (r"sns\.violinplot_split_inner\.quart", ("header",), ["# three quartile lines per violin body, one line per group drawn without a body"], ("seaborn_plots", (487,))),
    (r"sns\.violinplot_split_inner\.stick", ("header",), ["# one set of sticks per violin body, one stick per observation of its group"], ("seaborn_plots", (490,))),
    (r"sns\.lineplot_errorbar\..*", ("header",), [
        "# `top` is the band's top edge, `m` the count, mean, std and max of the months with two or more",
        "# days (a one-day month has no band)",
    ], ("seaborn_plots", (94, 95))),
    (r"sns\.lineplot_errorbar\.ci95", ("header",), ["# the interval of a constant month collapses to its mean: equal within rounding"], ("seaborn_plots", (100,))),
    (r"sns\.histplot_hue_multiple\.fill", ("header",), ["# empty bins have undefined (NaN) proportions, hence nanmax"], ("seaborn_plots", (204,))),
    (r"sns\.barplot_errorbar\.sd", ("header",), ["# the bar spans mean - sd to mean + sd; a site with one row has no sd and an empty (all-NaN) error bar"], ("seaborn_plots", (606,))),
    (r"sns\.barplot_errorbar\.ci95", ("header",), [
        "# the interval holds the mean (a constant site's interval is the mean itself, up to rounding);",
        "# a site with one row has none",
    ], ("seaborn_plots", (613, 614))),
    (r"stats\.bootstrap_median_ci\..*", ("header",), ["# the interval checks allow rounding in the interpolation between bootstrap replicates (the sample is positive)"], ("stats", (1194,))),
    (r"integrate\.solve_ivp_stiffness\.lsoda_stiff", ("header",), ["# LSODA detects stiffness and switches from Adams to BDF on its own"], ("integrate_optimize", (657,))),
    (r"signal\.iir_lowpass_family\..*", ("header",), ["# filter family x order: same 30 Hz low-pass spec, different trade-offs"], ("signal_processing", (118,))),
    (r"signal\.firwin_bands\..*", ("header",), ["# btype sweep: same windowed-sinc design, band edges halfway between neighbouring known tones"], ("signal_processing", (378,))),
    (r"signal\.resample_poly\..*", ("header",), ["# resampling factor sweep: rational rate changes with a polyphase filter"], ("signal_processing", (787,))),
    (r"signal\.welch_window\..*", ("header",), ["# window type for Welch: leakage vs resolution vs amplitude accuracy"], ("signal_processing", (884,))),
    (r"parallel\.(grid_search|cross_validate|permutation_importance)_all_cores|parallel\.(joblib_bootstrap_means|differential_evolution_workers)", ("timeout",), POOL, ("parallel", (14, 15))),
    (r"parallel\.hist_gradient_boosting_.*", ("timeout",), OPENMP, ("parallel", (17, 18))),
]
# module-wide conventions, told in docs/authoring.md instead
IN_THE_GUIDE = {"sklearn_ml": (14, 15, 16, 17), "stats": (15, 16)}


def main() -> int:
    unplaced = 0
    written = 0
    for name in MODULES:
        module = importlib.import_module(f"sciexamples.catalog.{name}")
        source = Path(module.__file__)
        tree = ast.parse(source.read_text())
        comments = _comments(source)
        used: set[int] = set()
        calls = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in CALLS:
                id_node = next((k.value for k in node.keywords if k.arg == "id"), None)
                pattern = _id_pattern(id_node) if id_node is not None else None
                if pattern is not None:
                    calls.append((pattern, node))
        placements = {id(node): _place(node, comments, used) for _, node in calls}
        for *_, (home, lines) in BY_HAND:
            if home == name:
                used.update(lines)
        used.update(IN_THE_GUIDE.get(name, ()))
        for example in module.examples():
            matches = [node for pattern, node in calls if pattern.match(example.id)]
            if len(matches) != 1:
                print(f"{example.id}: {len(matches)} calls match; no comments carried", file=sys.stderr)
            record = example.to_dict()
            notes = {key: list(lines) for key, lines in placements[id(matches[0])].items()} if len(matches) == 1 else {}
            for pattern, key, lines, _ in BY_HAND:
                if re.fullmatch(pattern, example.id):
                    notes.setdefault(key, []).extend(lines)
            path = OUT.joinpath(*example.id.split(".")).with_suffix(".py")
            path.parent.mkdir(parents=True, exist_ok=True)
            text = render_example_file(record, notes)
            path.write_text(text, encoding="utf-8")
            back = read_example_file(path, OUT)
            assert back == record, example.id
            written += 1
        left = sorted(set(comments) - used)
        for line in left:
            print(f"unplaced {source.name}:{line}: {comments[line]}")
        unplaced += len(left)
    print(f"{written} example files written; {unplaced} catalog comments left to place by hand")
    return 0


if __name__ == "__main__":
    sys.exit(main())
