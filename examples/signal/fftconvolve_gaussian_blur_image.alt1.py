from scipy.signal import oaconvolve
from scipy.signal.windows import gaussian

# gaussian(13, std=2) samples exp(-n^2 / 8) at n = -6..6; the 2-D kernel is separable
profile = gaussian(13, std=2.0)
profile = profile / profile.sum()
kernel = profile[:, None] * profile[None, :]
blurred = oaconvolve(image, kernel, mode="same")
