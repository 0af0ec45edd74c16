import numpy as np
import scipy.signal as sps

band = [0.9 * tones[1], 1.1 * tones[1]]
b, a = sps.butter(10, band, btype="bandpass", fs=fs)
sos = sps.butter(10, band, btype="bandpass", fs=fs, output="sos")


def check_ba(b, a, sos, tol=1e-3):
    """Raise ValueError when the (b, a) form is unstable or no longer matches the sections."""
    _, poles, _ = sps.tf2zpk(b, a)
    if np.any(np.abs(poles) >= 1):
        raise ValueError(
            f"(b, a) has poles on or outside the unit circle: max |p| = {np.abs(poles).max():.6f}"
        )
    _, h_ba = sps.freqz(b, a, worN=1024)
    _, h_sos = sps.sosfreqz(sos, worN=1024)
    deviation = np.max(np.abs(h_ba - h_sos))
    if deviation > tol:
        raise ValueError(f"(b, a) response deviates from the sos design by {deviation:.3g}")


try:
    check_ba(b, a, sos)
    stability_error = None
    filtered = sps.lfilter(b, a, signal)
except ValueError as exc:
    stability_error = str(exc)
    filtered = sps.sosfilt(sos, signal)
