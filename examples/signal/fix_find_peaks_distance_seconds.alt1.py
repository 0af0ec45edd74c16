import math

import scipy.signal as sps

# round up: peaks must be at least 0.15 s apart, so never allow fewer samples than that
min_gap_samples = math.ceil(0.15 * fs)
peaks, _ = sps.find_peaks(recording, height=0.5, distance=min_gap_samples)
peak_times = peaks / fs
