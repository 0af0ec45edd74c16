# /// example
# task = """
# Append an all-zero column (a response category nobody chose) to the count table `table`, giving \
# `observed_table`, and run `chi2_contingency` on it. Zero expected counts make scipy raise a \
# ValueError: catch it, keep its message in `error_message`, drop the empty columns from \
# `observed_table` (the name then holds the trimmed table) and retry; store the final test in \
# `result`."""
# prompt = """
# I added a response category that nobody chose, as an all-zero column appended to my count table \
# `table`, giving `observed_table`, and ran a chi-square contingency test on it. scipy raises a \
# ValueError about zero expected frequencies; catch it, save the message in `error_message`, drop \
# the empty columns from `observed_table` (keep the trimmed table under that name) and run the \
# test again, storing it in `result`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { table = 'table' }
# checks = [
#     "error_message is not None and 'zero' in error_message",
#     'np.array_equal(observed_table, table[:, table.sum(axis=0) > 0])',
#     'result.dof == (observed_table.shape[0] - 1) * (observed_table.shape[1] - 1)',
#     '0 <= result.pvalue <= 1',
# ]
# difficulty = 'intermediate'
# tags = ['contingency-table', 'hypothesis-test', 'error-handling']
# edge_cases = true
# ///
import numpy as np
from scipy import stats

observed_table = np.column_stack([table, np.zeros(table.shape[0], dtype=table.dtype)])
error_message = None
try:
    result = stats.chi2_contingency(observed_table)
except ValueError as exc:
    # an empty category has expected count 0, which makes the statistic undefined
    error_message = str(exc)
    observed_table = observed_table[:, observed_table.sum(axis=0) > 0]
    result = stats.chi2_contingency(observed_table)
