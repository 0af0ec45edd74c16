measured = ["dose", "response"]
# each row gets the mean of its own site
site_means = trial_missing.groupby("site", observed=True)[measured].transform("mean")

patched = trial_missing.copy()
# combine_first keeps the existing values and takes the site mean only where one is missing
patched[measured] = trial_missing[measured].combine_first(site_means)
