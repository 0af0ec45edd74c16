import joblib
import numpy as np
import scipy.signal


def count_peaks(spectrum):
    peaks, _ = scipy.signal.find_peaks(spectrum, prominence=0.05)
    return peaks.size


# the task is the function plus its arguments, built by joblib.delayed(function)(arguments)
tasks = (joblib.delayed(count_peaks)(spectrum) for spectrum in absorbance)
n_peaks = np.asarray(joblib.Parallel(n_jobs=2, backend="threading")(tasks), dtype=int)
