# /// example
# task = """
# This code should compute the moments integral_0^1 x**k exp(-x) dx for k = 0, 1, 2, 3 into the \
# list `moments`, building one integrand per power first:
#
# ```python
# import numpy as np
# from scipy.integrate import quad
#
# integrands = [lambda x: x**k * np.exp(-x) for k in range(4)]
# moments = [quad(f, 0, 1)[0] for f in integrands]
# ```
#
# It runs, but all four moments come out equal. Fix it, keeping one integrand per power."""
# prompt = """
# I build a list of integrands x^k e^(-x), k = 0..3, and integrate each from 0 to 1 into \
# `moments`:
#
# ```python
# import numpy as np
# from scipy.integrate import quad
#
# integrands = [lambda x: x**k * np.exp(-x) for k in range(4)]
# moments = [quad(f, 0, 1)[0] for f in integrands]
# ```
#
# Every entry is the same number. Why?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'len(moments) == 4',
#     # lower incomplete gamma: integral_0^1 x^k e^-x dx = gamma(k + 1) * P(k + 1, 1)
#     'np.allclose(moments, [scipy.special.gamma(k + 1) * scipy.special.gammainc(k + 1, 1.0) for k in range(4)])',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'quadrature']
# ///
import numpy as np
from scipy.integrate import quad

# a lambda looks k up when it is called, after the loop ended (k = 3); k=k binds each power now
integrands = [lambda x, k=k: x**k * np.exp(-x) for k in range(4)]
moments = [quad(f, 0, 1)[0] for f in integrands]
