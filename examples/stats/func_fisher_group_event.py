# /// example
# task = '''
# Write a function `fisher_by_group` with the signature and docstring below. Apply it to the
# `group` and `event` columns of the DataFrame `survival` with `groups=("A", "B")` and store
# the dict in `fisher`.
#
# ```python
# def fisher_by_group(group, event, groups):
#     """Fisher's exact test of whether an event is more common in one of
#     two groups.
#
#     Builds the 2x2 table with rows groups[0], groups[1] and columns
#     event True, event False (a group absent from the data gets a row of
#     zeros; rows of other groups are ignored) and runs the two-sided
#     test. Returns {"table": 2x2 int numpy array, "odds_ratio": float,
#     "p_value": float}. When a row or a column of the table sums to 0 the
#     odds ratio is NaN and the p-value 1.0.
#     """
# ```'''
# prompt = """
# I need to compare event rates between two arms quickly, and the counts are often small. Could \
# you write `fisher_by_group(group, event, groups)` that makes the 2x2 table (rows in the order of \
# `groups`, columns event `True` then `False`, zero rows for a group that doesn't appear, other \
# groups ignored), runs a two-sided Fisher exact test and returns a dict with `"table"` (int \
# array), `"odds_ratio"` and `"p_value"`? If a row or column total is 0, the odds ratio should be \
# NaN and the p-value `1.0`. Apply it to `group` and `event` in `survival` with groups `"A"` and \
# `"B"`, into `fisher`."""
# task_type = 'function'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy', 'pandas']
# inputs = { survival = 'survival' }
# checks = [
#     '(lambda r: np.array_equal(r["table"], [[3, 1], [1, 4]]) and np.isclose(r["odds_ratio"], 12.0) and np.isclose(r["p_value"], scipy.stats.fisher_exact([[3, 1], [1, 4]]).pvalue))(fisher_by_group(["t", "t", "t", "t", "c", "c", "c", "c", "c"], [True, True, False, True, False, True, False, False, False], ("t", "c")))',
#     # the order of `groups` sets the rows, so the odds ratio inverts; "x" is ignored
#     '(lambda r: np.array_equal(r["table"], [[1, 4], [3, 1]]) and np.isclose(r["odds_ratio"], 1 / 12))(fisher_by_group(["t", "t", "t", "t", "c", "c", "c", "c", "c", "x"], [True, True, False, True, False, True, False, False, False, True], ("c", "t")))',
#     '(lambda r: np.array_equal(r["table"], [[2, 1], [0, 0]]) and np.isnan(r["odds_ratio"]) and r["p_value"] == 1.0)(fisher_by_group(["a", "a", "a"], [True, False, True], ("a", "b")))',
#     '(lambda r: np.isnan(r["odds_ratio"]) and r["p_value"] == 1.0)(fisher_by_group(["a", "b", "b"], [False, False, False], ("a", "b")))',
#     '(lambda t: np.array_equal(fisher["table"], t) and np.isclose(fisher["p_value"], scipy.stats.fisher_exact(t).pvalue))(np.array([[((survival["group"] == g) & survival["event"]).sum(), ((survival["group"] == g) & ~survival["event"]).sum()] for g in ["A", "B"]]))',
#     '(lambda t: np.isnan(fisher["odds_ratio"]) if (t.sum(axis=0) == 0).any() or (t.sum(axis=1) == 0).any() else np.isclose(fisher["odds_ratio"], scipy.stats.fisher_exact(t).statistic))(np.asarray(fisher["table"]))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'contingency-table', 'hypothesis-test', 'two-sample']
# edge_cases = true
# ///
import numpy as np
import pandas as pd
from scipy import stats


def fisher_by_group(group, event, groups):
    """Fisher's exact test of whether an event is more common in one of
    two groups.

    Builds the 2x2 table with rows groups[0], groups[1] and columns
    event True, event False (a group absent from the data gets a row of
    zeros; rows of other groups are ignored) and runs the two-sided
    test. Returns {"table": 2x2 int numpy array, "odds_ratio": float,
    "p_value": float}. When a row or a column of the table sums to 0 the
    odds ratio is NaN and the p-value 1.0.
    """
    data = pd.DataFrame(
        {"group": np.asarray(group, dtype=object), "event": np.asarray(event, dtype=bool)}
    )
    # reindex fixes the row and column order and fills missing cells with zeros
    table = (
        pd.crosstab(data["group"], data["event"])
        .reindex(index=list(groups), columns=[True, False], fill_value=0)
        .to_numpy(dtype=int)
    )
    if (table.sum(axis=0) == 0).any() or (table.sum(axis=1) == 0).any():
        return {"table": table, "odds_ratio": float("nan"), "p_value": 1.0}
    result = stats.fisher_exact(table)
    return {"table": table, "odds_ratio": float(result.statistic), "p_value": float(result.pvalue)}


fisher = fisher_by_group(survival["group"], survival["event"], groups=("A", "B"))
