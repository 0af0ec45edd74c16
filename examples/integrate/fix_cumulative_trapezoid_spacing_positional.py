# /// example
# task = """
# A speed log `speed` (m/s) was recorded every 0.5 s. This code should integrate it into the \
# distance travelled so far at every sample (starting at 0) and store it in `distance`, but it \
# raises an error:
#
# ```python
# import numpy as np
# from scipy.integrate import cumulative_trapezoid
#
# speed = np.array([0.0, 1.2, 2.9, 4.1, 4.8, 5.0, 5.1])
# distance = cumulative_trapezoid(speed, 0.5, initial=0)
# ```
#
# ```text
# ValueError: If given, shape of x must be 1-D or the same as y.
# ```
#
# Fix it."""
# prompt = """
# Turning a `speed` log sampled every half second into cumulative `distance` (starting at 0, \
# one value per sample):
#
# ```python
# import numpy as np
# from scipy.integrate import cumulative_trapezoid
#
# speed = np.array([0.0, 1.2, 2.9, 4.1, 4.8, 5.0, 5.1])
# distance = cumulative_trapezoid(speed, 0.5, initial=0)
# ```
#
# ```text
# ValueError: If given, shape of x must be 1-D or the same as y.
# ```
#
# Why does it talk about x?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(speed, [0.0, 1.2, 2.9, 4.1, 4.8, 5.0, 5.1])',
#     'np.allclose(distance, np.concatenate([[0.0], np.cumsum(0.5 * (speed[1:] + speed[:-1]) / 2)]))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'quadrature', 'sampled-data']
# ///
import numpy as np
from scipy.integrate import cumulative_trapezoid

speed = np.array([0.0, 1.2, 2.9, 4.1, 4.8, 5.0, 5.1])
# the second positional argument is the sample positions x; a constant step must be passed as dx
distance = cumulative_trapezoid(speed, dx=0.5, initial=0)
