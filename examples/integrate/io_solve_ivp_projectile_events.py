# /// example
# task = """
# A ball is thrown straight up at 20 m/s from the ground (g = 9.81 m/s^2, no drag). Integrate \
# the motion with SciPy's `solve_ivp` using events: stop the integration when the ball returns \
# to the ground (height 0 while falling) and record when the velocity crosses zero (the top). \
# Store the landing time in `t_ground`, the top time in `t_top` and the maximum height in \
# `h_max`; rounded to 4 decimals they print as shown.
#
# ```text
# h'' = -9.81,   h(0) = 0,   h'(0) = 20
# ```
#
# Wanted:
#
# ```text
# t_ground = 4.0775, t_top = 2.0387, h_max = 20.3874
# ```"""
# prompt = """
# I'm simulating a ball thrown up at 20 m/s (g = 9.81) with scipy's solve_ivp and want the \
# solver itself to find when it lands (`t_ground`, integration stopping there) and when it peaks \
# (`t_top`), plus the peak height `h_max`:
#
# ```text
# h'' = -9.81,   h(0) = 0,   h'(0) = 20
# ```
#
# The textbook formulas give
#
# ```text
# t_ground = 4.0775, t_top = 2.0387, h_max = 20.3874
# ```"""
# task_type = 'input-output'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.isclose(t_ground, 40 / 9.81, atol=5e-5)',
#     'np.isclose(t_top, 20 / 9.81, atol=5e-5)',
#     'np.isclose(h_max, 400 / (2 * 9.81), atol=5e-5)',
#     'np.ndim(t_ground) == 0 and np.ndim(t_top) == 0 and np.ndim(h_max) == 0',
# ]
# difficulty = 'advanced'
# tags = ['ode', 'initial-value-problem', 'applied-science']
# ///
from scipy.integrate import solve_ivp

G = 9.81


def ballistic(t, state):
    height, velocity = state
    return [velocity, -G]


def hits_ground(t, state):
    return state[0]


hits_ground.terminal = True  # stop the integration at this event
hits_ground.direction = -1  # only while falling, not at the launch from h = 0


def at_top(t, state):
    return state[1]


solution = solve_ivp(
    ballistic, (0.0, 10.0), [0.0, 20.0], events=[hits_ground, at_top], rtol=1e-10, atol=1e-10
)
t_ground = solution.t_events[0][0]
t_top = solution.t_events[1][0]
h_max = solution.y_events[1][0][0]
