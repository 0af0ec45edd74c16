import scipy.signal

# for Chebyshev II, Wn is where the stopband (40 dB down) begins
sos = scipy.signal.iirfilter(6, 45, rs=40, btype="lowpass", ftype="cheby2", output="sos", fs=fs)
filtered = scipy.signal.sosfiltfilt(sos, signal)
w, h = scipy.signal.sosfreqz(sos, worN=2048, fs=fs)
