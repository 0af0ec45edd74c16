import numpy as np
import scipy.signal as ss

# midpoints between neighbouring tones
low_edge, high_edge = (tones[:-1] + tones[1:]) / 2

numtaps = int(0.3 * fs) | 1  # set the lowest bit: an odd length, as a band-stop requires
taps = ss.firwin(numtaps, [low_edge, high_edge], window="hamming", pass_zero="bandstop", fs=fs)

# centred ("same") convolution: no delay
filtered = np.convolve(signal, taps, mode="same")
