# /// example
# task = """
# For the four items below (`is_relevant`, `score`), compute the average precision (area under the precision-recall curve, step-wise) in `avg_precision` and the ROC AUC in `roc_auc`.
#
# ```text
# is_relevant = [0, 0, 1, 1]
# score       = [0.1, 0.4, 0.35, 0.8]
# ```
#
# Wanted:
#
# ```text
# avg_precision = 0.8333
# roc_auc       = 0.75
# ```"""
# prompt = """
# I have relevance labels `is_relevant` and model `score`s:
#
# ```text
# is_relevant = [0, 0, 1, 1]
# score       = [0.1, 0.4, 0.35, 0.8]
# ```
#
# Could you compute average precision (`avg_precision`) and ROC AUC (`roc_auc`) so I can see how they differ?
#
# ```text
# avg_precision = 0.8333
# roc_auc       = 0.75
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(avg_precision, 0.8333, atol=1e-4)',
#     'np.isclose(roc_auc, 0.75)',
#     # precision 1 at the first relevant item (0.8) and 2/3 at the second (0.35): mean 5/6
#     'np.isclose(avg_precision, (1 + 2 / 3) / 2)',
# ]
# difficulty = 'basic'
# tags = ['classifier-scores', 'model-evaluation']
# ///
from sklearn.metrics import average_precision_score, roc_auc_score

is_relevant = [0, 0, 1, 1]
score = [0.1, 0.4, 0.35, 0.8]
# average precision: mean of the precisions at each relevant item, no interpolation
avg_precision = average_precision_score(is_relevant, score)
roc_auc = roc_auc_score(is_relevant, score)
