# /// example
# task = """
# Remove single-wavelength spikes from the spectra in `absorbance` (one spectrum per row) with a \
# 5-point running median along each row only, zero padding at the ends, by giving `medfilt` a \
# 2-D kernel that spans 1 row and 5 columns. Store the result (same shape) in `despiked`."""
# prompt = """
# My spectra `absorbance` (one row per sample) have occasional one-channel spikes. I want a \
# 5-point median filter along the wavelength axis of each spectrum (zeros beyond the ends), not \
# mixing different spectra, using medfilt with a (1, 5) kernel. Put it in `despiked`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { absorbance = 'spectra.absorbance' }
# checks = [
#     'np.shape(despiked) == np.shape(absorbance)',
#     # the median of each zero-padded 5-sample window within a row
#     'np.allclose(despiked, np.median(np.lib.stride_tricks.sliding_window_view(np.pad(absorbance, ((0, 0), (2, 2))), 5, axis=1), axis=-1))',
# ]
# difficulty = 'intermediate'
# tags = ['smoothing', 'outliers', 'applied-science']
# edge_cases = true
# ///
from scipy import signal

# kernel (1, 5): one row tall, so spectra are never mixed; five wavelengths wide
despiked = signal.medfilt(absorbance, kernel_size=(1, 5))
