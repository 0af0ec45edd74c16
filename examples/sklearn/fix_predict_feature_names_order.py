# /// example
# task = """
# This code fits a linear model of `wind_speed` on `temperature`, `pressure` and `humidity` of \
# the table `measurements`, then predicts for two new readings that arrive with their columns \
# in another order, storing the two predictions in `predicted`, but it raises an error:
#
# ```python
# import pandas as pd
# from sklearn.linear_model import LinearRegression
#
# features = ["temperature", "pressure", "humidity"]
# model = LinearRegression().fit(measurements[features], measurements["wind_speed"])
# new = pd.DataFrame({"humidity": [70.0, 80.0], "temperature": [10.0, 12.0], "pressure": [26.0, 27.0]})
# predicted = model.predict(new)
# ```
#
# ```text
# ValueError: The feature names should match those that were passed during fit.
# ```
#
# Fix it so each new value is used as the feature it is named after."""
# prompt = """
# I fitted a linear regression of `wind_speed` on `temperature`, `pressure`, `humidity` from \
# `measurements`; the new readings come from another system with the columns in a different \
# order, and I want the two forecasts in `predicted`:
#
# ```python
# import pandas as pd
# from sklearn.linear_model import LinearRegression
#
# features = ["temperature", "pressure", "humidity"]
# model = LinearRegression().fit(measurements[features], measurements["wind_speed"])
# new = pd.DataFrame({"humidity": [70.0, 80.0], "temperature": [10.0, 12.0], "pressure": [26.0, 27.0]})
# predicted = model.predict(new)
# ```
#
# ```text
# ValueError: The feature names should match those that were passed during fit.
# ```
#
# Same columns, just shuffled. How do I fix it without mixing up the features?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { measurements = 'measurements' }
# checks = [
#     'np.shape(predicted) == (2,)',
#     # new rows in the training column order: temperature, pressure, humidity
#     'np.allclose(predicted, sklearn.linear_model.LinearRegression().fit(measurements[["temperature", "pressure", "humidity"]].to_numpy(), measurements["wind_speed"].to_numpy()).predict(np.array([[10.0, 26.0, 70.0], [12.0, 27.0, 80.0]])))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'regression', 'linear-model']
# edge_cases = true
# ///
import pandas as pd
from sklearn.linear_model import LinearRegression

features = ["temperature", "pressure", "humidity"]
model = LinearRegression().fit(measurements[features], measurements["wind_speed"])
new = pd.DataFrame(
    {"humidity": [70.0, 80.0], "temperature": [10.0, 12.0], "pressure": [26.0, 27.0]}
)
# reorder the new columns to the order seen in fit (stored in feature_names_in_)
predicted = model.predict(new[model.feature_names_in_])
