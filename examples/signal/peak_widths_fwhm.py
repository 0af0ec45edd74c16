# /// example
# task = """
# Measure peak widths in a simulated chromatogram `trace` on the grid `x` (0 to 20 min, step \
# 0.01): three Gaussian peaks at 4, 9 and 15 min with standard deviations `sigmas` = 0.2, 0.35 \
# and 0.5 min, plus noise (seed 3, std 0.005); find them with `find_peaks` (prominence 0.2; their \
# indices in `peaks`) and store their full widths at half maximum in minutes in `fwhm`."""
# prompt = """
# Simulate a chromatogram `trace` on the grid `x` (0 to 20 min, step 0.01): three Gaussian peaks \
# at 4, 9 and 15 min with standard deviations `sigmas` = 0.2, 0.35 and 0.5 min, plus noise with \
# std 0.005 (seed 3). Detect the peaks with a prominence threshold of 0.2 (indices in `peaks`) \
# and store their full widths at half maximum, in minutes, in `fwhm`."""
# domain = 'signal_processing'
# libraries = ['scipy.signal', 'numpy']
# inputs = {}
# checks = [
#     'len(fwhm) == 3',
#     'np.allclose(x[peaks], [4, 9, 15], atol=0.05)',
#     'np.allclose(fwhm, 2 * np.sqrt(2 * np.log(2)) * sigmas, rtol=0.05)',
# ]
# difficulty = 'intermediate'
# tags = ['peak-detection', 'applied-science']
# ///
import numpy as np
from scipy import signal as sps

rng = np.random.default_rng(3)
dx = 0.01
x = np.arange(0, 20, dx)
centers, sigmas, heights = [4, 9, 15], np.array([0.2, 0.35, 0.5]), [1.0, 0.8, 0.6]
trace = sum(
    h * np.exp(-0.5 * ((x - c) / s) ** 2) for c, s, h in zip(centers, sigmas, heights, strict=True)
)
trace = trace + 0.005 * rng.standard_normal(x.size)
peaks, _ = sps.find_peaks(trace, prominence=0.2)
widths = sps.peak_widths(trace, peaks, rel_height=0.5)[0]
fwhm = widths * dx  # widths are in samples
