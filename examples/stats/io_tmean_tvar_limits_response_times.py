# /// example
# task = """
# Build the response times below (ms) as the array `times`. Summarise only the plausible \
# responses between 500 and 2000 ms inclusive (values exactly at a limit count): store their \
# mean in `mean_valid`, their sample variance (ddof=1) in `var_valid` and the number kept in \
# `n_valid`.
#
# ```text
# 12, 480, 950, 1010, 1500, 2000, 2000, 2600, 3100, 8000
# ```
#
# Wanted:
#
# ```text
# mean_valid = 1492.0, var_valid = 260570.0, n_valid = 5
# ```"""
# prompt = """
# Reaction times in ms:
#
# ```text
# 12, 480, 950, 1010, 1500, 2000, 2000, 2600, 3100, 8000
# ```
#
# Anything outside 500-2000 ms (limits included as valid) is a lapse or anticipation. Put the \
# data in `times`, and give the mean (`mean_valid`) and ddof=1 variance (`var_valid`) of the \
# valid ones plus how many there are (`n_valid`). I expect
#
# ```text
# mean_valid = 1492.0, var_valid = 260570.0, n_valid = 5
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(mean_valid, 1492.0)',
#     'np.isclose(var_valid, 260570.0)',
#     'n_valid == 5',
#     'np.array_equal(times, [12, 480, 950, 1010, 1500, 2000, 2000, 2600, 3100, 8000])',
# ]
# difficulty = 'basic'
# tags = ['descriptive-statistics', 'data-cleaning', 'outliers']
# ///
import numpy as np
from scipy import stats

times = np.array([12, 480, 950, 1010, 1500, 2000, 2000, 2600, 3100, 8000], dtype=float)
limits = (500, 2000)
# inclusive=(True, True) keeps the two responses of exactly 2000 ms
mean_valid = stats.tmean(times, limits, inclusive=(True, True))
var_valid = stats.tvar(times, limits, inclusive=(True, True))
n_valid = int(np.count_nonzero((times >= limits[0]) & (times <= limits[1])))
