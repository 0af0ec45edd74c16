# /// example
# task = """
# A ball is thrown straight up from the ground at 15 m/s with linear air drag: v' = -9.81 - \
# 0.1 v, h' = v. Integrate with `solve_ivp` using two event functions at once: the apex \
# (v = 0, not terminal) and the landing (h = 0 while falling, terminal), with rtol=1e-10 and \
# atol=1e-10. Store the apex time \
# in `t_apex`, the apex height in `h_apex` and the landing time in `t_land`."""
# prompt = """
# I throw a ball straight up at 15 m/s from ground level; drag gives v' = -9.81 - 0.1v and \
# h' = v. With one solve_ivp run and two events, find when it peaks (`t_apex`), how high \
# (`h_apex`), and when it lands (`t_land`), stopping the integration at landing. The start at \
# h = 0 must not count as a landing. Please use rtol=1e-10 and atol=1e-10."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # closed form with k = 0.1: v(t) = (15 + g/k) e^{-kt} - g/k
#     'np.isclose(t_apex, np.log(1 + 0.1 * 15 / 9.81) / 0.1, atol=1e-6)',
#     'np.isclose(h_apex, (15 + 98.1) / 0.1 * (1 - np.exp(-0.1 * t_apex)) - 98.1 * t_apex, atol=1e-6)',
#     # landing: h(t) = (15 + g/k)(1 - e^{-kt})/k - (g/k) t = 0 for t > 0
#     'np.isclose((15 + 98.1) / 0.1 * (1 - np.exp(-0.1 * t_land)) - 98.1 * t_land, 0, atol=1e-5) and t_land > 2 * t_apex',
# ]
# difficulty = 'intermediate'
# tags = ['ode', 'initial-value-problem', 'applied-science']
# ///
from scipy.integrate import solve_ivp


def flight(t, state):
    h, v = state
    return [v, -9.81 - 0.1 * v]


def apex(t, state):
    return state[1]


def landing(t, state):
    return state[0]


landing.terminal = True
landing.direction = -1  # h crosses 0 from above; the upward start does not trigger it

sol = solve_ivp(flight, (0, 10), [0.0, 15.0], events=[apex, landing], rtol=1e-10, atol=1e-10)
# t_events and y_events hold one array per event function, in the order given
t_apex = sol.t_events[0][0]
h_apex = sol.y_events[0][0][0]
t_land = sol.t_events[1][0]
