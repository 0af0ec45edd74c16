# /// example
# task = '''
# Write a function `cyclical_encoder` with the signature and docstring below. Encode the hour of
# day of the event log `events` (a one-column DataFrame `hour` from its `timestamp`) with a period
# of 24: store the fitted transformer's output in `hour_features` and its output feature names
# (`hour_sin`, `hour_cos`) in `hour_names`. Store in `period_error` the message raised for a period of 0.
#
# ```python
# def cyclical_encoder(period):
#     """Unfitted FunctionTransformer that encodes periodic numeric features
#     (hour of day, month, angle) as points on a circle.
#
#     Each input column x becomes two columns, sin(2 pi x / period) and
#     cos(2 pi x / period), in that order, column after column; the output
#     is a float array. get_feature_names_out() gives "<name>_sin",
#     "<name>_cos" for each input name (x0, x1, ... for arrays without
#     column names). Raises ValueError("period must be positive") when
#     period <= 0.
#     """
# ```'''
# prompt = """
# Hour 23 and hour 0 are neighbours, but not to a linear model, so I want \
# `cyclical_encoder(period)` returning an unfitted FunctionTransformer that turns every column x \
# into sin(2 pi x / period) and cos(2 pi x / period) (sin first, column by column), with output \
# names `"<name>_sin"` and `"<name>_cos"`, and raising `ValueError("period must be positive")` for \
# a period <= 0. Apply it with period 24 to the hour of `timestamp` in my event log `events`, as a \
# one-column DataFrame named `hour`, and keep the encoded array in `hour_features` and the output \
# names (`"hour_sin"`, `"hour_cos"`) in `hour_names`; keep the message for a period of `0` in `period_error`."""
# task_type = 'function'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { events = 'events' }
# checks = [
#     # the second row tells sin0, cos0, sin1, cos1 apart from sin0, sin1, cos0, cos1
#     'np.allclose(cyclical_encoder(12).fit_transform(np.array([[0.0, 3.0], [2.0, 6.0]])), [[0.0, 1.0, 1.0, 0.0], [np.sqrt(3) / 2, 0.5, 0.0, -1.0]])',
#     'list(cyclical_encoder(7).fit(np.zeros((3, 2))).get_feature_names_out()) == ["x0_sin", "x0_cos", "x1_sin", "x1_cos"]',
#     '(lambda t: list(t.get_feature_names_out()) == ["angle_sin", "angle_cos"] and np.allclose(t.transform(pd.DataFrame({"angle": [90.0, 405.0]})), [[1.0, 0.0], [np.sqrt(0.5), np.sqrt(0.5)]]))(cyclical_encoder(360.0).fit(pd.DataFrame({"angle": [0.0, 180.0]})))',
#     'period_error == "period must be positive"',
#     'list(hour_names) == ["hour_sin", "hour_cos"]',
#     'np.allclose(hour_features, np.column_stack([np.sin(2 * np.pi * events["timestamp"].dt.hour / 24), np.cos(2 * np.pi * events["timestamp"].dt.hour / 24)]))',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'feature-engineering', 'datetime', 'validation']
# edge_cases = true
# ///
import numpy as np
from sklearn.preprocessing import FunctionTransformer


def cyclical_encoder(period):
    """Unfitted FunctionTransformer that encodes periodic numeric features
    (hour of day, month, angle) as points on a circle.

    Each input column x becomes two columns, sin(2 pi x / period) and
    cos(2 pi x / period), in that order, column after column; the output
    is a float array. get_feature_names_out() gives "<name>_sin",
    "<name>_cos" for each input name (x0, x1, ... for arrays without
    column names). Raises ValueError("period must be positive") when
    period <= 0.
    """
    if period <= 0:
        raise ValueError("period must be positive")

    def encode(X):
        angle = 2 * np.pi * np.asarray(X, dtype=float) / period
        # stack sin and cos on a new last axis, then flatten to sin0, cos0, sin1, cos1, ...
        return np.stack([np.sin(angle), np.cos(angle)], axis=-1).reshape(len(angle), -1)

    def names_out(transformer, input_features):
        return [f"{name}_{part}" for name in input_features for part in ("sin", "cos")]

    return FunctionTransformer(encode, feature_names_out=names_out)


hours = events["timestamp"].dt.hour.to_frame("hour")
encoder = cyclical_encoder(24).fit(hours)
hour_features = encoder.transform(hours)
hour_names = encoder.get_feature_names_out()

try:
    cyclical_encoder(0)
except ValueError as error:
    period_error = str(error)
