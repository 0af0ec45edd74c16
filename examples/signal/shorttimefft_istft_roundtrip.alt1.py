import scipy.signal as sps

window = sps.get_window("hann", 256)
transform = sps.ShortTimeFFT(window, hop=64, fs=fs, fft_mode="onesided")
stft_values = transform.stft(x)
# istft returns the padded length; trim it back to the input
reconstructed = transform.istft(stft_values)[: len(x)]
