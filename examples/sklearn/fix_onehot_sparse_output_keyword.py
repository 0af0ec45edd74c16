# /// example
# task = """
# This code should one-hot encode the `site` and `treatment` columns of the trial table `df` into \
# a dense NumPy array `encoded` (one 0/1 column per level, levels in sorted order), but it raises \
# an error:
#
# ```python
# from sklearn.preprocessing import OneHotEncoder
#
# encoded = OneHotEncoder(sparse=False).fit_transform(df[["site", "treatment"]])
# ```
#
# ```text
# TypeError: OneHotEncoder.__init__() got an unexpected keyword argument 'sparse'
# ```
#
# Fix it."""
# prompt = """
# I one-hot encode `site` and `treatment` from my trial table `df` and need a plain dense array \
# `encoded` (one 0/1 column per level, levels sorted), not a sparse matrix. This line comes from \
# an older notebook:
#
# ```python
# from sklearn.preprocessing import OneHotEncoder
#
# encoded = OneHotEncoder(sparse=False).fit_transform(df[["site", "treatment"]])
# ```
#
# and now gives
#
# ```text
# TypeError: OneHotEncoder.__init__() got an unexpected keyword argument 'sparse'
# ```
#
# What's the current way to ask for a dense result?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas']
# inputs = { df = 'trial_missing' }
# checks = [
#     'isinstance(encoded, np.ndarray)',
#     'np.array_equal(encoded, pd.get_dummies(df[["site", "treatment"]].astype(str), dtype=float).to_numpy())',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'encoding']
# requires = { scikit-learn = ">=1.4" }
# edge_cases = true
# ///
from sklearn.preprocessing import OneHotEncoder

# `sparse` was renamed `sparse_output` (scikit-learn 1.2) and the old name removed in 1.4
encoded = OneHotEncoder(sparse_output=False).fit_transform(df[["site", "treatment"]])
