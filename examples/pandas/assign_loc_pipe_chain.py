# /// example
# task = """
# Write one method chain on `trial`: `assign` a column `dose_per_year` (dose divided by age), \
# keep the rows with a positive `dose` through a callable in `.loc`, `pipe` the frame into a \
# function `add_rank(df, column)` that adds `response_rank` (1 = highest response), and sort by \
# that rank; store the result in `ranked`."""
# prompt = """
# I'd like a single method chain on `trial` that adds a column `dose_per_year` (dose divided by \
# age), keeps only rows with a positive `dose` by passing a callable to `.loc`, pipes the frame \
# into a function `add_rank(df, column)` that adds `response_rank` (1 = highest response), and \
# finally sorts by that rank. Store the result in `ranked`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     '{"dose_per_year", "response_rank"} <= set(ranked.columns)',
#     'ranked["response_rank"].dropna().is_monotonic_increasing',
#     'len(ranked) == (trial["dose"] > 0).sum()',
#     'np.allclose(ranked["dose_per_year"], ranked["dose"] / ranked["age"])',
#     'ranked["response"].isna().all() or np.isclose(ranked["response"].iloc[0], trial.loc[trial["dose"] > 0, "response"].max())',
# ]
# difficulty = 'advanced'
# tags = ['derived-columns', 'row-selection', 'ranking']
# edge_cases = true
# ///
def add_rank(df, column):
    # ascending=False gives rank 1 to the highest response; a missing response keeps a NaN rank
    return df.assign(response_rank=df[column].rank(ascending=False))


ranked = (
    trial.assign(dose_per_year=lambda d: d["dose"] / d["age"])
    # the callable receives the frame as it is at this point of the chain, with dose_per_year added
    .loc[lambda d: d["dose"] > 0]
    .pipe(add_rank, column="response")
    .sort_values("response_rank")
)
