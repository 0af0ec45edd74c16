# /// example
# task = """
# Generate the 4-bit maximum length sequence with `max_len_seq` defaults (all-ones initial \
# state) as `mls`, map its bits to a bipolar sequence (1 -> +1, 0 -> -1) and store in `autocorr` \
# its circular autocorrelation at lags 0 to 14.
#
# ```text
# nbits = 4, state = [1, 1, 1, 1]
# ```
#
# Wanted:
#
# ```text
# mls      = [1, 1, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 0, 0]
# autocorr = [15, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]
# ```"""
# prompt = """
# I'm using a maximum length sequence as a test signal and want to see why it is "white". Make \
# the 4-bit MLS (default all-ones start) in `mls`, turn it into +1/-1 values (1 -> +1, 0 -> -1) \
# and compute the circular autocorrelation for lags 0 to 14 in `autocorr`:
#
# ```text
# nbits = 4, state = [1, 1, 1, 1]
# ```
#
# I expect
#
# ```text
# mls      = [1, 1, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 0, 0]
# autocorr = [15, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.array_equal(mls, [1, 1, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1, 0, 0, 0])',
#     'np.allclose(autocorr, [15] + [-1] * 14)',
# ]
# difficulty = 'intermediate'
# tags = ['waveform-generation', 'correlation']
# ///
import numpy as np
from scipy import signal

mls, _ = signal.max_len_seq(4)
bipolar = 2.0 * mls - 1.0
# circular autocorrelation via the FFT: IFFT of the power spectrum
autocorr = np.real(np.fft.ifft(np.abs(np.fft.fft(bipolar)) ** 2))
