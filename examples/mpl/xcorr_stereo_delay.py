# /// example
# task = """
# The signal `y` is a delayed copy of `x` (both sampled at `fs` Hz). Plot their cross-correlation \
# with Matplotlib's `xcorr` on the Axes `ax` of the figure `fig`, after removing each signal's \
# mean and its linear trend, for lags up to 2 seconds either side (at most one less than the signal length), normalised; store the lags (in \
# samples) and the correlation values that `xcorr` returns in `lags` and `corr`, and the lag of \
# the highest correlation converted to seconds in `delay_seconds`. Label the axes and add a \
# title."""
# prompt = """
# My stereo recording has `y` lagging `x` by some delay, sampled at `fs` Hz. I'd like to see the \
# cross-correlation using Matplotlib's `xcorr` on `ax` in `fig` (detrend both signals linearly \
# first, normalised, lags up to 2 s each way, or the signal length minus one if that is shorter), keep the lags and values it returns in `lags` and \
# `corr`, and read off the delay in seconds from the peak into `delay_seconds`. Axis labels and a \
# title please."""
# domain = 'signal_processing'
# libraries = ['matplotlib', 'numpy', 'scipy.signal']
# inputs = { x = 'stereo.x', y = 'stereo.y', fs = 'stereo.fs' }
# checks = [
#     # maxlags is 2 s in samples, capped by the signal length
#     'np.array_equal(lags, np.arange(-min(int(2 * fs), len(x) - 1), min(int(2 * fs), len(x) - 1) + 1))',
#     # normalised full cross-correlation of the detrended signals, cut to the lag window
#     '(lambda a, b: (lambda c: np.allclose(corr, c[len(a) - 1 - min(int(2 * fs), len(x) - 1): len(a) + min(int(2 * fs), len(x) - 1)]))(np.correlate(a, b, mode="full") / np.sqrt(np.dot(a, a) * np.dot(b, b))))(scipy.signal.detrend(x), scipy.signal.detrend(y))',
#     'np.isclose(delay_seconds, lags[np.argmax(corr)] / fs)',
#     # what was drawn: a line through (lag, correlation) or vertical stems ending there
#     '(lambda want: any(xy.shape == want.shape and np.allclose(xy, want) for xy in figure_summary(fig).axes[0].lines_xy) or any(len(c.get_segments()) == len(want) and np.allclose([seg[-1] for seg in c.get_segments()], want) for c in ax.collections if isinstance(c, matplotlib.collections.LineCollection)))(np.column_stack([lags, corr]))',
#     'ax.get_xlabel() != "" and ax.get_ylabel() != "" and ax.get_title() != ""',
# ]
# difficulty = 'advanced'
# tags = ['correlation', 'spectral-analysis', 'trend']
# edge_cases = true
# ///
import matplotlib.pyplot as plt
from scipy import signal

x_flat = signal.detrend(x)
y_flat = signal.detrend(y)
max_lag = min(int(2 * fs), len(x) - 1)

fig, ax = plt.subplots(figsize=(8, 4))
# usevlines=False draws one line through the points instead of a stem per lag
lags, corr, line, _ = ax.xcorr(
    x_flat, y_flat, maxlags=max_lag, normed=True, usevlines=False, marker=""
)
delay_seconds = lags[corr.argmax()] / fs
ax.set(
    xlabel="lag (samples)",
    ylabel="normalised cross-correlation",
    title=f"Peak at {delay_seconds:.3f} s",
)
