# /// example
# task = """
# The table below samples y = x^2 + 1 exactly. Build it as the arrays `x` (shape (5, 1)) and `y`, \
# fit a scikit-learn pipeline that expands `x` with degree-2 polynomial features and then fits a \
# linear regression, keep the fitted pipeline in `model`, and store its predictions for x = 5 and \
# x = 6 in `predicted`.
#
# ```text
# x:  0   1   2   3   4
# y:  1   2   5  10  17
# ```
#
# Wanted:
#
# ```text
# predicted = [26.0, 37.0]
# ```"""
# prompt = """
# My data (`x`, `y`) clearly follow a parabola:
#
# ```text
# x:  0   1   2   3   4
# y:  1   2   5  10  17
# ```
#
# A straight line can't fit that, so I want a sklearn pipeline `model` that adds squared features \
# (degree 2) before a linear regression. Predicting at x = 5 and 6 should then give `predicted`:
#
# ```text
# predicted = [26.0, 37.0]
# ```"""
# task_type = 'input-output'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(predicted, [26.0, 37.0])',
#     # the fitted pipeline reproduces the training data of the exact parabola
#     'np.allclose(model.predict(np.array([[0.0], [2.5], [4.0]])), [1.0, 7.25, 17.0])',
#     'len(model.steps) == 2 and isinstance(model, sklearn.pipeline.Pipeline)',
#     'np.ravel(x).tolist() == [0, 1, 2, 3, 4] and np.ravel(y).tolist() == [1, 2, 5, 10, 17]',
# ]
# difficulty = 'basic'
# tags = ['pipeline', 'regression', 'feature-engineering']
# ///
import numpy as np
from sklearn.linear_model import LinearRegression
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import PolynomialFeatures

x = np.array([0.0, 1.0, 2.0, 3.0, 4.0]).reshape(-1, 1)
y = np.array([1.0, 2.0, 5.0, 10.0, 17.0])

# degree=2 adds the x**2 column the linear model needs to follow the parabola
model = make_pipeline(PolynomialFeatures(degree=2), LinearRegression())
model.fit(x, y)
predicted = model.predict(np.array([[5.0], [6.0]]))
