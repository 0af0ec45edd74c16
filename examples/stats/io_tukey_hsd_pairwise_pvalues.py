# /// example
# task = """
# Build the three fertiliser groups below as the lists `fert_a`, `fert_b` and `fert_c` and compare \
# every pair of groups with Tukey's HSD test. Store the 3 x 3 matrix of mean differences (row group \
# minus column group, order a, b, c) in `mean_diff` and the matrix of adjusted p-values in \
# `p_adj`; rounded they print as shown.
#
# ```text
# fert_a = [24.5, 23.5, 26.4, 27.1, 29.9]
# fert_b = [28.4, 34.2, 29.5, 32.2, 30.1]
# fert_c = [26.1, 28.3, 24.3, 26.2, 27.8]
# ```
#
# Wanted:
#
# ```text
# mean_diff =
# [[ 0.   -4.6  -0.26]
#  [ 4.6   0.    4.34]
#  [ 0.26 -4.34  0.  ]]
# p_adj =
# [[1.     0.0144 0.9803]
#  [0.0144 1.     0.0203]
#  [0.9803 0.0203 1.    ]]
# ```"""
# prompt = """
# After an ANOVA on my plant yields I want Tukey's HSD post-hoc comparisons of all pairs of \
# `fert_a`, `fert_b`, `fert_c`, as the matrices `mean_diff` (row minus column) and `p_adj`:
#
# ```text
# fert_a = [24.5, 23.5, 26.4, 27.1, 29.9]
# fert_b = [28.4, 34.2, 29.5, 32.2, 30.1]
# fert_c = [26.1, 28.3, 24.3, 26.2, 27.8]
# ```
#
# I expect (rounded)
#
# ```text
# mean_diff =
# [[ 0.   -4.6  -0.26]
#  [ 4.6   0.    4.34]
#  [ 0.26 -4.34  0.  ]]
# p_adj =
# [[1.     0.0144 0.9803]
#  [0.0144 1.     0.0203]
#  [0.9803 0.0203 1.    ]]
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(mean_diff, [[0, -4.6, -0.26], [4.6, 0, 4.34], [0.26, -4.34, 0]], atol=5e-3)',
#     'np.allclose(p_adj, [[1, 0.0144, 0.9803], [0.0144, 1, 0.0203], [0.9803, 0.0203, 1]], atol=5e-4)',
#     'np.allclose(np.asarray(mean_diff)[0, 1], np.mean(fert_a) - np.mean(fert_b))',
#     # Tukey by hand (equal group sizes of 5): studentized range of the difference, 3 groups, 12 df
#     'np.isclose(p_adj[0][1], scipy.stats.studentized_range.sf(abs(np.mean(fert_a) - np.mean(fert_b)) / np.sqrt(np.mean([np.var(g, ddof=1) for g in (fert_a, fert_b, fert_c)]) / 5), 3, 12), atol=1e-4)',
# ]
# difficulty = 'advanced'
# tags = ['multiple-comparisons', 'k-sample', 'hypothesis-test']
# ///
from scipy import stats

fert_a = [24.5, 23.5, 26.4, 27.1, 29.9]
fert_b = [28.4, 34.2, 29.5, 32.2, 30.1]
fert_c = [26.1, 28.3, 24.3, 26.2, 27.8]

# one call compares all pairs, controlling the family-wise error rate
result = stats.tukey_hsd(fert_a, fert_b, fert_c)
mean_diff = result.statistic
p_adj = result.pvalue
