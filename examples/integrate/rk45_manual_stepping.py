# /// example
# task = """
# Integrate y' = -2 t y, y(0) = 1 up to t = 3 with tolerances rtol=1e-8 and atol=1e-10 by \
# driving the `RK45` solver class step by step \
# (`solver.step()` while its status is "running", until it is "finished"), collecting every \
# accepted step into the NumPy arrays `times` and `values`."""
# prompt = """
# I'd like to step an ODE solver by hand: create scipy's RK45 solver object as `solver` for y' = \
# -2 t y, y(0) = 1 up to t = 3 with rtol=1e-8 and atol=1e-10, and call its step method while its \
# status is "running" until it is "finished". Collect every accepted step's time and value into \
# NumPy arrays `times` and `values` (including the end point t = 3)."""
# domain = 'numerical_methods'
# libraries = ['scipy.integrate', 'numpy']
# inputs = {}
# checks = [
#     "solver.status == 'finished' and times[-1] == 3.0",
#     'isinstance(values, np.ndarray) and values.shape == times.shape',
#     'np.all(np.diff(times) > 0) and np.allclose(values, np.exp(-times**2), atol=1e-7)',
# ]
# difficulty = 'intermediate'
# tags = ['ode', 'initial-value-problem', 'incremental-processing']
# ///
import numpy as np
from scipy import integrate

solver = integrate.RK45(lambda t, y: -2 * t * y, 0.0, [1.0], t_bound=3.0, rtol=1e-8, atol=1e-10)
# solver.y is a length-1 state array, so [0] keeps the scalar y
times, values = [solver.t], [solver.y[0]]
# each step() takes one adaptive step; the last one is cut short at t_bound, which sets
# status to "finished"
while solver.status == "running":
    solver.step()
    times.append(solver.t)
    values.append(solver.y[0])
times = np.array(times)
values = np.array(values)
