# /// example
# task = """
# This code should solve the logistic equation dN/dt = 0.8 N (1 - N / 500) from N(0) = 10 over \
# t in [0, 15], with the solver result in `sol` and the population at t = 15 in `final_size`, \
# but it raises an error:
#
# ```python
# from scipy.integrate import solve_ivp
#
# sol = solve_ivp(lambda t, n: 0.8 * n * (1 - n / 500), (0, 15), 10.0, rtol=1e-8)
# final_size = sol.y[0, -1]
# ```
#
# ```text
# ValueError: `y0` must be 1-dimensional.
# ```
#
# Fix it."""
# prompt = """
# Logistic growth, dN/dt = 0.8 N (1 - N/500), N(0) = 10, from t = 0 to 15 with rtol 1e-8. I \
# want the result object in `sol` and N(15) in `final_size`, but:
#
# ```python
# from scipy.integrate import solve_ivp
#
# sol = solve_ivp(lambda t, n: 0.8 * n * (1 - n / 500), (0, 15), 10.0, rtol=1e-8)
# final_size = sol.y[0, -1]
# ```
#
# ```text
# ValueError: `y0` must be 1-dimensional.
# ```
#
# It is a single equation, so why does it want an array?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate']
# inputs = {}
# checks = [
#     'sol.success and np.isclose(sol.t[-1], 15.0)',
#     'np.isclose(final_size, 500 / (1 + (500 / 10 - 1) * np.exp(-0.8 * 15)), rtol=1e-6)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'ode', 'initial-value-problem', 'applied-science']
# ///
from scipy.integrate import solve_ivp

# y0 is the state vector, even for one equation: a list with one entry, not a bare float
sol = solve_ivp(lambda t, n: 0.8 * n * (1 - n / 500), (0, 15), [10.0], rtol=1e-8)
final_size = sol.y[0, -1]
