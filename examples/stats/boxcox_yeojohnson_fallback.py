# /// example
# task = """
# Write a helper that makes a sample more normal with the Box-Cox transform and, when Box-Cox \
# raises a ValueError because the data are not strictly positive, falls back to the Yeo-Johnson \
# transform. Apply it to the positive sample `skewed` and to its median-centred copy; store, in \
# the dict `results` keyed "raw" and "centred", tuples (transformed data, fitted lambda, method \
# name "box-cox" or "yeo-johnson")."""
# prompt = """
# I need a helper that makes data more normal using Box-Cox, falling back to Yeo-Johnson when \
# Box-Cox raises a ValueError because the data aren't strictly positive. Apply it to my positive \
# sample `skewed` and to a copy centred on its median, and store a dict `results` with keys "raw" \
# and "centred", each a tuple (transformed data, fitted lambda, method name "box-cox" or \
# "yeo-johnson")."""
# domain = 'statistics'
# libraries = ['scipy.stats', 'numpy']
# inputs = { skewed = 'skewed' }
# checks = [
#     "results['raw'][2] == 'box-cox' and results['centred'][2] == 'yeo-johnson'",
#     # (x**lam - 1) / lam, written with expm1 so that it stays accurate for lam near 0
#     "(lambda t, lam: np.allclose(t, np.log(skewed) if lam == 0 else np.expm1(lam * np.log(skewed)) / lam))(*results['raw'][:2])",
#     # the fitted lambda maximizes the Box-Cox likelihood: at least as likely as the log (0) or
#     # no transform (1)
#     "(lambda llf, lam: all(llf(lam) >= llf(other) - 1e-9 * (1 + abs(llf(other))) for other in (0.0, 1.0)))(lambda lmbda: scipy.stats.boxcox_llf(lmbda, skewed), results['raw'][1])",
#     "np.allclose(results['centred'][0], scipy.stats.yeojohnson(skewed - np.median(skewed))[0])",
# ]
# difficulty = 'advanced'
# tags = ['normality', 'error-handling']
# [edge_cases]
# min_size = 2
# constant = false
# raises = 'BracketError'
# why = "Box-Cox fits lambda to the sample's spread and rejects constant data, so the sample must vary; when all values but one are tied the likelihood has no maximum, and scipy 1.11's optimizer raises BracketError (later versions stop at an extreme lambda)"
# ///
import numpy as np
from scipy import stats


def normalize(sample):
    try:
        transformed, lmbda = stats.boxcox(sample)
        return transformed, lmbda, "box-cox"
    except ValueError:
        # Box-Cox needs x > 0; Yeo-Johnson is defined for zeros and negatives too
        transformed, lmbda = stats.yeojohnson(sample)
        return transformed, lmbda, "yeo-johnson"


samples = {"raw": skewed, "centred": skewed - np.median(skewed)}
results = {name: normalize(sample) for name, sample in samples.items()}
