# /// example
# task = """
# Plot the unit-step responses (`step`) of the second-order system wn**2 / (s**2 + 2 zeta wn s + \
# wn**2) with wn = 2 rad/s for the three damping ratios 0.2, 0.5 and 1.0 (`TransferFunction`) \
# over 0-10 s on one axes `ax`, one labelled line per ratio, with axis labels, a title and a \
# legend; store each response's overshoot above 1 in the dict `overshoot` keyed by the ratio."""
# prompt = """
# Plot the unit-step responses of the second-order system wn**2 / (s**2 + 2 zeta wn s + wn**2) \
# with wn = 2 rad/s for the 3 damping ratios 0.2, 0.5 and 1.0, over 0-10 s on one axes `ax`, one \
# labelled line per ratio, with axis labels, a title and a legend. Also store each response's \
# overshoot above 1 (peak minus 1) in the dict `overshoot` keyed by the ratio."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy', 'matplotlib']
# inputs = {}
# checks = [
#     'len(figure_summary().axes[0].legend_labels) == 3',
#     # a line per ratio following that system's step response at its own time points
#     'all(any(len(xy) > 10 and np.allclose(xy[:, 1], scipy.signal.step(([2.0**2], [1, 2 * z * 2.0, 2.0**2]), T=xy[:, 0])[1], atol=1e-3) for xy in figure_summary().axes[0].lines_xy) for z in (0.2, 0.5, 1.0))',
#     # percent overshoot of an underdamped system: exp(-pi zeta / sqrt(1 - zeta**2))
#     'np.isclose(overshoot[0.2], np.exp(-np.pi * 0.2 / np.sqrt(1 - 0.2**2)), rtol=0.02)',
#     'overshoot[0.2] > overshoot[0.5] > 0 and overshoot[1.0] < 1e-3',
# ]
# difficulty = 'basic'
# tags = ['lti-system', 'system-response']
# ///
import matplotlib.pyplot as plt
import numpy as np
from scipy import signal as sps

wn = 2.0
t = np.linspace(0, 10, 500)
overshoot = {}
fig, ax = plt.subplots()
for zeta in (0.2, 0.5, 1.0):
    system = sps.TransferFunction([wn**2], [1, 2 * zeta * wn, wn**2])
    t_out, y = sps.step(system, T=t)
    # the DC gain is wn**2 / wn**2 = 1, so the step settles at 1 and the peak above it is overshoot
    overshoot[zeta] = y.max() - 1
    ax.plot(t_out, y, label=f"ζ = {zeta}")
ax.axhline(1, color="gray", linestyle=":", linewidth=0.8)
ax.set(xlabel="Time (s)", ylabel="Output", title="Step response of a second-order system")
ax.legend(title="damping ratio")
