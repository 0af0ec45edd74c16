import numpy as np
from scipy import fft

n_frames = (signal.size - 256) // 128 + 1
step = signal.strides[0]
# a read-only view: row i starts 128 samples after row i - 1, no sample is copied
frames = np.lib.stride_tricks.as_strided(
    signal, shape=(n_frames, 256), strides=(128 * step, step), writeable=False
)
spectrum = fft.rfft(frames * np.hanning(256), axis=-1, workers=-1)
frame_power = spectrum.real**2 + spectrum.imag**2
