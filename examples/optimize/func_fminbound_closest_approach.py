# /// example
# task = '''
# Write a function `closest_approach` with the signature and docstring below.
#
# ```python
# def closest_approach(p1, v1, p2, v2, t_max):
#     """Time in [0, t_max] at which two objects moving in a straight line at
#     constant velocity are closest, and their distance then.
#
#     p1, p2 are the start positions and v1, v2 the velocities (arrays of the
#     same length). Minimise the distance over the interval with a bounded
#     scalar minimiser; returns (t, distance) as floats, accurate to 1e-5.
#     """
# ```'''
# prompt = """
# I need `closest_approach(p1, v1, p2, v2, t_max)` for two objects moving in straight lines at \
# constant velocity (start positions p1, p2, velocities v1, v2): find the time in [0, t_max] when \
# they are closest with a bounded 1-D minimiser, and return that time and the distance as floats \
# (to about 1e-5)."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.optimize', 'numpy']
# inputs = {}
# checks = [
#     # head-on along x: they meet at t = 2.5 (distance 0)
#     'np.allclose(closest_approach(np.array([0.0, 0.0]), np.array([1.0, 0.0]), np.array([10.0, 0.0]), np.array([-3.0, 0.0]), 10.0), (2.5, 0.0), atol=1e-4)',
#     # crossing paths: with dp = p1 - p2 and dv = v1 - v2 the closest time is -(dp . dv) / |dv|^2 = 1.8
#     'np.allclose(closest_approach(np.array([0.0, 1.0]), np.array([1.0, 0.0]), np.array([4.0, 0.0]), np.array([-1.0, 1.0]), 10.0), (lambda dp, dv: (-(dp @ dv) / (dv @ dv), np.linalg.norm(dp - (dp @ dv) / (dv @ dv) * dv)))(np.array([-4.0, 1.0]), np.array([2.0, -1.0])), atol=1e-4)',
#     # the unconstrained closest time (t = 5) lies after t_max = 3: the answer is the end of the interval
#     'np.allclose(closest_approach(np.array([0.0, 0.0, 0.0]), np.array([1.0, 1.0, 0.0]), np.array([10.0, 0.0, 2.0]), np.array([-1.0, 1.0, 0.0]), 3.0), (3.0, np.linalg.norm(np.array([3.0, 3.0, 0.0]) - np.array([7.0, 3.0, 2.0]))), atol=1e-4)',
#     # already moving apart: closest at t = 0
#     'np.allclose(closest_approach(np.array([0.0]), np.array([-1.0]), np.array([1.0]), np.array([1.0]), 5.0), (0.0, 1.0), atol=1e-4)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'minimization', 'constrained-optimization']
# ///
import numpy as np
from scipy import optimize


def closest_approach(p1, v1, p2, v2, t_max):
    """Time in [0, t_max] at which two objects moving in a straight line at
    constant velocity are closest, and their distance then.

    p1, p2 are the start positions and v1, v2 the velocities (arrays of the
    same length). Minimise the distance over the interval with a bounded
    scalar minimiser; returns (t, distance) as floats, accurate to 1e-5.
    """
    p1, v1, p2, v2 = (np.asarray(a, dtype=float) for a in (p1, v1, p2, v2))

    def distance(t):
        return np.linalg.norm((p1 + v1 * t) - (p2 + v2 * t))

    # fminbound stays inside [0, t_max] and can return a point at either end
    t_best, d_best, *_ = optimize.fminbound(distance, 0.0, t_max, xtol=1e-8, full_output=True)
    return float(t_best), float(d_best)
