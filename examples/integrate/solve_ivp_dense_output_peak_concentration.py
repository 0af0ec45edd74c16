# /// example
# task = """
# An oral dose follows the one-compartment model with absorption: dA/dt = -1.2 A (gut), \
# dC/dt = 1.2 A - 0.25 C (plasma), A(0) = 100, C(0) = 0, over t in [0, 24] h. Solve it once \
# with `dense_output=True` and tight tolerances, evaluate the plasma curve on a fine grid from \
# the continuous solution, and store the time of the plasma peak in `t_max` and the peak \
# amount in `c_max`, accurate to 1e-3 h and 1e-3."""
# prompt = """
# Oral dosing, one-compartment model: gut A' = -1.2A, plasma C' = 1.2A - 0.25C, A(0) = 100, \
# C(0) = 0, 24 hours. When does the plasma amount peak (`t_max`, within 0.001 h) and how \
# high is it (`c_max`)? I'd rather not re-solve for every time point, so use the solver's \
# continuous solution."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     # analytic peak of the Bateman function: t = ln(ka / ke) / (ka - ke)
#     'np.isclose(t_max, np.log(1.2 / 0.25) / (1.2 - 0.25), atol=1e-3)',
#     'np.isclose(c_max, 100 * 1.2 / (1.2 - 0.25) * (np.exp(-0.25 * np.log(1.2 / 0.25) / 0.95) - np.exp(-1.2 * np.log(1.2 / 0.25) / 0.95)), atol=1e-3)',
# ]
# difficulty = 'intermediate'
# tags = ['ode', 'initial-value-problem', 'interpolation', 'applied-science']
# ///
import numpy as np
from scipy.integrate import solve_ivp


def oral_dose(t, y):
    gut, plasma = y
    return [-1.2 * gut, 1.2 * gut - 0.25 * plasma]


sol = solve_ivp(oral_dose, (0, 24), [100.0, 0.0], dense_output=True, rtol=1e-10, atol=1e-10)
# sol.sol interpolates between solver steps, so a 0.001 h grid costs no extra ODE steps
fine_t = np.linspace(0, 24, 24_001)
plasma = sol.sol(fine_t)[1]
t_max = fine_t[np.argmax(plasma)]
c_max = plasma.max()
