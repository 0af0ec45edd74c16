# /// example
# task = """
# Score the binary predictions below with the F-beta measure twice: `f2` weighting recall more (beta=2) and `f0_5` weighting precision more (beta=0.5). Build the labels as `y_true` and `y_pred`.
#
# ```text
# y_true = [1, 1, 1, 0, 0, 1]
# y_pred = [1, 0, 1, 1, 0, 0]
# ```
#
# Wanted:
#
# ```text
# f2   = 0.5263
# f0_5 = 0.625
# ```"""
# prompt = """
# For my fraud screen missing a fraud is worse than a false alarm, but my manager cares about precision. For these labels `y_true` and predictions `y_pred`:
#
# ```text
# y_true = [1, 1, 1, 0, 0, 1]
# y_pred = [1, 0, 1, 1, 0, 0]
# ```
#
# give me the F-beta score with beta=2 in `f2` and with beta=0.5 in `f0_5`:
#
# ```text
# f2   = 0.5263
# f0_5 = 0.625
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(f2, 0.5263, atol=1e-4)',
#     'np.isclose(f0_5, 0.625)',
#     # precision 2/3 and recall 1/2 in the F-beta formula
#     'np.isclose(f2, 5 * (2 / 3) * 0.5 / (4 * (2 / 3) + 0.5)) and list(np.ravel(y_pred)) == [1, 0, 1, 1, 0, 0]',
# ]
# difficulty = 'basic'
# tags = ['model-evaluation', 'classification']
# ///
from sklearn.metrics import fbeta_score

y_true = [1, 1, 1, 0, 0, 1]
y_pred = [1, 0, 1, 1, 0, 0]
# beta > 1 favours recall, beta < 1 favours precision
f2 = fbeta_score(y_true, y_pred, beta=2)
f0_5 = fbeta_score(y_true, y_pred, beta=0.5)
