# one row per quantile, one column per survey column (NaN are skipped)
bounds = survey.quantile([0.05, 0.95])

# axis=1 aligns the Series of bounds with the columns, so each column gets its own limits
winsorized = survey.clip(lower=bounds.loc[0.05], upper=bounds.loc[0.95], axis=1)
