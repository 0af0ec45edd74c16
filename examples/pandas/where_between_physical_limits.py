# /// example
# task = """
# The sensor table `measurements` has columns `temperature`, `pressure`, `humidity`, \
# `wind_speed`. Readings outside the physical limits in `limits` = `{"temperature": (-40, 45), \
# "humidity": (0, 100)}` (bounds inclusive) are sensor faults. Write \
# `blank_out_of_limits(frame, limits)`, returning `(cleaned, n_faults)`: a copy of `frame` where \
# every out-of-limit value of the limited columns is NaN, other columns untouched, and the \
# number of values blanked per limited column (a Series indexed by column). Apply it to \
# `measurements`, storing the results in `cleaned` and `n_faults`."""
# prompt = """
# Some readings in my `measurements` table are physically impossible. Using \
# `limits = {"temperature": (-40, 45), "humidity": (0, 100)}` (both ends allowed), write \
# `blank_out_of_limits(frame, limits)` that returns `(cleaned, n_faults)`: the frame with the \
# out-of-range values of the limited columns set to NaN (leave the other columns as they are) \
# and how many values got blanked in each limited column. Run it on `measurements` into \
# `cleaned` and `n_faults`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { measurements = 'measurements' }
# checks = [
#     'np.allclose(cleaned["temperature"].to_numpy(dtype=float), np.where((measurements["temperature"] >= -40) & (measurements["temperature"] <= 45), measurements["temperature"], np.nan), equal_nan=True)',
#     'np.allclose(cleaned["humidity"].to_numpy(dtype=float), np.where((measurements["humidity"] >= 0) & (measurements["humidity"] <= 100), measurements["humidity"], np.nan), equal_nan=True)',
#     'np.allclose(cleaned[["pressure", "wind_speed"]].to_numpy(dtype=float), measurements[["pressure", "wind_speed"]].to_numpy(dtype=float), equal_nan=True)',
#     'isinstance(n_faults, pd.Series) and int(n_faults["temperature"]) == int((measurements["temperature"].notna() & ~measurements["temperature"].between(-40, 45)).sum()) and int(n_faults["humidity"]) == int((measurements["humidity"].notna() & ~measurements["humidity"].between(0, 100)).sum())',
#     # values exactly on the limits are kept, values just outside are blanked
#     'blank_out_of_limits(pd.DataFrame({"temperature": [-40.0, 45.0, -40.5, 45.5, 20.0], "humidity": [0.0, 100.0, 50.0, -0.1, 100.1]}), {"temperature": (-40, 45), "humidity": (0, 100)})[0].isna().to_numpy().tolist() == [[False, False], [False, False], [True, False], [True, True], [False, True]]',
#     'blank_out_of_limits(pd.DataFrame({"temperature": [-40.0, 45.0, -40.5, 45.5, 20.0], "humidity": [0.0, 100.0, 50.0, -0.1, 100.1]}), {"temperature": (-40, 45), "humidity": (0, 100)})[1].to_dict() == {"temperature": 2, "humidity": 2}',
# ]
# difficulty = 'intermediate'
# tags = ['data-cleaning', 'outliers', 'missing-data']
# edge_cases = true
# ///
import pandas as pd

limits = {"temperature": (-40, 45), "humidity": (0, 100)}


def blank_out_of_limits(frame, limits):
    cleaned = frame.copy()
    n_faults = {}
    for column, (low, high) in limits.items():
        # between is inclusive on both ends by default; where blanks the rows where it is False
        in_range = frame[column].between(low, high)
        n_faults[column] = int((frame[column].notna() & ~in_range).sum())
        cleaned[column] = frame[column].where(in_range)
    return cleaned, pd.Series(n_faults)


cleaned, n_faults = blank_out_of_limits(measurements, limits)
