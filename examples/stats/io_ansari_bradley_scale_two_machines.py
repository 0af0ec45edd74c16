# /// example
# task = """
# Two filling machines are set to the same target; the question is whether they differ in \
# precision (spread), not in level. Build the fill heights below as the lists `machine_a` and \
# `machine_b` and run the two-sided Ansari-Bradley test for a difference in scale (exact null \
# distribution, no ties here) and Mood's two-sided test for scale. Store the Ansari-Bradley \
# statistic in `ab_stat`, its p-value in `ab_p`, and Mood's z statistic and p-value in `mood_z` \
# and `mood_p`.
#
# ```text
# machine_a  10.10  9.80  10.00  10.20  9.90  10.05  10.15
# machine_b   9.20 10.90  10.50   9.40 10.80   9.60  10.30
# ```
#
# Wanted:
#
# ```text
# ab_stat = 40.0, ab_p = 0.001166 (= 4/3432)
# mood_z = -3.0, mood_p = 0.0027
# ```"""
# prompt = """
# Same target fill, two machines: is B less precise than A? I want rank tests for a difference \
# in spread: Ansari-Bradley (`ab_stat`, exact two-sided `ab_p`) and Mood's test (`mood_z`, \
# `mood_p`) on `machine_a` and `machine_b`:
#
# ```text
# machine_a  10.10  9.80  10.00  10.20  9.90  10.05  10.15
# machine_b   9.20 10.90  10.50   9.40 10.80   9.60  10.30
# ```
#
# I expect
#
# ```text
# ab_stat = 40.0, ab_p = 0.001166 (= 4/3432)
# mood_z = -3.0, mood_p = 0.0027
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = {}
# checks = [
#     'np.isclose(ab_stat, 40.0) and np.isclose(ab_p, 4 / 3432)',
#     'np.isclose(mood_z, -3.0)',
#     'np.isclose(mood_p, 0.0027, atol=5e-5)',
# ]
# difficulty = 'intermediate'
# tags = ['nonparametric', 'equal-variance', 'two-sample', 'hypothesis-test']
# ///
from scipy import stats

machine_a = [10.10, 9.80, 10.00, 10.20, 9.90, 10.05, 10.15]
machine_b = [9.20, 10.90, 10.50, 9.40, 10.80, 9.60, 10.30]

# both tests compare spreads through ranks measured from the pooled centre
ab_stat, ab_p = stats.ansari(machine_a, machine_b, alternative="two-sided")
mood_result = stats.mood(machine_a, machine_b, alternative="two-sided")
mood_z, mood_p = mood_result.statistic, mood_result.pvalue
