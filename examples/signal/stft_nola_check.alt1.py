from scipy import signal as sg


def stft_roundtrip(x, fs, nperseg, noverlap):
    window = "hann"
    if not sg.check_NOLA(window, nperseg, noverlap):
        raise ValueError(
            f"Hann window of {nperseg} samples with {noverlap} overlap violates the NOLA condition"
        )
    _, _, spectrum = sg.stft(x, fs=fs, window=window, nperseg=nperseg, noverlap=noverlap)
    _, x_back = sg.istft(spectrum, fs=fs, window=window, nperseg=nperseg, noverlap=noverlap)
    return x_back[: len(x)]


nperseg = min(256, len(signal))
nola_error = None
try:
    noverlap = 0
    reconstructed = stft_roundtrip(signal, fs, nperseg, noverlap)
except ValueError as exc:
    nola_error = str(exc)
    noverlap = nperseg // 2
    reconstructed = stft_roundtrip(signal, fs, nperseg, noverlap)
