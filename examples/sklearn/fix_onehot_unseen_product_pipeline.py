# /// example
# task = """
# This code fits a pipeline that one-hot encodes `customer` and `product` of the order lines \
# `orders`, passes `unit_price` through, and fits `Ridge(alpha=1.0)` to `quantity`; it should \
# then predict the quantity of the new lines `new_lines` into `predicted`, but one new line has a \
# product the training data never had and prediction raises an error:
#
# ```python
# import pandas as pd
# from sklearn.compose import make_column_transformer
# from sklearn.linear_model import Ridge
# from sklearn.pipeline import make_pipeline
# from sklearn.preprocessing import OneHotEncoder
#
# features = ["customer", "product", "unit_price"]
# model = make_pipeline(
#     make_column_transformer((OneHotEncoder(), ["customer", "product"]), remainder="passthrough"),
#     Ridge(alpha=1.0),
# )
# model.fit(orders[features], orders["quantity"])
# new_lines = pd.DataFrame({"customer": ["C004", "C011"], "product": ["pen", "webcam"], "unit_price": [1.30, 45.00]})
# predicted = model.predict(new_lines)
# ```
#
# ```text
# ValueError: Found unknown categories ['webcam'] in column 1 during transform
# ```
#
# Fix it so that an unseen category is encoded as all zeros (it contributes nothing) and every \
# line still gets a prediction."""
# prompt = """
# I model `quantity` of my order lines `orders` from `customer`, `product` (one-hot encoded) and \
# `unit_price` with `Ridge(alpha=1.0)` in a pipeline, and predict new lines `new_lines` into \
# `predicted`:
#
# ```python
# import pandas as pd
# from sklearn.compose import make_column_transformer
# from sklearn.linear_model import Ridge
# from sklearn.pipeline import make_pipeline
# from sklearn.preprocessing import OneHotEncoder
#
# features = ["customer", "product", "unit_price"]
# model = make_pipeline(
#     make_column_transformer((OneHotEncoder(), ["customer", "product"]), remainder="passthrough"),
#     Ridge(alpha=1.0),
# )
# model.fit(orders[features], orders["quantity"])
# new_lines = pd.DataFrame({"customer": ["C004", "C011"], "product": ["pen", "webcam"], "unit_price": [1.30, 45.00]})
# predicted = model.predict(new_lines)
# ```
#
# ```text
# ValueError: Found unknown categories ['webcam'] in column 1 during transform
# ```
#
# We just started selling webcams. I'd like new categories to be encoded as all zeros so they \
# add nothing, and still get a prediction for every line."""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { orders = 'orders' }
# checks = [
#     'np.shape(predicted) == (len(new_lines),) and np.all(np.isfinite(predicted))',
#     # the same ridge fit on hand-made dummy columns (unseen categories all zero); sparse input uses an iterative solver
#     '(lambda train: np.allclose(predicted, sklearn.linear_model.Ridge(alpha=1.0).fit(train, orders["quantity"].to_numpy()).predict(pd.get_dummies(new_lines[["customer", "product"]].astype(str)).assign(unit_price=new_lines["unit_price"].to_numpy()).reindex(columns=train.columns, fill_value=0).astype(float)), rtol=1e-3, atol=1e-3))(pd.get_dummies(orders[["customer", "product"]].astype(str)).assign(unit_price=orders["unit_price"].to_numpy()).astype(float))',
# ]
# difficulty = 'advanced'
# tags = ['debugging', 'encoding', 'pipeline', 'linear-model']
# edge_cases = true
# ///
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.linear_model import Ridge
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

features = ["customer", "product", "unit_price"]
# handle_unknown="ignore" encodes a category unseen in training as a row of zeros
encoder = OneHotEncoder(handle_unknown="ignore")
model = make_pipeline(
    make_column_transformer((encoder, ["customer", "product"]), remainder="passthrough"),
    Ridge(alpha=1.0),
)
model.fit(orders[features], orders["quantity"])
new_lines = pd.DataFrame(
    {"customer": ["C004", "C011"], "product": ["pen", "webcam"], "unit_price": [1.30, 45.00]}
)
predicted = model.predict(new_lines)
