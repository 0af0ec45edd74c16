import numpy as np
from scipy import optimize

times = np.linspace(0, 6, 601)
values = np.exp(-times) * np.sin(2 * times)
# locate the deepest grid point, then refine within its neighbouring grid cells
i = int(np.argmin(values))
window = (times[max(i - 1, 0)], times[min(i + 1, times.size - 1)])
res = optimize.minimize_scalar(
    lambda t: np.exp(-t) * np.sin(2 * t), bounds=window, options={"xatol": 1e-9}
)
t_min, y_min = res.x, res.fun
