import matplotlib.pyplot as plt
import numpy as np
import scipy.stats as ss

result = ss.linregress(x, y)
r_squared = result.rvalue**2
# t interval centred on the slope with its standard error as scale, n - 2 degrees of freedom
# noise-free data: standard error 0, where t.interval is undefined; the interval is the slope
if result.stderr > 0:
    slope_ci = ss.t.interval(0.95, len(x) - 2, loc=result.slope, scale=result.stderr)
else:
    slope_ci = (result.slope, result.slope)

order = np.argsort(x)
fig, ax = plt.subplots()
ax.plot(x, y, "o", markersize=4, label="data")
ax.plot(x[order], result.intercept + result.slope * x[order], "-", label="least-squares fit")
ax.set(xlabel="x", ylabel="y", title=f"y = {result.slope:.3g} x + {result.intercept:.3g}")
ax.legend()
