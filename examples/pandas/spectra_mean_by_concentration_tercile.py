# /// example
# task = """
# The component `spectra.absorbance` holds one absorbance spectrum per sample (samples x \
# wavelengths), `spectra.wavelength` the wavelengths in nm and `spectra.concentration` each \
# sample's concentration. Put the spectra in a DataFrame with the wavelengths as columns, split \
# the samples into three equal-count concentration groups labelled "low", "mid", "high" with \
# `pd.qcut` on the concentration ranks (tied concentrations ordered by sample position), and \
# average the spectra per group. Store the result in `mean_spectra`: one row per \
# group in the order low, mid, high, one column per wavelength."""
# prompt = """
# I measured absorbance spectra (`absorbance`, samples x wavelengths, at `wavelength` nm) for \
# samples of known `concentration` (some standards repeat). I'd like the mean spectrum of the \
# lowest, middle and highest third of the samples by concentration (equal-count groups named \
# "low", "mid", "high", ties broken by sample order), as a \
# table `mean_spectra` with those three rows in that order and the wavelengths as columns."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { wavelength = 'spectra.wavelength', absorbance = 'spectra.absorbance', concentration = 'spectra.concentration' }
# checks = [
#     '[str(label) for label in mean_spectra.index] == ["low", "mid", "high"] and np.allclose(np.asarray(mean_spectra.columns, dtype=float), wavelength)',
#     '(lambda codes: np.allclose(mean_spectra.to_numpy(dtype=float), [absorbance[codes == k].mean(axis=0) for k in range(3)]))(np.searchsorted(np.quantile(np.arange(1, len(concentration) + 1), [1 / 3, 2 / 3]), np.argsort(np.argsort(concentration, kind="stable"), kind="stable") + 1, side="left"))',
# ]
# difficulty = 'intermediate'
# tags = ['binning', 'groupby', 'applied-science']
# edge_cases = { min_size = 3, why = "three concentration groups need at least three samples" }
# ///
import pandas as pd

spectra_table = pd.DataFrame(absorbance, columns=wavelength)
# ranking first (ties in sample order) keeps the tercile edges distinct when standards repeat
rank = pd.Series(concentration).rank(method="first")
tercile = pd.qcut(rank, q=3, labels=["low", "mid", "high"])
mean_spectra = spectra_table.groupby(tercile, observed=False).mean()
