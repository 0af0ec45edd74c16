import numpy as np
import scipy.signal

high_edge = np.mean(tones[1:3])

numtaps = int(0.3 * fs)
if numtaps % 2 == 0:
    # a high-pass FIR must have odd length (non-zero gain at Nyquist)
    numtaps += 1
taps = scipy.signal.firwin(numtaps, high_edge, window="hamming", pass_zero=False, fs=fs)

# full convolution, then drop the (numtaps - 1) / 2 samples of delay at the start
delay = (numtaps - 1) // 2
filtered = np.convolve(signal, taps)[delay : delay + len(signal)]
