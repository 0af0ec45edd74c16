# /// example
# task = """
# Model the count `quantity` of each order line in `orders` from the log of its `unit_price` with \
# an unpenalised `PoissonRegressor(alpha=0)` (log link). Store the fitted model in `model`, the \
# coefficient of log price in `price_coef` and the fitted mean quantities in `expected_qty`."""
# prompt = """
# Do cheaper products sell in larger quantities? Fit a Poisson regression (no penalty, `alpha=0`) \
# of `quantity` on log(`unit_price`) for my `orders` table. I need the model in `model`, the \
# log-price coefficient in `price_coef` and the fitted expected quantities per line in \
# `expected_qty`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     'np.shape(expected_qty) == (len(orders),) and np.all(np.asarray(expected_qty) > 0)',
#     # maximum-likelihood score equations of a Poisson GLM with intercept: X^T (y - mu) = 0
#     '(lambda X1, r: np.allclose(X1.T @ r / len(r), 0, atol=1e-3 * (1 + orders["quantity"].mean())))(np.column_stack([np.ones(len(orders)), np.log(orders["unit_price"].to_numpy(dtype=float))]), orders["quantity"].to_numpy(dtype=float) - np.asarray(expected_qty))',
#     'np.allclose(np.log(expected_qty), model.intercept_ + price_coef * np.log(orders["unit_price"].to_numpy(dtype=float)))',
# ]
# difficulty = 'intermediate'
# tags = ['regression', 'linear-model']
# edge_cases = true
# ///
import numpy as np
from sklearn.linear_model import PoissonRegressor

log_price = np.log(orders[["unit_price"]].to_numpy(dtype=float))
quantity = orders["quantity"].to_numpy()
# alpha=0 turns off the default L2 penalty, giving the plain maximum-likelihood GLM
model = PoissonRegressor(alpha=0, max_iter=1000, tol=1e-8).fit(log_price, quantity)
price_coef = model.coef_[0]
expected_qty = model.predict(log_price)
