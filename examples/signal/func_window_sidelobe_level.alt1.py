import numpy as np
import scipy.signal as sps


def peak_sidelobe_db(window, oversample=64):
    """Highest sidelobe of a window's spectrum, in dB relative to its main lobe.

    The spectrum is the magnitude of the FFT of the window zero-padded to
    oversample * len(window) points. The main lobe ends at the first local
    minimum after 0 Hz; the result is 20 * log10 of the largest magnitude
    beyond it divided by the peak (a negative number).
    """
    n_fft = oversample * len(window)
    magnitude_db = 20 * np.log10(np.abs(np.fft.rfft(window, n=n_fft)) + 1e-300)
    magnitude_db -= magnitude_db.max()
    # the first trough of the spectrum marks the end of the main lobe
    troughs = sps.argrelmin(magnitude_db)[0]
    return float(magnitude_db[troughs[0] :].max())


taylor_sll = peak_sidelobe_db(sps.windows.taylor(51, nbar=4, sll=35))
