import numpy as np
import pandas as pd


def tidy_counts(counts):
    """Long table of a genes x samples count matrix."""
    if not all("_" in str(name) for name in counts.columns):
        raise ValueError("every column must be named <condition>_<replicate>")
    n_genes, n_samples = counts.shape
    parts = [name.rsplit("_", 1) for name in counts.columns]
    condition = np.array([part[0] for part in parts], dtype=object)
    replicate = np.array([int(part[1]) for part in parts], dtype=int)
    # row-major ravel walks gene by gene, sample by sample
    return pd.DataFrame(
        {
            "gene": np.repeat(counts.index.to_numpy(), n_samples),
            "condition": np.tile(condition, n_genes),
            "replicate": np.tile(replicate, n_genes),
            "count": counts.to_numpy().ravel(),
        }
    )


tidy = tidy_counts(expression)
