import math

import scipy.integrate as si

g = 9.81
theta = math.radians(40)
v0 = 20.0


def rhs(t, u):
    # u = (x, y, vx, vy)
    return [u[2], u[3], 0.0, -g]


def ground(t, u):
    return u[1]


ground.terminal = True
ground.direction = -1

sol = si.solve_ivp(
    rhs,
    [0, 60],
    [0.0, 1.5, v0 * math.cos(theta), v0 * math.sin(theta)],
    events=[ground],
    rtol=1e-10,
    atol=1e-10,
)
# a terminal event ends the integration exactly at the event, so the last state is the landing
flight_time = sol.t[-1]
range_m = sol.y[0, -1]
