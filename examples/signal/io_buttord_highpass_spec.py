# /// example
# task = """
# Find the minimum order and the -3 dB cutoff of a digital Butterworth high-pass meeting the spec \
# below (sample rate 8000 Hz) with `buttord`; store the order in `order` and the cutoff in Hz, \
# rounded to 1 decimal, in `cutoff_hz`.
#
# ```text
# pass band from 1000 Hz, at most 3 dB loss
# stop band below 500 Hz, at least 40 dB attenuation
# fs = 8000 Hz
# ```
#
# Wanted:
#
# ```text
# order     = 7
# cutoff_hz = 999.7
# ```"""
# prompt = """
# What Butterworth high-pass do I need for this spec?
#
# ```text
# pass band from 1000 Hz, at most 3 dB loss
# stop band below 500 Hz, at least 40 dB attenuation
# fs = 8000 Hz
# ```
#
# Give me the minimum `order` and the cutoff frequency in Hz rounded to 1 decimal, `cutoff_hz`:
#
# ```text
# order     = 7
# cutoff_hz = 999.7
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = {}
# checks = [
#     'order == 7',
#     'np.isclose(cutoff_hz, 999.7)',
# ]
# difficulty = 'basic'
# tags = ['filter-design', 'highpass', 'iir-filter']
# ///
from scipy import signal

# for a high-pass the pass-band edge wp lies above the stop-band edge ws
order, cutoff = signal.buttord(wp=1000, ws=500, gpass=3, gstop=40, fs=8000)
cutoff_hz = round(float(cutoff), 1)
