# /// example
# task = """
# Make a 1 s amplitude-modulated test tone at `fs` = 5000 Hz on the time axis `t` (a 400 Hz \
# carrier whose amplitude `modulation` = 1 + 0.5 sin(2*pi*3*t)); recover its envelope `envelope` \
# from the analytic signal (`hilbert`) and its instantaneous frequency `inst_freq` (Hz) from the \
# unwrapped phase."""
# prompt = """
# Make a 1 s amplitude-modulated test tone sampled at `fs` = 5000 Hz on the time axis `t`: a 400 \
# Hz carrier whose amplitude `modulation` = 1 + 0.5 sin(2*pi*3*t). Recover its envelope \
# `envelope` from the analytic signal (Hilbert transform) and the instantaneous frequency \
# `inst_freq` in Hz from the first differences of the unwrapped phase (so one sample shorter than \
# `t`)."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'envelope.shape == t.shape and len(inst_freq) == len(t) - 1',
#     # the FFT-based transform is exact away from the ends
#     'np.allclose(envelope[250:-250], modulation[250:-250], atol=0.02)',
#     'abs(np.median(inst_freq) - 400) < 1',
#     'np.isclose(fs, 5000) and np.allclose(np.diff(t), 1 / 5000) and abs(t[-1] - t[0] - 1) <= 1 / 5000',
#     'np.allclose(modulation, 1 + 0.5 * np.sin(2 * np.pi * 3 * t))',
# ]
# difficulty = 'intermediate'
# tags = ['time-frequency']
# ///
import numpy as np
from scipy import signal as sps

fs = 5000.0
t = np.arange(0, 1, 1 / fs)
modulation = 1 + 0.5 * np.sin(2 * np.pi * 3 * t)
am = modulation * np.sin(2 * np.pi * 400 * t)
# hilbert returns the analytic signal x + iH(x), not the transform: its magnitude is the envelope
analytic = sps.hilbert(am)
envelope = np.abs(analytic)
# unwrap removes the 2*pi jumps of angle, so phase differences give the frequency
inst_freq = np.diff(np.unwrap(np.angle(analytic))) * fs / (2 * np.pi)
