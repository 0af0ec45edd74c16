# /// example
# task = """
# `event_counts` are hourly event counts. Estimate a spike-resistant baseline with a running \
# median over 5 hours (zero padding beyond both ends, as `medfilt` does) and store it in \
# `baseline`; store the counts minus the baseline in `excess`."""
# prompt = """
# I have hourly counts `event_counts` with occasional bursts. Give me a running-median baseline \
# over a 5-hour window (zeros assumed outside the record) in `baseline` and the counts above or \
# below it in `excess`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     # the median of each zero-padded 5-sample window
#     'np.allclose(baseline, np.median(np.lib.stride_tricks.sliding_window_view(np.pad(np.asarray(event_counts, dtype=float), 2), 5), axis=1))',
#     'np.allclose(excess, np.asarray(event_counts, dtype=float) - np.asarray(baseline, dtype=float))',
# ]
# difficulty = 'basic'
# tags = ['smoothing', 'outliers', 'time-series']
# [edge_cases]
# min_size = 5
# why = 'a 5-hour window needs at least 5 hours of counts'
# ///
import numpy as np
from scipy import signal

counts = np.asarray(event_counts, dtype=float)
# an odd kernel keeps the window centred on each hour
baseline = signal.medfilt(counts, kernel_size=5)
excess = counts - baseline
