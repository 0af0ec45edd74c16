values = measurements.to_numpy()
# the column means and SDs (ddof=0) broadcast across the rows
z = (values - values.mean(axis=0)) / values.std(axis=0)
