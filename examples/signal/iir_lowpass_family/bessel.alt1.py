from scipy.signal import bessel, sosfiltfilt, sosfreqz

# norm="mag" puts the -3 dB point at Wn (the default "phase" matches the delay instead)
sos = bessel(6, 30 / (fs / 2), btype="lowpass", norm="mag", output="sos")
filtered = sosfiltfilt(sos, signal)
w, h = sosfreqz(sos, worN=2048, fs=fs)
