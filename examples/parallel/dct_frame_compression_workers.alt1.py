import numpy as np
import scipy.fft

reconstructed = np.empty_like(frames, dtype=float)
# the frames are transformed one by one here; workers=-1 parallelises within each transform
for i, frame in enumerate(frames):
    c = scipy.fft.dctn(frame, type=2, norm="ortho", workers=-1)
    cutoff = np.percentile(np.abs(c), 90)
    c[np.abs(c) < cutoff] = 0.0
    reconstructed[i] = scipy.fft.idctn(c, type=2, norm="ortho", workers=-1)

norms = np.sqrt((frames**2).sum(axis=(1, 2)))
errors = np.sqrt(((frames - reconstructed) ** 2).sum(axis=(1, 2)))
relative_error = np.where(norms > 0, errors / np.where(norms > 0, norms, 1.0), 0.0)
