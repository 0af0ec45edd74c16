# /// example
# task = """
# Plot the sampled `signal` against time `t` and add an inset Axes `axins` (inside the upper \
# right of the main Axes) that zooms onto the first 5 % of the recording, marked on the main Axes \
# with `indicate_inset_zoom`; label the axes, title the inset "zoom" and give the plot a title. \
# Keep the figure in `fig` and its Axes in `ax`."""
# prompt = """
# Plot `signal` against time `t` as a line, then add an inset Axes `axins` inside the upper right \
# of the main Axes that shows the same signal zoomed onto the first 5% of the recording (x limits \
# from t[0] to t[0] plus 5% of the total span), with the zoomed region indicated on the main \
# Axes. Title the inset "zoom", label the axes, give the plot a title, and keep the figure in \
# `fig` and the Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { signal = 'noisy.signal', t = 'noisy.t' }
# checks = [
#     'axins in ax.child_axes',
#     'np.allclose(axins.get_xlim(), (t[0], t[0] + 0.05 * (t[-1] - t[0])))',
#     "axins.get_title() == 'zoom'",
#     "figure_summary(fig).axes[0].title != ''",
#     # the signal is drawn as a line on the main Axes and again in the inset
#     'any(np.allclose(xy, np.column_stack([t, signal]), equal_nan=True) for xy in figure_summary(fig).axes[0].lines_xy if len(xy) == len(t))',
#     'any(np.allclose(line.get_xydata(), np.column_stack([t, signal]), equal_nan=True) for line in axins.lines if len(line.get_xydata()) == len(t))',
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'advanced'
# tags = ['subplots', 'annotation', 'line-plot']
# edge_cases = true
# ///
import matplotlib.pyplot as plt

zoom_end = t[0] + 0.05 * (t[-1] - t[0])

fig, ax = plt.subplots()
ax.plot(t, signal, linewidth=0.5)
ax.set_xlabel("time (s)")
ax.set_ylabel("amplitude")
ax.set_title("Noisy signal with zoomed inset")

# bounds are in axes fractions: x0, y0, width, height
axins = ax.inset_axes([0.6, 0.6, 0.37, 0.35])
axins.plot(t, signal, linewidth=0.8)
axins.set_xlim(t[0], zoom_end)
ax.indicate_inset_zoom(axins, edgecolor="black")
axins.set_title("zoom", fontsize=8)
