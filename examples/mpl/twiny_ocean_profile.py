# /// example
# task = """
# Make an ocean profile from this cast: `depth` = 0, 10, 25, 50, 75, 100, 150, 200 m, \
# `temperature` = 18.2, 18.0, 17.1, 14.3, 12.0, 10.8, 9.6, 9.1 deg C and `salinity` = 35.1, \
# 35.1, 35.0, 34.8, 34.7, 34.6, 34.5, 34.5 PSU. Depth runs down the y axis (0 at the top); \
# temperature is drawn against the bottom x axis of `ax` and salinity against a second x axis \
# `ax_top` at the top that shares the y axis, each axis labelled "Temperature (deg C)" and \
# "Salinity (PSU)" and the y axis "Depth (m)". Keep the figure in `fig`."""
# prompt = """
# I have a CTD cast: depths `depth` 0, 10, 25, 50, 75, 100, 150, 200 m, `temperature` 18.2, 18.0, \
# 17.1, 14.3, 12.0, 10.8, 9.6, 9.1 deg C and `salinity` 35.1, 35.1, 35.0, 34.8, 34.7, 34.6, 34.5, \
# 34.5 PSU. Plot both profiles against depth with the surface at the top: temperature on the \
# normal bottom x axis of `ax` ("Temperature (deg C)"), salinity on an extra x axis `ax_top` along the \
# top ("Salinity (PSU)"), y label "Depth (m)". Keep `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(axes_summary(ax).lines_xy[0], np.column_stack([[18.2, 18.0, 17.1, 14.3, 12.0, 10.8, 9.6, 9.1], [0, 10, 25, 50, 75, 100, 150, 200]]))',
#     'np.allclose(axes_summary(ax_top).lines_xy[0], np.column_stack([[35.1, 35.1, 35.0, 34.8, 34.7, 34.6, 34.5, 34.5], [0, 10, 25, 50, 75, 100, 150, 200]]))',
#     # depth increases downwards on both axes, which show the same depth range
#     'ax.get_ylim()[0] > ax.get_ylim()[1] and np.allclose(ax.get_ylim(), ax_top.get_ylim())',
#     'ax_top.xaxis.get_label_position() == "top" and ax.xaxis.get_label_position() == "bottom"',
#     'ax.get_xlabel() == "Temperature (deg C)" and ax_top.get_xlabel() == "Salinity (PSU)" and ax.get_ylabel() == "Depth (m)"',
# ]
# difficulty = 'intermediate'
# tags = ['twin-axes', 'line-plot', 'applied-science']
# ///
import matplotlib.pyplot as plt
import numpy as np

depth = np.array([0, 10, 25, 50, 75, 100, 150, 200])
temperature = np.array([18.2, 18.0, 17.1, 14.3, 12.0, 10.8, 9.6, 9.1])
salinity = np.array([35.1, 35.1, 35.0, 34.8, 34.7, 34.6, 34.5, 34.5])

fig, ax = plt.subplots(figsize=(4, 5))
ax.plot(temperature, depth, color="tab:red")
ax.set_xlabel("Temperature (deg C)", color="tab:red")
ax.set_ylabel("Depth (m)")
ax.invert_yaxis()

# twiny shares the y axis and puts the new x axis at the top
ax_top = ax.twiny()
ax_top.plot(salinity, depth, color="tab:blue")
ax_top.set_xlabel("Salinity (PSU)", color="tab:blue")
