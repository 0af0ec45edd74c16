# /// example
# task = """
# This code should compute the work done by the force F(x) = 3 x**2 + 2 (newtons) moving from \
# x = 0 to x = 2 m, store it in `work`, and the work per metre in `mean_force`, but it raises \
# an error:
#
# ```python
# from scipy import integrate
#
# work = integrate.quad(lambda x: 3 * x**2 + 2, 0, 2)
# mean_force = work / 2
# ```
#
# ```text
# TypeError: unsupported operand type(s) for /: 'tuple' and 'int'
# ```
#
# Fix it so both are plain numbers."""
# prompt = """
# I integrate the force F(x) = 3x^2 + 2 from 0 to 2 to get the `work`, then divide by the 2 m \
# distance for `mean_force`:
#
# ```python
# from scipy import integrate
#
# work = integrate.quad(lambda x: 3 * x**2 + 2, 0, 2)
# mean_force = work / 2
# ```
#
# ```text
# TypeError: unsupported operand type(s) for /: 'tuple' and 'int'
# ```
#
# Why is `work` a tuple?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate']
# inputs = {}
# checks = [
#     'np.ndim(work) == 0 and np.isclose(work, 2**3 + 2 * 2)',
#     'np.ndim(mean_force) == 0 and np.isclose(mean_force, (2**3 + 2 * 2) / 2)',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'quadrature', 'applied-science']
# ///
from scipy import integrate

# quad returns (value, error estimate): unpack it instead of keeping the tuple
work, abserr = integrate.quad(lambda x: 3 * x**2 + 2, 0, 2)
mean_force = work / 2
