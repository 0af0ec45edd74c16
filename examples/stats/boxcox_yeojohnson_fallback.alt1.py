import numpy as np
import scipy.stats as st


def normalise(sample):
    """Box-Cox when the data allow it, Yeo-Johnson otherwise."""
    data = np.asarray(sample, dtype=float)
    try:
        transformed, lam = st.boxcox(data)
    except ValueError:
        # Box-Cox is defined only for strictly positive data
        transformed, lam = st.yeojohnson(data)
        return transformed, lam, "yeo-johnson"
    return transformed, lam, "box-cox"


centred = skewed - np.median(skewed)
results = {"raw": normalise(skewed), "centred": normalise(centred)}
