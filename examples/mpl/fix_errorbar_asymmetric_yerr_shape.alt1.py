import matplotlib.pyplot as plt
import numpy as np

grouped = dose_response.groupby("concentration")["response"]
levels = np.array(sorted(grouped.groups))
median = grouped.median().to_numpy()
q25 = grouped.quantile(0.25).to_numpy()
q75 = grouped.quantile(0.75).to_numpy()

fig, ax = plt.subplots()
errors = np.vstack([median - q25, q75 - median])
ax.errorbar(levels, median, yerr=errors, fmt="o-", capsize=3)
ax.set_xscale("log")
ax.set_xlabel("concentration")
ax.set_ylabel("response")
ax.set_title("Median response with IQR")
