# /// example
# task = """
# This code finds the drug concentration of the model dC/dt = 2 exp(-t) - 0.3 C, C(0) = 0, at \
# the 40 times `times` (0.25 to 10 h) by re-solving the ODE from 0 up to each time:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
# times = np.linspace(0.25, 10, 40)
# conc = []
# for t_end in times:
#     sol = solve_ivp(lambda t, c: 2 * np.exp(-t) - 0.3 * c, (0, t_end), [0.0], rtol=1e-8, atol=1e-10)
#     conc.append(sol.y[0, -1])
# conc = np.array(conc)
# ```
#
# Make it solve the ODE once and still store the concentrations at `times` in `conc`."""
# prompt = """
# I get C(t) for dC/dt = 2e^(-t) - 0.3C, C(0) = 0, at 40 sampling `times` by solving from scratch \
# for every time point, into `conc`:
#
# ```python
# import numpy as np
# from scipy.integrate import solve_ivp
#
# times = np.linspace(0.25, 10, 40)
# conc = []
# for t_end in times:
#     sol = solve_ivp(lambda t, c: 2 * np.exp(-t) - 0.3 * c, (0, t_end), [0.0], rtol=1e-8, atol=1e-10)
#     conc.append(sol.y[0, -1])
# conc = np.array(conc)
# ```
#
# That's 40 solves for one curve. How do I get all of `conc` from a single solve?"""
# task_type = 'performance'
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(times, np.linspace(0.25, 10, 40))',
#     # exact solution: (2 / 0.7) (exp(-0.3 t) - exp(-t))
#     'np.allclose(conc, 2 / 0.7 * (np.exp(-0.3 * times) - np.exp(-times)), atol=1e-6)',
#     'np.shape(conc) == (40,)',
# ]
# difficulty = 'basic'
# tags = ['vectorization', 'ode', 'initial-value-problem', 'applied-science']
# ///
import numpy as np
from scipy.integrate import solve_ivp

times = np.linspace(0.25, 10, 40)
# one solve over the whole span, reporting the solution at every requested time
sol = solve_ivp(
    lambda t, c: 2 * np.exp(-t) - 0.3 * c,
    (0, times[-1]),
    [0.0],
    t_eval=times,
    rtol=1e-8,
    atol=1e-10,
)
conc = sol.y[0]
