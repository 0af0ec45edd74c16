import numpy as np

samples = np.array([0.0, 2.0, 1.0, 3.0, 0.0, 1.0, 0.0, -1.0])
sample_rate = 8

full = np.fft.fft(samples)
freqs = np.fft.fftfreq(samples.size, d=1 / sample_rate)
# keep bins 0 .. n/2; fftfreq labels the Nyquist bin -4 Hz, hence the abs
keep = samples.size // 2 + 1
freqs = np.abs(freqs[:keep])
magnitude = np.abs(full[:keep])
