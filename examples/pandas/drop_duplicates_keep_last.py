# /// example
# task = """
# For each (`site`, `treatment`) combination of `trial`, keep only the patient with the highest \
# `dose`: sort by `dose`, then `drop_duplicates(subset=[...], keep="last")`; store the rows in \
# `max_dose_rows`, and the number of rows that `duplicated` flags on the same subset in \
# `n_duplicates`."""
# prompt = """
# For each (`site`, `treatment`) combination in `trial`, I only want the patient with the highest \
# `dose`: sort by `dose` and keep the last row per combination, storing those rows in \
# `max_dose_rows`. Also store in `n_duplicates` how many rows are flagged as duplicates on that \
# same pair of columns."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'len(max_dose_rows) == len(trial) - n_duplicates',
#     'len(max_dose_rows) == trial.groupby(["site", "treatment"], observed=True).ngroups',
#     'all(np.isclose(r.dose, trial.loc[(trial["site"] == r.site) & (trial["treatment"] == r.treatment), "dose"].max(), equal_nan=True) for r in max_dose_rows.itertuples())',
# ]
# difficulty = 'intermediate'
# tags = ['data-cleaning', 'sorting']
# edge_cases = true
# ///
n_duplicates = int(trial.duplicated(subset=["site", "treatment"]).sum())
# missing doses sort first, so they can never be the row that is kept
max_dose_rows = trial.sort_values("dose", na_position="first").drop_duplicates(
    subset=["site", "treatment"], keep="last"
)
