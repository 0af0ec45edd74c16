# /// example
# task = """
# Fit a `OneHotEncoder` on the `site` and `treatment` columns of the DataFrame `trial` with \
# `handle_unknown="ignore"` and dense output, and encode the two new rows `new_patients` (site \
# "north" with treatment "drug", and the unseen site "west" with treatment "control") into \
# `encoded_new`. Also show that an encoder with the default `handle_unknown="error"` rejects \
# them: store its error message in `unknown_error`."""
# prompt = """
# Fit a one-hot encoder on the `site` and `treatment` columns of my DataFrame `trial`, ignoring \
# unknown categories and with dense output, and encode two new rows `new_patients` (site "north" \
# with treatment "drug", and the unseen site "west" with treatment "control") into `encoded_new`. \
# Also show that an encoder with the default strict handling of unknowns rejects them, storing \
# its error message in `unknown_error`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas']
# inputs = { trial = 'trial' }
# checks = [
#     "'west' in unknown_error",
#     "encoded_new.shape == (len(new_patients), trial['site'].nunique() + trial['treatment'].nunique())",
#     "encoded_new[1, :trial['site'].nunique()].sum() == 0",
#     "encoded_new[0].sum() == ('north' in set(trial['site'])) + ('drug' in set(trial['treatment']))",
#     "encoded_new[1].sum() == ('control' in set(trial['treatment']))",
# ]
# difficulty = 'intermediate'
# tags = ['encoding', 'categorical', 'error-handling']
# edge_cases = true
# ///
import pandas as pd
from sklearn.preprocessing import OneHotEncoder

columns = ["site", "treatment"]
new_patients = pd.DataFrame({"site": ["north", "west"], "treatment": ["drug", "control"]})

strict = OneHotEncoder(sparse_output=False).fit(trial[columns])
try:
    strict.transform(new_patients)
except ValueError as exc:
    unknown_error = str(exc)

# "ignore" encodes an unseen category as all zeros in its block instead of raising
encoder = OneHotEncoder(handle_unknown="ignore", sparse_output=False).fit(trial[columns])
encoded_new = encoder.transform(new_patients)
