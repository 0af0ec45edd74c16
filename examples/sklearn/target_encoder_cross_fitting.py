# /// example
# task = """
# Encode the categorical column `site` of the DataFrame `trial` by the mean `response` per site \
# with a `TargetEncoder` (continuous target, `random_state=0`). Store the cross-fitted training \
# encoding from `fit_transform` in `encoded` (a 1-column array), the fitted encoder in `encoder` \
# and its learned per-site encodings, indexed by site, in the Series `site_encoding`."""
# prompt = """
# I want to replace the categorical `site` column of my DataFrame `trial` by a smoothed mean of \
# `response` per site, without leaking each row's own target into its encoding. Use \
# scikit-learn's target encoder for a continuous target with random_state=0, keep the fitted \
# encoder in `encoder`, the cross-fitted training encoding it returns when fitting in `encoded` \
# (a 1-column array), and the per-site encodings it learned, indexed by site, in a Series \
# `site_encoding`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { trial = 'trial' }
# checks = [
#     'encoded.shape == (len(trial), 1)',
#     "np.allclose(encoded, sklearn.preprocessing.TargetEncoder(target_type='continuous', random_state=0).fit_transform(trial[['site']], trial['response']))",
#     "set(site_encoding.index) == set(trial['site'].astype(str)) and np.isclose(encoder.target_mean_, trial['response'].mean())",
#     # smoothing shrinks each site's mean towards the overall mean, never past it
#     "all(min(trial['response'][trial['site'] == s].mean(), trial['response'].mean()) - 1e-9 * (1 + trial['response'].abs().max()) <= site_encoding[s] <= max(trial['response'][trial['site'] == s].mean(), trial['response'].mean()) + 1e-9 * (1 + trial['response'].abs().max()) for s in site_encoding.index)",
# ]
# difficulty = 'intermediate'
# tags = ['encoding', 'categorical', 'feature-engineering']
# [edge_cases]
# min_size = 5
# why = 'the cross-fitted encoding splits the rows into 5 folds, which needs 5 rows'
# ///
import pandas as pd
from sklearn.preprocessing import TargetEncoder

encoder = TargetEncoder(target_type="continuous", random_state=0)
# fit_transform encodes each row with a model fitted on the other folds (cross fitting),
# so a row's own response never leaks into its feature
encoded = encoder.fit_transform(trial[["site"]], trial["response"])
site_encoding = pd.Series(encoder.encodings_[0], index=encoder.categories_[0], name="site")
