# /// example
# task = """
# The three samples `groups.a`, `groups.b` and `groups.c` (NumPy arrays) are to be combined into \
# one long Series `long_values` whose outer index level `group` holds "a", "b" or "c", using \
# `pd.concat` with keys. Then summarise it per group into `summary`, a DataFrame indexed by \
# group (a, b, c) with the columns `n`, `mean`, `median` and `iqr` (75th minus 25th percentile)."""
# prompt = """
# I have three samples as arrays `a`, `b` and `c` and want them in one long pandas Series \
# `long_values` labelled by group ("a", "b", "c" as the outer index level `group`), then a \
# per-group table `summary` with `n`, `mean`, `median` and `iqr` (Q3 - Q1)."""
# domain = 'statistics'
# libraries = ['pandas', 'numpy']
# inputs = { a = 'groups.a', b = 'groups.b', c = 'groups.c' }
# checks = [
#     'len(long_values) == len(a) + len(b) + len(c) and list(long_values.index.get_level_values("group").unique()) == ["a", "b", "c"]',
#     'list(summary.index) == ["a", "b", "c"] and list(summary["n"]) == [len(a), len(b), len(c)]',
#     'np.allclose(summary[["mean", "median", "iqr"]].to_numpy(dtype=float), [[np.mean(x), np.median(x), np.subtract(*np.percentile(x, [75, 25]))] for x in (a, b, c)])',
# ]
# difficulty = 'basic'
# tags = ['merging', 'descriptive-statistics', 'groupby']
# edge_cases = true
# ///
import pandas as pd

# keys label each block in an outer index level
long_values = pd.concat(
    [pd.Series(a), pd.Series(b), pd.Series(c)], keys=["a", "b", "c"], names=["group", "row"]
)
by_group = long_values.groupby(level="group")
summary = by_group.agg(n="size", mean="mean", median="median")
summary["iqr"] = by_group.quantile(0.75) - by_group.quantile(0.25)
