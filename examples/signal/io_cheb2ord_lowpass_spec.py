# /// example
# task = """
# For data sampled at 8000 Hz, find the lowest order of a Chebyshev type II low-pass filter that \
# keeps the passband up to 1000 Hz within 1 dB and attenuates from 1500 Hz on by at least 40 dB. \
# Store the order in `order`, the filter's critical frequency in Hz in `wn`, and the designed \
# filter as second-order sections in `sos` (3 sections of 6 coefficients).
#
# ```text
# fs = 8000 Hz, passband edge = 1000 Hz, stopband edge = 1500 Hz
# max passband loss = 1 dB, min stopband attenuation = 40 dB
# ```
#
# Wanted:
#
# ```text
# order = 6
# wn = 1444.41 Hz
# ```"""
# prompt = """
# I have to spec an anti-aliasing low-pass for 8 kHz data, Chebyshev II flavour:
#
# ```text
# fs = 8000 Hz, passband edge = 1000 Hz, stopband edge = 1500 Hz
# max passband loss = 1 dB, min stopband attenuation = 40 dB
# ```
#
# A colleague's tool says the minimum order and critical frequency are:
#
# ```text
# order = 6
# wn = 1444.41 Hz
# ```
#
# How do I get `order` and `wn` (in Hz) in SciPy, and then the filter itself as `sos` \
# (3 second-order sections)?"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'order == 6',
#     'abs(wn - 1444.41) < 0.01',
#     # the designed filter meets the spec: at most 1 dB loss at 1000 Hz, at least 40 dB from 1500 Hz
#     'np.all(20 * np.log10(np.abs(scipy.signal.sosfreqz(sos, worN=np.linspace(0, 1000, 50), fs=8000)[1])) >= -1.0 - 1e-6)',
#     'np.all(20 * np.log10(np.abs(scipy.signal.sosfreqz(sos, worN=np.linspace(1500, 4000, 200), fs=8000)[1]) + 1e-300) <= -40.0 + 1e-6)',
#     'np.shape(sos) == (3, 6)',
# ]
# difficulty = 'intermediate'
# tags = ['filter-design', 'iir-filter', 'lowpass']
# ///
from scipy import signal

fs = 8000
# gpass is the allowed passband loss, gstop the required stopband attenuation, both in dB
order, wn = signal.cheb2ord(wp=1000, ws=1500, gpass=1, gstop=40, fs=fs)
sos = signal.cheby2(order, 40, wn, btype="lowpass", output="sos", fs=fs)
