# /// example
# task = """
# This code should score `X` with a logistic regression (default settings) fitted on `X`, `y`, \
# put the precision-recall curve into a DataFrame `curve` with one row per threshold (columns \
# `threshold`, `precision`, `recall`: the precision and recall obtained when predicting class 1 \
# for scores >= that threshold), and store in `threshold_90` the lowest threshold whose \
# precision is at least 0.9 (NaN if none is), but it raises an error:
#
# ```python
# import pandas as pd
# from sklearn.linear_model import LogisticRegression
# from sklearn.metrics import precision_recall_curve
#
# scores = LogisticRegression().fit(X, y).predict_proba(X)[:, 1]
# precision, recall, thresholds = precision_recall_curve(y, scores)
# curve = pd.DataFrame({"threshold": thresholds, "precision": precision, "recall": recall})
# threshold_90 = curve.loc[curve["precision"] >= 0.9, "threshold"].min()
# ```
#
# ```text
# ValueError: All arrays must be of the same length
# ```
#
# Fix it."""
# prompt = """
# I want a table `curve` of thresholds with their precision and recall (columns `threshold`, \
# `precision`, `recall`) for a default logistic regression fitted on `X`, `y` and scored on `X`, \
# and then the smallest threshold with precision of at least `0.9` in `threshold_90` (NaN if \
# there is none):
#
# ```python
# import pandas as pd
# from sklearn.linear_model import LogisticRegression
# from sklearn.metrics import precision_recall_curve
#
# scores = LogisticRegression().fit(X, y).predict_proba(X)[:, 1]
# precision, recall, thresholds = precision_recall_curve(y, scores)
# curve = pd.DataFrame({"threshold": thresholds, "precision": precision, "recall": recall})
# threshold_90 = curve.loc[curve["precision"] >= 0.9, "threshold"].min()
# ```
#
# ```text
# ValueError: All arrays must be of the same length
# ```
#
# Aren't these three arrays the same curve?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { X = 'clf.X', y = 'clf.y' }
# checks = [
#     '(lambda p, r, t: len(curve) == len(t) and np.allclose(curve["threshold"], t) and np.allclose(curve["precision"], p[:-1]) and np.allclose(curve["recall"], r[:-1]))(*sklearn.metrics.precision_recall_curve(y, sklearn.linear_model.LogisticRegression().fit(X, y).predict_proba(X)[:, 1]))',
#     # recompute precision at each threshold directly from the scores
#     '(lambda s: (lambda ts: np.isnan(threshold_90) if len(ts) == 0 else np.isclose(threshold_90, min(ts)))([t for t in np.unique(s) if np.mean(y[s >= t] == 1) >= 0.9]))(sklearn.linear_model.LogisticRegression().fit(X, y).predict_proba(X)[:, 1])',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'classifier-scores', 'model-evaluation']
# edge_cases = true
# ///
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import precision_recall_curve

scores = LogisticRegression().fit(X, y).predict_proba(X)[:, 1]
precision, recall, thresholds = precision_recall_curve(y, scores)
# precision and recall end with an extra point (precision 1, recall 0) that has no threshold
curve = pd.DataFrame({"threshold": thresholds, "precision": precision[:-1], "recall": recall[:-1]})
threshold_90 = curve.loc[curve["precision"] >= 0.9, "threshold"].min()
