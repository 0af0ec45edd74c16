import numpy as np
import scipy.signal as sps

samples_per_block = round(2.0 * fs)
block_number = np.arange(len(y)) // samples_per_block
# a break point wherever the block number steps up
starts = np.flatnonzero(np.diff(block_number)) + 1
flattened = sps.detrend(y, bp=starts)
