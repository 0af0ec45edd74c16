# /// example
# task = """
# Bin the `dose` column of the DataFrame `trial` into the ordered levels "low" (up to 3), \
# "medium" (3-7) and "high" (above 7) and encode them with an `OrdinalEncoder` whose categories \
# are given in that order, so the codes 0, 1, 2 follow the dose; store the codes as a 1-D array \
# in `dose_codes`. Configure the encoder to map unseen levels to -1 and store the code it gives \
# the unseen level "extreme" in `unknown_code`."""
# prompt = """
# Bin the `dose` column of my DataFrame `trial` into ordered levels "low" (3 or less), "medium" \
# (above 3 up to 7) and "high" (above 7), and encode them with an ordinal encoder whose \
# categories are given explicitly in that order, so codes 0, 1, 2 follow the dose; store the \
# codes as a 1-D array in `dose_codes`. Configure the encoder to map unseen levels to -1 and \
# store the code it gives the unseen level "extreme" in `unknown_code`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'dose_codes.shape == (len(trial),) and set(np.unique(dose_codes)) <= {0.0, 1.0, 2.0}',
#     "np.all(np.diff(dose_codes[np.argsort(trial['dose'].to_numpy(), kind='stable')]) >= 0)",
#     "np.array_equal(dose_codes, (trial['dose'].to_numpy() > 3).astype(float) + (trial['dose'].to_numpy() > 7))",
#     'unknown_code == -1',
# ]
# difficulty = 'intermediate'
# tags = ['encoding', 'categorical']
# edge_cases = true
# ///
import numpy as np
import pandas as pd
from sklearn.preprocessing import OrdinalEncoder

levels = ["low", "medium", "high"]
dose_level = pd.cut(trial["dose"], bins=[-np.inf, 3, 7, np.inf], labels=levels)
# explicit categories fix the order; the default would sort them alphabetically
encoder = OrdinalEncoder(categories=[levels], handle_unknown="use_encoded_value", unknown_value=-1)
dose_codes = encoder.fit_transform(dose_level.to_frame()).ravel()
unknown_code = encoder.transform(pd.DataFrame({"dose": ["extreme"]}))[0, 0]
