# /// example
# task = """
# Simulate a projectile launched from height 1.5 m at 20 m/s and 40 degrees (no drag, g = 9.81) \
# with `solve_ivp`, stopping at the moment it reaches the ground by a terminal event (`terminal = \
# True`, `direction = -1`); store the solver result in `sol`, the landing time in `flight_time` \
# and the horizontal distance in `range_m`."""
# prompt = """
# Simulate a projectile launched from a height of 1.5 m at 20 m/s and 40 degrees above horizontal \
# (no drag, g = 9.81) with solve_ivp and tight tolerances, and stop the integration the moment it \
# hits the ground using a terminal event that triggers only on the way down. Store the solver \
# result in `sol`, the landing time in `flight_time` and the horizontal distance travelled in \
# `range_m`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'sol.status == 1',
#     'np.isclose(flight_time, (20 * np.sin(np.radians(40)) + np.sqrt((20 * np.sin(np.radians(40)))**2 + 2 * 9.81 * 1.5)) / 9.81, rtol=1e-6)',
#     'np.isclose(range_m, 20 * np.cos(np.radians(40)) * flight_time, rtol=1e-6)',
# ]
# difficulty = 'intermediate'
# tags = ['ode', 'initial-value-problem', 'applied-science']
# ///
import numpy as np
from scipy import integrate

g, h0, speed, angle = 9.81, 1.5, 20.0, np.radians(40)


def motion(t, state):
    x, y, vx, vy = state
    return [vx, vy, 0.0, -g]


def hit_ground(t, state):
    return state[1]


hit_ground.terminal = True  # stop the integration at the first such event
hit_ground.direction = -1  # only count crossings of y = 0 from above

start = [0.0, h0, speed * np.cos(angle), speed * np.sin(angle)]
sol = integrate.solve_ivp(motion, (0, 10), start, events=hit_ground, rtol=1e-9, atol=1e-9)
flight_time = sol.t_events[0][0]
range_m = sol.y_events[0][0][0]
