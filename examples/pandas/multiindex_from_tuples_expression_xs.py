# /// example
# task = """
# The count table `expression` has sample columns `ctrl_1` ... `ctrl_3`, `treat_1` ... \
# `treat_3` and may carry other columns. Store in `counts` the sample columns only, in their \
# order, with a two-level column MultiIndex named `condition` and `replicate` built from the \
# names split at the underscore (`("ctrl", "1")`, ...), and select the treated samples with `xs` \
# into `treated` (columns `1`, `2`, `3`, the genes as rows)."""
# prompt = """
# My RNA-seq counts `expression` have sample columns named like `ctrl_1` or `treat_3`. I'd like \
# a copy `counts` with two column levels, `condition` (ctrl/treat) and `replicate` (the number, \
# as text), keeping only those sample columns (anything else in the table can go), so I can \
# pull out all treated samples at once: put those in `treated`, one column per replicate `1`, \
# `2`, `3`, genes as rows."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { expression = 'expression' }
# checks = [
#     'counts.columns.nlevels == 2 and list(counts.columns.names) == ["condition", "replicate"]',
#     'list(counts.columns) == [tuple(name.split("_")) for name in expression.columns if name.startswith(("ctrl_", "treat_"))]',
#     'np.array_equal(counts.to_numpy(), expression[[name for name in expression.columns if name.startswith(("ctrl_", "treat_"))]].to_numpy()) and counts.index.equals(expression.index)',
#     'list(treated.columns) == ["1", "2", "3"] and np.array_equal(treated.to_numpy(), expression[["treat_1", "treat_2", "treat_3"]].to_numpy())',
#     'treated.index.equals(expression.index)',
# ]
# difficulty = 'intermediate'
# tags = ['hierarchical-index', 'indexing']
# edge_cases = true
# ///
import pandas as pd

# keep only the sample columns, named condition_replicate
counts = expression.filter(regex=r"^(ctrl|treat)_\d+$")
counts.columns = pd.MultiIndex.from_tuples(
    [tuple(name.split("_")) for name in counts.columns], names=["condition", "replicate"]
)
# xs picks one label of the named level and drops that level from the result
treated = counts.xs("treat", axis=1, level="condition")
