# /// example
# task = """
# Summarise the clinical-trial DataFrame `trial` per `site` with named aggregation: the mean \
# `response` as `mean_response`, the number of patients as `n_patients` and the largest `dose` as \
# `max_dose`; store the per-site table in `summary`. `site` is categorical, so pass \
# `observed=True`."""
# prompt = """
# Summarise the clinical-trial DataFrame `trial` per `site` with named aggregation: mean \
# `response` as `mean_response`, number of patients as `n_patients`, and the largest `dose` as \
# `max_dose`, in that column order. `site` is categorical, so only keep the observed sites \
# (observed=True); store the table in `summary`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'list(summary.columns) == ["mean_response", "n_patients", "max_dose"]',
#     'len(summary) == trial["site"].nunique()',
#     'summary["n_patients"].sum() == len(trial)',
#     'all(np.isclose(summary.loc[s, "mean_response"], trial.loc[trial["site"] == s, "response"].mean()) for s in summary.index)',
#     'all(summary.loc[s, "max_dose"] == trial.loc[trial["site"] == s, "dose"].max() for s in summary.index)',
# ]
# difficulty = 'basic'
# tags = ['groupby', 'aggregation', 'categorical']
# edge_cases = true
# ///
summary = trial.groupby("site", observed=True).agg(
    mean_response=("response", "mean"),
    n_patients=("response", "size"),
    max_dose=("dose", "max"),
)
