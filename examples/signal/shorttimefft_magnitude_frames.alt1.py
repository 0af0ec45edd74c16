import scipy.signal as sps

window_length = min(256, len(signal))
sft = sps.ShortTimeFFT.from_window(
    "hann",
    fs,
    nperseg=window_length,
    noverlap=window_length - window_length // 4,
    scale_to="magnitude",
)
magnitude = abs(sft.stft(signal))
freqs = sft.f
times = sft.t(signal.size)
peak_freqs = sft.f[magnitude.argmax(axis=0)]
