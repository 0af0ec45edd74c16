# /// example
# task = """
# The table `survey` has a `score` column with missing values. Rank the scores from smallest \
# (rank 1) to largest among the answered rows only, giving tied scores their average rank and \
# leaving missing scores as NaN, with `scipy.stats.rankdata(..., nan_policy="omit")`. Store \
# the ranks in `score_rank` (same length and order as the table) and the number of ranked \
# rows in `n_ranked`."""
# prompt = """
# I need ranks of `score` in my `survey` table (1 = lowest, ties averaged), but some people \
# didn't answer: they should keep NaN and not push everybody's rank around. Give me \
# `score_rank` aligned with the rows and the count of ranked answers as `n_ranked`."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy', 'pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'len(score_rank) == len(survey)',
#     'np.array_equal(np.isnan(np.asarray(score_rank, dtype=float)), survey["score"].isna().to_numpy())',
#     'np.allclose(np.asarray(score_rank, dtype=float), survey["score"].rank(method="average").to_numpy(), equal_nan=True)',
#     'n_ranked == survey["score"].notna().sum()',
# ]
# difficulty = 'basic'
# tags = ['ranking', 'missing-data']
# edge_cases = { nan = true, why = "the task is about missing scores, so generated tables include them" }
# ///
import numpy as np
from scipy import stats

# nan_policy="omit" ranks the present values as if the NaNs were not there and returns NaN for them
score_rank = stats.rankdata(survey["score"], method="average", nan_policy="omit")
n_ranked = int(np.count_nonzero(~np.isnan(score_rank)))
