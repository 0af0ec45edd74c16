# /// example
# task = """
# Downsample `signal` (sampled at `fs` Hz) by a factor `q = 4` with an anti-aliasing FIR and zero \
# phase (`decimate`); store the result in `decimated` and its sample rate in `fs_decimated`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'len(decimated) == -(-len(signal) // 4)',
#     'fs_decimated == fs / 4',
#     'abs(dominant_frequency(decimated, fs_decimated) - dominant_frequency(signal, fs)) <= 2 * fs / len(signal)',
# ]
# difficulty = 'basic'
# tags = ['resampling', 'decimation', 'anti-aliasing']
# [edge_cases]
# min_seconds = 0.5
# noise_only = false
# why = 'the check follows the strongest tone, which must stand out: a pure-noise draw has no strongest component (its top bins trade places under any filter), and the 5 Hz tone takes a few periods to be resolved from DC'
# ///
from scipy import signal as sps

q = 4
# the zero-phase FIR pads the ends with zeros: take the mean out so that an offset does
# not turn into a step at each end, and put it back afterwards
offset = signal.mean()
decimated = sps.decimate(signal - offset, q, ftype="fir", zero_phase=True) + offset
fs_decimated = fs / q
