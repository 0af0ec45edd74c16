# /// example
# task = """
# Integrate a Kepler orbit (GM = 1) starting at (x, y) = (1, 0) with velocity (0, 1.2) for \
# exactly one orbital period `period` using the high-order `DOP853` method with rtol=atol=1e-11 \
# and `dense_output=True`; store the state after one period, from `sol.sol`, in `end_state` and \
# the specific energies along the dense trajectory `energy`."""
# prompt = """
# Integrate a Kepler orbit with GM = 1 starting at (x, y) = (1, 0) with velocity (0, 1.2) for \
# exactly one orbital period `period`, using the high-order DOP853 integrator with \
# rtol=atol=1e-11 and a dense output. Keep the result in `sol`, store the state after one period \
# (evaluated from the dense solution) in `end_state`, and the specific energy along the dense \
# trajectory in `energy`."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'sol.success',
#     'np.allclose(end_state, [1.0, 0.0, 0.0, 1.2], atol=1e-7)',
#     'np.allclose(energy, 0.5 * 1.2**2 - 1.0, atol=1e-9)',
#     # DOP853 takes far fewer, larger steps at this tolerance than the lower-order RK45 or RK23
#     "all(abs(sol.t.size - r.t.size) <= 0.1 * r.t.size for r in [scipy.integrate.solve_ivp(lambda t, s: [s[2], s[3], -s[0] / np.hypot(s[0], s[1])**3, -s[1] / np.hypot(s[0], s[1])**3], (0, period), [1.0, 0.0, 0.0, 1.2], method='DOP853', rtol=1e-11, atol=1e-11)])",
# ]
# difficulty = 'advanced'
# tags = ['ode', 'interpolation', 'applied-science']
# ///
import numpy as np
from scipy import integrate


def kepler(t, s):
    x, y, vx, vy = s
    r3 = np.hypot(x, y) ** 3
    return [vx, vy, -x / r3, -y / r3]


start = np.array([1.0, 0.0, 0.0, 1.2])
energy0 = 0.5 * 1.2**2 - 1.0
# a negative energy means a bound ellipse; with GM = 1, a = -1 / (2 E) and Kepler's third law
# gives the period 2 pi a**1.5
semi_major = -1 / (2 * energy0)
period = 2 * np.pi * semi_major**1.5
sol = integrate.solve_ivp(
    kepler, (0, period), start, method="DOP853", rtol=1e-11, atol=1e-11, dense_output=True
)
# sol.sol interpolates between the solver's steps, so the orbit can be sampled at any times
x, y, vx, vy = sol.sol(np.linspace(0, period, 500))
energy = 0.5 * (vx**2 + vy**2) - 1 / np.hypot(x, y)
end_state = sol.sol(period)
