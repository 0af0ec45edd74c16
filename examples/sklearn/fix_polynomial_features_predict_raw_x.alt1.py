import numpy as np
from sklearn.linear_model import LinearRegression
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import PolynomialFeatures

model = Pipeline(
    [
        # the intercept comes from LinearRegression, so the expansion drops its constant column
        ("poly", PolynomialFeatures(degree=2, include_bias=False)),
        ("ols", LinearRegression()),
    ]
)
model.fit(np.reshape(x, (-1, 1)), y)
y_new = model.predict(np.array([0.0, 5.0, 10.0]).reshape(-1, 1))
