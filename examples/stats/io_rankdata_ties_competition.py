# /// example
# task = """
# Build the race scores below as the array `scores` and rank them from lowest (rank 1) to highest \
# in two ways: ties sharing the average of their ranks in `avg_rank`, and ties all getting the \
# lowest rank of their group ("competition" ranking, 1 2 2 4) in `min_rank`.
#
# ```text
# scores = [82, 95, 82, 70, 95, 95, 60]
# ```
#
# Wanted:
#
# ```text
# avg_rank = [3.5, 6.0, 3.5, 2.0, 6.0, 6.0, 1.0]
# min_rank = [3,   5,   3,   2,   5,   5,   1  ]
# ```"""
# prompt = """
# I need ranks for these `scores` (lowest = 1) with ties handled two ways: averaged ranks in \
# `avg_rank`, and sports-style ranks where tied values all get the smallest rank in `min_rank`:
#
# ```text
# scores = [82, 95, 82, 70, 95, 95, 60]
# ```
#
# That should give
#
# ```text
# avg_rank = [3.5, 6.0, 3.5, 2.0, 6.0, 6.0, 1.0]
# min_rank = [3,   5,   3,   2,   5,   5,   1  ]
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(avg_rank, [3.5, 6.0, 3.5, 2.0, 6.0, 6.0, 1.0])',
#     'np.array_equal(min_rank, [3, 5, 3, 2, 5, 5, 1])',
#     # competition rank: 1 + how many scores are strictly lower
#     'np.array_equal(min_rank, [1 + sum(other < s for other in scores) for s in scores])',
#     'list(scores) == [82, 95, 82, 70, 95, 95, 60]',
# ]
# difficulty = 'intermediate'
# tags = ['ranking', 'descriptive-statistics']
# ///
import numpy as np
from scipy import stats

scores = np.array([82, 95, 82, 70, 95, 95, 60])
avg_rank = stats.rankdata(scores)
# method="min" gives every tied value the smallest rank its group occupies
min_rank = stats.rankdata(scores, method="min")
