# /// example
# task = """
# A Kaiser-window FIR filter must have 65 taps and a transition band 0.1 of the Nyquist frequency \
# wide. Estimate the stopband attenuation in dB that design can reach, `atten_db`, and the Kaiser \
# window parameter for it, `beta`.
#
# ```text
# numtaps = 65, transition width = 0.1 (fraction of Nyquist)
# ```
#
# Wanted, rounded to 2 decimals:
#
# ```text
# atten_db = 53.89
# beta     = 4.98
# ```"""
# prompt = """
# My FPGA budget allows only 65 taps for a window-method FIR, and the transition band is 0.1 of \
# Nyquist wide:
#
# ```text
# numtaps = 65, transition width = 0.1 (fraction of Nyquist)
# ```
#
# With Kaiser's empirical formulas, what attenuation `atten_db` can I expect and which `beta` \
# should the window get? I think it's
#
# ```text
# atten_db = 53.89
# beta     = 4.98
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = {}
# checks = [
#     'abs(atten_db - 53.89) < 0.005',
#     'abs(beta - 4.98) < 0.005',
# ]
# difficulty = 'intermediate'
# tags = ['filter-design', 'fir-filter', 'window-functions']
# ///
from scipy import signal

# kaiser_atten inverts Kaiser's formula for the number of taps; kaiser_beta maps dB to beta
atten_db = signal.kaiser_atten(65, 0.1)
beta = signal.kaiser_beta(atten_db)
