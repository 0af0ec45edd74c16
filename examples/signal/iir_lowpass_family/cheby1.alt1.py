from scipy import signal as ss

nyquist = fs / 2
sos = ss.cheby1(N=4, rp=1, Wn=30 / nyquist, btype="low", output="sos")
filtered = ss.sosfiltfilt(sos, signal)
w, h = ss.sosfreqz(sos, worN=2048, fs=fs)
