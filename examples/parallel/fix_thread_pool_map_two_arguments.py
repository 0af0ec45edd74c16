# /// example
# task = """
# This code should correlate the absorbance at every wavelength (each column of `absorbance`) with \
# the sample concentrations `concentration`, one `pearsonr` call per column in a thread pool, and \
# store the correlation coefficients in column order in the 1-D array `r_values`, but it raises an \
# error:
#
# ```python
# from concurrent.futures import ThreadPoolExecutor
#
# import numpy as np
# from scipy.stats import pearsonr
#
# with ThreadPoolExecutor() as executor:
#     results = executor.map(pearsonr, [(column, concentration) for column in absorbance.T])
#     r_values = np.array([result.statistic for result in results])
# ```
#
# ```text
# TypeError: pearsonr() missing 1 required positional argument: 'y'
# ```
#
# Fix it."""
# prompt = """
# For a calibration I correlate the absorbance at each wavelength (the columns of `absorbance`) \
# with the known `concentration` of each sample, in a thread pool, and want the Pearson r of every \
# column in `r_values`:
#
# ```python
# from concurrent.futures import ThreadPoolExecutor
#
# import numpy as np
# from scipy.stats import pearsonr
#
# with ThreadPoolExecutor() as executor:
#     results = executor.map(pearsonr, [(column, concentration) for column in absorbance.T])
#     r_values = np.array([result.statistic for result in results])
# ```
#
# This fails with
#
# ```text
# TypeError: pearsonr() missing 1 required positional argument: 'y'
# ```
#
# What am I doing wrong?"""
# task_type = 'fix'
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { absorbance = 'spectra.absorbance', concentration = 'spectra.concentration' }
# checks = [
#     'r_values.shape == (absorbance.shape[1],)',
#     'np.allclose(r_values, [np.corrcoef(column, concentration)[0, 1] for column in absorbance.T])',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'parallelism', 'correlation']
# [edge_cases]
# constant = false
# min_size = 3
# why = 'a correlation needs at least three samples and columns and concentrations that vary'
# ///
from concurrent.futures import ThreadPoolExecutor

import numpy as np
from scipy.stats import pearsonr

# map passes one item of each iterable per call, so a tuple arrived as the single argument x;
# give map the columns and the concentrations as two iterables instead
with ThreadPoolExecutor() as executor:
    results = executor.map(pearsonr, absorbance.T, [concentration] * absorbance.shape[1])
    r_values = np.array([result.statistic for result in results])
