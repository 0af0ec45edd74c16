# /// example
# task = """
# Resample the recording `x`, sampled at `fs` Hz (an integer rate), to exactly 11025 Hz with \
# polyphase filtering: reduce the ratio 11025 / `fs` to lowest terms and use those integers as \
# the up and down factors. Store the new signal in `resampled` and its rate in `fs_new`."""
# prompt = """
# I have audio `x` at `fs` Hz (a whole number) and a tool that wants exactly 11025 Hz. Resample it \
# with a polyphase filter, using the smallest integer up/down factors that give that ratio, and \
# keep the result in `resampled` with its rate in `fs_new`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'fs_new == 11025',
#     'len(resampled) == math.ceil(len(x) * 11025 / fs)',
#     'np.allclose(resampled, scipy.signal.resample_poly(x, 11025 // math.gcd(11025, int(fs)), int(fs) // math.gcd(11025, int(fs))), rtol=1e-9, atol=1e-9 * np.abs(x).max())',
# ]
# difficulty = 'intermediate'
# tags = ['resampling']
# edge_cases = true
# ///
from fractions import Fraction

from scipy import signal

fs_new = 11025
# e.g. 11025 / 8000 = 441 / 320: upsample by 441, low-pass, keep every 320th sample
ratio = Fraction(fs_new, int(fs))
resampled = signal.resample_poly(x, ratio.numerator, ratio.denominator)
