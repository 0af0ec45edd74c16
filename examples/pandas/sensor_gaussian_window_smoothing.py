# /// example
# task = """
# Smooth the three channels of `sensor` with a centred 7-day rolling window whose weights follow \
# a Gaussian with a standard deviation of 2 days (weights w_k = exp(-k^2 / (2 * 2^2)) for \
# k = -3..3, normalised), leaving NaN where the window is incomplete. Store the smoothed frame in \
# `smooth`."""
# prompt = """
# A flat moving average over-smooths the peaks in my `sensor` data. I'd like a centred 7-day \
# window with Gaussian weights (standard deviation 2 days, i.e. weights exp(-k^2/8) for offsets \
# -3..3, normalised) applied to every channel, NaN at the ends where the window is incomplete, \
# as `smooth`."""
# domain = 'signal_processing'
# libraries = ['pandas', 'scipy']
# inputs = { sensor = 'sensor' }
# checks = [
#     'smooth.shape == sensor.shape and smooth.index.equals(sensor.index)',
#     '(lambda w: len(sensor) < 7 or np.allclose(smooth.to_numpy(dtype=float)[3:-3], np.column_stack([np.convolve(sensor[c].to_numpy(dtype=float), w / w.sum(), mode="valid") for c in sensor.columns])))(np.exp(-np.arange(-3, 4) ** 2 / 8.0))',
#     'np.isnan(smooth.to_numpy(dtype=float)[:3]).all() and np.isnan(smooth.to_numpy(dtype=float)[-3:]).all()',
# ]
# difficulty = 'intermediate'
# tags = ['smoothing', 'rolling-window', 'window-functions']
# edge_cases = true
# ///
# win_type uses SciPy's window functions; the Gaussian's std is passed to the aggregation
smooth = sensor.rolling(7, center=True, win_type="gaussian").mean(std=2)
