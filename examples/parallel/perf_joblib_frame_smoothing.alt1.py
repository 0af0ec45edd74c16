from functools import partial

import joblib
import numpy as np
import scipy.ndimage

smooth = partial(scipy.ndimage.gaussian_filter, sigma=1.5)
# the threading backend shares the stack with the workers instead of pickling each frame
with joblib.parallel_config(backend="threading", n_jobs=2):
    smoothed = np.array(joblib.Parallel()(joblib.delayed(smooth)(frame) for frame in frames))
