# /// example
# task = """
# This code should find the price p between 1 and 50 that maximises the revenue \
# p * 1000 * exp(-p / 12), storing the best price in `best_price`, but it raises an error:
#
# ```python
# import numpy as np
# from scipy import optimize
#
# result = optimize.minimize_scalar(lambda p: -p * 1000 * np.exp(-p / 12), bounds=(1, 50), method="brent")
# best_price = result.x
# ```
#
# ```text
# ValueError: Use of `bounds` is incompatible with 'method=brent'.
# ```
#
# Fix it."""
# prompt = """
# Demand falls off as 1000 exp(-p / 12) with price p, and I want the revenue-maximising price \
# between 1 and 50 in `best_price`:
#
# ```python
# import numpy as np
# from scipy import optimize
#
# result = optimize.minimize_scalar(lambda p: -p * 1000 * np.exp(-p / 12), bounds=(1, 50), method="brent")
# best_price = result.x
# ```
#
# ```text
# ValueError: Use of `bounds` is incompatible with 'method=brent'.
# ```"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # d/dp [p exp(-p / 12)] = 0 at p = 12
#     'np.isclose(best_price, 12.0, atol=1e-4)',
#     '1 <= best_price <= 50',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'minimization', 'constrained-optimization']
# ///
import numpy as np
from scipy import optimize

# Brent's method takes a bracket, not bounds; the bounded method keeps p inside [1, 50]
result = optimize.minimize_scalar(
    lambda p: -p * 1000 * np.exp(-p / 12), bounds=(1, 50), method="bounded"
)
best_price = result.x
