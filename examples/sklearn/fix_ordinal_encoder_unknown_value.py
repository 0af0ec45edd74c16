# /// example
# task = """
# This code encodes the subscription plans of `train` as integers and should apply the same codes \
# to the new rows `new`, storing them in `codes`, but it raises an error:
#
# ```python
# import pandas as pd
# from sklearn.preprocessing import OrdinalEncoder
#
# train = pd.DataFrame({"plan": ["basic", "pro", "basic", "team"]})
# new = pd.DataFrame({"plan": ["pro", "enterprise", "basic"]})
# encoder = OrdinalEncoder().fit(train)
# codes = encoder.transform(new)
# ```
#
# ```text
# ValueError: Found unknown categories ['enterprise'] in column 0 during transform
# ```
#
# Fix it so an unseen plan gets the code -1 while known plans keep their codes; `codes` stays a \
# (3, 1) array."""
# prompt = """
# I ordinal-encode the `plan` column on my training rows `train`; new customers (`new`) can have a \
# plan that didn't exist then. Their codes should go in `codes`:
#
# ```python
# import pandas as pd
# from sklearn.preprocessing import OrdinalEncoder
#
# train = pd.DataFrame({"plan": ["basic", "pro", "basic", "team"]})
# new = pd.DataFrame({"plan": ["pro", "enterprise", "basic"]})
# encoder = OrdinalEncoder().fit(train)
# codes = encoder.transform(new)
# ```
#
# ```text
# ValueError: Found unknown categories ['enterprise'] in column 0 during transform
# ```
#
# I'd like unknown plans mapped to -1 instead of crashing, with `codes` still shaped (3, 1)."""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = {}
# checks = [
#     # sorted categories: basic=0, pro=1, team=2; enterprise is unseen
#     'np.array_equal(np.ravel(codes), [1, -1, 0])',
#     'np.shape(codes) == (3, 1)',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'encoding', 'categorical']
# ///
import pandas as pd
from sklearn.preprocessing import OrdinalEncoder

train = pd.DataFrame({"plan": ["basic", "pro", "basic", "team"]})
new = pd.DataFrame({"plan": ["pro", "enterprise", "basic"]})
# categories not seen in fit get unknown_value instead of raising
encoder = OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1).fit(train)
codes = encoder.transform(new)
