import numpy as np
from scipy.integrate import RK45

solver = RK45(
    lambda t, y: -2 * t * y, t0=0.0, y0=np.array([1.0]), t_bound=3.0, rtol=1e-8, atol=1e-10
)
t_list = [solver.t]
y_list = [solver.y[0]]
while solver.status == "running":
    message = solver.step()
    if solver.status == "failed":
        raise RuntimeError(message)
    t_list.append(solver.t)
    y_list.append(solver.y[0])
times = np.array(t_list)
values = np.array(y_list)
