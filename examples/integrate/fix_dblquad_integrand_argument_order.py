# /// example
# task = """
# A plate fills the region 0 <= x <= 2, 0 <= y <= 4 - x^2 and carries a charge density \
# x^2 y. This code should compute its total charge, the double integral of x^2 y over the \
# region (inner variable y), into `charge`:
#
# ```python
# from scipy import integrate
#
# charge, error = integrate.dblquad(lambda x, y: x**2 * y, 0, 2, 0, lambda x: 4 - x**2)
# ```
#
# It runs, but `charge` comes out as 10.67, more than twice the true charge. Fix it."""
# prompt = """
# I'm integrating the charge density x^2 y over the region under the parabola y = 4 - x^2 for \
# 0 <= x <= 2 (y from 0 up to the curve) to get the total `charge`:
#
# ```python
# from scipy import integrate
#
# charge, error = integrate.dblquad(lambda x, y: x**2 * y, 0, 2, 0, lambda x: 4 - x**2)
# ```
#
# I get 10.67, which doesn't match my hand calculation at all. Is my integrand wrong?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate']
# inputs = {}
# checks = [
#     # the inner integral of y from 0 to 4 - x^2 is (4 - x^2)^2 / 2, leaving a 1-D integral
#     'np.isclose(charge, scipy.integrate.quad(lambda x: x**2 * (4 - x**2) ** 2 / 2, 0, 2)[0])',
#     'charge > 0',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'quadrature', 'multiple-integral']
# ///
from scipy import integrate

# dblquad calls func(y, x): the inner variable (y, with limits depending on x) comes first
charge, error = integrate.dblquad(lambda y, x: x**2 * y, 0, 2, 0, lambda x: 4 - x**2)
