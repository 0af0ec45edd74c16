import numpy as np
import scipy.signal

mls = scipy.signal.max_len_seq(nbits=4)[0]
chips = np.where(mls == 1, 1, -1)
# shift the sequence around the circle and sum the products at each lag
autocorr = np.array([np.sum(chips * np.roll(chips, -lag)) for lag in range(len(chips))])
