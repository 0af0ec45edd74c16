# /// example
# task = """
# Merge the per-site mean `response` of `trial` with a lookup table `site_info` that accidentally \
# lists `north` twice, using `validate="one_to_one"`; catch the resulting `pd.errors.MergeError` \
# in `merge_error`, then merge again with the lookup deduplicated (`drop_duplicates`, first row \
# per site kept) into `merged`."""
# prompt = """
# I'm merging the per-site mean `response` of `trial` (a table with columns `site` and \
# `response`) with a lookup table `site_info` (`site`, `region`) that accidentally lists "north" \
# twice, first as "highland" and then as "highland-2", and I validate the merge as one-to-one. \
# Catch the resulting pandas MergeError in `merge_error`, then merge again with the lookup \
# deduplicated (keeping the first row per site) into `merged`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'isinstance(merge_error, pd.errors.MergeError)',
#     'merged["site"].is_unique',
#     'len(merged) == trial["site"].nunique()',
#     'set(merged.loc[merged["site"] == "north", "region"]) <= {"highland"}',
#     # each site's mean response survives the merge
#     'np.allclose(merged["response"].to_numpy(dtype=float), trial.groupby("site", observed=True)["response"].mean().reindex(merged["site"]).to_numpy(dtype=float), equal_nan=True)',
# ]
# difficulty = 'advanced'
# tags = ['merging', 'validation', 'error-handling']
# edge_cases = true
# ///
import pandas as pd

site_means = trial.groupby("site", observed=True, as_index=False)["response"].mean()
site_info = pd.DataFrame(
    {
        "site": ["north", "north", "south", "east"],
        "region": ["highland", "highland-2", "coast", "plain"],
    }
)
try:
    # validate checks that the keys are unique on both sides and raises MergeError before merging
    merged = site_means.merge(site_info, on="site", validate="one_to_one")
    merge_error = None
except pd.errors.MergeError as exc:
    merge_error = exc
    # drop_duplicates keeps the first row per site (keep="first"), so north keeps highland
    merged = site_means.merge(
        site_info.drop_duplicates(subset="site"), on="site", validate="one_to_one"
    )
