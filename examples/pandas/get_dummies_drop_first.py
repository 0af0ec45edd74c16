# /// example
# task = """
# One-hot encode the categorical columns `q1` and `group` of the Likert survey `likert` with \
# `pd.get_dummies`, dropping the first level of each (`drop_first=True`) and producing 0/1 \
# integer columns (`dtype=int`); store the result in `encoded`."""
# prompt = """
# One-hot encode the categorical columns `q1` and `group` of my survey `likert`, dropping the \
# first level of each and producing 0/1 integer columns named like `group_student` and `q1_2`, \
# with the other columns kept as they are; store the result in `encoded`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { likert = 'likert' }
# checks = [
#     '"q1" not in encoded.columns and "group" not in encoded.columns',
#     'encoded.shape[1] == likert.shape[1] - 2 + len(likert["q1"].cat.categories) - 1 + len(likert["group"].cat.categories) - 1',
#     'all((encoded[f"{c}_{level}"] == (likert[c] == level)).all() for c in ("q1", "group") for level in likert[c].cat.categories[1:])',
#     'encoded.filter(like="q1_").sum(axis=1).le(1).all()',
#     'all(pd.api.types.is_integer_dtype(encoded[f"{c}_{level}"]) for c in ("q1", "group") for level in likert[c].cat.categories[1:])',
# ]
# difficulty = 'basic'
# tags = ['encoding', 'categorical']
# edge_cases = true
# ///
import pandas as pd

# drop_first leaves the first level as the all-zero baseline; dtype=int gives 0/1, not booleans
encoded = pd.get_dummies(likert, columns=["q1", "group"], drop_first=True, dtype=int)
