# /// example
# task = """
# This code should find the real root of x^3 - 2 x + 2 with Newton's method from the guess 0 and \
# store it in `root`, but it raises an error because the iterates jump between 0 and 1 forever:
#
# ```python
# from scipy import optimize
#
#
# def f(x):
#     return x**3 - 2 * x + 2
#
#
# def df(x):
#     return 3 * x**2 - 2
#
#
# root = optimize.newton(f, 0.0, fprime=df)
# ```
#
# ```text
# RuntimeError: Failed to converge after 50 iterations, value is 0.0.
# ```
#
# Fix it with a method that cannot cycle; f changes sign between -3 and 0."""
# prompt = """
# I want the real root of x^3 - 2 x + 2 in `root`. Newton from 0 with the exact derivative never \
# finishes:
#
# ```python
# from scipy import optimize
#
#
# def f(x):
#     return x**3 - 2 * x + 2
#
#
# def df(x):
#     return 3 * x**2 - 2
#
#
# root = optimize.newton(f, 0.0, fprime=df)
# ```
#
# ```text
# RuntimeError: Failed to converge after 50 iterations, value is 0.0.
# ```
#
# I know f(-3) < 0 < f(0). How do I get a reliable answer?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     'abs(root**3 - 2 * root + 2) < 1e-9',
#     # the cubic has exactly one real root
#     'np.isclose(root, np.real(np.roots([1, 0, -2, 2])[np.abs(np.imag(np.roots([1, 0, -2, 2]))) < 1e-9][0]))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'root-finding', 'convergence']
# ///
from scipy import optimize


def f(x):
    return x**3 - 2 * x + 2


# Newton from 0 lands on 1 and Newton from 1 lands back on 0: a 2-cycle;
# Brent's method keeps a sign-change bracket, so it always converges
result = optimize.root_scalar(f, bracket=[-3.0, 0.0], method="brentq")
root = result.root
