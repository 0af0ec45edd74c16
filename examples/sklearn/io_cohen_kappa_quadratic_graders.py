# /// example
# task = """
# Two graders scored the same 12 essays on a 1-4 scale (below). Build the scores as the lists \
# `grader_1` and `grader_2` and measure their agreement beyond chance with Cohen's kappa: store \
# the unweighted kappa in `kappa_plain` and the quadratically weighted kappa (disagreements \
# penalised by the squared distance between grades) in `kappa_quadratic`.
#
# ```text
# essay     1  2  3  4  5  6  7  8  9  10  11  12
# grader_1  1  2  3  4  2  3  1  4  3   2   4   1
# grader_2  1  3  3  4  2  2  2  4  4   2   3   1
# ```
#
# Wanted:
#
# ```text
# kappa_plain = 0.4444, kappa_quadratic = 0.8214
# ```"""
# prompt = """
# How well do my two essay graders agree? Grades are ordinal (1-4), so near-misses should count \
# less than big disagreements. I'd like plain Cohen's kappa (`kappa_plain`) and the quadratic \
# weighted kappa (`kappa_quadratic`) for `grader_1` and `grader_2`:
#
# ```text
# essay     1  2  3  4  5  6  7  8  9  10  11  12
# grader_1  1  2  3  4  2  3  1  4  3   2   4   1
# grader_2  1  3  3  4  2  2  2  4  4   2   3   1
# ```
#
# I expect roughly
#
# ```text
# kappa_plain = 0.4444, kappa_quadratic = 0.8214
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(kappa_plain, 0.4444, atol=5e-5)',
#     'np.isclose(kappa_quadratic, 0.8214, atol=5e-5)',
# ]
# difficulty = 'intermediate'
# tags = ['model-evaluation', 'categorical']
# ///
from sklearn.metrics import cohen_kappa_score

grader_1 = [1, 2, 3, 4, 2, 3, 1, 4, 3, 2, 4, 1]
grader_2 = [1, 3, 3, 4, 2, 2, 2, 4, 4, 2, 3, 1]

kappa_plain = cohen_kappa_score(grader_1, grader_2)
# quadratic weights suit ordinal grades: a 1-vs-4 disagreement costs 9 times a 1-vs-2 one
kappa_quadratic = cohen_kappa_score(grader_1, grader_2, weights="quadratic")
