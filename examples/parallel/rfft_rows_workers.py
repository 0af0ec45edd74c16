# /// example
# task = """
# Compute the real FFT of every row of the 2-D array `matrix` with `scipy.fft.rfft` along axis 1, \
# using all CPU cores; store the complex result in `spectra`."""
# prompt = """
# Each row of the 2-D array `matrix` is a real signal. Compute the real FFT of every row (along \
# axis 1) with scipy.fft, using all CPU cores, and store the complex spectra in `spectra`."""
# domain = 'signal_processing'
# libraries = ['scipy.fft', 'numpy']
# inputs = { matrix = 'matrix' }
# checks = [
#     'spectra.shape == (matrix.shape[0], matrix.shape[1] // 2 + 1)',
#     'np.allclose(spectra, np.fft.rfft(matrix, axis=1), equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['parallelism', 'fourier-transform']
# edge_cases = true
# ///
import scipy.fft

# workers=-1 splits the independent row transforms over every core; a single 1-D
# transform is not split
spectra = scipy.fft.rfft(matrix, axis=1, workers=-1)
