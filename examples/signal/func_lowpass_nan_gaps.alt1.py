import numpy as np
from scipy import ndimage
from scipy.signal import butter, sosfiltfilt


def lowpass_with_gaps(x, fs, cutoff_hz):
    """Zero-phase low-pass of a signal with NaN gaps.

    Each run of consecutive non-NaN samples is filtered on its own with a
    2nd-order Butterworth low-pass (cutoff `cutoff_hz` Hz, sample rate `fs`)
    applied forward and backward. NaN samples stay NaN; runs shorter than
    10 samples are too short for the forward-backward pass and are copied
    unchanged. Returns a float array of the same length as `x`.
    """
    samples = np.array(x, dtype=float)
    if samples.size == 0:
        return samples
    sos = butter(2, cutoff_hz, btype="low", fs=fs, output="sos")
    # label each stretch of valid samples, then filter stretch by stretch
    labels, _ = ndimage.label(~np.isnan(samples))
    for run in ndimage.find_objects(labels):
        segment = samples[run[0]]
        if segment.size >= 10:
            samples[run[0]] = sosfiltfilt(sos, segment)
    return samples


cleaned = lowpass_with_gaps(x, fs, 800.0)
