# /// example
# task = """
# Write `stft_roundtrip(x, fs, nperseg, noverlap)` that raises ValueError when a Hann window with \
# that overlap violates the NOLA condition (`check_NOLA`), and otherwise returns the STFT \
# followed by `istft` trimmed to len(x). Call it on `signal` (sampled at `fs` Hz) with segments \
# of `nperseg` = 256 samples (the whole signal if shorter) and no overlap; on ValueError store \
# the message in `nola_error`, retry with 50% overlap, and store the reconstruction in \
# `reconstructed` and the overlap used in `noverlap`."""
# prompt = """
# Write `stft_roundtrip(x, fs, nperseg, noverlap)` that raises ValueError when a Hann window with \
# that overlap violates the NOLA condition, and otherwise returns the STFT followed by the \
# inverse STFT, trimmed to len(x). Call it on `signal` (sampled at `fs` Hz) with segments of \
# `nperseg` = 256 samples (the whole signal if shorter) and no overlap; on ValueError store the \
# message in `nola_error` and retry with 50% overlap. Store the reconstruction in `reconstructed` \
# and the overlap actually used in `noverlap`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal']
# inputs = { signal = 'noisy.signal', fs = 'noisy.fs' }
# checks = [
#     'nola_error is not None and nperseg == min(256, len(signal)) and noverlap == nperseg // 2',
#     "scipy.signal.check_NOLA('hann', nperseg, noverlap)",
#     'np.allclose(reconstructed, signal, atol=1e-9 * np.abs(signal).max())',
# ]
# difficulty = 'advanced'
# tags = ['time-frequency', 'error-handling', 'validation']
# edge_cases = true
# ///
from scipy import signal as sps


def stft_roundtrip(x, fs, nperseg, noverlap):
    # NOLA: the squared windows must overlap-add to nonzero everywhere, or istft divides by zero
    if not sps.check_NOLA("hann", nperseg, noverlap):
        raise ValueError(f"hann window with noverlap={noverlap} is not invertible (NOLA)")
    _, _, Z = sps.stft(x, fs=fs, window="hann", nperseg=nperseg, noverlap=noverlap)
    _, x_back = sps.istft(Z, fs=fs, window="hann", nperseg=nperseg, noverlap=noverlap)
    return x_back[: len(x)]


nperseg, noverlap = min(256, len(signal)), 0
nola_error = None
try:
    reconstructed = stft_roundtrip(signal, fs, nperseg, noverlap)
except ValueError as err:
    nola_error = str(err)
    # the Hann window is zero at its first sample; at 50% overlap another window covers it
    noverlap = nperseg // 2
    reconstructed = stft_roundtrip(signal, fs, nperseg, noverlap)
