import numpy as np
from scipy.integrate import solve_ivp

G = 9.81
speed, angle = 20.0, np.radians(40.0)
state0 = [0.0, 1.5, speed * np.cos(angle), speed * np.sin(angle)]  # x, y, vx, vy


def motion(t, s):
    _, _, vx, vy = s
    return [vx, vy, 0.0, -G]


def hits_ground(t, s):
    return s[1]


hits_ground.terminal = True
hits_ground.direction = -1  # only while falling

# a generous time span; the event stops the integration at touchdown
sol = solve_ivp(motion, (0.0, 10.0), state0, events=hits_ground, rtol=1e-9, atol=1e-12)
flight_time = sol.t_events[0][0]
range_m = sol.y_events[0][0][0]
