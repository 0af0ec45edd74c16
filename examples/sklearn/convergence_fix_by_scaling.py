# /// example
# task = """
# Features on very different scales (`X_raw`: the columns of `X` multiplied by 1 ... 10^4 and \
# shifted by 1000) can stop `LogisticRegression`'s lbfgs solver from converging. Turn \
# `ConvergenceWarning` into an error inside a `warnings.catch_warnings()` block, record in \
# `raw_converged` whether the fit on `X_raw` converged, then fix the problem by standardizing \
# (not by silencing the warning): fit a standardize-then-`LogisticRegression` pipeline on \
# `X_raw`, `y` under the same rule and store it in `scaled_model`."""
# prompt = """
# My features are on wildly different scales: `X_raw` is the columns of `X` multiplied by 1 ... \
# 10^4 (log-spaced) and shifted by 1000, and logistic regression's default lbfgs solver may fail \
# to converge on it. Inside a warnings.catch_warnings() block, turn `ConvergenceWarning` into an \
# error, record in the bool `raw_converged` whether the fit on `X_raw`, `y` converged, and then \
# fix it properly by standardizing (not by silencing the warning or raising max_iter): fit a \
# standardize-then-logistic-regression pipeline on `X_raw`, `y` under the same rule and store it \
# in `scaled_model`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { X = 'clf_multi.X', y = 'clf_multi.y' }
# checks = [
#     'X_raw.shape == X.shape and isinstance(raw_converged, bool)',
#     'scaled_model[-1].n_iter_.max() < 100',
#     'set(np.unique(scaled_model.predict(X_raw))) <= set(np.unique(y))',
# ]
# difficulty = 'intermediate'
# tags = ['error-handling', 'convergence', 'standardization', 'warnings']
# edge_cases = true
# ///
import warnings

import numpy as np
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

X_raw = X * np.logspace(0, 4, X.shape[1]) + 1000

with warnings.catch_warnings():
    warnings.simplefilter("error", ConvergenceWarning)
    try:
        LogisticRegression(max_iter=100).fit(X_raw, y)
        raw_converged = True
    except ConvergenceWarning:
        raw_converged = False
    # with standardized features the optimizer converges in a few iterations
    scaled_model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=100))
    scaled_model.fit(X_raw, y)
