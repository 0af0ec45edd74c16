# /// example
# task = """
# Build the six labelled measurements below as the feature array `X` (shape (6, 2)) and the string \
# labels `y`, fit a Gaussian naive Bayes classifier, and store the class probabilities of the two \
# new points (3.5, 3.5) and (2.5, 3.0) in `proba` (columns in the classifier's sorted class order, \
# `high` then `low`) and their predicted labels in `predicted`. Rounded to 3 decimals the \
# probabilities print as shown.
#
# ```text
#     f1   f2  label
#    1.0  2.0    low
#    2.0  1.5    low
#    3.0  3.5    low
#    4.0  4.0   high
#    5.0  4.5   high
#    6.0  6.5   high
# ```
#
# Wanted:
#
# ```text
# proba =            high    low
#   (3.5, 3.5)      0.435  0.565
#   (2.5, 3.0)      0.002  0.998
# predicted = ['low', 'low']
# ```"""
# prompt = """
# I fitted Gaussian naive Bayes to this small set (`X`, `y`) and want to see the class \
# probabilities `proba` for two new points, (3.5, 3.5) and (2.5, 3.0), plus the `predicted` labels:
#
# ```text
#     f1   f2  label
#    1.0  2.0    low
#    2.0  1.5    low
#    3.0  3.5    low
#    4.0  4.0   high
#    5.0  4.5   high
#    6.0  6.5   high
# ```
#
# Rounded, I'm expecting (columns `high`, `low`):
#
# ```text
# proba =            high    low
#   (3.5, 3.5)      0.435  0.565
#   (2.5, 3.0)      0.002  0.998
# predicted = ['low', 'low']
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(proba, [[0.435, 0.565], [0.002, 0.998]], atol=5e-4)',
#     'list(predicted) == ["low", "low"]',
#     # naive Bayes by hand: per-class normal densities (variances with ddof=0), equal priors
#     'np.allclose(np.asarray(proba)[0, 0], (lambda h, lo: h / (h + lo))(np.prod(scipy.stats.norm.pdf([3.5, 3.5], [5.0, 5.0], np.sqrt([2 / 3, 7 / 6]))), np.prod(scipy.stats.norm.pdf([3.5, 3.5], [2.0, 7 / 3], np.sqrt([2 / 3, 13 / 18])))), atol=1e-6)',
#     'np.asarray(X).tolist() == [[1.0, 2.0], [2.0, 1.5], [3.0, 3.5], [4.0, 4.0], [5.0, 4.5], [6.0, 6.5]] and list(y) == ["low"] * 3 + ["high"] * 3',
# ]
# difficulty = 'intermediate'
# tags = ['classification', 'classifier-scores']
# ///
import numpy as np
from sklearn.naive_bayes import GaussianNB

X = np.array([[1.0, 2.0], [2.0, 1.5], [3.0, 3.5], [4.0, 4.0], [5.0, 4.5], [6.0, 6.5]])
y = np.array(["low", "low", "low", "high", "high", "high"])
new_points = np.array([[3.5, 3.5], [2.5, 3.0]])

model = GaussianNB().fit(X, y)
# predict_proba orders its columns like model.classes_ (sorted: "high", "low")
proba = model.predict_proba(new_points)
predicted = model.predict(new_points)
