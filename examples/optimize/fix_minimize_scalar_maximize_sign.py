# /// example
# task = """
# This code should find the ticket price p in [0, 50] that MAXIMISES the revenue \
# p * (100 - 2 p), storing it in `best_price` and the revenue in `best_revenue`. It runs, but it \
# returns a price at the edge of the interval with almost no revenue:
#
# ```python
# from scipy import optimize
#
#
# def revenue(p):
#     return p * (100 - 2 * p)
#
#
# result = optimize.minimize_scalar(revenue, bounds=(0, 50), method="bounded")
# best_price = result.x
# best_revenue = revenue(best_price)
# ```
#
# Fix it."""
# prompt = """
# Demand for tickets is 100 - 2p at price p, and I want the revenue-maximising price in [0, 50] \
# (`best_price`) and the revenue there (`best_revenue`):
#
# ```python
# from scipy import optimize
#
#
# def revenue(p):
#     return p * (100 - 2 * p)
#
#
# result = optimize.minimize_scalar(revenue, bounds=(0, 50), method="bounded")
# best_price = result.x
# best_revenue = revenue(best_price)
# ```
#
# It tells me to charge (almost) nothing or 50, which makes no sense."""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize']
# inputs = {}
# checks = [
#     # d/dp [p (100 - 2 p)] = 100 - 4 p = 0 at p = 25
#     'np.isclose(best_price, 25.0, atol=1e-4)',
#     'np.isclose(best_revenue, 25.0 * (100 - 2 * 25.0), rtol=1e-8)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'minimization']
# ///
from scipy import optimize


def revenue(p):
    return p * (100 - 2 * p)


# minimize_scalar only minimises: maximise revenue by minimising its negative
result = optimize.minimize_scalar(lambda p: -revenue(p), bounds=(0, 50), method="bounded")
best_price = result.x
best_revenue = revenue(best_price)
