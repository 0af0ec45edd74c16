import numpy as np

fs = 1000
t = np.arange(1000) / fs
x = np.where(t < 0.5, np.sin(2 * np.pi * 50 * t), np.sin(2 * np.pi * 120 * t))
segment = 100
# one row per non-overlapping segment, tapered with a Hann window before the FFT
frames = x.reshape(-1, segment) * np.hanning(segment)
magnitude = np.abs(np.fft.rfft(frames, axis=1))
freq_axis = np.fft.rfftfreq(segment, d=1 / fs)
dominant = freq_axis[magnitude.argmax(axis=1)]
times = (np.arange(len(frames)) + 0.5) * segment / fs
