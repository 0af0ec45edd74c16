import numpy as np
import pandas as pd
from sklearn.preprocessing import OrdinalEncoder

levels = ["low", "medium", "high"]
# right-closed bins: (-inf, 3] low, (3, 7] medium, (7, inf) high
binned = pd.DataFrame(
    {"dose_level": pd.cut(trial["dose"], bins=[-np.inf, 3, 7, np.inf], labels=levels).astype(str)}
)

encoder = OrdinalEncoder(categories=[levels], handle_unknown="use_encoded_value", unknown_value=-1)
encoder.fit(binned)
dose_codes = encoder.transform(binned)[:, 0].astype(int)
unknown_code = encoder.transform(pd.DataFrame({"dose_level": ["extreme"]})).item()
