# /// example
# task = """
# `z` holds elevations on a regular grid, with rows along `y` and columns along `x` (shape \
# (len(y), len(x))). These nested loops compute the volume under the surface with the \
# trapezoidal rule, first along x for every row, then along y, into `volume`:
#
# ```python
# row_integrals = []
# for j in range(len(y)):
#     total = 0.0
#     for i in range(1, len(x)):
#         total += (x[i] - x[i - 1]) * (z[j, i] + z[j, i - 1]) / 2
#     row_integrals.append(total)
# volume = 0.0
# for j in range(1, len(y)):
#     volume += (y[j] - y[j - 1]) * (row_integrals[j] + row_integrals[j - 1]) / 2
# ```
#
# Replace the loops with vectorised calls that give the same `volume`."""
# prompt = """
# I integrate a gridded terrain `z` (rows follow `y`, columns follow `x`) to get the `volume` \
# under it, with trapezoids along x and then along y, but the nested loops are slow on big grids:
#
# ```python
# row_integrals = []
# for j in range(len(y)):
#     total = 0.0
#     for i in range(1, len(x)):
#         total += (x[i] - x[i - 1]) * (z[j, i] + z[j, i - 1]) / 2
#     row_integrals.append(total)
# volume = 0.0
# for j in range(1, len(y)):
#     volume += (y[j] - y[j - 1]) * (row_integrals[j] + row_integrals[j - 1]) / 2
# ```
#
# How do I do this without loops?"""
# task_type = 'performance'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = { x = 'terrain.x', y = 'terrain.y', z = 'terrain.z' }
# checks = [
#     'np.ndim(volume) == 0',
#     # the tensor-product trapezoid weights applied to the grid
#     'np.isclose(volume, np.concatenate([[np.diff(y)[0] / 2], (np.diff(y)[1:] + np.diff(y)[:-1]) / 2, [np.diff(y)[-1] / 2]]) @ z @ np.concatenate([[np.diff(x)[0] / 2], (np.diff(x)[1:] + np.diff(x)[:-1]) / 2, [np.diff(x)[-1] / 2]]), rtol=1e-9, atol=1e-9 * np.abs(z).max() * np.ptp(x) * np.ptp(y))',
# ]
# difficulty = 'advanced'
# tags = ['vectorization', 'quadrature', 'sampled-data', 'multiple-integral']
# edge_cases = true
# ///
from scipy.integrate import trapezoid

# integrate every row along x at once (axis=1), then the row integrals along y
volume = trapezoid(trapezoid(z, x, axis=1), y)
