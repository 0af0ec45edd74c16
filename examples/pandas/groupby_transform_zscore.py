# /// example
# task = """
# Add a column `response_z` to `trial` holding each patient's `response` standardised within \
# their own `site` (minus the site mean, divided by the site standard deviation), using \
# `groupby(...).transform` so the result aligns with the original rows. A site whose responses \
# have no spread (all equal, or a single patient) gets 0 rather than NaN."""
# prompt = """
# Add a column `response_z` to `trial` holding each patient's `response` standardised within \
# their own `site` (minus the site mean, divided by the site's sample standard deviation, \
# ddof=1), aligned with the original rows. A site whose responses have no spread (all equal, or a \
# single patient) should get 0 rather than NaN."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'trial["response_z"].index.equals(trial.index)',
#     'np.allclose(trial.groupby("site", observed=True)["response_z"].mean(), 0, atol=1e-9)',
#     'np.allclose(trial.groupby("site", observed=True)["response_z"].std()[trial.groupby("site", observed=True)["response"].nunique() > 1], 1)',
#     'np.allclose(trial.loc[trial.groupby("site", observed=True)["response"].transform("nunique") == 1, "response_z"], 0, atol=1e-9)',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'standardization']
# edge_cases = true
# ///
by_site = trial.groupby("site", observed=True)["response"]
# a site without spread would divide 0 by 0 (or by a rounding residue): divide by 1 instead
site_std = by_site.transform("std").where(by_site.transform("nunique") > 1, 1.0)
trial["response_z"] = (trial["response"] - by_site.transform("mean")) / site_std
