# /// example
# task = """
# Fit the plane z = a x + b y + c to the gridded elevations `z` (rows follow `y`, columns follow \
# `x`) with `curve_fit`, passing both coordinates of every grid point as the independent \
# variable. Store (a, b, c) in `plane_coefficients` and the elevations with the plane removed \
# (same shape as `z`) in `detrended`."""
# prompt = """
# My terrain grid `z` (rows along `y`, columns along `x`) sits on a regional slope I want to take \
# out. Fit a plane z = a x + b y + c with curve_fit using both coordinates as the independent \
# variable, keep (a, b, c) in `plane_coefficients`, and the elevations minus the plane, same \
# shape as `z`, in `detrended`."""
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = { x = 'terrain.x', y = 'terrain.y', z = 'terrain.z' }
# checks = [
#     # the fitted plane matches the ordinary least-squares plane of all grid points (compared as surfaces,
#     # since on a tiny grid the slopes themselves are poorly determined)
#     'np.allclose(plane_coefficients[0] * x[None, :] + plane_coefficients[1] * y[:, None] + plane_coefficients[2], (lambda coef: coef[0] * x[None, :] + coef[1] * y[:, None] + coef[2])(np.linalg.lstsq(np.column_stack([np.meshgrid(x, y)[0].ravel(), np.meshgrid(x, y)[1].ravel(), np.ones(z.size)]), z.ravel(), rcond=None)[0]), rtol=1e-6, atol=1e-6 * (1 + np.abs(z).max()))',
#     'np.shape(detrended) == np.shape(z)',
#     'np.allclose(detrended, z - (plane_coefficients[0] * x[None, :] + plane_coefficients[1] * y[:, None] + plane_coefficients[2]), atol=1e-9 * (1 + np.abs(z).max()))',
# ]
# difficulty = 'intermediate'
# tags = ['curve-fitting', 'trend', 'regression']
# edge_cases = true
# ///
import numpy as np
from scipy import optimize

grid_x, grid_y = np.meshgrid(x, y)
# centre and scale the coordinates so the iterative fit is well conditioned on any grid
x0, x_span = grid_x.mean(), np.ptp(x) or 1.0
y0, y_span = grid_y.mean(), np.ptp(y) or 1.0
coords = np.vstack([(grid_x.ravel() - x0) / x_span, (grid_y.ravel() - y0) / y_span])


def plane(uv, a, b, c):
    return a * uv[0] + b * uv[1] + c


(a_u, b_u, c_u), _ = optimize.curve_fit(plane, coords, z.ravel(), p0=[0.0, 0.0, z.mean()])
# back to the original coordinates: z = a x + b y + c
a, b = a_u / x_span, b_u / y_span
plane_coefficients = np.array([a, b, c_u - a * x0 - b * y0])
detrended = z - (a * grid_x + b * grid_y + plane_coefficients[2])
