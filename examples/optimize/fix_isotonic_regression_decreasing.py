# /// example
# task = """
# The battery charge readings `charge` (percent, in time order) can only go down, but sensor \
# noise makes some rise. This code should replace them by the closest non-increasing sequence in \
# the least-squares sense, storing it in `monotone_charge`. It runs, but every value comes out \
# the same:
#
# ```python
# import numpy as np
# from scipy import optimize
#
# charge = np.array([100, 97, 98, 95, 96, 90, 91, 88], dtype=float)
# monotone_charge = optimize.isotonic_regression(charge).x
# ```
#
# Fix it."""
# prompt = """
# My battery readings `charge` should never increase over time, but noise makes a few tick up. I \
# want the best-fitting non-increasing sequence (least squares) in `monotone_charge`:
#
# ```python
# import numpy as np
# from scipy import optimize
#
# charge = np.array([100, 97, 98, 95, 96, 90, 91, 88], dtype=float)
# monotone_charge = optimize.isotonic_regression(charge).x
# ```
#
# The output is one constant value repeated eight times. What's wrong?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(monotone_charge, sklearn.isotonic.IsotonicRegression(increasing=False).fit_transform(np.arange(8), charge))',
#     'np.all(np.diff(monotone_charge) <= 1e-12)',
#     # each up-tick is pooled with its predecessor: (97 + 98) / 2, (95 + 96) / 2, (90 + 91) / 2
#     'np.allclose(monotone_charge, [100, 97.5, 97.5, 95.5, 95.5, 90.5, 90.5, 88])',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'regression', 'least-squares']
# requires = { scipy = ">=1.12" }
# ///
import numpy as np
from scipy import optimize

charge = np.array([100, 97, 98, 95, 96, 90, 91, 88], dtype=float)
# isotonic_regression fits a non-decreasing sequence by default; decreasing data need increasing=False
monotone_charge = optimize.isotonic_regression(charge, increasing=False).x
