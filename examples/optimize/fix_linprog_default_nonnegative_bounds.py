# /// example
# task = """
# This code should fit the minimax (Chebyshev) line y = a + b x to the eight points below by \
# linear programming, minimising the largest absolute residual t, and store `intercept`, \
# `slope` and `max_error`, but the slope comes out as 0 although the data clearly fall:
#
# ```python
# import numpy as np
# from scipy.optimize import linprog
#
# x = np.arange(8.0)
# y = np.array([9.8, 9.1, 8.5, 7.4, 6.9, 6.1, 5.2, 4.6])
# ones = np.ones_like(x)
# # variables (a, b, t): minimise t with -t <= y - a - b x <= t
# A_ub = np.vstack([np.column_stack([-ones, -x, -ones]), np.column_stack([ones, x, -ones])])
# b_ub = np.concatenate([-y, y])
# res = linprog(c=[0, 0, 1], A_ub=A_ub, b_ub=b_ub)
# intercept, slope, max_error = res.x
# ```
#
# Fix it so that the line is the true minimax fit."""
# prompt = """
# I fit a minimax line y = a + b x (minimise the worst absolute residual t) to my data by linear \
# programming and keep `intercept`, `slope` and `max_error`:
#
# ```python
# import numpy as np
# from scipy.optimize import linprog
#
# x = np.arange(8.0)
# y = np.array([9.8, 9.1, 8.5, 7.4, 6.9, 6.1, 5.2, 4.6])
# ones = np.ones_like(x)
# # variables (a, b, t): minimise t with -t <= y - a - b x <= t
# A_ub = np.vstack([np.column_stack([-ones, -x, -ones]), np.column_stack([ones, x, -ones])])
# b_ub = np.concatenate([-y, y])
# res = linprog(c=[0, 0, 1], A_ub=A_ub, b_ub=b_ub)
# intercept, slope, max_error = res.x
# ```
#
# It reports a slope of exactly 0 and a huge error, yet y clearly decreases. What am I missing?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'slope < 0',
#     # max_error is the worst residual of the returned line
#     'np.isclose(max_error, np.max(np.abs(np.array([9.8, 9.1, 8.5, 7.4, 6.9, 6.1, 5.2, 4.6]) - intercept - slope * np.arange(8.0))), atol=1e-9)',
#     # the optimum of the same program with free a and b, solved independently
#     'np.isclose(max_error, scipy.optimize.linprog([0, 0, 1], A_ub=np.vstack([np.column_stack([-np.ones(8), -np.arange(8.0), -np.ones(8)]), np.column_stack([np.ones(8), np.arange(8.0), -np.ones(8)])]), b_ub=np.concatenate([-np.array([9.8, 9.1, 8.5, 7.4, 6.9, 6.1, 5.2, 4.6]), [9.8, 9.1, 8.5, 7.4, 6.9, 6.1, 5.2, 4.6]]), bounds=[(None, None), (None, None), (None, None)]).fun, atol=1e-9)',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'linear-programming', 'robust-statistics']
# ///
import numpy as np
from scipy.optimize import linprog

x = np.arange(8.0)
y = np.array([9.8, 9.1, 8.5, 7.4, 6.9, 6.1, 5.2, 4.6])
ones = np.ones_like(x)
# variables (a, b, t): minimise t with -t <= y - a - b x <= t
A_ub = np.vstack([np.column_stack([-ones, -x, -ones]), np.column_stack([ones, x, -ones])])
b_ub = np.concatenate([-y, y])
# linprog's default bounds are (0, None) for every variable, which forbade a negative slope;
# the line's coefficients are free, only t is non-negative
res = linprog(c=[0, 0, 1], A_ub=A_ub, b_ub=b_ub, bounds=[(None, None), (None, None), (0, None)])
intercept, slope, max_error = res.x
