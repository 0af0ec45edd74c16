# /// example
# task = """
# A detector's count rate during a 1000 s run is a short burst, \
# rate(t) = 50 exp(-(t - 700)^2 / 2) counts per second (t in s). This code should integrate the \
# rate over the run, 0 <= t <= 1000, to get the total number of counts in `total_counts`:
#
# ```python
# import numpy as np
# from scipy import integrate
#
#
# def rate(t):
#     return 50 * np.exp(-((t - 700) ** 2) / 2)
#
#
# total_counts, error = integrate.quad(rate, 0, 1000)
# ```
#
# It runs, but `total_counts` comes out as about 1e-32, with a tiny error estimate, although the \
# burst holds about 125 counts. Fix it."""
# prompt = """
# I integrate my detector rate 50 exp(-(t - 700)^2 / 2) (counts/s) over the whole run from 0 to \
# 1000 s to get `total_counts`:
#
# ```python
# import numpy as np
# from scipy import integrate
#
#
# def rate(t):
#     return 50 * np.exp(-((t - 700) ** 2) / 2)
#
#
# total_counts, error = integrate.quad(rate, 0, 1000)
# ```
#
# and `quad` says essentially 0 with a tiny error estimate. There's obviously a burst of about 125 \
# counts. How can quad miss it?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # the Gaussian integral: 50 sqrt(2 pi) times the normal probability of [-700, 300]
#     'np.isclose(total_counts, 50 * np.sqrt(2 * np.pi) * (scipy.stats.norm.cdf(300) - scipy.stats.norm.cdf(-700)), rtol=1e-8)',
#     'total_counts > 100',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'quadrature', 'special-integrand']
# ///
import numpy as np
from scipy import integrate


def rate(t):
    return 50 * np.exp(-((t - 700) ** 2) / 2)


# quad samples a few points spread over [0, 1000] and never lands on the 1 s wide burst:
# points= makes it split the range at the peak so the burst is resolved
total_counts, error = integrate.quad(rate, 0, 1000, points=[700])
