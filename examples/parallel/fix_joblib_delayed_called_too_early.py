# /// example
# task = """
# This code should count, for every spectrum (row) of `absorbance`, the peaks with a prominence of \
# at least 0.05, running the spectra in parallel threads with joblib, into the integer array \
# `n_peaks`, but it raises an error:
#
# ```python
# import numpy as np
# from joblib import Parallel, delayed
# from scipy.signal import find_peaks
#
# results = Parallel(n_jobs=2, prefer="threads")(
#     delayed(find_peaks(spectrum, prominence=0.05)) for spectrum in absorbance
# )
# n_peaks = np.array([len(peaks) for peaks, _ in results])
# ```
#
# ```text
# TypeError: cannot unpack non-iterable function object
# ```
#
# Fix it."""
# prompt = """
# I'm counting the peaks (prominence at least `0.05`) of each spectrum in the rows of `absorbance` \
# with joblib threads, and want the counts in an integer array `n_peaks`. My code:
#
# ```python
# import numpy as np
# from joblib import Parallel, delayed
# from scipy.signal import find_peaks
#
# results = Parallel(n_jobs=2, prefer="threads")(
#     delayed(find_peaks(spectrum, prominence=0.05)) for spectrum in absorbance
# )
# n_peaks = np.array([len(peaks) for peaks, _ in results])
# ```
#
# crashes with
#
# ```text
# TypeError: cannot unpack non-iterable function object
# ```
#
# Why, and how do I fix it?"""
# task_type = 'fix'
# domain = 'signal_processing'
# libraries = ['joblib', 'scipy.signal', 'numpy']
# inputs = { absorbance = 'spectra.absorbance' }
# checks = [
#     'n_peaks.shape == (absorbance.shape[0],)',
#     'np.array_equal(n_peaks, [len(scipy.signal.find_peaks(row, prominence=0.05)[0]) for row in absorbance])',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'parallelism', 'peak-detection']
# edge_cases = true
# ///
import numpy as np
from joblib import Parallel, delayed
from scipy.signal import find_peaks

# delayed wraps the function itself and the call's arguments follow it: delayed(f)(x, ...);
# delayed(f(x)) ran find_peaks at once, serially, and handed joblib no task to run
results = Parallel(n_jobs=2, prefer="threads")(
    delayed(find_peaks)(spectrum, prominence=0.05) for spectrum in absorbance
)
n_peaks = np.array([len(peaks) for peaks, _ in results])
