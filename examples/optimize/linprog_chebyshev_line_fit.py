# /// example
# task = """
# Fit a straight line y = m x + c to (`x`, `y`) in the minimax (Chebyshev) sense: minimise the \
# largest absolute residual. Write it as a linear program in (m, c, t) that minimises t subject \
# to -t <= y_i - (m x_i + c) <= t and solve it with `linprog` (HiGHS). Store (m, c) in \
# `line_coefficients` and the largest absolute residual in `max_error`."""
# prompt = """
# For a calibration spec I need the line through my points (`x`, `y`) whose worst-case deviation \
# is as small as possible (minimax, not least squares). Please set it up as an LP: minimise t with \
# -t <= y_i - (m x_i + c) <= t, and solve with linprog. Give (m, c) as `line_coefficients` and the \
# worst absolute residual as `max_error`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'line.x', y = 'line.y' }
# checks = [
#     'np.shape(line_coefficients) == np.shape(np.polyfit(x, y, 1))',
#     'np.isclose(max_error, np.max(np.abs(y - (line_coefficients[0] * x + line_coefficients[1]))), rtol=1e-6, atol=1e-9 * (1 + np.abs(y).max()))',
#     # no worse than the least-squares line and than the minimax value of an independent LP in the form min t, A_ub z <= b_ub
#     'max_error <= np.max(np.abs(y - np.polyval(np.polyfit(x, y, 1), x))) + 1e-9 * (1 + np.abs(y).max())',
#     'np.isclose(max_error, scipy.optimize.linprog([0, 0, 1], A_ub=np.vstack([np.column_stack([x, np.ones_like(x), -np.ones_like(x)]), np.column_stack([-x, -np.ones_like(x), -np.ones_like(x)])]), b_ub=np.r_[y, -y], bounds=[(None, None), (None, None), (0, None)]).fun, rtol=1e-6, atol=1e-8 * (1 + np.abs(y).max()))',
# ]
# difficulty = 'advanced'
# tags = ['linear-programming', 'regression', 'robust-statistics']
# edge_cases = true
# ///
import numpy as np
from scipy import optimize

ones = np.ones_like(x)
# variables z = (m, c, t): y_i - m x_i - c <= t  and  m x_i + c - y_i <= t
a_ub = np.vstack([np.column_stack([-x, -ones, -ones]), np.column_stack([x, ones, -ones])])
b_ub = np.concatenate([-y, y])
result = optimize.linprog(
    c=[0, 0, 1],
    A_ub=a_ub,
    b_ub=b_ub,
    bounds=[(None, None), (None, None), (0, None)],
    method="highs",
)
line_coefficients = result.x[:2]
max_error = result.x[2]
