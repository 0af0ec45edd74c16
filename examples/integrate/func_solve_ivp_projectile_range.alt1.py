import math

import numpy as np
from scipy.integrate import solve_ivp


def projectile_range(speed, angle_deg, drag=0.0, g=9.81):
    """Horizontal range and flight time of a projectile with quadratic drag.

    Launched from the ground (height 0) at `speed` m/s and `angle_deg`
    degrees above horizontal, with acceleration (0, -g) - drag * |v| * v.
    The flight ends when the height comes back down to 0 (an event of the
    numerical solution, tolerances 1e-10). Returns the tuple of floats
    (range_m, flight_time_s).
    """
    theta = math.radians(angle_deg)

    def rhs(_t, s):
        # state: position (x, y) then velocity (vx, vy)
        vx, vy = s[2], s[3]
        speed_now = math.hypot(vx, vy)
        return np.array([vx, vy, -drag * speed_now * vx, -g - drag * speed_now * vy])

    def hits_ground(_t, s):
        return s[1]

    hits_ground.terminal = True
    hits_ground.direction = -1.0
    horizon = 2 * (2 * speed * math.sin(theta) / g) + 1.0
    flight = solve_ivp(
        rhs,
        (0.0, horizon),
        [0.0, 0.0, speed * math.cos(theta), speed * math.sin(theta)],
        method="DOP853",
        events=hits_ground,
        rtol=1e-10,
        atol=1e-10,
    )
    landing_time = flight.t_events[0][0]
    landing_state = flight.y_events[0][0]
    return float(landing_state[0]), float(landing_time)


ball = projectile_range(20.0, 40.0, drag=0.05)
