# /// example
# task = """
# The table `visits` has blood pressure `before` and `after` a diet for the same patients, with \
# a few readings missing. This code should run a paired t-test on the patients with both \
# readings, storing the statistic in `t_stat`, the p-value in `p_value` and the number of \
# complete pairs in `n_pairs`, but it raises an error:
#
# ```python
# import numpy as np
# import pandas as pd
# from scipy import stats
#
# visits = pd.DataFrame({
#     "before": [142, 150, np.nan, 138, 160, 155, 147, 151],
#     "after": [135, 144, 139, np.nan, np.nan, 149, 140, 146],
# })
# before = visits["before"].dropna()
# after = visits["after"].dropna()
# n_pairs = len(before)
# t_stat, p_value = stats.ttest_rel(before, after)
# ```
#
# ```text
# ValueError: Array shapes are incompatible for broadcasting.
# ```
#
# Fix it so each patient's two readings stay paired."""
# prompt = """
# Paired t-test on `before` vs `after` in my `visits` table, but some readings are missing:
#
# ```python
# import numpy as np
# import pandas as pd
# from scipy import stats
#
# visits = pd.DataFrame({
#     "before": [142, 150, np.nan, 138, 160, 155, 147, 151],
#     "after": [135, 144, 139, np.nan, np.nan, 149, 140, 146],
# })
# before = visits["before"].dropna()
# after = visits["after"].dropna()
# n_pairs = len(before)
# t_stat, p_value = stats.ttest_rel(before, after)
# ```
#
# ```text
# ValueError: Array shapes are incompatible for broadcasting.
# ```
#
# I want `t_stat`, `p_value` and the number of complete pairs `n_pairs`."""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'pandas', 'numpy']
# inputs = {}
# checks = [
#     # the rows where both readings of the shown table are present
#     'n_pairs == np.isfinite(np.array([142, 150, np.nan, 138, 160, 155, 147, 151]) - np.array([135, 144, 139, np.nan, np.nan, 149, 140, 146])).sum()',
#     # the paired t statistic is the one-sample t of the complete-case differences
#     'np.isclose(t_stat, scipy.stats.ttest_1samp(np.array([142, 150, 155, 147, 151]) - np.array([135, 144, 149, 140, 146]), 0).statistic)',
#     'np.isclose(p_value, scipy.stats.ttest_1samp(np.array([142, 150, 155, 147, 151]) - np.array([135, 144, 149, 140, 146]), 0).pvalue)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 't-test', 'paired-samples', 'missing-data']
# ///
import numpy as np
import pandas as pd
from scipy import stats

visits = pd.DataFrame(
    {
        "before": [142, 150, np.nan, 138, 160, 155, 147, 151],
        "after": [135, 144, 139, np.nan, np.nan, 149, 140, 146],
    }
)
# drop whole rows, not each column on its own: otherwise the pairs shift or lengths differ
complete = visits.dropna(subset=["before", "after"])
n_pairs = len(complete)
t_stat, p_value = stats.ttest_rel(complete["before"], complete["after"])
