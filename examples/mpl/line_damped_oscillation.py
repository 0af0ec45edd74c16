# /// example
# task = """
# Plot a damped oscillation `displacement = exp(-0.3 t) cos(2π·0.8 t)` over a time grid `t` from \
# 0 to 10 s, together with its decay envelope `envelope = exp(-0.3 t)` as a dashed gray line \
# (linestyle "--"): two lines on one Axes `ax`. Label the axes, add a title and a legend with the \
# entries "displacement" and "envelope". Keep the figure in `fig`."""
# prompt = """
# Plot a damped oscillation `displacement` = exp(-0.3 t) cos(2π·0.8 t) over a time grid `t` from \
# 0 to 10 s, together with its decay envelope `envelope` = exp(-0.3 t) as a dashed gray line \
# (linestyle "--"): exactly two lines on one Axes `ax`, displacement first. Label the axes, add a \
# title and a legend with "displacement" and "envelope", and keep the figure in `fig`."""
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'figure_summary(fig).axes[0].n_lines == 2 and np.allclose(ax.lines[0].get_ydata(), displacement) and np.allclose(ax.lines[1].get_ydata(), envelope)',
#     "figure_summary(fig).axes[0].legend_labels == ['displacement', 'envelope']",
#     'np.all(np.abs(displacement) <= envelope + 1e-12)',
#     "ax.lines[1].get_linestyle() == '--'",
#     "figure_summary(fig).axes[0].xlabel != '' and figure_summary(fig).axes[0].ylabel != ''",
# ]
# difficulty = 'basic'
# tags = ['line-plot', 'legend']
# ///
import matplotlib.pyplot as plt
import numpy as np

# 500 samples over the 8 periods keep the cosine smooth when drawn as straight segments
t = np.linspace(0, 10, 500)
envelope = np.exp(-0.3 * t)
displacement = envelope * np.cos(2 * np.pi * 0.8 * t)

fig, ax = plt.subplots()
ax.plot(t, displacement, label="displacement")
ax.plot(t, envelope, linestyle="--", color="gray", label="envelope")
ax.set_xlabel("time (s)")
ax.set_ylabel("displacement (m)")
ax.set_title("Damped harmonic oscillator")
ax.legend()
