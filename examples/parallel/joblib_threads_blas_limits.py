# /// example
# task = """
# Compute the singular values of every frame of the image stack `frames` (frames x rows x \
# columns) with `np.linalg.svd(..., compute_uv=False)`, one joblib task per frame on 2 threads, \
# while limiting the BLAS/LAPACK library to one thread per call with threadpoolctl's \
# `threadpool_limits` so the two levels of parallelism do not oversubscribe the cores; store the \
# result, one row per frame, in `singular_values`."""
# prompt = """
# I compute the singular values of each frame in my stack `frames` with NumPy's SVD \
# (`compute_uv=False`), in joblib with 2 threads. Each SVD call also starts its own BLAS threads, \
# so the machine ends up with far more threads than cores. Limit BLAS to a single thread per call \
# with `threadpool_limits` from threadpoolctl while the frames run in parallel, and store the \
# singular values (one row per frame) in `singular_values`."""
# domain = 'numerical_methods'
# libraries = ['joblib', 'threadpoolctl', 'numpy']
# inputs = { frames = 'frames' }
# checks = [
#     'singular_values.shape == (frames.shape[0], min(frames.shape[1:]))',
#     'np.allclose(singular_values, np.linalg.svd(frames, compute_uv=False))',
# ]
# difficulty = 'advanced'
# tags = ['parallelism', 'dimensionality-reduction']
# edge_cases = true
# ///
import numpy as np
from joblib import Parallel, delayed
from threadpoolctl import threadpool_limits

# two joblib threads, each calling a BLAS that would otherwise start one thread per core:
# cap BLAS at one thread for the duration of the block (the old limit comes back after it)
with threadpool_limits(limits=1, user_api="blas"):
    rows = Parallel(n_jobs=2, prefer="threads")(
        delayed(np.linalg.svd)(frame, compute_uv=False) for frame in frames
    )
singular_values = np.stack(rows)
