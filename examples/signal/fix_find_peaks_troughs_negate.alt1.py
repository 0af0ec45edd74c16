import scipy.signal as sps

flipped = -1.0 * x
troughs = sps.find_peaks(flipped, prominence=0.5)[0]
