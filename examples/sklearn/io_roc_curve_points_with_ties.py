# /// example
# task = """
# Build the labels and classifier scores below as the arrays `y_true` and `scores` (two negatives \
# share the score 0.4) and compute the ROC curve with scikit-learn, keeping every threshold (no \
# dropping of collinear points): store the false-positive rates in `fpr`, the true-positive rates \
# in `tpr` and the area under the curve in `auc`.
#
# ```text
# y_true = [0,   0,   1,    1,   0,   1,   0,   1  ]
# scores = [0.1, 0.4, 0.35, 0.8, 0.4, 0.7, 0.2, 0.9]
# ```
#
# Wanted:
#
# ```text
# fpr = [0.   0.   0.   0.   0.5  0.5  0.75 1.  ]
# tpr = [0.   0.25 0.5  0.75 0.75 1.   1.   1.  ]
# auc = 0.875
# ```"""
# prompt = """
# I'd like every point of the ROC curve for these scores, not the thinned-out version, as `fpr` and \
# `tpr`, plus the `auc`:
#
# ```text
# y_true = [0,   0,   1,    1,   0,   1,   0,   1  ]
# scores = [0.1, 0.4, 0.35, 0.8, 0.4, 0.7, 0.2, 0.9]
# ```
#
# Note the tie at 0.4. What I expect (`y_true`, `scores` as above):
#
# ```text
# fpr = [0.   0.   0.   0.   0.5  0.5  0.75 1.  ]
# tpr = [0.   0.25 0.5  0.75 0.75 1.   1.   1.  ]
# auc = 0.875
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(fpr, [0, 0, 0, 0, 0.5, 0.5, 0.75, 1])',
#     'np.allclose(tpr, [0, 0.25, 0.5, 0.75, 0.75, 1, 1, 1])',
#     'np.isclose(auc, 0.875)',
#     # the area is the share of (positive, negative) pairs ranked right, ties counting half
#     'np.isclose(auc, np.mean([(p > n) + 0.5 * (p == n) for p in np.asarray(scores)[np.asarray(y_true) == 1] for n in np.asarray(scores)[np.asarray(y_true) == 0]]))',
#     'np.allclose(scores, [0.1, 0.4, 0.35, 0.8, 0.4, 0.7, 0.2, 0.9]) and list(y_true) == [0, 0, 1, 1, 0, 1, 0, 1]',
# ]
# difficulty = 'advanced'
# tags = ['model-evaluation', 'classifier-scores']
# ///
import numpy as np
from sklearn.metrics import roc_auc_score, roc_curve

y_true = np.array([0, 0, 1, 1, 0, 1, 0, 1])
scores = np.array([0.1, 0.4, 0.35, 0.8, 0.4, 0.7, 0.2, 0.9])

# drop_intermediate=False keeps the points that lie on a straight segment of the curve
fpr, tpr, thresholds = roc_curve(y_true, scores, drop_intermediate=False)
auc = roc_auc_score(y_true, scores)
