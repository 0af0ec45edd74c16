completeness = trial_missing.groupby("site", observed=True).agg(
    n_rows=("response", "size"),
    n_measured=("response", "count"),
)
completeness["missing_fraction"] = (
    completeness["n_rows"] - completeness["n_measured"]
) / completeness["n_rows"]
