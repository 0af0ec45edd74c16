# /// example
# task = """
# A ball is thrown from the ground at 30 m/s, 40 degrees above the horizontal (g = 9.81 m/s^2, no \
# drag). This code should integrate its flight with `solve_ivp` and store the horizontal distance \
# where it lands in `landing_x` (m) and the time of landing in `flight_time` (s):
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
#
# def flight(t, state):
#     x, y, vx, vy = state
#     return [vx, vy, 0.0, -9.81]
#
#
# def hit_ground(t, state):
#     return state[1]
#
#
# hit_ground.direction = -1
# angle = np.radians(40)
# sol = solve_ivp(flight, (0, 20), [0, 0, 30 * np.cos(angle), 30 * np.sin(angle)], events=hit_ground)
# landing_x = sol.y[0, -1]
# flight_time = sol.t[-1]
# ```
#
# It runs and finds the landing event, but `landing_x` and `flight_time` are those of t = 20 s, \
# with the ball far below ground. Fix it."""
# prompt = """
# I simulate a ball thrown at 30 m/s and 40 degrees (g = 9.81, no air resistance) with \
# `solve_ivp` and want where it lands, `landing_x`, and when, `flight_time`:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
#
# def flight(t, state):
#     x, y, vx, vy = state
#     return [vx, vy, 0.0, -9.81]
#
#
# def hit_ground(t, state):
#     return state[1]
#
#
# hit_ground.direction = -1
# angle = np.radians(40)
# sol = solve_ivp(flight, (0, 20), [0, 0, 30 * np.cos(angle), 30 * np.sin(angle)], events=hit_ground)
# landing_x = sol.y[0, -1]
# flight_time = sol.t[-1]
# ```
#
# The event is detected, yet I get t = 20 and a distance of 460 m. What's missing?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # no drag: range v^2 sin(2 angle) / g, time of flight 2 v sin(angle) / g
#     'np.isclose(landing_x, 30**2 * np.sin(2 * np.radians(40)) / 9.81, rtol=1e-6)',
#     'np.isclose(flight_time, 2 * 30 * np.sin(np.radians(40)) / 9.81, rtol=1e-6)',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'ode', 'initial-value-problem', 'applied-science']
# ///
import numpy as np
from scipy.integrate import solve_ivp


def flight(t, state):
    x, y, vx, vy = state
    return [vx, vy, 0.0, -9.81]


def hit_ground(t, state):
    return state[1]


# without terminal=True the event is only recorded and the integration runs on to t = 20 s
hit_ground.terminal = True
hit_ground.direction = -1
angle = np.radians(40)
sol = solve_ivp(flight, (0, 20), [0, 0, 30 * np.cos(angle), 30 * np.sin(angle)], events=hit_ground)
landing_x = sol.y[0, -1]
flight_time = sol.t[-1]
