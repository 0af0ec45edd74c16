# /// example
# task = """
# This code should compute the upper-quartile (75th percentile) normalisation factor of every \
# sample column of the gene-count table `expression` in parallel with joblib, storing the factors \
# in column order in `factors`; but `factors` comes out empty:
#
# ```python
# import numpy as np
# from joblib import Parallel, delayed
#
# factors = []
#
#
# def upper_quartile(counts):
#     factors.append(np.percentile(counts, 75))
#
#
# Parallel(n_jobs=2)(delayed(upper_quartile)(counts) for counts in expression.to_numpy().T)
# ```
#
# Fix it so that `factors` holds one factor per column of `expression`, in column order."""
# prompt = """
# I compute an upper-quartile normalisation factor (the 75th percentile of the counts) for each \
# sample column of my RNA-seq count table `expression`, in parallel with joblib, collecting them in \
# `factors`:
#
# ```python
# import numpy as np
# from joblib import Parallel, delayed
#
# factors = []
#
#
# def upper_quartile(counts):
#     factors.append(np.percentile(counts, 75))
#
#
# Parallel(n_jobs=2)(delayed(upper_quartile)(counts) for counts in expression.to_numpy().T)
# ```
#
# It runs without error but `factors` is still an empty list afterwards. I need one factor per \
# column, in column order."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['joblib', 'numpy', 'pandas']
# inputs = { expression = 'expression' }
# checks = [
#     'len(factors) == expression.shape[1]',
#     'np.allclose(np.asarray(factors, dtype=float), [np.percentile(expression[column], 75) for column in expression.columns])',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'parallelism', 'quantiles']
# edge_cases = true
# # seconds: a process pool starts its workers afresh in every run, each importing what the task needs
# # (10-20 s on a busy two-core machine before the first task runs)
# timeout = 120
# ///
import numpy as np
from joblib import Parallel, delayed


def upper_quartile(counts):
    return np.percentile(counts, 75)


# joblib's default backend runs the tasks in worker processes, each appending to its own copy
# of the list; return the values instead: Parallel gives them back in the order of the tasks
factors = Parallel(n_jobs=2)(delayed(upper_quartile)(counts) for counts in expression.to_numpy().T)
