with_means = measurements.reset_index(drop=True)
with_means.loc[len(with_means)] = measurements.mean()
