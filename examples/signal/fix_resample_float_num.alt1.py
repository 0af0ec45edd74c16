import numpy as np
import scipy.signal as sps

target_rate = 150
n_out = int(np.rint(len(x) * target_rate / fs))
resampled = sps.resample(x, num=n_out)
