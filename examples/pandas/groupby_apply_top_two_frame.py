# /// example
# task = """
# For each `site` of `trial`, return a small frame with the site's two highest-`response` \
# patients (their `dose` and `response`) plus a column `above_median`: how far each one's \
# response lies above the median response of their site. Use `groupby("site", observed=True)` on \
# the selected columns and `apply` with a function that returns a DataFrame per group; store the \
# result in `leaders`, indexed by `site` and the patient's original row label."""
# prompt = """
# Per `site` in `trial`, I want the two patients with the highest `response`, showing their \
# `dose` and `response` and a column `above_median` with how far their response is above that \
# site's median response. Build it by applying a function that returns a little DataFrame per \
# site and store the combined result in `leaders`, indexed by site and the original row label. \
# It shouldn't trigger any warning about the grouping column being included."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'list(leaders.index.names)[0] == "site" and leaders.index.nlevels == 2',
#     'set(leaders.columns) == {"dose", "response", "above_median"}',
#     'len(leaders) == trial.groupby("site", observed=True).size().clip(upper=2).sum()',
#     'all(sorted(leaders.xs(s, level=0)["response"]) == sorted(trial.loc[trial["site"] == s, "response"].nlargest(2)) for s in trial["site"].unique())',
#     'all(np.allclose(leaders.xs(s, level=0)["above_median"], leaders.xs(s, level=0)["response"] - trial.loc[trial["site"] == s, "response"].median()) for s in trial["site"].unique())',
#     'all(np.isclose(trial.loc[label, "dose"], row.dose) if np.ndim(trial.loc[label, "dose"]) == 0 else row.dose in set(trial.loc[label, "dose"]) for (site, label), row in leaders.iterrows())',
# ]
# difficulty = 'advanced'
# tags = ['groupby', 'sorting', 'derived-columns']
# edge_cases = true
# ///
def top_two(group):
    best = group.nlargest(2, "response")
    return best.assign(above_median=best["response"] - group["response"].median())


# selecting the value columns keeps `site` out of each group (no include_groups warning)
leaders = trial.groupby("site", observed=True)[["dose", "response"]].apply(top_two)
