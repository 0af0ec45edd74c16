import numpy as np
import scipy.signal as sps

trace = np.array([0, 1, 0, 4, 2, 3, 1, 0, 2, 0, 6, 0], dtype=float)
peaks = sps.argrelmax(trace)[0]
prominences, left_bases, right_bases = sps.peak_prominences(trace, peaks, wlen=5)
# pass the windowed prominences on so the half-height reference matches them
widths = sps.peak_widths(
    trace, peaks, rel_height=0.5, prominence_data=(prominences, left_bases, right_bases)
)[0]
