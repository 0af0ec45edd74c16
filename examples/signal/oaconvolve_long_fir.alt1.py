import scipy.signal as sps

numtaps = 1001
cutoff = (tones[0] + tones[1]) / 2
taps = sps.firwin(numtaps, cutoff, fs=fs)

# full overlap-add convolution, then keep the part aligned with the input (delay of 500 samples)
delay = (numtaps - 1) // 2
full = sps.oaconvolve(signal, taps, mode="full")
filtered = full[delay : delay + len(signal)]
