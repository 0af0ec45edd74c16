import concurrent.futures

import numpy as np
import scipy.stats


def percentile_ci(sample):
    boot = scipy.stats.bootstrap(
        (sample,),
        np.mean,
        confidence_level=0.95,
        n_resamples=999,
        method="percentile",
        rng=np.random.default_rng(0),
    )
    return boot.confidence_interval.low, boot.confidence_interval.high


samples = {"a": a, "b": b, "c": c}
intervals = {}
with concurrent.futures.ThreadPoolExecutor() as pool:
    pending = {pool.submit(percentile_ci, data): key for key, data in samples.items()}
    # whichever group finishes first is stored first; the keys keep them apart
    for done in concurrent.futures.as_completed(pending):
        intervals[pending[done]] = done.result()
