# /// example
# task = """
# Plot the sampled `signal` against time `t` and add an inset Axes `axins` (inside the upper \
# right of the main Axes) that zooms onto the first 5 % of the recording, marked on the main Axes \
# with `indicate_inset_zoom`; label the axes, title the inset "zoom" and give the plot a title. \
# Keep the figure in `fig` and its Axes in `ax`."""
# domain = 'visualization'
# libraries = ['matplotlib']
# inputs = { signal = 'noisy.signal', t = 'noisy.t' }
# checks = [
#     'axins in ax.child_axes',
#     'np.allclose(axins.get_xlim(), (t[0], t[0] + 0.05 * (t[-1] - t[0])))',
#     "axins.get_title() == 'zoom'",
#     "figure_summary(fig).axes[0].title != ''",
# ]
# difficulty = 'advanced'
# tags = ['inset-axes', 'zoom']
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
