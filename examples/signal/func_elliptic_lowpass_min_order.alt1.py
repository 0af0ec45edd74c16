import scipy.signal as sps


def design_elliptic_lowpass(pass_hz, stop_hz, fs, ripple_db=1.0, atten_db=60.0):
    """Lowest-order elliptic low-pass filter meeting a specification.

    The passband ends at `pass_hz` with at most `ripple_db` dB of ripple and
    the stopband starts at `stop_hz` with at least `atten_db` dB of
    attenuation (edges in Hz for a sample rate of `fs` Hz). Returns the
    tuple (order, sos) with sos as second-order sections. Raises
    ValueError("need 0 < pass_hz < stop_hz < fs / 2") for other edges.
    """
    nyquist = fs / 2
    if pass_hz <= 0 or stop_hz <= pass_hz or stop_hz >= nyquist:
        raise ValueError("need 0 < pass_hz < stop_hz < fs / 2")
    zeros, poles, gain = sps.iirdesign(
        pass_hz, stop_hz, gpass=ripple_db, gstop=atten_db, ftype="ellip", output="zpk", fs=fs
    )
    # the filter order is its number of poles
    return len(poles), sps.zpk2sos(zeros, poles, gain)


try:
    design_elliptic_lowpass(300, 200, 1000)
except ValueError as exc:
    spec_error = str(exc)
