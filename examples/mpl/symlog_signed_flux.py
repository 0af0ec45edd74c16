# /// example
# task = """
# Plot a simulated net heat flux `flux` that changes sign and spans several orders of magnitude \
# against `hour` as a line on a symmetric-log y axis (`symlog`) with a linear region of ±1 around \
# zero (`linthresh=1`), a horizontal zero line, axes labels and a title. Keep the figure in `fig` \
# and its Axes in `ax`."""
# prompt = """
# Simulate a net heat flux `flux` over the day (`hour`) that changes sign and spans several \
# orders of magnitude, and plot it as a line against `hour` on a symmetric-log ("symlog") y axis \
# with a linear region of ±1 around zero (linthresh=1), plus a horizontal zero line, axis labels \
# and a title. Keep the figure in `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     "figure_summary(fig).axes[0].yscale == 'symlog'",
#     'ax.yaxis.get_transform().linthresh == 1',
#     'flux.min() < 0 < flux.max()',
#     'any(len(xy) == len(hour) and np.allclose(xy, np.column_stack([hour, flux])) for xy in figure_summary(fig).axes[0].lines_xy)',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'intermediate'
# tags = ['log-scale', 'line-plot']
# ///
import matplotlib.pyplot as plt
import numpy as np

hour = np.linspace(0, 48, 400)
flux = 800 * np.sin(2 * np.pi * hour / 24) * np.exp(-hour / 12)

fig, ax = plt.subplots()
ax.plot(hour, flux)
ax.axhline(0, color="black", linewidth=0.8)
ax.set_xlabel("time (h)")
ax.set_ylabel("net heat flux (W/m²)")
ax.set_title("Decaying heat flux on a symmetric-log axis")
# symlog is linear inside ±linthresh and logarithmic outside, so sign changes stay visible
ax.set_yscale("symlog", linthresh=1)
