import numpy as np
from scipy.integrate import solve_ivp


def cooling_curve(t0_c, ambient_c, k, times):
    """Temperatures from Newton's law of cooling dT/dt = -k (T - ambient_c).

    The body starts at t0_c at time 0; `times` is an increasing sequence
    starting at 0 in the time unit of the rate constant k. The ODE is
    integrated numerically (relative tolerance 1e-8). Returns a float
    array of the temperatures at `times`.
    """

    def rate(_t, temperature):
        return -k * (temperature - ambient_c)

    times = np.asarray(times, dtype=float)
    # dense output gives a continuous solution to read at any requested time
    run = solve_ivp(rate, [0.0, times[-1]], [t0_c], method="DOP853", dense_output=True, rtol=1e-8)
    return run.sol(times)[0]


coffee_c = cooling_curve(90.0, 20.0, 0.05, [0.0, 10.0, 20.0, 30.0])
