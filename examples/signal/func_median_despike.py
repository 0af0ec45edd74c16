# /// example
# task = '''
# Write a function `despike` with the signature and docstring below. Apply it to the counts \
# `event_counts` with a 5-sample kernel and a threshold of 3, storing the result in `cleaned`.
#
# ```python
# def despike(x, kernel_size=5, threshold=3.0):
#     """Replace spikes in x by the running median.
#
#     The running median uses scipy.signal.medfilt with an odd kernel_size
#     (zero padding at the ends). A sample is a spike when its absolute
#     deviation from the running median is larger than threshold times the
#     median absolute deviation of x from that running median (a spike
#     exactly at the limit is kept). Returns a float array like x.
#     Raises ValueError for an even kernel_size.
#     """
# ```'''
# prompt = """
# I need a `despike(x, kernel_size=5, threshold=3.0)` helper: compute a running median with \
# medfilt (odd kernel, zero padding), and wherever a sample differs from it by more than \
# threshold times the median absolute deviation from that running median, replace it with the \
# running median (a deviation exactly at the limit stays). Return floats; raise ValueError for an \
# even kernel. Clean my `event_counts` with kernel 5 and threshold 3 into `cleaned`."""
# task_type = 'function'
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { event_counts = 'event_counts' }
# checks = [
#     # one spike of 50 in a slowly rising series is replaced by the local median
#     'np.allclose(despike(np.r_[1.0, 2, 3, 4, 50, 6, 7, 8, 9]), np.r_[1.0, 2, 3, 4, 6, 6, 7, 8, 9])',
#     # alternating 5, 6: deviations from the running median are 0 or 1 with median 1, so with
#     # threshold 1 they sit exactly at the limit and stay, while threshold 0.5 replaces them
#     'np.allclose(despike(np.array([5.0, 6, 5, 6, 5, 6, 5]), 3, threshold=1.0), [5.0, 6, 5, 6, 5, 6, 5])',
#     'not np.allclose(despike(np.array([5.0, 6, 5, 6, 5, 6, 5]), 3, threshold=0.5), [5.0, 6, 5, 6, 5, 6, 5])',
#     'np.allclose(despike(np.array([2.0, 2, 9, 2, 2, 2, 2]), 3), [2.0, 2, 2, 2, 2, 2, 2])',
#     '__import__("unittest").TestCase().assertRaises(ValueError, despike, np.ones(10), 4) is None',
#     'np.allclose(cleaned, (lambda x, m: np.where(np.abs(x - m) > 3 * np.median(np.abs(x - m)), m, x))(np.asarray(event_counts, dtype=float), scipy.signal.medfilt(np.asarray(event_counts, dtype=float), 5)))',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'outliers', 'smoothing', 'validation']
# [edge_cases]
# min_size = 5
# why = 'a 5-sample running median needs at least 5 counts'
# ///
import numpy as np
from scipy import signal


def despike(x, kernel_size=5, threshold=3.0):
    """Replace spikes in x by the running median.

    The running median uses scipy.signal.medfilt with an odd kernel_size
    (zero padding at the ends). A sample is a spike when its absolute
    deviation from the running median is larger than threshold times the
    median absolute deviation of x from that running median (a spike
    exactly at the limit is kept). Returns a float array like x.
    Raises ValueError for an even kernel_size.
    """
    if kernel_size % 2 == 0:
        raise ValueError("kernel_size must be odd")
    x = np.asarray(x, dtype=float)
    running_median = signal.medfilt(x, kernel_size)
    deviation = np.abs(x - running_median)
    # strict ">" keeps samples exactly at the limit
    spikes = deviation > threshold * np.median(deviation)
    return np.where(spikes, running_median, x)


cleaned = despike(event_counts, 5, 3.0)
