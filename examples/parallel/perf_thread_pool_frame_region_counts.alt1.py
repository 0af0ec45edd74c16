import concurrent.futures

import numpy as np
import scipy.ndimage

n_regions = np.zeros(len(frames), dtype=int)
with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(scipy.ndimage.label, frame > 0.5) for frame in frames]
    # label returns (labelled image, number of regions); the list keeps the frame order
    for i, future in enumerate(futures):
        n_regions[i] = future.result()[1]
