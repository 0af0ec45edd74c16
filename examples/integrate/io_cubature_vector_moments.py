# /// example
# task = """
# A rectangular plate covers 0 <= x <= 1, 0 <= y <= 2 with unit density. Compute its area and \
# first moments in one adaptive cubature call on a vector-valued integrand [1, x, y, x*y] with \
# `scipy.integrate.cubature`; store the four integrals in `moments` and the centroid (x, y) in \
# `centroid`.
#
# ```text
# region: [0, 1] x [0, 2]; integrands: 1, x, y, x*y
# ```
#
# Wanted:
#
# ```text
# moments = [2.0, 1.0, 2.0, 1.0]
# centroid = [0.5, 1.0]
# ```"""
# prompt = """
# I'd like to integrate several functions over the same rectangle in one go:
#
# ```text
# region: [0, 1] x [0, 2]; integrands: 1, x, y, x*y
# ```
#
# with the new cubature routine, results in `moments`, and the centroid (integral of x and of \
# y over the area) in `centroid`. Should be
#
# ```text
# moments = [2.0, 1.0, 2.0, 1.0]
# centroid = [0.5, 1.0]
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(moments, [2.0, 1.0, 2.0, 1.0])',
#     'np.allclose(centroid, [0.5, 1.0])',
# ]
# difficulty = 'intermediate'
# tags = ['multiple-integral', 'quadrature']
# requires = { scipy = ">=1.15" }
# ///
import numpy as np
from scipy import integrate


def integrands(points):
    # cubature passes points of shape (n, 2) and expects one row of outputs per point
    x, y = points[:, 0], points[:, 1]
    return np.stack([np.ones_like(x), x, y, x * y], axis=-1)


result = integrate.cubature(integrands, [0.0, 0.0], [1.0, 2.0])
moments = result.estimate
centroid = np.array([moments[1], moments[2]]) / moments[0]
