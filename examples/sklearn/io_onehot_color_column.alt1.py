import pandas as pd
from sklearn.preprocessing import OneHotEncoder

items = pd.DataFrame({"color": ["red", "green", "red", "blue"]})
# pandas output keeps the generated column names next to the values
encoder = OneHotEncoder(sparse_output=False).set_output(transform="pandas")
one_hot = encoder.fit_transform(items[["color"]])
encoded = one_hot.to_numpy()
feature_names = one_hot.columns.tolist()
