# /// example
# task = """
# Compute the dose-weighted mean `response` per `site` of `trial` (sum of dose x response over \
# sum of dose, ignoring rows where either is missing) without `groupby(...).apply`: group the \
# product and the weights separately and divide; store the Series in `weighted_response`."""
# prompt = """
# I need the dose-weighted mean `response` per `site` of `trial` (sum of dose x response over sum \
# of dose), ignoring rows where either value is missing, and without a slow groupby-apply: group \
# the product and the weights separately and divide. Store the Series in `weighted_response`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'len(weighted_response) == trial.dropna(subset=["dose", "response"])["site"].nunique()',
#     'all(np.isclose(w, np.average(c.loc[c["site"] == s, "response"], weights=c.loc[c["site"] == s, "dose"])) for c in [trial.dropna(subset=["dose", "response"])] for s, w in weighted_response.items() if c.loc[c["site"] == s, "dose"].sum() > 0)',
# ]
# difficulty = 'advanced'
# tags = ['groupby', 'vectorization', 'aggregation']
# edge_cases = true
# ///
# drop incomplete rows first, or their doses would count as weights without a response
complete = trial.dropna(subset=["dose", "response"])
weighted_sum = (
    (complete["dose"] * complete["response"]).groupby(complete["site"], observed=True).sum()
)
weight_total = complete["dose"].groupby(complete["site"], observed=True).sum()
weighted_response = weighted_sum / weight_total
