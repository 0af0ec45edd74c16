import numpy as np


def fundamental_period(x, fs, min_period, max_period):
    """Estimate the period of a roughly periodic signal, in seconds.

    Removes the mean of x (sampled at fs Hz), computes its full
    autocorrelation and returns lag / fs for the lag with the largest
    autocorrelation among the lags from round(min_period * fs) to
    round(max_period * fs) samples, both included.
    """
    centred = np.asarray(x, dtype=float)
    centred = centred - centred.mean()
    # the second half of the full autocorrelation holds lags 0, 1, ..., n - 1
    acf = np.correlate(centred, centred, mode="full")[len(centred) - 1 :]
    lo = round(min_period * fs)
    hi = min(round(max_period * fs), len(centred) - 1)
    best_lag = lo + int(np.argmax(acf[lo : hi + 1]))
    return best_lag / fs


period = fundamental_period(x, fs, 0.1, 2.0)
