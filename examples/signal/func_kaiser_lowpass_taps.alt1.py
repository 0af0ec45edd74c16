import scipy.signal as sps


def kaiser_lowpass(cutoff, width, attenuation_db, fs):
    """Linear-phase FIR low-pass taps by the Kaiser window method.

    cutoff and width (the transition band, centred on the cutoff) are in Hz
    for the sample rate fs; attenuation_db is the required stop-band
    attenuation. The length and beta come from scipy.signal.kaiserord.
    Returns the taps as a float array.
    Raises ValueError unless 0 < cutoff - width / 2 and cutoff + width / 2 < fs / 2.
    """
    low_edge, high_edge = cutoff - width / 2, cutoff + width / 2
    if low_edge <= 0 or high_edge >= fs / 2:
        raise ValueError(f"transition band [{low_edge}, {high_edge}] Hz outside (0, {fs / 2})")
    numtaps, beta = sps.kaiserord(attenuation_db, width / (0.5 * fs))
    # normalised cutoff (fraction of Nyquist) instead of passing fs
    return sps.firwin(numtaps, cutoff / (0.5 * fs), window=("kaiser", beta))
