import pandas as pd

by_site = trial_missing.groupby("site", observed=True)

completeness = pd.DataFrame(
    {
        "n_rows": by_site.size(),  # every row, missing response or not
        "n_measured": by_site["response"].count(),  # count skips NaN
    }
)
# the mean of a boolean "is missing" flag is the share of rows without a response
completeness["missing_fraction"] = (
    trial_missing["response"].isna().groupby(trial_missing["site"], observed=True).mean()
)
