# /// example
# task = """
# A thin plate covers the quarter ellipse x >= 0, y >= 0, x**2 / 4 + y**2 <= 1 (metres) and has \
# surface density rho(x, y) = 1 + x * y (kg/m^2). Compute its mass with `dblquad`, letting the inner \
# limit for y depend on x, and store it in `mass`; also store the x coordinate of its centre \
# of mass in `x_centre`.
#
# ```text
# region:  0 <= x <= 2,  0 <= y <= sqrt(1 - x**2 / 4)
# density: 1 + x*y
# ```
#
# Wanted:
#
# ```text
# mass = 2.07080 (= pi / 2 + 1 / 2), x_centre = 0.90142
# ```"""
# prompt = """
# Quarter-ellipse plate (semi-axes 2 m along x, 1 m along y) in the first quadrant, density \
# 1 + xy kg/m^2:
#
# ```text
# region:  0 <= x <= 2,  0 <= y <= sqrt(1 - x**2 / 4)
# density: 1 + x*y
# ```
#
# I need the `mass` and the x-coordinate of the centre of mass `x_centre` by double \
# integration. I worked out
#
# ```text
# mass = 2.07080 (= pi / 2 + 1 / 2), x_centre = 0.90142
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(mass, np.pi / 2 + 1 / 2, atol=1e-8)',
#     # the region is not symmetric in x and y, so integrating y * rho (arguments swapped) gives 0.45071
#     'np.isclose(x_centre, 0.90142, atol=5e-6)',
# ]
# difficulty = 'intermediate'
# tags = ['multiple-integral', 'quadrature', 'applied-science']
# ///
import numpy as np
from scipy import integrate


def density(y, x):
    # dblquad passes the inner variable (y) first
    return 1 + x * y


def upper_y(x):
    return np.sqrt(1 - x**2 / 4)


mass, _ = integrate.dblquad(density, 0, 2, 0, upper_y)
moment_x, _ = integrate.dblquad(lambda y, x: x * density(y, x), 0, 2, 0, upper_y)
x_centre = moment_x / mass
