# /// example
# task = """
# Rank the patients of `trial` within each `site` by `response` (1 = highest, ties broken by \
# order of appearance) into the Series `site_rank`, then keep each site's three best responders \
# in `top3`."""
# prompt = """
# Rank the patients of `trial` within each `site` by `response`, 1 being the highest and ties \
# broken by order of appearance, into a Series `site_rank` aligned with `trial`; then keep each \
# site's three best responders in `top3`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'site_rank.index.equals(trial.index)',
#     'set(top3.index) == {i for s in trial["site"].unique() for i in trial.loc[trial["site"] == s, "response"].nlargest(3).index}',
#     'len(top3) == trial.groupby("site", observed=True).size().clip(upper=3).sum()',
# ]
# difficulty = 'advanced'
# tags = ['groupby', 'ranking']
# edge_cases = true
# ///
site_rank = trial.groupby("site", observed=True)["response"].rank(ascending=False, method="first")
top3 = trial[site_rank <= 3]
