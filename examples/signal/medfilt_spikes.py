# /// example
# task = """
# Add impulsive spikes to a copy of `signal` (1% of the samples, chosen with seed 7, of size 20 \
# standard deviations with random sign) to get `spiky`, keeping their positions in `spike_idx`; \
# remove them with a 5-point median filter and store the result in `despiked`."""
# prompt = """
# To test despiking, add impulsive spikes to a copy of `signal`: 1% of the samples, picked with \
# seed 7, each 20 standard deviations in size with a random sign; call it `spiky` and keep the \
# spike positions in `spike_idx`. Then remove them with a 5-point median filter and store the \
# result in `despiked`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'noisy.signal' }
# checks = [
#     'despiked.shape == signal.shape',
#     # 1% of the samples, each chosen once
#     'abs(len(spike_idx) - 0.01 * signal.size) <= 1 and len(np.unique(spike_idx)) == len(spike_idx)',
#     'np.abs(spiky[spike_idx] - signal[spike_idx]).min() > 10 * signal.std()',
#     'np.abs(despiked[spike_idx] - signal[spike_idx]).max() < 5 * signal.std()',
#     # a 5-point running median of `spiky` (the two samples at each end depend on the padding)
#     'np.allclose(despiked[2:-2], scipy.signal.medfilt(spiky, kernel_size=5)[2:-2])',
# ]
# difficulty = 'basic'
# tags = ['smoothing', 'filtering', 'outliers']
# edge_cases = true
# ///
import numpy as np
from scipy import signal as sps

rng = np.random.default_rng(7)
spiky = signal.copy()
spike_idx = rng.choice(signal.size, size=max(1, signal.size // 100), replace=False)
spiky[spike_idx] += 20 * signal.std() * rng.choice([-1, 1], size=spike_idx.size)
# the median ignores isolated outliers that a linear filter would smear out
despiked = sps.medfilt(spiky, kernel_size=5)
