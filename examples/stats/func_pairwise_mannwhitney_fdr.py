# /// example
# task = '''
# Write a function `pairwise_mannwhitney` with the signature and docstring below. Apply it to the
# three samples `a`, `b` and `c` passed as `{"a": a, "b": b, "c": c}` and store the table in
# `pairwise`. Store in `groups_error` the message raised for the single group `{"a": a}`.
#
# ```python
# def pairwise_mannwhitney(samples):
#     """Two-sided Mann-Whitney U tests between every pair of groups, with
#     Benjamini-Hochberg adjusted p-values.
#
#     `samples` maps group names to 1-D samples; NaN values are dropped. The
#     pairs are taken in the order of itertools.combinations over the dict's
#     keys. Returns a DataFrame with one row per pair and the columns
#     "group_1", "group_2", "u" (the statistic of group_1 against group_2),
#     "p" and "p_adjusted" (BH false discovery rate over all the pairs).
#     Raises ValueError("need at least 2 groups") for fewer groups.
#     """
# ```'''
# prompt = """
# After a Kruskal-Wallis test I need the post-hoc comparisons, so please write \
# `pairwise_mannwhitney(samples)` taking a dict of named samples (NaNs dropped), running a \
# two-sided Mann-Whitney U test for every pair in `itertools.combinations` order of the keys, and \
# returning a DataFrame with `"group_1"`, `"group_2"`, `"u"`, `"p"` and `"p_adjusted"` \
# (Benjamini-Hochberg over all pairs); fewer than 2 groups should raise \
# `ValueError("need at least 2 groups")`. Run it on `{"a": a, "b": b, "c": c}` from my samples \
# `a`, `b`, `c` and keep the table in `pairwise`, and the message for the single group `{"a": a}` in \
# `groups_error`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     '(lambda t: t[["group_1", "group_2"]].values.tolist() == [["x", "y"]] and np.allclose(t[["u", "p", "p_adjusted"]].to_numpy(dtype=float)[0], [0.0, scipy.stats.mannwhitneyu([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]).pvalue, scipy.stats.mannwhitneyu([1.0, 2.0, 3.0], [4.0, 5.0, 6.0]).pvalue]))(pairwise_mannwhitney({"x": [1.0, 2.0, 3.0], "y": [4.0, 5.0, 6.0]}))',
#     # with three groups there are three pairs, and the BH adjustment is over all of them
#     '(lambda t, s: t[["group_1", "group_2"]].values.tolist() == [["p", "q"], ["p", "r"], ["q", "r"]] and np.allclose(t["p"], [scipy.stats.mannwhitneyu(s[g], s[h]).pvalue for g, h in [("p", "q"), ("p", "r"), ("q", "r")]]) and np.allclose(t["p_adjusted"], scipy.stats.false_discovery_control(t["p"].to_numpy(dtype=float))))(pairwise_mannwhitney({"p": [1.0, 3.0, 2.0, 5.0, np.nan], "q": [8.0, 7.0, 9.0, 6.5], "r": [2.5, 4.0, 1.5, 3.5]}), {"p": [1.0, 3.0, 2.0, 5.0], "q": [8.0, 7.0, 9.0, 6.5], "r": [2.5, 4.0, 1.5, 3.5]})',
#     'np.allclose(pairwise_mannwhitney({"k": [5.0, 1.0, 4.0, 2.0, 3.0], "m": [2.5, 6.0, 7.0]})["u"], scipy.stats.mannwhitneyu([5.0, 1.0, 4.0, 2.0, 3.0], [2.5, 6.0, 7.0]).statistic)',
#     'groups_error == "need at least 2 groups"',
#     'list(pairwise.columns) == ["group_1", "group_2", "u", "p", "p_adjusted"] and pairwise[["group_1", "group_2"]].values.tolist() == [["a", "b"], ["a", "c"], ["b", "c"]]',
#     'np.allclose(pairwise["u"], [scipy.stats.mannwhitneyu(x, y).statistic for x, y in [(a, b), (a, c), (b, c)]]) and np.allclose(pairwise["p"], [scipy.stats.mannwhitneyu(x, y).pvalue for x, y in [(a, b), (a, c), (b, c)]])',
#     'np.allclose(pairwise["p_adjusted"], scipy.stats.false_discovery_control(pairwise["p"].to_numpy(dtype=float))) and (pairwise["p_adjusted"] >= pairwise["p"] - 1e-12).all()',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'multiple-comparisons', 'nonparametric', 'k-sample', 'validation']
# edge_cases = true
# ///
from itertools import combinations

import numpy as np
import pandas as pd
from scipy import stats


def pairwise_mannwhitney(samples):
    """Two-sided Mann-Whitney U tests between every pair of groups, with
    Benjamini-Hochberg adjusted p-values.

    `samples` maps group names to 1-D samples; NaN values are dropped. The
    pairs are taken in the order of itertools.combinations over the dict's
    keys. Returns a DataFrame with one row per pair and the columns
    "group_1", "group_2", "u" (the statistic of group_1 against group_2),
    "p" and "p_adjusted" (BH false discovery rate over all the pairs).
    Raises ValueError("need at least 2 groups") for fewer groups.
    """
    if len(samples) < 2:
        raise ValueError("need at least 2 groups")
    clean = {name: np.asarray(x, dtype=float) for name, x in samples.items()}
    clean = {name: x[~np.isnan(x)] for name, x in clean.items()}
    rows = []
    for first, second in combinations(clean, 2):
        result = stats.mannwhitneyu(clean[first], clean[second], alternative="two-sided")
        rows.append((first, second, float(result.statistic), float(result.pvalue)))
    table = pd.DataFrame(rows, columns=["group_1", "group_2", "u", "p"])
    # method="bh" controls the false discovery rate across all pairs at once
    table["p_adjusted"] = stats.false_discovery_control(table["p"].to_numpy(), method="bh")
    return table


pairwise = pairwise_mannwhitney({"a": a, "b": b, "c": c})

try:
    pairwise_mannwhitney({"a": a})
except ValueError as error:
    groups_error = str(error)
