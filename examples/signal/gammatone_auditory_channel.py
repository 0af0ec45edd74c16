# /// example
# task = """
# Model one auditory-nerve channel: pass the recording `x` (sampled at `fs` Hz) through a \
# 4th-order IIR gammatone filter centred at 440 Hz and store the output in `channel` (same \
# length). Also store the filter's gain at 440 Hz in `gain_centre` and at 1200 Hz in `gain_1200` \
# (magnitudes, not dB)."""
# prompt = """
# I'm building a simple cochlea model and want the channel tuned to 440 Hz: filter my audio `x` \
# (rate `fs`) with an IIR gammatone filter centred at 440 Hz into `channel`, and report how much \
# the filter passes at its centre (`gain_centre`) and at 1200 Hz (`gain_1200`), as plain \
# magnitudes."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     'np.shape(channel) == np.shape(x)',
#     'np.allclose(channel, scipy.signal.lfilter(*scipy.signal.gammatone(440, "iir", fs=fs), x), rtol=1e-5, atol=1e-5 * max(1e-300, float(np.abs(x).max())))',
#     # SciPy normalises the gammatone to unit gain at its centre; 1200 Hz is far outside its band
#     'abs(gain_centre - 1) < 1e-3',
#     'np.isclose(gain_1200, abs(scipy.signal.freqz(*scipy.signal.gammatone(440, "iir", fs=fs), worN=[1200.0], fs=fs)[1][0]), rtol=1e-6) and gain_1200 < 1e-3',
# ]
# difficulty = 'intermediate'
# tags = ['filtering', 'bandpass', 'iir-filter', 'applied-science']
# edge_cases = true
# ///
import numpy as np
from scipy import signal

# ftype="iir" gives the 4th-order recursive approximation of the gammatone impulse response
b, a = signal.gammatone(440, "iir", fs=fs)
channel = signal.lfilter(b, a, x)
_, response = signal.freqz(b, a, worN=[440.0, 1200.0], fs=fs)
gain_centre, gain_1200 = np.abs(response)
