# /// example
# task = """
# This loop builds the running integral of the sampled curve `y` over the sample points `x` \
# with the trapezoidal rule, starting at 0, into `running` (one value per sample):
#
# ```python
# import numpy as np
#
# running = [0.0]
# for i in range(1, len(x)):
#     running.append(running[-1] + (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2)
# running = np.array(running)
# ```
#
# Replace the loop with one vectorised call that gives the same `running`."""
# prompt = """
# I compute the cumulative area under my measured curve (`y` at points `x`) with a Python loop, \
# result `running` starting at 0 with one value per sample:
#
# ```python
# import numpy as np
#
# running = [0.0]
# for i in range(1, len(x)):
#     running.append(running[-1] + (x[i] - x[i - 1]) * (y[i] + y[i - 1]) / 2)
# running = np.array(running)
# ```
#
# Is there a scipy function that does this without the loop?"""
# task_type = 'performance'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = { x = 'growth.x', y = 'growth.y' }
# checks = [
#     'np.shape(running) == np.shape(x)',
#     'np.allclose(running, np.concatenate([[0.0], np.cumsum(np.diff(x) * (y[1:] + y[:-1]) / 2)]), rtol=1e-9, atol=1e-9 * np.abs(y).max() * np.ptp(x))',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'quadrature', 'sampled-data']
# edge_cases = true
# ///
from scipy.integrate import cumulative_trapezoid

# initial=0 prepends the starting value, so `running` has one entry per sample like the loop
running = cumulative_trapezoid(y, x, initial=0)
