# /// example
# task = """
# Interpolate `signal` (sampled at `fs` Hz) by a factor of 3 with `upfirdn`: zero-stuff and \
# filter with a `firwin` low-pass `h` of 73 taps cut at the original Nyquist frequency, scaled by \
# 3 to keep the amplitude; store the result in `upsampled`."""
# prompt = """
# Interpolate `signal` (sampled at `fs` Hz) by a factor of 3 in one upsample-filter step: \
# zero-stuff and filter with a 73-tap windowed-sinc low-pass `h` cut at the original Nyquist \
# frequency and scaled by 3 to keep the amplitude. Store the full output (no trimming) in \
# `upsampled`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'len(upsampled) == (len(signal) - 1) * 3 + len(h)',
#     # a windowed sinc cut at 1/up is zero at every up-th tap off its centre, so after the
#     # filter's delay every third output sample is an input sample (to the window's 0.1%)
#     'np.allclose(upsampled[(len(h) - 1) // 2 :: 3][: len(signal)], signal, rtol=0.01, atol=1e-9 * np.abs(signal).max())',
#     # the images that zero-stuffing creates above the original Nyquist frequency are filtered out
#     'band_power(upsampled, 3 * fs, 0.6 * fs, 1.5 * fs) <= 1e-3 * band_power(upsampled, 3 * fs, 0, 1.5 * fs)',
# ]
# difficulty = 'advanced'
# tags = ['interpolation', 'resampling']
# edge_cases = true
# ///
from scipy import signal as sps

up = 3
# cutoff 1/up of the new Nyquist; gain `up` restores the energy lost to zero-stuffing
h = up * sps.firwin(24 * up + 1, 1 / up)
upsampled = sps.upfirdn(h, signal, up=up)
