from scipy import stats


def require_testable(sample, site):
    if len(sample) < 3:
        raise ValueError(
            f"site {site!r}: Shapiro-Wilk needs at least 3 responses, got {len(sample)}"
        )


high_dose = trial_missing.loc[trial_missing["dose"] > 9]
pvalues = {}
skipped = {}
for site in high_dose["site"].dropna().unique():
    responses = high_dose.loc[high_dose["site"] == site, "response"].dropna().to_numpy()
    try:
        require_testable(responses, site)
    except ValueError as err:
        skipped[site] = str(err)
        continue
    pvalues[site] = stats.shapiro(responses).pvalue
