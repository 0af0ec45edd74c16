# /// example
# task = '''
# Write a function `interpolate_short_gaps` with the signature and docstring below, then apply it
# to the `sensor_a` channel of the daily table `sensor` with `max_gap=2` and store the result in
# `sensor_a_filled`.
#
# ```python
# def interpolate_short_gaps(series, max_gap):
#     """Linearly interpolate only the runs of at most `max_gap` consecutive NaN.
#
#     Longer runs stay entirely NaN (unlike interpolate(limit=...), which
#     would fill their first values), and so do NaN before the first or after
#     the last valid value. Interpolation is by position, ignoring the index
#     values. Returns a new float Series with the same index and name;
#     max_gap < 1 fills nothing.
#     """
# ```'''
# prompt = """
# My sensor channels drop out now and then. Short dropouts I'm happy to interpolate linearly, \
# but long outages should stay completely empty, and `interpolate(limit=...)` still fills the \
# start of a long outage. Could you write `interpolate_short_gaps(series, max_gap)` that fills \
# only runs of at most `max_gap` consecutive NaN (by position, not by index value), never NaN \
# before the first or after the last valid reading, fills nothing when `max_gap` is below 1, and \
# returns a new float Series with the same index and name? Then use it on `sensor["sensor_a"]` \
# of my `sensor` table with `max_gap=2`, into `sensor_a_filled`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { sensor = 'sensor' }
# checks = [
#     'np.allclose(interpolate_short_gaps(pd.Series([1.0, np.nan, 3.0, np.nan, np.nan, np.nan, 7.0]), 2), [1.0, 2.0, 3.0, np.nan, np.nan, np.nan, 7.0], equal_nan=True)',
#     'np.allclose(interpolate_short_gaps(pd.Series([1.0, np.nan, 3.0, np.nan, np.nan, np.nan, 7.0]), 3), [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0])',
#     'np.allclose(interpolate_short_gaps(pd.Series([np.nan, 1.0, np.nan, 3.0, np.nan], index=[5, 1, 9, 2, 0]), 5), [np.nan, 1.0, 2.0, 3.0, np.nan], equal_nan=True)',
#     'interpolate_short_gaps(pd.Series([2.0, np.nan, 4.0], name="flow"), 0).isna().tolist() == [False, True, False] and interpolate_short_gaps(pd.Series([2.0, np.nan, 4.0], name="flow"), 0).name == "flow"',
#     'interpolate_short_gaps(pd.Series([1, 2, 3], index=pd.date_range("2024-01-01", periods=3)), 1).dtype == np.float64',
#     'isinstance(sensor_a_filled, pd.Series) and sensor_a_filled.index.equals(sensor.index) and sensor_a_filled[sensor["sensor_a"].notna()].equals(sensor["sensor_a"][sensor["sensor_a"].notna()].astype(float))',
#     'np.allclose(sensor_a_filled.dropna().to_numpy(), np.interp(np.flatnonzero(sensor_a_filled.notna()), np.flatnonzero(sensor["sensor_a"].notna()), sensor["sensor_a"].dropna().to_numpy())) if sensor["sensor_a"].notna().any() else sensor_a_filled.isna().all()',
#     # every NaN inside a run of one or two between valid readings is filled, and nothing else
#     'sensor_a_filled.notna().sum() == sensor["sensor_a"].notna().sum() + sum(len(run) for run in "".join("n" if missing else "v" for missing in sensor["sensor_a"].isna()).strip("n").split("v") if 0 < len(run) <= 2)',
# ]
# difficulty = 'advanced'
# tags = ['reusable-function', 'missing-data', 'interpolation', 'time-series']
# edge_cases = true
# ///


def interpolate_short_gaps(series, max_gap):
    """Linearly interpolate only the runs of at most `max_gap` consecutive NaN.

    Longer runs stay entirely NaN (unlike interpolate(limit=...), which
    would fill their first values), and so do NaN before the first or after
    the last valid value. Interpolation is by position, ignoring the index
    values. Returns a new float Series with the same index and name;
    max_gap < 1 fills nothing.
    """
    values = series.astype(float)
    missing = values.isna()
    # each valid value starts a new run id, so a run of NaN shares the id of the value before it
    run_id = (~missing).cumsum().to_numpy()
    run_length = missing.groupby(run_id).transform("sum").to_numpy()
    filled = values.interpolate(method="linear", limit_area="inside")
    return filled.where(~missing | (run_length <= max_gap))


sensor_a_filled = interpolate_short_gaps(sensor["sensor_a"], max_gap=2)
