import numpy as np
from sklearn import metrics

y_true = np.array([0, 0, 1, 1, 0, 1, 0, 1])
scores = np.array([0.1, 0.4, 0.35, 0.8, 0.4, 0.7, 0.2, 0.9])

fpr, tpr, _ = metrics.roc_curve(y_true, scores, drop_intermediate=False)
# trapezoidal area under the full list of (fpr, tpr) points
auc = metrics.auc(fpr, tpr)
