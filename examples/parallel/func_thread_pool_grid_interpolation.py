# /// example
# task = '''
# Write a function `interpolate_points` with the signature and docstring below, evaluating a
# `scipy.interpolate.RegularGridInterpolator` on chunks of the query points in a
# `ThreadPoolExecutor`. Apply it to the elevation grid `z` (rows along `y`, columns along `x`) at
# the 200 points `probe_xy` drawn uniformly over the grid's extent with `np.random.default_rng(0)`
# (x first, then y in each row), storing the elevations in `probe_z`.
#
# ```python
# def interpolate_points(x, y, z, points, n_chunks=4, max_workers=2):
#     """Bilinear interpolation of the grid z (shape len(y) x len(x)) at `points`.
#
#     `points` is an (n, 2) array of (x, y) pairs inside the grid. The points are
#     split into n_chunks chunks evaluated in a thread pool; returns a 1-D float
#     array of n values in the order of the points (empty for no points).
#     """
# ```'''
# prompt = '''
# I interpolate a gridded elevation model at many scattered points and want to spread the work over
# threads. Write `interpolate_points(x, y, z, points, n_chunks=4, max_workers=2)` that does bilinear
# interpolation of `z` (len(y) x len(x)) at an (n, 2) array of (x, y) points with scipy's
# RegularGridInterpolator, evaluating chunks of the points in a thread pool and returning the n
# values in point order (empty for no points). Use it on my grid `x`, `y`, `z` at 200 probe points
# `probe_xy` drawn uniformly over the grid with `np.random.default_rng(0)` (columns x then y), into
# `probe_z`.
#
# ```python
# def interpolate_points(x, y, z, points, n_chunks=4, max_workers=2):
#     """Bilinear interpolation of the grid z (shape len(y) x len(x)) at `points`.
#
#     `points` is an (n, 2) array of (x, y) pairs inside the grid. The points are
#     split into n_chunks chunks evaluated in a thread pool; returns a 1-D float
#     array of n values in the order of the points (empty for no points).
#     """
# ```'''
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.interpolate', 'numpy']
# inputs = { x = 'terrain.x', y = 'terrain.y', z = 'terrain.z' }
# checks = [
#     'probe_xy.shape == (200, 2) and probe_z.shape == (200,)',
#     'np.all((probe_xy[:, 0] >= x.min()) & (probe_xy[:, 0] <= x.max()) & (probe_xy[:, 1] >= y.min()) & (probe_xy[:, 1] <= y.max()))',
#     # uniform over the whole extent: 200 draws spread over most of each axis
#     'all(np.ptp(axis) == 0 or np.ptp(probe_xy[:, i]) > 0.5 * np.ptp(axis) for i, axis in enumerate([x, y]))',
#     'np.allclose(probe_z, scipy.interpolate.RegularGridInterpolator((y, x), z)(probe_xy[:, ::-1]))',
#     # a plane is reproduced exactly by bilinear interpolation
#     'np.allclose(interpolate_points(np.arange(4.0), np.arange(3.0), 2 * np.arange(4.0)[None, :] + 3 * np.arange(3.0)[:, None], np.array([[0.5, 0.5], [3.0, 2.0], [1.25, 1.75]])), [2.5, 12.0, 7.75])',
#     'np.allclose(interpolate_points(np.array([0.0, 1.0]), np.array([0.0, 1.0]), np.array([[0.0, 1.0], [2.0, 5.0]]), np.array([[0.5, 0.5]]), n_chunks=3, max_workers=1), [2.0])',
#     'interpolate_points(x, y, z, np.empty((0, 2))).shape == (0,)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'parallelism', 'interpolation']
# edge_cases = true
# ///
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from scipy.interpolate import RegularGridInterpolator


def interpolate_points(x, y, z, points, n_chunks=4, max_workers=2):
    """Bilinear interpolation of the grid z (shape len(y) x len(x)) at `points`.

    `points` is an (n, 2) array of (x, y) pairs inside the grid. The points are
    split into n_chunks chunks evaluated in a thread pool; returns a 1-D float
    array of n values in the order of the points (empty for no points).
    """
    # the grid axes in the order of z's dimensions: rows are y, columns x
    interpolator = RegularGridInterpolator((y, x), z)
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    # the interpolator wants (y, x) pairs; skip empty chunks
    chunks = [chunk[:, ::-1] for chunk in np.array_split(points, n_chunks) if len(chunk)]
    with ThreadPoolExecutor(max_workers=max_workers) as executor:
        values = list(executor.map(interpolator, chunks))
    return np.concatenate(values) if values else np.empty(0)


rng = np.random.default_rng(0)
probe_xy = np.column_stack([rng.uniform(x.min(), x.max(), 200), rng.uniform(y.min(), y.max(), 200)])
probe_z = interpolate_points(x, y, z, probe_xy)
