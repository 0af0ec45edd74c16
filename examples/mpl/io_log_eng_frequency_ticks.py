# /// example
# task = """
# Plot the measured gain below against frequency on `fig, ax` with a logarithmic x axis from 10 \
# to 100000 Hz, major ticks at every power of ten (`LogLocator`) and tick labels in engineering \
# notation with the unit "Hz" (`EngFormatter`), exactly as in the wanted output.
#
# ```text
# frequency_Hz  gain_dB
# 10            0.0
# 100          -0.2
# 1000         -3.0
# 10000       -20.1
# 100000      -40.0
# ```
#
# Wanted x tick labels:
#
# ```text
# 10 Hz   100 Hz   1 kHz   10 kHz   100 kHz
# ```"""
# prompt = """
# Please plot this frequency response on `fig, ax` with a log frequency axis from 10 to 100000 \
# Hz, one major tick per decade and labels like "1 kHz" (EngFormatter with unit "Hz"):
#
# ```text
# frequency_Hz  gain_dB
# 10            0.0
# 100          -0.2
# 1000         -3.0
# 10000       -20.1
# 100000      -40.0
# ```
#
# The x tick labels should read:
#
# ```text
# 10 Hz   100 Hz   1 kHz   10 kHz   100 kHz
# ```"""
# task_type = 'input-output'
# domain = 'visualization'
# libraries = ['matplotlib', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(figure_summary(fig).axes[0].lines_xy[0], [[10, 0.0], [100, -0.2], [1000, -3.0], [10000, -20.1], [100000, -40.0]])',
#     'figure_summary(fig).axes[0].xscale == "log" and np.allclose(ax.get_xlim(), (10, 100000))',
#     # visible labels, with a plain or a narrow no-break space before the unit
#     '(fig.canvas.draw(), [t.get_text().replace("\u202f", " ").replace("\u2009", " ") for t in ax.get_xticklabels() if t.get_text() and 10 <= t.get_position()[0] <= 100000] == ["10 Hz", "100 Hz", "1 kHz", "10 kHz", "100 kHz"])[-1]',
# ]
# difficulty = 'basic'
# tags = ['log-scale', 'tick-formatting', 'system-response']
# ///
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import EngFormatter, LogLocator

frequency = np.array([10, 100, 1000, 10000, 100000])
gain_db = np.array([0.0, -0.2, -3.0, -20.1, -40.0])

fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(frequency, gain_db, marker="o")
ax.set_xscale("log")
ax.set_xlim(10, 100000)
# numticks high enough that no decade is skipped
ax.xaxis.set_major_locator(LogLocator(base=10, numticks=10))
ax.xaxis.set_major_formatter(EngFormatter(unit="Hz"))
ax.set(xlabel="frequency", ylabel="gain (dB)", title="Frequency response")
