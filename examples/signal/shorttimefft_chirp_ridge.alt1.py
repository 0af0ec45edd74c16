import numpy as np
import scipy.signal as sps

fs = 2000
n = 2 * fs
time = np.arange(n) / fs
x = sps.chirp(time, 50.0, 2.0, 400.0)

window = sps.windows.gaussian(256, 32, sym=True)
stft = sps.ShortTimeFFT(window, 32, fs, scale_to="psd")
spec = stft.spectrogram(x)
centres = stft.t(n) * fs
# keep frames whose window [centre - 128, centre + 127] stays within the samples
fits = (centres - stft.m_num_mid >= 0) & (centres - stft.m_num_mid + stft.m_num <= n)
inner_spec = spec[:, fits]
inner_times = stft.t(n)[fits]
ridge = stft.f[inner_spec.argmax(axis=0)]
