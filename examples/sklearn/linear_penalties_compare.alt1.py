import pandas as pd
from sklearn.linear_model import ElasticNet, Lasso, LinearRegression, Ridge
from sklearn.preprocessing import scale

# scale() centres each column and divides by its standard deviation
X_scaled = scale(X)
y_scaled = scale(y)

estimators = {
    "ols": LinearRegression(),
    "ridge": Ridge(alpha=10),
    "lasso": Lasso(alpha=0.1),
    "elastic_net": ElasticNet(alpha=0.1, l1_ratio=0.5),
}
coefficients = pd.DataFrame(
    {name: estimator.fit(X_scaled, y_scaled).coef_ for name, estimator in estimators.items()},
    index=[f"x{j}" for j in range(X.shape[1])],
)
