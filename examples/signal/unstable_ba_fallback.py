# /// example
# task = """
# Design a 10th-order Butterworth band-pass from 0.9 to 1.1 times the known tone `tones[1]` (data \
# at `fs` Hz) as coefficients `b`, `a`, and the same design as second-order sections `sos`. \
# Rounding the coefficients of a narrow high-order (b, a) filter moves its poles, out of the unit \
# circle or merely away from the design: raise ValueError if any root of `a` lies on or outside \
# the unit circle (with a message that says "unit circle"), or if the (b, a) frequency response \
# (`freqz`, 1024 points) differs from that of `sos` by more than 1e-3 anywhere (a message that \
# says "response"); catch it, store the message in `stability_error` (else None), and fall back \
# to `sos`. Filter `signal` causally with the form that passed (`lfilter` with `b`, `a`, else \
# `sosfilt` with `sos`) and store the result in `filtered`."""
# prompt = """
# I'm designing a 10th-order Butterworth band-pass from 0.9 to 1.1 times the known tone \
# `tones[1]` (data at `fs` Hz), both as coefficients `b`, `a` and as second-order sections `sos`. \
# Rounding can move the poles of such a narrow high-order (b, a) filter, so raise ValueError if \
# any root of `a` is on or outside the unit circle (the message should say "unit circle"), or if \
# the (b, a) frequency response on 1024 points differs from the `sos` one by more than 1e-3 \
# anywhere (the message should say "response"); catch it, store the message in `stability_error` \
# (else None) and fall back to `sos`. Filter `signal` causally with whichever form passed and \
# store the output in `filtered`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs', tones = 'noisy.tones' }
# checks = [
#     '(stability_error is None) == bool(np.all(np.abs(np.roots(a)) < 1) and np.abs(scipy.signal.freqz(b, a, worN=1024, fs=fs)[1] - scipy.signal.sosfreqz(sos, worN=1024, fs=fs)[1]).max() <= 1e-3)',
#     # the message names the test that failed
#     "stability_error is None or ('unit circle' in stability_error) == bool(np.any(np.abs(np.roots(a)) >= 1))",
#     'filtered.shape == signal.shape and np.all(np.isfinite(filtered))',
#     # whichever form ran, the output is the designed filter's
#     'np.allclose(filtered, scipy.signal.sosfilt(sos, signal), rtol=0, atol=1e-2 * np.abs(signal).max())',
#     'abs(dominant_frequency(filtered, fs) - tones[1]) <= 2 * fs / len(signal)',
# ]
# difficulty = 'advanced'
# tags = ['filter-design', 'iir-filter', 'error-handling', 'validation']
# [edge_cases]
# tone_ranges = [[2, 20], [40, 110], [150, 200]]
# noise_only = false
# why = 'the pass band is placed around `tones[1]` (drawn anywhere in 40-110 Hz: at 500 Hz the (b, a) form holds from about 80 Hz up, elsewhere the fallback runs), and a pure-noise draw has no tones'
# ///
import numpy as np
from scipy import signal as sps

band = [0.9 * tones[1], 1.1 * tones[1]]
b, a = sps.butter(10, band, btype="bandpass", fs=fs)
# sections keep each pole pair well conditioned
sos = sps.butter(10, band, btype="bandpass", fs=fs, output="sos")
stability_error = None
try:
    if np.any(np.abs(np.roots(a)) >= 1):
        raise ValueError("(b, a) coefficients give poles outside the unit circle")
    # a stable (b, a) form can still be far from the design it was rounded from
    _, h_ba = sps.freqz(b, a, worN=1024, fs=fs)
    _, h_sos = sps.sosfreqz(sos, worN=1024, fs=fs)
    if np.abs(h_ba - h_sos).max() > 1e-3:
        raise ValueError("(b, a) coefficients no longer give the designed response")
    filtered = sps.lfilter(b, a, signal)
except ValueError as err:
    stability_error = str(err)
    filtered = sps.sosfilt(sos, signal)
