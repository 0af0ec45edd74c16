# /// example
# # resampling factor sweep: rational rate changes with a polyphase filter
# task = """
# Change the sample rate of `signal` (sampled at `fs` Hz) by the rational factor 1/2 with \
# polyphase filtering (`resample_poly`, `up=1`, `down=2`); store the result in `resampled` and \
# the new rate in `fs_new`."""
# prompt = """
# Please halve the sample rate of `signal` (sampled at `fs` Hz) with polyphase resampling, up by \
# 1 and down by 2. Store the result in `resampled` and the new rate in `fs_new`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'len(resampled) == -(-len(signal) * 1 // 2)',
#     'np.isclose(fs_new, fs * 1 / 2)',
#     'abs(dominant_frequency(resampled, fs_new) - dominant_frequency(signal, fs)) <= 2 * fs / len(signal)',
# ]
# difficulty = 'basic'
# tags = ['resampling', 'parameter-choice']
# family = 'signal.resample_poly'
# [edge_cases]
# noise_only = false
# min_size = 128
# why = 'the check follows the strongest tone: a pure-noise draw has no strongest component (its top bins trade places under any filter); and the polyphase filter reaches 10 * max(up, down) input samples to each side, so a record of fewer than about 128 samples is mostly edge'
# ///
from scipy import signal as sps

up, down = 1, 2
# pad the ends with the mean rather than zeros, so that an offset does not become a step there
resampled = sps.resample_poly(signal, up, down, padtype="mean")
fs_new = fs * up / down
