# /// example
# task = """
# Solve Kepler's equation E - e sin(E) = M for the eccentric anomaly `E` with eccentricity e = \
# 0.6 and mean anomaly M = 1.2 using Newton's method (`root_scalar(method="newton")` with the \
# analytic derivative `fprime` and x0 = M); store the result in `sol`."""
# prompt = """
# Solve Kepler's equation E - e sin(E) = M for the eccentric anomaly `E` with e = 0.6 and M = 1.2 \
# using Newton's method in root_scalar with the analytic derivative and starting guess x0 = M. \
# Store the result in `sol`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'sol.converged and sol.iterations < 10',
#     'abs(E - 0.6 * np.sin(E) - 1.2) < 1e-12',
# ]
# difficulty = 'basic'
# tags = ['root-finding', 'applied-science']
# ///
import numpy as np
from scipy import optimize

ecc, mean_anomaly = 0.6, 1.2
sol = optimize.root_scalar(
    lambda E: E - ecc * np.sin(E) - mean_anomaly,
    fprime=lambda E: 1 - ecc * np.cos(E),
    # x0 = M is a safe start: E - M = e sin(E), so the root lies within e = 0.6 of M
    x0=mean_anomaly,
    method="newton",
)
E = sol.root
