WINDOW = 30


def is_flat(series):
    """True where the last WINDOW values are all equal (no spread to correlate)."""
    window = series.rolling(WINDOW)
    return window.max() == window.min()


a = sensor["sensor_a"]
b = sensor["sensor_b"]
raw_corr = a.rolling(WINDOW).corr(b)

# a flat window gives 0 / 0: force NaN instead of whatever pandas returned there
rolling_corr = raw_corr.mask(is_flat(a) | is_flat(b))
