# /// example
# task = '''
# Write a function `remove_hum_harmonics` with the signature and docstring below. Also store in
# `error_message` the message of the ValueError it raises for fs = 1000 Hz and f0 = 60 Hz.
#
# ```python
# def remove_hum_harmonics(x, fs, f0=50.0, quality=30.0):
#     """Remove mains hum at f0 and every harmonic of it from x.
#
#     x is sampled at fs Hz. Uses an IIR comb notch filter with quality
#     factor `quality`, applied forward and backward (zero phase), and
#     returns an array of the same length as x.
#
#     Raises ValueError if fs is not an integer multiple of f0.
#     """
# ```'''
# prompt = """
# Mains hum in my recordings isn't just at 50 Hz: the harmonics are there too. I'd like \
# `remove_hum_harmonics(x, fs, f0=50.0, quality=30.0)` that notches f0 and all its harmonics at \
# once with a comb notch filter (quality factor `quality`), zero phase, returning an array the \
# length of `x`, and that raises ValueError when `fs` is not an integer multiple of `f0`. Store \
# the error's text for fs = 1000 and f0 = 60 in `error_message`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     # hum at 50, 100 and 150 Hz is removed away from the ends
#     'np.std(remove_hum_harmonics(np.sin(2 * np.pi * 50 * np.arange(4000) / 1000) + 0.5 * np.sin(2 * np.pi * 100 * np.arange(4000) / 1000) + 0.3 * np.sin(2 * np.pi * 150 * np.arange(4000) / 1000), 1000)[1000:3000]) < 0.02',
#     # a 75 Hz tone lies between the notches and passes unchanged
#     'np.allclose(remove_hum_harmonics(np.sin(2 * np.pi * 75 * np.arange(4000) / 1000), 1000)[1000:3000], np.sin(2 * np.pi * 75 * np.arange(4000) / 1000)[1000:3000], atol=0.02)',
#     # 60 Hz mains at 600 Hz sampling: harmonics 60, 120, 180 Hz removed, 90 Hz kept
#     'np.std(remove_hum_harmonics(np.sin(2 * np.pi * 120 * np.arange(2400) / 600) + np.sin(2 * np.pi * 180 * np.arange(2400) / 600), 600, f0=60)[600:1800]) < 0.02',
#     'np.allclose(remove_hum_harmonics(np.sin(2 * np.pi * 90 * np.arange(2400) / 600), 600, f0=60)[600:1800], np.sin(2 * np.pi * 90 * np.arange(2400) / 600)[600:1800], atol=0.02)',
#     # `quality` is passed on: Q = 5 gives wide notches that already cut a 55 Hz tone
#     'np.allclose(remove_hum_harmonics(np.sin(2 * np.pi * 55 * np.arange(4000) / 1000), 1000, quality=5.0)[1000:3000], scipy.signal.filtfilt(*scipy.signal.iircomb(50, 5.0, ftype="notch", fs=1000), np.sin(2 * np.pi * 55 * np.arange(4000) / 1000))[1000:3000], atol=1e-3)',
#     'len(remove_hum_harmonics(np.zeros(500), 1000)) == 500',
#     'isinstance(error_message, str) and len(error_message) > 0',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'bandpass', 'iir-filter', 'filtering', 'error-handling']
# ///
from scipy import signal


def remove_hum_harmonics(x, fs, f0=50.0, quality=30.0):
    """Remove mains hum at f0 and every harmonic of it from x.

    x is sampled at fs Hz. Uses an IIR comb notch filter with quality
    factor `quality`, applied forward and backward (zero phase), and
    returns an array of the same length as x.

    Raises ValueError if fs is not an integer multiple of f0.
    """
    if not float(fs / f0).is_integer():
        raise ValueError(f"fs = {fs} Hz is not an integer multiple of f0 = {f0} Hz")
    # a comb filter places one notch at every multiple of f0 up to Nyquist
    b, a = signal.iircomb(f0, quality, ftype="notch", fs=fs)
    return signal.filtfilt(b, a, x)


try:
    remove_hum_harmonics([0.0] * 200, fs=1000, f0=60)
except ValueError as err:
    error_message = str(err)
