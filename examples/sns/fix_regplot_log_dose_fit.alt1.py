import matplotlib.pyplot as plt
import numpy as np

conc = dose_response["concentration"].to_numpy()
resp = dose_response["response"].to_numpy()
slope, intercept = np.polyfit(np.log10(conc), resp, deg=1)
grid = np.geomspace(conc.min(), conc.max(), 100)

fig, ax = plt.subplots()
ax.scatter(conc, resp, alpha=0.7)
ax.plot(grid, intercept + slope * np.log10(grid), color="black")
ax.set_xscale("log")
ax.set_xlabel("concentration")
ax.set_ylabel("response")
ax.set_title("Dose response")
