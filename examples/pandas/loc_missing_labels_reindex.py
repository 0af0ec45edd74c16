# /// example
# task = """
# Look up the mean `response` of the requested sites `["north", "west"]` in the per-site means of \
# `trial` (`site_means`): `.loc` with a list containing an unknown label raises a `KeyError`, \
# which you catch in `lookup_error`; then use `reindex` instead, which yields NaN for the unknown \
# site, into `requested`."""
# prompt = """
# I want the mean `response` of the requested sites ["north", "west"] from the per-site means of \
# `trial` (`site_means`). Looking them up with `.loc` and a list containing the unknown label \
# raises a `KeyError`: catch it in `lookup_error`, then use reindex instead, which gives NaN for \
# the unknown site, and store that Series in `requested`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'isinstance(lookup_error, KeyError)',
#     'list(requested.index) == ["north", "west"]',
#     'np.isnan(requested["west"])',
#     'np.isclose(requested["north"], trial.loc[trial["site"] == "north", "response"].mean(), equal_nan=True)',
# ]
# difficulty = 'intermediate'
# tags = ['indexing', 'index-alignment', 'error-handling']
# edge_cases = true
# ///
site_means = trial.groupby("site", observed=True)["response"].mean()
wanted = ["north", "west"]
try:
    # since pandas 1.0, .loc with a list raises KeyError if any label is missing instead of NaN
    requested = site_means.loc[wanted]
    lookup_error = None
except KeyError as exc:
    lookup_error = exc
    requested = site_means.reindex(wanted)
