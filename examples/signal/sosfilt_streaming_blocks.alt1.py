from itertools import pairwise

import numpy as np
import scipy.signal as sps

sos = sps.butter(4, 30, btype="low", output="sos", fs=fs)
# start in steady state for the first sample instead of from rest
zi = sps.sosfilt_zi(sos) * signal[0]

edges = np.linspace(0, len(signal), 9).astype(int)
blocks_out = []
for start, stop in pairwise(edges):
    block_out, zi = sps.sosfilt(sos, signal[start:stop], zi=zi)
    blocks_out.append(block_out)
streamed = np.concatenate(blocks_out)
