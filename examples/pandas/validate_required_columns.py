# /// example
# task = """
# Write `summarise_by_site(df)` that first checks that `df` has the columns `site` and \
# `response`, raising a `KeyError` that names the missing ones, and otherwise returns the mean \
# `response` per site. Apply it to `trial` (result in `site_means`) and to `trial` without its \
# `response` column, catching the `KeyError` in `missing_error`."""
# prompt = """
# Write `summarise_by_site(df)` that first checks that `df` has the columns `site` and \
# `response`, raising a `KeyError` that names the missing ones, and otherwise returns the mean \
# `response` per observed site. Apply it to `trial` (result in `site_means`) and to `trial` \
# without its `response` column, catching the KeyError in `missing_error`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'isinstance(missing_error, KeyError)',
#     '"response" in str(missing_error)',
#     'len(site_means) == trial["site"].nunique()',
#     'np.isclose(site_means.mean(), trial.groupby("site", observed=True)["response"].mean().mean())',
# ]
# difficulty = 'intermediate'
# tags = ['validation', 'error-handling']
# edge_cases = true
# ///
def summarise_by_site(df):
    # difference leaves the required names that df lacks; sorting makes the message deterministic
    missing = {"site", "response"}.difference(df.columns)
    if missing:
        raise KeyError(f"missing required columns: {sorted(missing)}")
    return df.groupby("site", observed=True)["response"].mean()


site_means = summarise_by_site(trial)
try:
    summarise_by_site(trial.drop(columns="response"))
except KeyError as exc:
    missing_error = exc
