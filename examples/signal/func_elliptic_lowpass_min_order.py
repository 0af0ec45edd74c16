# /// example
# task = '''
# Write a function `design_elliptic_lowpass` with the signature and docstring below, and store in
# `spec_error` the message raised by `design_elliptic_lowpass(300, 200, 1000)`.
#
# ```python
# def design_elliptic_lowpass(pass_hz, stop_hz, fs, ripple_db=1.0, atten_db=60.0):
#     """Lowest-order elliptic low-pass filter meeting a specification.
#
#     The passband ends at `pass_hz` with at most `ripple_db` dB of ripple and
#     the stopband starts at `stop_hz` with at least `atten_db` dB of
#     attenuation (edges in Hz for a sample rate of `fs` Hz). Returns the
#     tuple (order, sos) with sos as second-order sections. Raises
#     ValueError("need 0 < pass_hz < stop_hz < fs / 2") for other edges.
#     """
# ```'''
# prompt = """
# I design anti-aliasing filters from specs all the time. Please write \
# `design_elliptic_lowpass(pass_hz, stop_hz, fs, ripple_db=1.0, atten_db=60.0)` that picks the \
# smallest elliptic order meeting the spec (at most `ripple_db` of passband ripple up to `pass_hz`, \
# at least `atten_db` of attenuation from `stop_hz`, all in Hz) and returns `(order, sos)`. \
# Impossible edges should raise `ValueError("need 0 < pass_hz < stop_hz < fs / 2")`; put the \
# message for `design_elliptic_lowpass(300, 200, 1000)` in `spec_error`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'design_elliptic_lowpass(100, 150, 1000)[0] == scipy.signal.ellipord(100, 150, 1.0, 60.0, fs=1000)[0]',
#     'design_elliptic_lowpass(3000, 3400, 16000, ripple_db=0.5, atten_db=80.0)[0] == scipy.signal.ellipord(3000, 3400, 0.5, 80.0, fs=16000)[0]',
#     'design_elliptic_lowpass(20, 60, 200, atten_db=40.0)[0] == scipy.signal.ellipord(20, 60, 1.0, 40.0, fs=200)[0]',
#     # the returned filter meets the spec: passband gain within the ripple, stopband gain below -atten
#     'np.all(20 * np.log10(np.abs(scipy.signal.freqz_zpk(*scipy.signal.sos2zpk(design_elliptic_lowpass(100, 150, 1000)[1]), worN=np.linspace(0, 100, 101), fs=1000)[1])) >= -1.0 - 1e-6)',
#     'np.all(20 * np.log10(np.abs(scipy.signal.freqz_zpk(*scipy.signal.sos2zpk(design_elliptic_lowpass(100, 150, 1000)[1]), worN=np.linspace(150, 500, 351), fs=1000)[1])) <= -60.0 + 1e-6)',
#     'np.all(20 * np.log10(np.abs(scipy.signal.freqz_zpk(*scipy.signal.sos2zpk(design_elliptic_lowpass(3000, 3400, 16000, ripple_db=0.5, atten_db=80.0)[1]), worN=np.linspace(0, 3000, 301), fs=16000)[1])) >= -0.5 - 1e-6)',
#     'np.all(20 * np.log10(np.abs(scipy.signal.freqz_zpk(*scipy.signal.sos2zpk(design_elliptic_lowpass(3000, 3400, 16000, ripple_db=0.5, atten_db=80.0)[1]), worN=np.linspace(3400, 8000, 461), fs=16000)[1])) <= -80.0 + 1e-6)',
#     'design_elliptic_lowpass(20, 60, 200, atten_db=40.0)[1].shape == (2, 6)',
#     'np.all(20 * np.log10(np.abs(scipy.signal.freqz_zpk(*scipy.signal.sos2zpk(design_elliptic_lowpass(20, 60, 200, atten_db=40.0)[1]), worN=np.linspace(60, 100, 41), fs=200)[1])) <= -40.0 + 1e-6)',
#     'spec_error == "need 0 < pass_hz < stop_hz < fs / 2"',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'filter-design', 'iir-filter', 'lowpass', 'validation']
# ///
from scipy import signal


def design_elliptic_lowpass(pass_hz, stop_hz, fs, ripple_db=1.0, atten_db=60.0):
    """Lowest-order elliptic low-pass filter meeting a specification.

    The passband ends at `pass_hz` with at most `ripple_db` dB of ripple and
    the stopband starts at `stop_hz` with at least `atten_db` dB of
    attenuation (edges in Hz for a sample rate of `fs` Hz). Returns the
    tuple (order, sos) with sos as second-order sections. Raises
    ValueError("need 0 < pass_hz < stop_hz < fs / 2") for other edges.
    """
    if not 0 < pass_hz < stop_hz < fs / 2:
        raise ValueError("need 0 < pass_hz < stop_hz < fs / 2")
    # ellipord returns the smallest order and the natural frequency that meet the spec
    order, natural_hz = signal.ellipord(pass_hz, stop_hz, ripple_db, atten_db, fs=fs)
    sos = signal.ellip(order, ripple_db, atten_db, natural_hz, fs=fs, output="sos")
    return order, sos


try:
    design_elliptic_lowpass(300, 200, 1000)
except ValueError as error:
    spec_error = str(error)
