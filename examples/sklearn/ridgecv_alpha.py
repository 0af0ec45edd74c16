# /// example
# task = """
# Choose the penalty of a ridge regression on `X`, `y` by efficient leave-one-out \
# cross-validation with `RidgeCV` over 13 values of `alpha` from 10^-3 to 10^3, after \
# standardizing the features in a pipeline; store the candidate values in `alphas`, the fitted \
# pipeline in `model` and the chosen penalty in `best_alpha`."""
# prompt = """
# Choose the ridge penalty for `X`, `y` by efficient (closed-form) leave-one-out cross-validation \
# over 13 log-spaced alphas from 10^-3 to 10^3, with the features standardized first in a \
# pipeline. Store the candidate values in `alphas`, the fitted pipeline in `model` and the chosen \
# penalty in `best_alpha`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'len(alphas) == 13 and np.isclose(alphas.min(), 1e-3) and np.isclose(alphas.max(), 1e3)',
#     'np.any(np.isclose(alphas, best_alpha))',
#     # ridge never fits its training data worse than the mean, nor better than least squares
#     'model[-1].coef_.shape == (X.shape[1],) and model.score(X, y) >= -1e-9',
#     'model.score(X, y) <= 1 - np.sum((y - np.column_stack([np.ones(len(X)), X]) @ np.linalg.lstsq(np.column_stack([np.ones(len(X)), X]), y, rcond=None)[0]) ** 2) / np.sum((y - y.mean()) ** 2) + 1e-9',
# ]
# difficulty = 'intermediate'
# tags = ['regularization', 'linear-model', 'parameter-choice', 'regression']
# edge_cases = true
# ///
import numpy as np
from sklearn.linear_model import RidgeCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

alphas = np.logspace(-3, 3, 13)
# with cv=None (default) RidgeCV uses a closed-form leave-one-out error: no refits needed
model = make_pipeline(StandardScaler(), RidgeCV(alphas=alphas)).fit(X, y)
best_alpha = model[-1].alpha_
