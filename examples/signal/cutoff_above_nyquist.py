# /// example
# task = """
# A configuration asks for a 600 Hz 4th-order Butterworth low-pass (`requested_cutoff`) on \
# `signal` sampled at `fs` Hz. Try to design it; if `butter` raises ValueError because the cutoff \
# is not below the Nyquist frequency, store the message in `clamp_message` (else None) and clamp \
# the cutoff to 95% of Nyquist. Store the cutoff used in `cutoff` and the zero-phase filtered \
# signal in `filtered`."""
# prompt = """
# Our config asks for a 600 Hz 4th-order Butterworth low-pass (`requested_cutoff`) on `signal`, \
# but the sampling rate `fs` may be too low for that. Try to design it; if the design raises \
# ValueError because the cutoff isn't below Nyquist, keep the error text in `clamp_message` (None \
# otherwise) and clamp the cutoff to 95% of Nyquist. Put the cutoff actually used in `cutoff` and \
# the zero-phase filtered signal in `filtered`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     '0 < cutoff < fs / 2',
#     '(clamp_message is None) == (requested_cutoff < fs / 2)',
#     'cutoff == requested_cutoff or cutoff == 0.95 * fs / 2',
#     'filtered.shape == signal.shape and np.all(np.isfinite(filtered))',
#     # zero phase: away from the ends the result matches a forward-backward pass of the stated filter
#     'np.sqrt(np.mean((filtered - scipy.signal.sosfiltfilt(scipy.signal.butter(4, cutoff, fs=fs, output="sos"), signal))[len(signal) // 4 : 3 * len(signal) // 4] ** 2)) <= 0.05 * np.std(signal) + 1e-9 * np.abs(signal).max()',
# ]
# difficulty = 'basic'
# tags = ['filter-design', 'error-handling']
# edge_cases = true
# ///
from scipy import signal as sps

requested_cutoff = 600.0
clamp_message = None
try:
    sos = sps.butter(4, requested_cutoff, fs=fs, output="sos")
    cutoff = requested_cutoff
except ValueError as err:
    # butter needs 0 < cutoff < fs / 2
    clamp_message = str(err)
    cutoff = 0.95 * fs / 2
    sos = sps.butter(4, cutoff, fs=fs, output="sos")
filtered = sps.sosfiltfilt(sos, signal)
