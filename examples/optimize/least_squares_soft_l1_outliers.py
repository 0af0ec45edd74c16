# /// example
# task = """
# Corrupt a copy of the line data `y` with upward spikes of 10 standard deviations in 10% of the \
# points (seeded), giving `y_out`, then fit y = m x + c to (`x`, `y_out`) with `least_squares` \
# twice: ordinary (`plain`) and robust with `loss="soft_l1"` (`robust`, f_scale about a tenth of \
# the data spread). The true (m, c) are `params`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'line.x', y = 'line.y', params = 'line.params' }
# checks = [
#     'robust.success and plain.success and np.sum(y_out != y) >= 1',
#     # judge both fits by how far their lines are from the true line over the data range
#     'np.linalg.norm(robust.x[0] * x + robust.x[1] - (params[0] * x + params[1])) < 0.5 * np.linalg.norm(plain.x[0] * x + plain.x[1] - (params[0] * x + params[1]))',
#     'np.sqrt(np.mean((robust.x[0] * x + robust.x[1] - (params[0] * x + params[1]))**2)) < np.std(y)',
# ]
# difficulty = 'intermediate'
# tags = ['least-squares', 'robust', 'outliers', 'curve']
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
