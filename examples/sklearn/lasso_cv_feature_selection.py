# /// example
# task = """
# Select features of the regression data `X`, `y` with a standardize-then-`LassoCV` pipeline \
# (5-fold CV over its automatic alpha path, `random_state=0`); store the fitted `LassoCV` step in \
# `lasso` and the indices of the features with non-zero coefficients in `selected`."""
# prompt = """
# Which features of my regression data `X`, `y` matter? Fit a standardize-then-lasso pipeline \
# where the lasso picks its own alpha by 5-fold cross-validation over its automatic alpha path \
# (random_state=0). Store the fitted lasso step in `lasso` and the indices of the features with \
# non-zero coefficients in `selected`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     'lasso.mse_path_.shape == (len(lasso.alphas_), 5) and lasso.alphas_.min() <= lasso.alpha_ <= lasso.alphas_.max()',
#     'np.isclose(lasso.mse_path_.mean(axis=1)[np.argmin(np.abs(lasso.alphas_ - lasso.alpha_))], lasso.mse_path_.mean(axis=1).min())',
#     # the chosen penalty may zero every coefficient when no feature helps the held-out error
#     'len(selected) <= X.shape[1] and np.all(lasso.coef_[selected] != 0) and np.all(lasso.coef_[np.setdiff1d(np.arange(X.shape[1]), selected)] == 0)',
# ]
# difficulty = 'intermediate'
# tags = ['feature-selection', 'regularization', 'linear-model']
# edge_cases = true
# ///
import numpy as np
from sklearn.linear_model import LassoCV
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

model = make_pipeline(StandardScaler(), LassoCV(cv=5, random_state=0)).fit(X, y)
lasso = model[-1]
# the features the chosen penalty did not zero out
selected = np.flatnonzero(lasso.coef_)
