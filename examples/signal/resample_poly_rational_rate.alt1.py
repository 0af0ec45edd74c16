import math

import scipy.signal as sps

fs_new = 11025
# dividing both rates by their gcd gives the smallest up/down pair
common = math.gcd(fs_new, int(fs))
resampled = sps.resample_poly(x, up=fs_new // common, down=int(fs) // common)
