import numpy as np
from sklearn.linear_model import LinearRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import PolynomialFeatures

x = np.arange(5, dtype=float)[:, np.newaxis]
y = x.ravel() ** 2 + 1

model = Pipeline(
    [
        # the bias column is left to LinearRegression's intercept
        ("poly", PolynomialFeatures(degree=2, include_bias=False)),
        ("ols", LinearRegression()),
    ]
).fit(x, y)
predicted = model.predict([[5.0], [6.0]])
