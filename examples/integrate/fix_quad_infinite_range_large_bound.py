# /// example
# task = """
# A component's survival function is S(t) = exp(-(t / 3)**1.5) (years). This code should compute \
# its mean lifetime, the integral of S(t) from 0 to infinity, into `mean_life`, but it returns \
# 0.0 (with an error estimate of 0.0):
#
# ```python
# import numpy as np
# from scipy import integrate
#
#
# def survival(t):
#     return np.exp(-((t / 3.0) ** 1.5))
#
#
# mean_life, error = integrate.quad(survival, 0, 1e6)
# ```
#
# Fix it."""
# prompt = """
# My component's survival function is S(t) = exp(-(t / 3)**1.5), t in years, and the mean \
# lifetime, which I want in `mean_life`, is the integral of S from 0 to infinity. I used 1e6 as \
# "infinity":
#
# ```python
# import numpy as np
# from scipy import integrate
#
#
# def survival(t):
#     return np.exp(-((t / 3.0) ** 1.5))
#
#
# mean_life, error = integrate.quad(survival, 0, 1e6)
# ```
#
# but the mean lifetime comes out as exactly 0.0, with an error estimate of 0.0. How do I get the right \
# value?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # the mean of a Weibull lifetime with shape 1.5 and scale 3
#     'np.isclose(mean_life, 3.0 * math.gamma(1 + 1 / 1.5), rtol=1e-8)',
#     'np.ndim(mean_life) == 0 and np.isfinite(mean_life) and mean_life > 0',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'quadrature', 'improper-integral']
# ///
import numpy as np
from scipy import integrate


def survival(t):
    return np.exp(-((t / 3.0) ** 1.5))


# a huge finite bound hides the mass near 0 from quad's samples: use np.inf, which quad maps onto a finite interval
mean_life, error = integrate.quad(survival, 0, np.inf)
