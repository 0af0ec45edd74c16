# /// example
# task = """
# Solve w * exp(w) = z (the Lambert W function) for 100 values `z` = linspace(0.1, 50, 100) at \
# once by passing an array starting guess to `optimize.newton` with the derivative `fprime`; \
# store the solutions in `w`."""
# prompt = """
# I need the Lambert W function, i.e. solve w * exp(w) = z, for 100 values `z` = linspace(0.1, \
# 50, 100) all at once with Newton's method, passing an array of starting guesses and the \
# analytic derivative. Store the solutions in `w`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'w.shape == z.shape',
#     'np.allclose(w * np.exp(w), z, rtol=1e-10)',
#     'np.all(np.diff(w) > 0)',
# ]
# difficulty = 'intermediate'
# tags = ['root-finding', 'vectorization']
# ///
import numpy as np
from scipy import optimize

z = np.linspace(0.1, 50, 100)
# an array x0 makes newton iterate all equations together, element-wise
w = optimize.newton(
    lambda w: w * np.exp(w) - z,
    x0=np.log1p(z),
    fprime=lambda w: np.exp(w) * (w + 1),
)
