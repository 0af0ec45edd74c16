# /// example
# task = """
# For each STFT setting in the table below (window, segment length, overlap in samples), check \
# whether the shifted windows (periodic, as SciPy's STFT builds them) add up to a constant (the \
# constant overlap-add condition) and store the 5 answers, in table order, as a list of booleans \
# in `cola`.
#
# ```text
#   window   nperseg  noverlap
#   hann     256      128
#   hann     256      192
#   hann     256       64
#   hamming  256      128
#   boxcar   256      100
# ```
#
# Wanted:
#
# ```text
# cola = [True, True, False, True, False]
# ```"""
# prompt = """
# I'm choosing STFT settings for an overlap-add resynthesis and want to know which of these \
# satisfy the constant overlap-add (COLA) condition with the periodic windows the STFT uses, as \
# 5 booleans in table order in `cola`:
#
# ```text
#   window   nperseg  noverlap
#   hann     256      128
#   hann     256      192
#   hann     256       64
#   hamming  256      128
#   boxcar   256      100
# ```
#
# I believe the answer is
#
# ```text
# cola = [True, True, False, True, False]
# ```"""
# task_type = 'input-output'
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = {}
# checks = [
#     'list(map(bool, cola)) == [True, True, False, True, False]',
#     'len(cola) == 5',
# ]
# difficulty = 'intermediate'
# tags = ['window-functions', 'time-frequency']
# ///
from scipy import signal

settings = [
    ("hann", 256, 128),
    ("hann", 256, 192),
    ("hann", 256, 64),
    ("hamming", 256, 128),
    ("boxcar", 256, 100),
]
# get_window (used by check_COLA) builds periodic windows, the kind spectral analysis uses
cola = [
    bool(signal.check_COLA(window, nperseg, noverlap)) for window, nperseg, noverlap in settings
]
