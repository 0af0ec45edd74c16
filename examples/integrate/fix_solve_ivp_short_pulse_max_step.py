# /// example
# task = """
# A first-order system y' = -y + u(t) is driven by a short input pulse u = 1 for 5 <= t <= 5.1 \
# (0 otherwise), starting from y(0) = 0. This code should store its response at \
# `t_out = np.linspace(0, 8, 81)` in `response`, but the response comes out as all zeros:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
#
# def rhs(t, y):
#     pulse = 1.0 if 5.0 <= t <= 5.1 else 0.0
#     return -y + pulse
#
#
# t_out = np.linspace(0, 8, 81)
# sol = solve_ivp(rhs, (0, 8), [0.0], t_eval=t_out)
# response = sol.y[0]
# ```
#
# Fix it so that the pulse shows up in `response` (peak about 0.095 at t = 5.1)."""
# prompt = """
# I simulate y' = -y + u(t) from y(0) = 0 where u is a short pulse, 1 only for 5 <= t <= 5.1, \
# and keep the response at `t_out = np.linspace(0, 8, 81)` in `response`:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
#
# def rhs(t, y):
#     pulse = 1.0 if 5.0 <= t <= 5.1 else 0.0
#     return -y + pulse
#
#
# t_out = np.linspace(0, 8, 81)
# sol = solve_ivp(rhs, (0, 8), [0.0], t_eval=t_out)
# response = sol.y[0]
# ```
#
# The response is zero everywhere, although it should peak near 0.095 at t = 5.1. Why does the \
# solver miss the pulse?"""
# task_type = 'fix'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(t_out, np.linspace(0, 8, 81)) and np.shape(response) == (81,)',
#     # exact response: 1 - exp(-(t - 5)) during the pulse, then exponential decay from its end
#     'np.allclose(response, np.where(t_out > 5.1, (1 - np.exp(-0.1)) * np.exp(-(t_out - 5.1)), np.where(t_out >= 5.0, 1 - np.exp(-(t_out - 5.0)), 0.0)), atol=1e-2)',
#     'np.max(response) > 0.085',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'ode', 'initial-value-problem']
# ///
import numpy as np
from scipy.integrate import solve_ivp


def rhs(t, y):
    pulse = 1.0 if 5.0 <= t <= 5.1 else 0.0
    return -y + pulse


t_out = np.linspace(0, 8, 81)
# with y = 0 and no input the adaptive step grows large and jumps over the 0.1-long pulse;
# a max_step well below the pulse width forces the solver to sample it
sol = solve_ivp(rhs, (0, 8), [0.0], t_eval=t_out, max_step=0.01)
response = sol.y[0]
