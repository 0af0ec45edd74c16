# /// example
# task = """
# A small trial gave the 2 x 2 table below (rows: treatment, placebo; columns: improved, not \
# improved). Build it as the nested list `table` and test whether the treatment improves the \
# chance of improvement with Boschloo's exact test, one-sided (treatment's improvement rate \
# greater). Store the p-value in `p_boschloo`, and for comparison the one-sided Fisher exact \
# p-value in `p_fisher`.
#
# ```text
#            improved  not improved
# treatment         7             2
# placebo           3             8
# ```
#
# Wanted:
#
# ```text
# p_boschloo = 0.02069, p_fisher = 0.03489
# ```"""
# prompt = """
# With only 20 patients I want an exact test for my 2 x 2 `table` (treatment vs placebo, \
# improved vs not). I've read Boschloo's test is uniformly more powerful than Fisher's. One-sided \
# (treatment better), please give `p_boschloo` and, to compare, Fisher's `p_fisher`:
#
# ```text
#            improved  not improved
# treatment         7             2
# placebo           3             8
# ```
#
# I expect
#
# ```text
# p_boschloo = 0.02069, p_fisher = 0.03489
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats']
# inputs = {}
# checks = [
#     'np.isclose(p_boschloo, 0.02069, atol=5e-6)',
#     'np.isclose(p_fisher, 0.03489, atol=5e-6)',
#     'np.array_equal(np.asarray(table), [[7, 2], [3, 8]])',
# ]
# difficulty = 'intermediate'
# tags = ['contingency-table', 'hypothesis-test', 'test-alternative']
# ///
from scipy import stats

table = [[7, 2], [3, 8]]

# alternative="greater": the first row's success rate (treatment) exceeds the second's
p_boschloo = stats.boschloo_exact(table, alternative="greater").pvalue
p_fisher = stats.fisher_exact(table, alternative="greater").pvalue
