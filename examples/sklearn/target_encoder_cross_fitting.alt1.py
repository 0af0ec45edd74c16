import pandas as pd
from sklearn.preprocessing import TargetEncoder

site = trial[["site"]]
encoder = TargetEncoder(target_type="continuous", random_state=0).set_output(transform="pandas")
# fitting and transforming in one call cross-fits: each fold is encoded by the others
encoded = encoder.fit_transform(site, trial["response"])
site_encoding = pd.Series(
    dict(zip(encoder.categories_[0], encoder.encodings_[0], strict=True)), name="encoding"
)
