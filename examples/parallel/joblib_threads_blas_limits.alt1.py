import joblib
import numpy as np
import threadpoolctl


def frame_singular_values(frame):
    return np.linalg.svd(frame, compute_uv=False)


# limits=1 without user_api caps every native thread pool (BLAS and OpenMP alike)
# while the joblib threads run
with threadpoolctl.threadpool_limits(1), joblib.parallel_config(backend="threading", n_jobs=2):
    singular_values = np.array(
        joblib.Parallel()(joblib.delayed(frame_singular_values)(f) for f in frames)
    )
