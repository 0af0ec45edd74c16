# /// example
# task = '''
# Write a function `convert_rate` with the signature and docstring below. Convert the recording `x`
# sampled at `fs` Hz to 11025 Hz with it and store the result in `converted`.
#
# ```python
# def convert_rate(x, fs_in, fs_out):
#     """Resample `x` from fs_in Hz to fs_out Hz by polyphase filtering.
#
#     Both rates are whole numbers of Hz (ints or integral floats); the
#     up/down factors are fs_out and fs_in divided by their greatest common
#     divisor. Returns a float array of ceil(len(x) * fs_out / fs_in) samples.
#     """
# ```'''
# prompt = """
# I have to move recordings between sample rates (8 kHz, 11.025 kHz, 44.1 kHz, 48 kHz...). Please \
# write `convert_rate(x, fs_in, fs_out)` that resamples with a polyphase filter, using up/down \
# factors equal to the two rates divided by their greatest common divisor (rates are whole \
# numbers of Hz, possibly given as floats), returning ceil(len(x) * fs_out / fs_in) samples. \
# Convert my recording `x` at `fs` Hz to 11025 Hz into `converted`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { x = 'audio.signal', fs = 'audio.fs' }
# checks = [
#     # 48 kHz -> 44.1 kHz is up 147, down 160
#     'np.allclose(convert_rate(np.sin(np.arange(480) / 5), 48000, 44100), scipy.signal.resample_poly(np.sin(np.arange(480) / 5), 147, 160))',
#     'len(convert_rate(np.sin(np.arange(480) / 5), 48000, 44100)) == 441',
#     'np.allclose(convert_rate(np.cos(np.arange(50) / 3), 8000.0, 16000.0), scipy.signal.resample_poly(np.cos(np.arange(50) / 3), 2, 1))',
#     'np.allclose(convert_rate(np.cos(np.arange(101) / 3), 22050, 8000), scipy.signal.resample_poly(np.cos(np.arange(101) / 3), 320, 882))',
#     'np.allclose(convert_rate([1.0, -2.0, 3.0], 500, 500), [1.0, -2.0, 3.0])',
#     'len(converted) == int(np.ceil(len(x) * 11025 / fs))',
#     'np.allclose(converted, scipy.signal.resample_poly(x, 11025 // np.gcd(11025, int(fs)), int(fs) // np.gcd(11025, int(fs))))',
# ]
# difficulty = 'basic'
# tags = ['reusable-function', 'resampling']
# edge_cases = true
# ///
from fractions import Fraction

from scipy import signal


def convert_rate(x, fs_in, fs_out):
    """Resample `x` from fs_in Hz to fs_out Hz by polyphase filtering.

    Both rates are whole numbers of Hz (ints or integral floats); the
    up/down factors are fs_out and fs_in divided by their greatest common
    divisor. Returns a float array of ceil(len(x) * fs_out / fs_in) samples.
    """
    # Fraction reduces the ratio, e.g. 44100 / 48000 -> 147 / 160
    ratio = Fraction(round(fs_out), round(fs_in))
    return signal.resample_poly(x, ratio.numerator, ratio.denominator)


converted = convert_rate(x, fs, 11025)
