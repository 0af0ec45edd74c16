pair = sensor[["sensor_a", "sensor_b"]]
# pairwise rolling correlation: a (date, column) row index; take the a-b entry per date
pairwise = pair.rolling(30).corr()
rolling_corr = pairwise.xs("sensor_a", level=1)["sensor_b"]

# a window where a channel never changes has zero variance, so no correlation
windows = pair.rolling(30)
flat = (windows.max() == windows.min()).any(axis=1)
rolling_corr = rolling_corr.where(~flat)
