import matplotlib.pyplot as plt
import numpy as np
from scipy import stats

result = stats.linregress(x, y)
r_squared = result.rvalue**2
dof = len(x) - 2
half_width = stats.t(dof).ppf(0.975) * result.stderr
slope_ci = (result.slope - half_width, result.slope + half_width)

fig, ax = plt.subplots()
ax.scatter(x, y, s=12, label="data")
xs = np.array([np.min(x), np.max(x)])
ax.plot(xs, result.intercept + result.slope * xs, color="C1", label="least-squares fit")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.legend()
