import numpy as np
import scipy.signal as sps

samples = int(np.ceil(0.02 * fs))
# round an even count up to the next odd one; an odd count stays as it is
kernel = samples + 1 - samples % 2
despiked = sps.medfilt(np.asarray(y, dtype=float), kernel_size=kernel)
