# /// example
# # resampling factor sweep: rational rate changes with a polyphase filter
# task = """
# Change the sample rate of `signal` (sampled at `fs` Hz) by the rational factor 3/2 with \
# polyphase filtering (`resample_poly`, `up=3`, `down=2`); store the result in `resampled` and \
# the new rate in `fs_new`."""
# prompt = """
# I need to change the sample rate of `signal` (sampled at `fs` Hz) by the rational factor 3/2 \
# (up 3, down 2) using polyphase filtering. Store the resampled data in `resampled` and the new \
# rate in `fs_new`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'len(resampled) == -(-len(signal) * 3 // 2)',
#     'np.isclose(fs_new, fs * 3 / 2)',
#     'abs(dominant_frequency(resampled, fs_new) - dominant_frequency(signal, fs)) <= 2 * fs / len(signal)',
# ]
# difficulty = 'intermediate'
# tags = ['resampling', 'parameter-choice']
# family = 'signal.resample_poly'
# [edge_cases]
# noise_only = false
# min_size = 128
# why = 'the check follows the strongest tone: a pure-noise draw has no strongest component (its top bins trade places under any filter); and the polyphase filter reaches 10 * max(up, down) input samples to each side, so a record of fewer than about 128 samples is mostly edge'
# ///
from scipy import signal as sps

up, down = 3, 2
# pad the ends with the mean rather than zeros, so that an offset does not become a step there
resampled = sps.resample_poly(signal, up, down, padtype="mean")
fs_new = fs * up / down
