import numpy as np
from scipy import integrate

G = 9.81
speed, angle = 30.0, np.deg2rad(40.0)


def rhs(t, state):
    return [state[2], state[3], 0.0, -G]


def ground(t, state):
    return state[1]


ground.direction = -1
solution = integrate.solve_ivp(
    rhs, (0.0, 20.0), [0.0, 0.0, speed * np.cos(angle), speed * np.sin(angle)], events=ground
)
flight_time = solution.t_events[0][0]
landing_x = solution.y_events[0][0][0]
