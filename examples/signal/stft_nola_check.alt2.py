import scipy.signal as sps


def stft_roundtrip(x, fs, nperseg, noverlap):
    """STFT then inverse STFT of `x` with a Hann window, trimmed to the input length."""
    window = sps.get_window("hann", nperseg)
    if not sps.check_NOLA(window, nperseg, noverlap):
        raise ValueError(f"NOLA violated: Hann window, nperseg={nperseg}, noverlap={noverlap}")
    settings = {"fs": fs, "window": window, "nperseg": nperseg, "noverlap": noverlap}
    _, _, zxx = sps.stft(x, **settings)
    _, x_rec = sps.istft(zxx, **settings)
    return x_rec[: len(x)]


nperseg = 256 if len(signal) >= 256 else len(signal)
nola_error = None
noverlap = 0
try:
    reconstructed = stft_roundtrip(signal, fs, nperseg, noverlap)
except ValueError as err:
    # a periodic Hann window starts at zero, so without overlap that sample is never covered
    nola_error = str(err)
    noverlap = nperseg // 2
    reconstructed = stft_roundtrip(signal, fs, nperseg, noverlap)
