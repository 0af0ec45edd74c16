# /// example
# task = """
# Plot station `temperature` from the table `stations` against two possible drivers side by \
# side with the seaborn objects interface: `.pair(x=["lat", "elevation_m"])` with \
# `temperature` on the shared y axis, each panel showing the stations as dots (`so.Dots()`) and \
# a straight least-squares trend (`so.Line()` with `so.PolyFit(order=1)`). Label the panels' \
# x axes "latitude (deg)" and "elevation (m)" and the y axis "temperature (C)", use the constrained \
# layout engine through `.layout(engine="constrained")`, and draw it with `.on(fig)` onto a new \
# figure `fig` of 8 x 3.5 inches."""
# prompt = """
# Which matters more for my `stations`' `temperature`, latitude or elevation? Please make two \
# panels side by side with seaborn.objects (pairing x over `lat` and `elevation_m`, temperature \
# on y), dots for the stations and a fitted straight line in each panel. x labels \
# "latitude (deg)" and "elevation (m)", y label "temperature (C)", constrained layout, drawn on a \
# new 8 x 3.5 inch figure `fig`."""
# domain = 'visualization'
# libraries = ['seaborn', 'matplotlib', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     'figure_summary(fig).n_axes == 2 and [ax.xlabel for ax in figure_summary(fig).axes] == ["latitude (deg)", "elevation (m)"] and figure_summary(fig).axes[0].ylabel == "temperature (C)"',
#     'all(np.allclose(ax.scatter_xy[0], stations[[c, "temperature"]].to_numpy()) for ax, c in zip(figure_summary(fig).axes, ["lat", "elevation_m"]))',
#     # each trend line follows np.polyfit of temperature on that panel's column (none exists if it is constant)
#     'all(stations[c].nunique() < 2 or np.allclose(ax.lines_xy[0][:, 1], np.polyval(np.polyfit(stations[c], stations["temperature"], 1), ax.lines_xy[0][:, 0])) for ax, c in zip(figure_summary(fig).axes, ["lat", "elevation_m"]))',
#     'np.allclose(fig.get_size_inches(), [8, 3.5]) and isinstance(fig.get_layout_engine(), matplotlib.layout_engine.ConstrainedLayoutEngine)',
# ]
# difficulty = 'intermediate'
# tags = ['scatter-plot', 'regression', 'subplots']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
import seaborn.objects as so

fig = plt.figure(figsize=(8, 3.5))
(
    # a fresh 0..n-1 index: seaborn.objects can fail on repeated index labels
    so.Plot(stations.reset_index(drop=True), y="temperature")
    # pair makes one panel per x variable, all sharing the temperature axis
    .pair(x=["lat", "elevation_m"])
    .add(so.Dots())
    .add(so.Line(color="black"), so.PolyFit(order=1))
    .label(x0="latitude (deg)", x1="elevation (m)", y="temperature (C)")
    .layout(engine="constrained")
    .on(fig)
    .plot()
)
