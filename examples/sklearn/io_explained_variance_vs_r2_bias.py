# /// example
# task = """
# For the targets `y_true` and predictions `y_pred` below, compute R² in `r2` and the explained variance score in `explained` (which ignores a constant bias in the errors).
#
# ```text
# y_true = [3.0, -0.5, 2.0, 7.0]
# y_pred = [2.5, 0.0, 2.0, 8.0]
# ```
#
# Wanted:
#
# ```text
# r2        = 0.9486
# explained = 0.9572
# ```"""
# prompt = """
# Why do R² and explained variance differ for my predictions? Here are `y_true` and `y_pred`:
#
# ```text
# y_true = [3.0, -0.5, 2.0, 7.0]
# y_pred = [2.5, 0.0, 2.0, 8.0]
# ```
#
# Please compute both, `r2` and `explained`:
#
# ```text
# r2        = 0.9486
# explained = 0.9572
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(r2, 0.9486, atol=1e-4)',
#     'np.isclose(explained, 0.9572, atol=1e-4)',
#     # explained variance uses the variance of the errors, so it forgives their mean of -0.25
#     'np.isclose(explained, 1 - np.var(np.subtract(y_true, y_pred)) / np.var(y_true))',
# ]
# difficulty = 'basic'
# tags = ['model-evaluation', 'regression', 'residuals']
# ///
import numpy as np
from sklearn.metrics import explained_variance_score, r2_score

y_true = np.array([3.0, -0.5, 2.0, 7.0])
y_pred = np.array([2.5, 0.0, 2.0, 8.0])
r2 = r2_score(y_true, y_pred)
# equals R² when the errors average zero; higher when the predictions are shifted
explained = explained_variance_score(y_true, y_pred)
