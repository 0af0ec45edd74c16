# /// example
# task = """
# Build the study hours and exam marks below as the lists `hours` and `marks` and compute the \
# Pearson correlation coefficient with its two-sided p-value, stored in `r` and `p_value`. \
# Rounded they print as shown.
#
# ```text
# hours = [1.2, 2.3, 2.9, 4.1, 5.0, 6.2]
# marks = [2.0, 2.9, 3.8, 5.1, 5.8, 7.4]
# ```
#
# Wanted:
#
# ```text
# r = 0.9973, p_value = 1.06e-05
# ```"""
# prompt = """
# How strongly do `hours` of study and `marks` go together? I'd like Pearson's `r` and its \
# `p_value`:
#
# ```text
# hours = [1.2, 2.3, 2.9, 4.1, 5.0, 6.2]
# marks = [2.0, 2.9, 3.8, 5.1, 5.8, 7.4]
# ```
#
# My calculator says
#
# ```text
# r = 0.9973, p_value = 1.06e-05
# ```"""
# task_type = 'input-output'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = {}
# checks = [
#     'round(float(r), 4) == 0.9973',
#     'np.isclose(p_value, 1.06e-05, rtol=0, atol=5e-8)',
#     'np.isclose(r, np.corrcoef(hours, marks)[0, 1])',
#     'list(hours) == [1.2, 2.3, 2.9, 4.1, 5.0, 6.2] and list(marks) == [2.0, 2.9, 3.8, 5.1, 5.8, 7.4]',
# ]
# difficulty = 'basic'
# tags = ['correlation', 'hypothesis-test']
# ///
from scipy import stats

hours = [1.2, 2.3, 2.9, 4.1, 5.0, 6.2]
marks = [2.0, 2.9, 3.8, 5.1, 5.8, 7.4]

# the p-value tests r = 0 against a two-sided alternative (the default)
result = stats.pearsonr(hours, marks)
r, p_value = result.statistic, result.pvalue
