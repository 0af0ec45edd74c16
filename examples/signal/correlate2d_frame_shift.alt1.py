import numpy as np
import scipy.signal as sps

reference = frames[0] - np.mean(frames[0])
moved = frames[-1] - np.mean(frames[-1])
# correlate (not convolve) keeps the kernel unflipped; method="direct" avoids FFT round-off
xcorr = sps.correlate(moved, reference, mode="full", method="direct")
rows, cols = reference.shape
peak_row, peak_col = np.unravel_index(xcorr.argmax(), xcorr.shape)
shift = (peak_row - rows + 1, peak_col - cols + 1)
