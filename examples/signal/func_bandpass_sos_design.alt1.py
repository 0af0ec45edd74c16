import scipy.signal as sps


def design_bandpass(low_hz, high_hz, fs, order=4):
    """Butterworth band-pass filter as second-order sections.

    The band edges are in Hz for a signal sampled at `fs` Hz; `order` is the
    order of the Butterworth prototype (the band-pass has `order` sections).
    Returns the (order, 6) sos array. Raises
    ValueError("need 0 < low_hz < high_hz < fs / 2") for band edges outside
    that range.
    """
    nyquist = fs / 2
    if low_hz <= 0 or high_hz <= low_hz or high_hz >= nyquist:
        raise ValueError("need 0 < low_hz < high_hz < fs / 2")
    return sps.iirfilter(
        order, [low_hz / nyquist, high_hz / nyquist], btype="band", ftype="butter", output="sos"
    )


filtered = sps.sosfiltfilt(design_bandpass(40.0, 60.0, fs), x)
try:
    design_bandpass(300, 600, 1000)
except ValueError as exc:
    band_error = str(exc)
