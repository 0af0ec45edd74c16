import scipy.signal as sps

b, a = sps.butter(4, 1000, btype="low", fs=fs)
# a 4th-order filter is still well conditioned as a single b/a pair
filtered = sps.lfilter(b, a, x)
