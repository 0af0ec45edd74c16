import numpy as np

h = np.array([1.0, 2.5, 1.0])
n_fft = 512
# homomorphic method: take the real cepstrum of half the log magnitude, then fold it onto
# non-negative quefrencies, which makes the resulting filter minimum phase
cepstrum = np.fft.ifft(0.5 * np.log(np.abs(np.fft.fft(h, n_fft)))).real
folded = np.zeros(n_fft)
folded[0] = cepstrum[0]
folded[1 : n_fft // 2] = 2 * cepstrum[1 : n_fft // 2]
folded[n_fft // 2] = cepstrum[n_fft // 2]
h_min = np.fft.ifft(np.exp(np.fft.fft(folded))).real[: (len(h) + 1) // 2]
# a symmetric FIR of length N delays by (N - 1) / 2 samples
delay_samples = (len(h) - 1) / 2
