# /// example
# task = """
# Compute the 30-day rolling Pearson correlation between `sensor_a` and `sensor_b` of `sensor` \
# (`rolling(30).corr(...)`); store it in `rolling_corr`. A window in which either channel stays \
# flat has no correlation (0 / 0): make it NaN explicitly, since pandas returns NaN or +-inf \
# there depending on the version."""
# prompt = """
# Compute the 30-day rolling Pearson correlation between `sensor_a` and `sensor_b` of `sensor` \
# (30-row windows, full windows only) and store it in `rolling_corr`. A window in which either \
# channel stays flat has no correlation (0 / 0), so set it to NaN explicitly, since pandas \
# returns NaN or +-inf there depending on the version."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { sensor = 'sensor' }
# checks = [
#     'rolling_corr.index.equals(sensor.index)',
#     'rolling_corr.dropna().between(-1 - 1e-9, 1 + 1e-9).all()',
#     'rolling_corr.iloc[:29].isna().all()',
#     'len(sensor) < 30 or (np.isnan(rolling_corr.iloc[-1]) if sensor[["sensor_a", "sensor_b"]].iloc[-30:].nunique().min() == 1 else np.isclose(rolling_corr.iloc[-1], np.corrcoef(sensor["sensor_a"].iloc[-30:], sensor["sensor_b"].iloc[-30:])[0, 1]))',
# ]
# difficulty = 'intermediate'
# tags = ['rolling-window', 'correlation', 'time-series']
# edge_cases = true
# ///
window_a = sensor["sensor_a"].rolling(30)
window_b = sensor["sensor_b"].rolling(30)
# max == min is an exact test for a flat window (a rolling std may keep rounding residue)
flat = (window_a.max() == window_a.min()) | (window_b.max() == window_b.min())
rolling_corr = window_a.corr(sensor["sensor_b"]).mask(flat)
