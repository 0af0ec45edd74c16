# /// example
# task = """
# Standardize the regression features `X` and the target `y` (`X_scaled`, `y_scaled`), then fit \
# `LinearRegression`, `Ridge(alpha=10)`, `Lasso(alpha=0.1)` and `ElasticNet(alpha=0.1, \
# l1_ratio=0.5)` and collect the four models' standardized coefficients side by side in the \
# DataFrame `coefficients` (one row per feature, named x0, x1, ...; columns "ols", "ridge", \
# "lasso", "elastic_net")."""
# prompt = """
# Standardize my regression features `X` into `X_scaled` and the target `y` into `y_scaled` \
# (subtract the mean, divide by the population standard deviation, ddof=0). Then fit ordinary \
# least squares, ridge (alpha=10), lasso (alpha=0.1) and elastic net (alpha=0.1, l1_ratio=0.5) on \
# them and collect the four sets of coefficients side by side in a DataFrame `coefficients`, one \
# row per feature named x0, x1, ..., with columns "ols", "ridge", "lasso", "elastic_net"."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas']
# inputs = { X = 'reg.X', y = 'reg.y' }
# checks = [
#     "coefficients.shape == (X.shape[1], 4) and list(coefficients.columns) == ['ols', 'ridge', 'lasso', 'elastic_net']",
#     'np.allclose(X_scaled.mean(axis=0), 0) and np.allclose(X_scaled.std(axis=0), 1)',
#     'np.isclose(y_scaled.mean(), 0) and np.isclose(y_scaled.std(), 1) and np.allclose(y_scaled * y.std() + y.mean(), y)',
#     # a least-squares solution: its fitted values are the projection of y_scaled onto the
#     # columns, up to the rounding of X_scaled @ coef (exactly collinear columns leave the
#     # coefficients undefined, and some solvers return huge opposite ones)
#     "np.allclose(X_scaled @ coefficients['ols'], X_scaled @ np.linalg.lstsq(X_scaled, y_scaled, rcond=None)[0], atol=1e-8 + 1e-14 * np.abs(X_scaled).max() * coefficients['ols'].abs().sum())",
#     # each penalty can only shrink what it penalizes, relative to least squares
#     "np.linalg.norm(coefficients['ridge']) < np.linalg.norm(coefficients['ols'])",
#     "coefficients['lasso'].abs().sum() < coefficients['ols'].abs().sum()",
#     "0.5 * coefficients['elastic_net'].abs().sum() + 0.25 * (coefficients['elastic_net'] ** 2).sum() < 0.5 * coefficients['ols'].abs().sum() + 0.25 * (coefficients['ols'] ** 2).sum()",
# ]
# difficulty = 'intermediate'
# tags = ['regularization', 'linear-model', 'regression']
# edge_cases = true
# ///
import pandas as pd
from sklearn.linear_model import ElasticNet, Lasso, LinearRegression, Ridge
from sklearn.preprocessing import StandardScaler

# penalties act on coefficient size, so the features must share one scale; scaling the
# target too makes the penalty strengths mean the same whatever the units of y
X_scaled = StandardScaler().fit_transform(X)
y_scaled = (y - y.mean()) / y.std()
models = {
    "ols": LinearRegression(),
    "ridge": Ridge(alpha=10.0),  # L2: shrinks every coefficient a little
    "lasso": Lasso(alpha=0.1),  # L1: sets weak coefficients exactly to zero
    "elastic_net": ElasticNet(alpha=0.1, l1_ratio=0.5),
}
coefficients = pd.DataFrame(
    {name: model.fit(X_scaled, y_scaled).coef_ for name, model in models.items()},
    index=[f"x{i}" for i in range(X.shape[1])],
)
