# /// example
# task = """
# Build the enzyme-kinetics data below as the arrays `substrate` (mM) and `rate` (µM/min) and fit \
# the Michaelis-Menten model rate = v_max * S / (k_m + S) by nonlinear least squares, starting \
# from v_max = 5 and k_m = 1. Store the fitted parameters in `v_max` and `k_m`; rounded to 3 \
# decimals they print as shown.
#
# ```text
# substrate  rate
#       0.5  2.0000
#       1.0  3.3333
#       2.0  5.0000
#       4.0  6.6667
#       8.0  8.0000
# ```
#
# Wanted:
#
# ```text
# v_max = 10.0, k_m = 2.0
# ```"""
# prompt = """
# I measured reaction `rate` at five `substrate` concentrations:
#
# ```text
# substrate  rate
#       0.5  2.0000
#       1.0  3.3333
#       2.0  5.0000
#       4.0  6.6667
#       8.0  8.0000
# ```
#
# How do I fit rate = v_max * S / (k_m + S) to get `v_max` and `k_m` (start the search at 5 and 1)? \
# I expect about
#
# ```text
# v_max = 10.0, k_m = 2.0
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(v_max, 10.0, atol=5e-4)',
#     'np.isclose(k_m, 2.0, atol=5e-4)',
#     # the fitted curve passes through the data to their 4-decimal rounding
#     'np.allclose(v_max * np.asarray(substrate) / (k_m + np.asarray(substrate)), rate, atol=2e-4)',
#     'list(substrate) == [0.5, 1.0, 2.0, 4.0, 8.0] and list(rate) == [2.0, 3.3333, 5.0, 6.6667, 8.0]',
# ]
# difficulty = 'intermediate'
# tags = ['curve-fitting', 'least-squares', 'applied-science']
# ///
import numpy as np
from scipy import optimize

substrate = np.array([0.5, 1.0, 2.0, 4.0, 8.0])
rate = np.array([2.0, 3.3333, 5.0, 6.6667, 8.0])


def michaelis_menten(s, v_max, k_m):
    return v_max * s / (k_m + s)


# p0 gives the starting values in the order of the model's parameters
params, covariance = optimize.curve_fit(michaelis_menten, substrate, rate, p0=[5.0, 1.0])
v_max, k_m = params
