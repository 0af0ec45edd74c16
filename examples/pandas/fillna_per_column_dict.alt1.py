# Series.agg with a dict gives one statistic per column; to_dict turns it into the fill mapping
fill_values = trial_missing.agg({"dose": "median", "response": "mean"}).to_dict()
imputed = trial_missing.fillna(value=fill_values)
