import numpy as np


def estimate_delay(x, y, fs, max_delay_s=None):
    """Delay in seconds of channel `y` relative to channel `x`.

    Both channels are sampled at `fs` Hz and linearly detrended first. The
    delay is the lag of the largest value of the full cross-correlation of y
    against x, positive when y lags x. If `max_delay_s` is given only lags
    with |lag| <= max_delay_s * fs samples are considered. Returns a float.
    """

    def remove_line(values):
        values = np.asarray(values, dtype=float)
        index = np.arange(values.size)
        slope, intercept = np.polyfit(index, values, 1)
        return values - (slope * index + intercept)

    x_flat, y_flat = remove_line(x), remove_line(y)
    xcorr = np.correlate(y_flat, x_flat, mode="full")
    lags = np.arange(-(x_flat.size - 1), y_flat.size)
    if max_delay_s is not None:
        xcorr = np.where(np.abs(lags) <= max_delay_s * fs, xcorr, -np.inf)
    return float(lags[np.argmax(xcorr)] / fs)


lag_s = estimate_delay(x, y, fs)
