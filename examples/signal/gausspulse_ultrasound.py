# /// example
# task = """
# Generate a Gaussian-modulated ultrasound pulse `pulse` with a centre frequency `fc` of 5 MHz \
# and 50% fractional bandwidth, sampled at `fs` = 100 MHz on a time axis `t` that spans the \
# interval where the envelope is above -60 dB (`gausspulse("cutoff", ...)`); also return its \
# envelope `envelope`."""
# prompt = """
# Simulate an ultrasound transducer pulse: a Gaussian-modulated sinusoid `pulse` with centre \
# frequency `fc` = 5 MHz and 50% fractional bandwidth, sampled at `fs` = 100 MHz on a time axis \
# `t` that spans just the interval where the envelope is above -60 dB. Also return the envelope \
# itself as `envelope`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'pulse.shape == envelope.shape == t.shape',
#     'np.all(np.abs(pulse) <= envelope + 1e-12)',
#     'np.isclose(envelope.max(), 1, atol=1e-3) and envelope[0] < 1.1e-3',
#     'abs(dominant_frequency(pulse, fs) - fc) < 0.1 * fc',
# ]
# difficulty = 'intermediate'
# tags = ['waveform-generation', 'applied-science']
# ///
import numpy as np
from scipy import signal as sps

fc, fs = 5e6, 100e6
# "cutoff" returns the time at which the envelope falls to tpr dB, so t spans the whole pulse;
# bw=0.5 is the fractional bandwidth, measured at -6 dB by default
t_cut = sps.gausspulse("cutoff", fc=fc, bw=0.5, tpr=-60)
t = np.arange(-t_cut, t_cut, 1 / fs)
pulse, envelope = sps.gausspulse(t, fc=fc, bw=0.5, retenv=True)
