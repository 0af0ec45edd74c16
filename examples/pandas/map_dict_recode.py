# /// example
# task = """
# Recode the `site` of `trial` into regions with `Series.map` and the dict `{"north": "highland", \
# "south": "coast"}`; sites missing from the dict become NaN, which you then label `"unknown"`; \
# store the Series in `region`."""
# prompt = """
# Recode the `site` of `trial` into regions using the mapping {"north": "highland", "south": \
# "coast"}; sites not in the mapping come out as NaN and should then be labelled "unknown". Store \
# the Series in `region`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'region.index.equals(trial.index)',
#     '(region[trial["site"] == "north"] == "highland").all()',
#     '(region == "unknown").sum() == (~trial["site"].isin(["north", "south"])).sum()',
# ]
# difficulty = 'basic'
# tags = ['recoding', 'missing-data']
# edge_cases = true
# ///
site_to_region = {"north": "highland", "south": "coast"}
region = trial["site"].astype(str).map(site_to_region).fillna("unknown")
