# /// example
# task = '''
# Write a function `projectile_range` with the signature and docstring below, and store in
# `ball` the result for a ball launched at 20 m/s and 40 degrees with a drag coefficient of
# 0.05 per metre.
#
# ```python
# def projectile_range(speed, angle_deg, drag=0.0, g=9.81):
#     """Horizontal range and flight time of a projectile with quadratic drag.
#
#     Launched from the ground (height 0) at `speed` m/s and `angle_deg`
#     degrees above horizontal, with acceleration (0, -g) - drag * |v| * v.
#     The flight ends when the height comes back down to 0 (an event of the
#     numerical solution, tolerances 1e-10). Returns the tuple of floats
#     (range_m, flight_time_s).
#     """
# ```'''
# prompt = """
# For a ballistics exercise I need `projectile_range(speed, angle_deg, drag=0.0, g=9.81)` returning \
# `(range_m, flight_time_s)`: launch from height 0 at `speed` m/s and `angle_deg` degrees, \
# acceleration (0, -g) - drag |v| v, integrate the motion numerically (rtol and atol 1e-10) and \
# stop when the height falls back to 0, detected as a solver event. What are the range and flight \
# time for 20 m/s at 40 degrees with drag 0.05 per metre? Store that tuple in `ball`."""
# task_type = 'function'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # without drag: range v^2 sin(2 theta) / g, flight time 2 v sin(theta) / g
#     'np.allclose(projectile_range(20.0, 45.0), (400.0 / 9.81, 40.0 * np.sin(np.pi / 4) / 9.81), rtol=1e-7)',
#     'np.allclose(projectile_range(30.0, 30.0), (900.0 * np.sin(np.pi / 3) / 9.81, 60.0 * 0.5 / 9.81), rtol=1e-7)',
#     'np.allclose(projectile_range(12.0, 70.0, g=1.62), (144.0 * np.sin(np.radians(140.0)) / 1.62, 24.0 * np.sin(np.radians(70.0)) / 1.62), rtol=1e-7)',
#     # drag shortens both the range and the flight
#     'ball[0] < 400.0 * np.sin(np.radians(80.0)) / 9.81 and ball[1] < 40.0 * np.sin(np.radians(40.0)) / 9.81',
#     'projectile_range(20.0, 45.0, drag=0.1)[0] < projectile_range(20.0, 45.0, drag=0.05)[0] < projectile_range(20.0, 45.0, drag=0.01)[0]',
#     # with drag, a flatter launch than 45 degrees carries further
#     'projectile_range(20.0, 40.0, drag=0.05)[0] > projectile_range(20.0, 45.0, drag=0.05)[0]',
#     # energy bound: the horizontal distance cannot exceed the drag-free flight of the same time
#     'ball[0] < 20.0 * np.cos(np.radians(40.0)) * ball[1]',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'ode', 'initial-value-problem', 'applied-science']
# ///
import numpy as np
from scipy import integrate


def projectile_range(speed, angle_deg, drag=0.0, g=9.81):
    """Horizontal range and flight time of a projectile with quadratic drag.

    Launched from the ground (height 0) at `speed` m/s and `angle_deg`
    degrees above horizontal, with acceleration (0, -g) - drag * |v| * v.
    The flight ends when the height comes back down to 0 (an event of the
    numerical solution, tolerances 1e-10). Returns the tuple of floats
    (range_m, flight_time_s).
    """
    angle = np.radians(angle_deg)

    def motion(t, state):
        _, _, vx, vy = state
        v = np.hypot(vx, vy)
        return [vx, vy, -drag * v * vx, -g - drag * v * vy]

    def landed(t, state):
        return state[1]

    # direction=-1 ignores the launch at height 0 and catches only the descent
    landed.terminal = True
    landed.direction = -1
    # the drag-free flight time bounds the flight; double it for a safe end time
    t_end = 4 * speed * np.sin(angle) / g + 1.0
    start = [0.0, 0.0, speed * np.cos(angle), speed * np.sin(angle)]
    solution = integrate.solve_ivp(
        motion, (0.0, t_end), start, events=landed, rtol=1e-10, atol=1e-10
    )
    return float(solution.y_events[0][0][0]), float(solution.t_events[0][0])


ball = projectile_range(20.0, 40.0, drag=0.05)
