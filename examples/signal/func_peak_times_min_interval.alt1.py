import numpy as np
from scipy.signal import find_peaks


def peak_times(x, fs, min_height, min_interval_s):
    """Times (s) of the local maxima of `x` that reach `min_height`.

    `x` is sampled at `fs` Hz, sample i at time i / fs. Peaks closer than
    `min_interval_s` are thinned to the tallest one: the minimum distance is
    max(1, round(min_interval_s * fs)) samples. Returns a float array, empty
    when no sample qualifies (an empty, constant or 1-sample `x` included).
    """
    samples = np.asarray(x, dtype=float)
    if samples.size < 3:
        return np.empty(0)
    min_distance = max(1, round(min_interval_s * fs))
    indices = find_peaks(samples, height=min_height, distance=min_distance)[0]
    times = np.arange(samples.size) / fs
    return times[indices]


beat_times = peak_times(x, fs, 1.0, 0.1)
