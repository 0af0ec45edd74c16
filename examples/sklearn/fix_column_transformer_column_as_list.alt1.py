from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OneHotEncoder

# the column list (not a bare string) keeps the selection 2-D
encoder = make_column_transformer(
    (OneHotEncoder(sparse_output=False), ["product"]), remainder="drop"
)
encoded = encoder.fit_transform(orders)
