standardized = trial.copy()
for column in trial.select_dtypes(include="number").columns:
    values = trial[column]
    if values.max() == values.min():
        standardized[column] = 0.0  # nothing to scale
    else:
        standardized[column] = (values - values.mean()) / values.std()  # sample std, ddof=1
