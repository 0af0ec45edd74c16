import scipy.signal as sps

fs_down = 2000
downsampled = sps.decimate(recording, int(fs) // fs_down, ftype="iir", zero_phase=True)
