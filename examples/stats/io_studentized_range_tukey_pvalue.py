# /// example
# task = """
# In a one-way design with 3 groups of 10 (27 error degrees of freedom, error mean square \
# 4.0) the largest difference between two group means is 2.4. Compute the studentized range \
# statistic q = 2.4 / sqrt(4.0 / 10) into `q_stat` and its Tukey p-value, the upper tail of \
# the studentized range distribution with k = 3 and df = 27, into `p_value`.
#
# ```text
# groups k = 3, error df = 27, MSE = 4.0, n per group = 10, largest mean difference = 2.4
# ```
#
# Wanted (rounded):
#
# ```text
# q_stat = 3.7947, p_value = 0.03193
# ```"""
# prompt = """
# I'm checking a Tukey comparison by hand from an ANOVA table:
#
# ```text
# groups k = 3, error df = 27, MSE = 4.0, n per group = 10, largest mean difference = 2.4
# ```
#
# What is the studentized range statistic `q_stat` = difference / sqrt(MSE / n), and the \
# p-value `p_value` from the studentized range distribution? I expect
#
# ```text
# q_stat = 3.7947, p_value = 0.03193
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(q_stat, 3.7947, atol=5e-5)',
#     'np.isclose(p_value, 0.03193, atol=5e-6)',
# ]
# difficulty = 'intermediate'
# tags = ['multiple-comparisons', 'probability-distributions', 'k-sample']
# ///
import numpy as np
from scipy import stats

q_stat = 2.4 / np.sqrt(4.0 / 10)
# sf is the upper tail P(Q > q) for k group means and the error degrees of freedom
p_value = stats.studentized_range.sf(q_stat, 3, 27)
