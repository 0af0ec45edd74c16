# /// example
# task = """
# Build the 2 x 2 table below as the nested list `table`. SciPy's `barnard_exact` treats each \
# column as one binomial sample, so the columns are the groups (vaccine, placebo) and the rows \
# the outcome (infected, not infected). Test with Barnard's exact test whether the vaccine \
# group's infection rate is lower than the placebo group's (`alternative="less"`: first \
# column's rate smaller) and store the p-value in `p_value`.
#
# ```text
#               vaccine  placebo
# infected            2        9
# not infected       18       11
# ```
#
# Wanted:
#
# ```text
# p_value = 0.008357
# ```"""
# prompt = """
# Small vaccine pilot, 40 people:
#
# ```text
#               vaccine  placebo
# infected            2        9
# not infected       18       11
# ```
#
# The margins weren't fixed in advance, so I'd like Barnard's unconditional exact test rather \
# than Fisher's, one-sided: is the vaccine group's infection rate lower? Keep the counts in \
# `table` (groups as columns, as shown) and the p-value in `p_value`. I expect
#
# ```text
# p_value = 0.008357
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = {}
# checks = [
#     'np.array_equal(np.asarray(table), [[2, 9], [18, 11]])',
#     'np.isclose(p_value, 0.008357, atol=5e-7)',
# ]
# difficulty = 'intermediate'
# tags = ['contingency-table', 'hypothesis-test', 'test-alternative']
# ///
from scipy import stats

# columns are the two binomial samples: alternative="less" tests p(vaccine) < p(placebo)
table = [[2, 9], [18, 11]]
result = stats.barnard_exact(table, alternative="less")
p_value = result.pvalue
