# /// example
# task = """
# From the count table `expression` (genes as rows; sample columns `ctrl_1` ... `ctrl_3`, \
# `treat_1` ... `treat_3`, possibly other columns), keep the genes with at least 10 counts in \
# every sample column and log2-transform their counts after adding 1, in one method chain \
# that filters rows with a callable passed to `.loc`. Store the result (sample columns only, \
# genes as rows in their original order) in `log_counts`."""
# prompt = """
# I want to drop lowly expressed genes from `expression` and log-transform the rest in one \
# chain: keep genes with 10 or more counts in every sample (`ctrl_1`...`ctrl_3`, \
# `treat_1`...`treat_3`; ignore any other column), then log2(count + 1). Store it as \
# `log_counts`, sample columns only, genes in their original order. I'd like to use a lambda \
# inside `.loc` for the row filter."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { expression = 'expression' }
# checks = [
#     'list(log_counts.columns) == [c for c in expression.columns if c.startswith(("ctrl_", "treat_"))]',
#     'list(log_counts.index) == [g for g, ok in zip(expression.index, (expression[[c for c in expression.columns if c.startswith(("ctrl_", "treat_"))]].to_numpy() >= 10).all(axis=1)) if ok]',
#     'np.allclose(log_counts.to_numpy(dtype=float), np.log2(expression[[c for c in expression.columns if c.startswith(("ctrl_", "treat_"))]].to_numpy(dtype=float)[(expression[[c for c in expression.columns if c.startswith(("ctrl_", "treat_"))]].to_numpy() >= 10).all(axis=1)] + 1))',
# ]
# difficulty = 'intermediate'
# tags = ['row-selection', 'derived-columns']
# edge_cases = true
# ///
import numpy as np

log_counts = (
    expression.filter(regex=r"^(ctrl|treat)_")
    # the callable receives the frame at this point of the chain and returns a boolean mask
    .loc[lambda counts: counts.ge(10).all(axis=1)]
    .pipe(lambda counts: np.log2(counts + 1))
)
