# /// example
# task = """
# Identify an unknown FIR system (`true_ir`: a 31-tap `firwin` low-pass at 0.2 of Nyquist) by \
# driving it with a 10-bit maximum-length sequence `mls` (mapped to +/-1) repeated twice and \
# circularly cross-correlating the steady-state second period of the output with the excitation; \
# store the estimate, as long as one period, in `estimated_ir`."""
# prompt = """
# I want to identify an unknown FIR system, `true_ir` (a 31-tap windowed-sinc low-pass at 0.2 of \
# Nyquist), with a maximum-length sequence: make a 10-bit MLS `mls` mapped to +/-1, drive the \
# system with it repeated twice, and circularly cross-correlate the steady-state second period of \
# the output with the excitation. Store the estimated impulse response, normalised by the period \
# length and one period long, in `estimated_ir`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'len(estimated_ir) == 2**10 - 1',
#     'np.allclose(estimated_ir[: len(true_ir)], true_ir, atol=0.005)',
#     'np.abs(estimated_ir[len(true_ir):]).max() < 0.005',
#     'np.allclose(true_ir, scipy.signal.firwin(31, 0.2))',
# ]
# difficulty = 'advanced'
# tags = ['lti-system', 'system-response']
# ///
import numpy as np
from scipy import signal as sps

true_ir = sps.firwin(31, 0.2)
mls = 2.0 * sps.max_len_seq(10)[0] - 1.0  # period 2**10 - 1
response = sps.lfilter(true_ir, 1.0, np.tile(mls, 2))[mls.size :]
# an MLS has a nearly ideal (impulse-like) circular autocorrelation
xcorr = np.fft.irfft(np.fft.rfft(response) * np.conj(np.fft.rfft(mls)), n=mls.size)
estimated_ir = xcorr / (mls.size + 1)
