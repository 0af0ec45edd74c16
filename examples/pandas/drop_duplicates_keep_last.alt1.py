subset = ["site", "treatment"]
# a stable sort keeps the original order among equal doses
by_dose = trial.sort_values("dose", kind="stable")

max_dose_rows = by_dose.drop_duplicates(subset=subset, keep="last")
n_duplicates = int(by_dose.duplicated(subset=subset, keep="last").sum())
