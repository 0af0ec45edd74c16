# /// example
# task = """
# Downsample `signal` (sampled at `fs` Hz) by a factor `q = 4` with an anti-aliasing FIR and zero \
# phase (`decimate`); store the result in `decimated` and its sample rate in `fs_decimated`."""
# prompt = """
# I'd like to downsample `signal` (sampled at `fs` Hz) by a factor `q = 4`, using an FIR \
# anti-aliasing filter applied with zero phase. Store the downsampled signal in `decimated` and \
# its new sample rate in `fs_decimated`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'len(decimated) == -(-len(signal) // 4)',
#     'fs_decimated == fs / 4',
#     # zero phase: away from the ends the samples match `decimate`'s zero-phase FIR result (offset removed
#     # and restored, which only changes the ends)
#     'np.sqrt(np.mean((decimated - scipy.signal.decimate(signal - signal.mean(), 4, ftype="fir", zero_phase=True) - signal.mean())[len(decimated) // 4 : 3 * len(decimated) // 4] ** 2)) <= 0.05 * np.std(signal) + 1e-9 * np.abs(signal).max()',
#     'abs(dominant_frequency(decimated, fs_decimated) - dominant_frequency(signal, fs)) <= 2 * fs / len(signal)',
# ]
# difficulty = 'basic'
# tags = ['resampling', 'fir-filter']
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
