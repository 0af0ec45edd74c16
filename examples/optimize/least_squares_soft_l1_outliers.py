# /// example
# task = """
# Corrupt a copy of the line data `y` with upward spikes of 10 * np.std(y) in 10% of the points \
# (rounded down, at least one; distinct seeded random positions), giving `y_out`, then fit \
# y = m x + c to (`x`, `y_out`) with `least_squares` twice: ordinary (`plain`) and robust with \
# `loss="soft_l1"` and f_scale = 0.1 * np.std(y) (`robust`). The true (m, c) are `params`."""
# prompt = """
# Take my line data (`x`, `y`) and make a corrupted copy `y_out` where 10% of the points (rounded \
# down, at least one; distinct positions picked with a fixed seed) get an upward spike of exactly \
# 10 * np.std(y). Then fit y = m x + c to (`x`, `y_out`) with scipy's least_squares twice: an \
# ordinary fit `plain` and a robust one `robust` using the soft L1 loss with f_scale = 0.1 * \
# np.std(y). The true (m, c) are `params`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'line.x', y = 'line.y', params = 'line.params' }
# checks = [
#     'robust.success and plain.success and np.sum(y_out != y) >= 1',
#     # judge both fits by how far their lines are from the true line over the data range
#     'np.linalg.norm(robust.x[0] * x + robust.x[1] - (params[0] * x + params[1])) < 0.5 * np.linalg.norm(plain.x[0] * x + plain.x[1] - (params[0] * x + params[1]))',
#     'np.sqrt(np.mean((robust.x[0] * x + robust.x[1] - (params[0] * x + params[1]))**2)) < np.std(y)',
#     # exactly the stated points are raised, each by 10 * np.std(y)
#     'np.sum(y_out != y) == max(1, y.size // 10) and np.allclose((y_out - y)[y_out != y], 10 * np.std(y))',
#     # the ordinary fit is the least-squares line through the corrupted data
#     'np.allclose(plain.x, np.polyfit(x, y_out, 1), rtol=1e-6, atol=1e-6 * np.std(y_out))',
#     # both results hold the residuals of the line they report (either sign convention)
#     'np.allclose(np.abs(robust.fun), np.abs(robust.x[0] * x + robust.x[1] - y_out)) and np.allclose(np.abs(plain.fun), np.abs(plain.x[0] * x + plain.x[1] - y_out))',
#     # soft_l1 cost with f_scale C: C**2 * sum(sqrt(1 + (r / C)**2) - 1)
#     'np.isclose(robust.cost, np.sum((0.1 * np.std(y))**2 * (np.sqrt(1 + (robust.fun / (0.1 * np.std(y)))**2) - 1)))',
# ]
# difficulty = 'intermediate'
# tags = ['least-squares', 'robust-statistics', 'outliers']
# edge_cases = true
# ///
import numpy as np
from scipy import optimize

rng = np.random.default_rng(7)
y_out = y.copy()
bad = rng.choice(y.size, size=max(1, y.size // 10), replace=False)
y_out[bad] += 10 * np.std(y)  # one-sided spikes bias an ordinary fit


def residuals(p):
    return p[0] * x + p[1] - y_out


plain = optimize.least_squares(residuals, x0=[1.0, 0.0])
# residuals much larger than f_scale are down-weighted roughly like an L1 loss
robust = optimize.least_squares(residuals, x0=[1.0, 0.0], loss="soft_l1", f_scale=0.1 * np.std(y))
