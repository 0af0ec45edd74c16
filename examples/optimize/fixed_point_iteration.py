# /// example
# task = """
# Find the solution of x = cos(x) (the Dottie number) with `optimize.fixed_point`, using \
# Steffensen's accelerated iteration (`method="del2"`) from x0 = 1; store it in `x_star`."""
# prompt = """
# I want the solution of x = cos(x) (the Dottie number) as a fixed-point problem, using scipy's \
# fixed-point solver with Steffensen's accelerated iteration (del2) starting from x0 = 1. Store \
# it in `x_star`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'abs(np.cos(x_star) - x_star) < 1e-10',
#     '0.7 < x_star < 0.75',
# ]
# difficulty = 'basic'
# tags = ['root-finding']
# ///
import numpy as np
from scipy import optimize

# del2 (also the default) accelerates x = cos(x) with Aitken's delta-squared extrapolation;
# xtol is a relative tolerance
x_star = optimize.fixed_point(np.cos, 1.0, method="del2", xtol=1e-12)
