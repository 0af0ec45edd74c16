# /// example
# task = """
# This code should upsample the recording `x` by 3 with zero insertion and the 61-tap \
# anti-imaging low-pass `taps` applied by `upfirdn`, storing the result in `upsampled`:
#
# ```python
# from scipy import signal
#
# up = 3
# taps = signal.firwin(61, 1 / up)
# upsampled = signal.upfirdn(taps, x, up=up)
# ```
#
# It runs, but `upsampled` is about three times quieter than `x`. Keep the same filter design \
# and `upfirdn`, and fix the level."""
# prompt = """
# I upsample `x` by 3 with `upfirdn` and a 61-tap `firwin` low-pass at 1/3 of Nyquist, into \
# `upsampled`:
#
# ```python
# from scipy import signal
#
# up = 3
# taps = signal.firwin(61, 1 / up)
# upsampled = signal.upfirdn(taps, x, up=up)
# ```
#
# The waveform has the right shape but its amplitude is about a third of the original. What did \
# I miss? I want to keep this filter and upfirdn."""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal' }
# checks = [
#     'len(upsampled) == 3 * len(x) + 60 - 2',
#     'np.allclose(upsampled, scipy.signal.upfirdn(3 * scipy.signal.firwin(61, 1 / 3), x, up=3), rtol=1e-9, atol=1e-9 * max(1.0, float(np.abs(x).max())))',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'resampling', 'fir-filter']
# edge_cases = true
# ///
from scipy import signal

up = 3
taps = signal.firwin(61, 1 / up)
# zero insertion spreads each sample's energy over `up` outputs: the filter needs a gain of `up`
upsampled = signal.upfirdn(up * taps, x, up=up)
