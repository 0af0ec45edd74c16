import numpy as np
import scipy.integrate as si

amp, k, c = params
t0, t1 = float(x[0]), float(x[-1])
y0 = amp * np.exp(-k * t0) + c

sol = si.solve_ivp(lambda t, yy: -k * (yy - c), (t0, t1), [y0], t_eval=x, rtol=1e-8, atol=1e-10)
model = sol.y[0]
