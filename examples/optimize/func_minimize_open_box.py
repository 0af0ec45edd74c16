# /// example
# task = '''
# Write a function `open_box_dimensions` with the signature and docstring below, store in `tank`
# the dimensions of an open-top tank holding 4 m^3, and in `volume_error` the message raised for a
# volume of 0.
#
# ```python
# def open_box_dimensions(volume):
#     """Length, width and height of the open-top box of the given volume
#     that uses the least material.
#
#     The material is the area of the base plus the four sides,
#     l * w + 2 * h * (l + w), with h = volume / (l * w). Minimises it
#     numerically over positive l and w (bounded quasi-Newton search) and
#     returns the tuple of floats (l, w, h). Raises
#     ValueError("volume must be positive") for volume <= 0.
#     """
# ```'''
# prompt = """
# We build open-top tanks and want `open_box_dimensions(volume)`: the length, width and height \
# using the least sheet metal (base l*w plus sides 2h(l + w), with h = volume / (l w)), found by a \
# bounded quasi-Newton minimisation over positive l and w, returned as a tuple of floats \
# `(l, w, h)`, with `ValueError("volume must be positive")` for a volume <= 0. Give me the \
# dimensions for 4 m^3 in `tank`, and keep the error message for a volume of 0 in `volume_error`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # calculus: l = w = (2 V)^(1/3) and h = l / 2
#     'np.allclose(tank, (2.0, 2.0, 1.0), rtol=1e-4)',
#     'np.allclose(open_box_dimensions(32.0), (4.0, 4.0, 2.0), rtol=1e-4)',
#     'np.allclose(open_box_dimensions(0.5), (1.0, 1.0, 0.5), rtol=1e-4)',
#     'np.allclose(open_box_dimensions(1000.0), ((2000.0) ** (1 / 3), (2000.0) ** (1 / 3), (2000.0) ** (1 / 3) / 2), rtol=1e-4)',
#     'np.isclose(np.prod(open_box_dimensions(7.0)), 7.0, rtol=1e-9)',
#     'len(tank) == 3',
#     'volume_error == "volume must be positive"',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'minimization', 'constrained-optimization', 'validation']
# ///
import numpy as np
from scipy import optimize


def open_box_dimensions(volume):
    """Length, width and height of the open-top box of the given volume
    that uses the least material.

    The material is the area of the base plus the four sides,
    l * w + 2 * h * (l + w), with h = volume / (l * w). Minimises it
    numerically over positive l and w (bounded quasi-Newton search) and
    returns the tuple of floats (l, w, h). Raises
    ValueError("volume must be positive") for volume <= 0.
    """
    if volume <= 0:
        raise ValueError("volume must be positive")

    def material(sides):
        length, width = sides
        height = volume / (length * width)
        return length * width + 2 * height * (length + width)

    # start from a cube of the right volume; the small lower bound keeps h finite
    start = np.full(2, volume ** (1 / 3))
    result = optimize.minimize(
        material,
        start,
        method="L-BFGS-B",
        bounds=[(1e-6, None)] * 2,
        options={"ftol": 1e-15, "gtol": 1e-10},
    )
    length, width = result.x
    return float(length), float(width), float(volume / (length * width))


tank = open_box_dimensions(4.0)

try:
    open_box_dimensions(0.0)
except ValueError as error:
    volume_error = str(error)
