import scipy.stats as st


def validated(responses):
    """The non-missing responses, or ValueError when Shapiro-Wilk cannot run on them."""
    clean = responses.dropna()
    if clean.size < 3:
        raise ValueError(f"Shapiro-Wilk needs 3 or more responses, this site has {clean.size}")
    return clean


pvalues, skipped = {}, {}
high = trial_missing[trial_missing["dose"] > 9]
for site, group in high.groupby("site", observed=True):
    try:
        pvalues[site] = st.shapiro(validated(group["response"])).pvalue
    except ValueError as exc:
        skipped[site] = str(exc)
