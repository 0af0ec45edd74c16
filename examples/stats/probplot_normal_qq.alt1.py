import matplotlib.pyplot as plt
from scipy import stats

fig, ax = plt.subplots()
# fit=True also returns the least-squares line through the Q-Q points
(theoretical, ordered), (slope, intercept, r) = stats.probplot(skewed, dist="norm", fit=True)
ax.plot(theoretical, ordered, "o", markersize=3)
ax.plot(theoretical, slope * theoretical + intercept, "r-")
ax.set_xlabel("theoretical quantiles")
ax.set_ylabel("ordered values")
ax.set_title("Normal Q-Q plot of skewed")
