import numpy as np
from scipy import ndimage

generator = np.random.default_rng(0)
speckled = np.array(image, dtype=float)
rows, cols = speckled.shape
count = round(0.05 * speckled.size)
flat_positions = generator.permutation(speckled.size)[:count]
salt = generator.random(count) < 0.5
r, c = np.unravel_index(flat_positions, (rows, cols))
speckled[r, c] = np.where(salt, image.max(), image.min())
restored = ndimage.median_filter(speckled, size=3, mode="constant", cval=0.0)
