# /// example
# task = """
# This code should synthesise a 5 MHz Gaussian-modulated ultrasound pulse (fractional bandwidth \
# 0.5) sampled at 100 MHz from -1 to +1 microseconds, storing the sample times in seconds in `t` \
# and the pulse in `pulse`. It runs, but `pulse` is a single spike at t = 0 and zero elsewhere:
#
# ```python
# import numpy as np
# from scipy import signal
#
# t = np.arange(-100, 101)
# pulse = signal.gausspulse(t, fc=5e6, bw=0.5)
# ```
#
# Fix it."""
# prompt = """
# I'm simulating an ultrasound transducer: a 5 MHz Gaussian pulse with 0.5 fractional bandwidth, \
# sampled at 100 MHz between -1 and +1 microseconds. Times in seconds go in `t`, the pulse in \
# `pulse`:
#
# ```python
# import numpy as np
# from scipy import signal
#
# t = np.arange(-100, 101)
# pulse = signal.gausspulse(t, fc=5e6, bw=0.5)
# ```
#
# All I get is a 1 at the centre and zeros everywhere else."""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'np.allclose(t, np.arange(-100, 101) / 100e6)',
#     # a Gaussian envelope times cos(2 pi fc t); the bandwidth 0.5 is measured at -6 dB (the default bwr)
#     'np.allclose(pulse, np.exp((np.pi * 5e6 * 0.5) ** 2 / (4 * np.log(10 ** (-6 / 20))) * t**2) * np.cos(2 * np.pi * 5e6 * t), atol=1e-9)',
#     'np.sum(np.abs(pulse) > 0.1) > 10',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'waveform-generation']
# ///
import numpy as np
from scipy import signal

# gausspulse expects time in seconds: divide the sample index by the sample rate
t = np.arange(-100, 101) / 100e6
pulse = signal.gausspulse(t, fc=5e6, bw=0.5)
