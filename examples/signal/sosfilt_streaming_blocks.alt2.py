import numpy as np
from scipy.signal import butter, sosfilt, sosfilt_zi

sos = butter(4, 30, fs=fs, output="sos")
zi = signal[0] * sosfilt_zi(sos)

streamed = np.empty(len(signal))
position = 0
for block in np.array_split(signal, 8):
    # each call picks up where the previous block left off
    out, zi = sosfilt(sos, block, zi=zi)
    streamed[position : position + len(block)] = out
    position += len(block)
