from scipy import stats

# apply column by column; nan_policy="omit" skips NaNs in the mean and std and leaves them as NaN
standardized = survey.apply(lambda col: stats.zscore(col.to_numpy(dtype=float), nan_policy="omit"))
