import numpy as np
from sklearn.preprocessing import OrdinalEncoder

levels = ["low", "medium", "high"]
dose = trial["dose"].to_numpy()
# <= 3 -> low, (3, 7] -> medium, > 7 -> high
dose_level = np.where(dose <= 3, "low", np.where(dose <= 7, "medium", "high"))

encoder = OrdinalEncoder(categories=[levels], handle_unknown="use_encoded_value", unknown_value=-1)
dose_codes = encoder.fit_transform(dose_level.reshape(-1, 1)).ravel()
unknown_code = encoder.transform(np.array([["extreme"]]))[0, 0]
