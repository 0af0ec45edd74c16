import scipy.signal as sps

# per-sample derivative times samples per second gives units per second
rate = sps.savgol_filter(y, 11, 3, deriv=1) * fs
