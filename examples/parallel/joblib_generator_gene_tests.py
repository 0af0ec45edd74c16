# /// example
# task = """
# Test every gene (row) of the count table `expression` for a difference between the `ctrl_*` and \
# the `treat_*` columns with a two-sample t-test (`scipy.stats.ttest_ind`, equal variances) on \
# `log2(count + 1)`, in chunks of 50 genes: run the chunks in joblib threads with \
# `return_as="generator"` so each chunk's result is consumed as soon as it is ready, and collect \
# them into the DataFrame `gene_tests` indexed like `expression`, with columns `t` and `p`."""
# prompt = """
# For each gene in my count table `expression` I want a t-test (scipy's ttest_ind, equal \
# variances) between the `ctrl_*` and `treat_*` columns on log2(count + 1). The real table has \
# 60,000 genes, so do it in chunks of 50 genes with joblib threads, consuming the chunk results \
# through a generator (`return_as="generator"`) instead of a list. Collect everything into a \
# DataFrame `gene_tests` with the gene index and columns `t` and `p`."""
# domain = 'statistics'
# libraries = ['joblib', 'scipy.stats', 'numpy', 'pandas']
# inputs = { expression = 'expression' }
# checks = [
#     'list(gene_tests.index) == list(expression.index) and {"t", "p"} <= set(gene_tests.columns)',
#     '''np.allclose(
#         gene_tests[["t", "p"]].to_numpy(dtype=float),
#         np.column_stack(scipy.stats.ttest_ind(
#             np.log2(expression.filter(like="treat").to_numpy(dtype=float) + 1),
#             np.log2(expression.filter(like="ctrl").to_numpy(dtype=float) + 1),
#             axis=1,
#         )) * [[-1, 1]],
#         equal_nan=True,
#     ) or np.allclose(
#         gene_tests[["t", "p"]].to_numpy(dtype=float),
#         np.column_stack(scipy.stats.ttest_ind(
#             np.log2(expression.filter(like="treat").to_numpy(dtype=float) + 1),
#             np.log2(expression.filter(like="ctrl").to_numpy(dtype=float) + 1),
#             axis=1,
#         )),
#         equal_nan=True,
#     )''',
# ]
# difficulty = 'intermediate'
# tags = ['parallelism', 't-test', 'hypothesis-test']
# edge_cases = true
# ///
import numpy as np
import pandas as pd
from joblib import Parallel, delayed
from scipy import stats

log_counts = np.log2(expression.to_numpy(dtype=float) + 1)
is_ctrl = expression.columns.str.startswith("ctrl")
is_treat = expression.columns.str.startswith("treat")


def test_chunk(rows):
    chunk = log_counts[rows]
    result = stats.ttest_ind(chunk[:, is_ctrl], chunk[:, is_treat], axis=1)
    return rows, result.statistic, result.pvalue


chunks = [slice(start, start + 50) for start in range(0, len(expression), 50)]
t_values = np.empty(len(expression))
p_values = np.empty(len(expression))
# the generator hands back each chunk's arrays in submission order as soon as they are ready,
# so only a few chunks' results are held at any time
for rows, t_chunk, p_chunk in Parallel(n_jobs=2, prefer="threads", return_as="generator")(
    delayed(test_chunk)(rows) for rows in chunks
):
    t_values[rows] = t_chunk
    p_values[rows] = p_chunk

gene_tests = pd.DataFrame({"t": t_values, "p": p_values}, index=expression.index)
