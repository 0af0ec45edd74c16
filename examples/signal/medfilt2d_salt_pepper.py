# /// example
# task = """
# Corrupt 5% of the pixels of the grey-scale `image` with salt-and-pepper noise (each picked \
# pixel set to the image's maximum or minimum, chosen at random; seed 0) into `speckled`, then \
# clean it with a 3 x 3 median filter (pixels outside the image count as 0) into `restored`."""
# prompt = """
# To test a despeckling step, I want to add salt-and-pepper noise to my grey-scale `image`: pick \
# 5% of the pixels at random (seed 0) and set each to the image's max or min, giving `speckled`. \
# Then remove it with a 3 x 3 median filter, zero-padded at the borders, into `restored`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = { image = 'image' }
# checks = [
#     'np.shape(speckled) == np.shape(image) and np.shape(restored) == np.shape(image)',
#     # 5% of the pixels (rounded either way) changed, each to the image's min or max
#     'np.sum(speckled != image) <= np.ceil(0.05 * np.size(image))',
#     'np.all(np.isin(speckled[speckled != image], [np.min(image), np.max(image)]))',
#     # distinct pixels: only pixels that already held the min or max may look unchanged
#     'np.sum(speckled != image) >= np.floor(0.05 * np.size(image)) - np.sum(image == np.min(image)) - np.sum(image == np.max(image))',
#     # both salt and pepper appear once enough pixels are corrupted
#     'np.size(image) < 400 or np.ptp(image) == 0 or (np.sum(speckled == np.max(image)) > np.sum(image == np.max(image)) and np.sum(speckled == np.min(image)) > np.sum(image == np.min(image)))',
#     'np.allclose(restored, scipy.ndimage.median_filter(np.asarray(speckled, dtype=float), size=3, mode="constant", cval=0.0))',
# ]
# difficulty = 'intermediate'
# tags = ['smoothing', 'outliers', 'filtering']
# edge_cases = true
# ///
import numpy as np
from scipy import signal

rng = np.random.default_rng(0)
speckled = image.astype(float).copy()
n_noisy = int(0.05 * image.size)
# choose distinct pixels, then salt (max) or pepper (min) for each
picked = rng.choice(image.size, size=n_noisy, replace=False)
speckled.flat[picked] = rng.choice([image.min(), image.max()], size=n_noisy)
# medfilt2d zero-pads the borders, like a constant-mode median filter with cval 0
restored = signal.medfilt2d(speckled, kernel_size=3)
