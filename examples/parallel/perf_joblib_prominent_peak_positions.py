# /// example
# task = """
# This loop finds, for every absorbance spectrum (row of `absorbance`, sampled at `wavelength`), the \
# wavelength of its most prominent peak (NaN when a spectrum has no peak), into `peak_nm`:
#
# ```python
# import numpy as np
# from scipy.signal import find_peaks
#
# peak_nm = np.full(len(absorbance), np.nan)
# for i, spectrum in enumerate(absorbance):
#     peaks, props = find_peaks(spectrum, prominence=0)
#     if peaks.size:
#         peak_nm[i] = wavelength[peaks[np.argmax(props["prominences"])]]
# ```
#
# Speed it up by processing the spectra in parallel with joblib's threading backend, giving the \
# same `peak_nm`."""
# prompt = """
# For each spectrum in the rows of `absorbance` (wavelengths in `wavelength`) I look up where its \
# most prominent peak is, NaN if there is no peak, and collect those wavelengths in `peak_nm`:
#
# ```python
# import numpy as np
# from scipy.signal import find_peaks
#
# peak_nm = np.full(len(absorbance), np.nan)
# for i, spectrum in enumerate(absorbance):
#     peaks, props = find_peaks(spectrum, prominence=0)
#     if peaks.size:
#         peak_nm[i] = wavelength[peaks[np.argmax(props["prominences"])]]
# ```
#
# find_peaks has no axis argument, so I can't vectorise it. Could joblib threads run the spectra \
# in parallel and produce the same `peak_nm`?"""
# task_type = 'performance'
# domain = 'signal_processing'
# libraries = ['joblib', 'scipy.signal', 'numpy']
# inputs = { wavelength = 'spectra.wavelength', absorbance = 'spectra.absorbance' }
# checks = [
#     'peak_nm.shape == (absorbance.shape[0],)',
#     '''np.allclose(peak_nm, [
#         wavelength[p[np.argmax(q["prominences"])]] if p.size else np.nan
#         for p, q in (scipy.signal.find_peaks(row, prominence=0) for row in absorbance)
#     ], equal_nan=True)''',
# ]
# difficulty = 'intermediate'
# tags = ['parallelism', 'peak-detection']
# edge_cases = true
# ///
import numpy as np
from joblib import Parallel, delayed
from scipy.signal import find_peaks


def most_prominent(spectrum):
    peaks, props = find_peaks(spectrum, prominence=0)
    if peaks.size == 0:
        return np.nan
    return wavelength[peaks[np.argmax(props["prominences"])]]


# the spectra are independent tasks; threads share `wavelength` and `absorbance` without copies
peak_nm = np.array(
    Parallel(n_jobs=2, backend="threading")(delayed(most_prominent)(row) for row in absorbance),
    dtype=float,
)
