# /// example
# task = """
# `z` holds terrain heights on a regular grid: `z[i, j]` is the height at `y[i]`, `x[j]` \
# (shape `len(y)` x `len(x)`). This code should integrate the heights over the whole grid by the \
# trapezoidal rule in both directions (the volume under the surface) and store it in `volume`, \
# but it raises an error:
#
# ```python
# from scipy.integrate import trapezoid
#
# volume = trapezoid(trapezoid(z, y), x)
# ```
#
# ```text
# ValueError: operands could not be broadcast together with shapes (1,49) (50,59)
# ```
#
# Fix it."""
# prompt = """
# I have a height grid `z` with rows along `y` and columns along `x` (so `z.shape` is \
# `(len(y), len(x))`) and want the volume under it, `volume`, with the trapezoidal rule in both \
# directions:
#
# ```python
# from scipy.integrate import trapezoid
#
# volume = trapezoid(trapezoid(z, y), x)
# ```
#
# This fails with
#
# ```text
# ValueError: operands could not be broadcast together with shapes (1,49) (50,59)
# ```
#
# What's wrong?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = { x = 'terrain.x', y = 'terrain.y', z = 'terrain.z' }
# checks = [
#     # the 2-D trapezoid rule: each cell contributes the mean of its four corners times its area
#     'np.isclose(volume, ((z[1:, 1:] + z[1:, :-1] + z[:-1, 1:] + z[:-1, :-1]) / 4 * np.outer(np.diff(y), np.diff(x))).sum(), equal_nan=True)',
#     'np.ndim(volume) == 0',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'quadrature', 'sampled-data', 'multiple-integral']
# edge_cases = true
# ///
from scipy.integrate import trapezoid

# trapezoid works along the last axis by default, which runs along x: integrate over x first
# (axis=1), then the remaining profile over y
volume = trapezoid(trapezoid(z, x, axis=1), y)
