from scipy import signal as sps

low_edge = 0.5 * (tones[0] + tones[1])
high_edge = 0.5 * (tones[1] + tones[2])

# about 0.3 s of taps, forced odd so the filter has an integer delay of (numtaps - 1) / 2
numtaps = round(0.3 * fs) // 2 * 2 + 1
taps = sps.firwin(numtaps, [low_edge, high_edge], window="hamming", pass_zero="bandpass", fs=fs)

# mode="same" keeps the centre of the full convolution, cancelling the filter's delay
filtered = sps.fftconvolve(signal, taps, mode="same")
