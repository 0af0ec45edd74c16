# /// example
# task = """
# Minimise the non-smooth function f(x, y) = |x - 1| + |y + 2| + 0.1 (x**2 + y**2) with x \
# restricted to [0, 0.5] and y to [-5, 5], using the derivative-free Nelder-Mead method with \
# bounds, from (0.2, 0), with absolute tolerances of 1e-9 on the point and 1e-12 on the function. \
# Store the minimiser in `minimizer` and the minimum in `minimum`."""
# prompt = """
# My objective f(x, y) = |x - 1| + |y + 2| + 0.1 (x^2 + y^2) has kinks, so no gradients. Can \
# Nelder-Mead handle box bounds x in [0, 0.5] and y in [-5, 5]? Start at (0.2, 0), tolerances \
# 1e-9 on the point and 1e-12 on f, and give me `minimizer` and `minimum`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # x presses against its upper bound 0.5; y sits at the kink y = -2 (0.2 * (-2) lies in [-1, 1])
#     'np.allclose(minimizer, [0.5, -2.0], atol=1e-5)',
#     'np.isclose(minimum, abs(0.5 - 1) + abs(-2 + 2) + 0.1 * (0.5**2 + 2**2), atol=1e-6)',
# ]
# difficulty = 'intermediate'
# tags = ['minimization', 'constrained-optimization']
# ///
from scipy import optimize


def kinked(v):
    x, y = v
    return abs(x - 1) + abs(y + 2) + 0.1 * (x**2 + y**2)


# Nelder-Mead only compares function values, so the kinks do not trouble it; bounds clip the simplex
result = optimize.minimize(
    kinked,
    x0=[0.2, 0.0],
    method="Nelder-Mead",
    bounds=[(0, 0.5), (-5, 5)],
    options={"xatol": 1e-9, "fatol": 1e-12},
)
minimizer = result.x
minimum = result.fun
