# /// example
# task = """
# Index `trial` by (`site`, `treatment`) with `set_index` and `sort_index` into `indexed`, take \
# the `drug` rows of every site with `xs(..., level="treatment")` into `drug_rows`, and swap the \
# two index levels (then sort again) into `by_treatment`."""
# prompt = """
# Index `trial` by (`site`, `treatment`) and sort the index into `indexed`, take the "drug" rows \
# of every site as a cross-section on the `treatment` level into `drug_rows`, and swap the two \
# index levels (then sort again) into `by_treatment`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'len(drug_rows) == (trial["treatment"] == "drug").sum()',
#     'np.isclose(drug_rows["response"].sum(), trial.loc[trial["treatment"] == "drug", "response"].sum())',
#     'list(by_treatment.index.names) == ["treatment", "site"]',
#     'by_treatment.index.is_monotonic_increasing',
# ]
# difficulty = 'intermediate'
# tags = ['hierarchical-index', 'indexing']
# [edge_cases]
# min_size = 2
# one_level = false
# why = 'the task selects the drug arm by label, so `treatment` must hold both arms'
# ///
indexed = trial.set_index(["site", "treatment"]).sort_index()
drug_rows = indexed.xs("drug", level="treatment")
# swaplevel does not reorder the rows, so sort_index is needed to sort by the new outer level
by_treatment = indexed.swaplevel("site", "treatment").sort_index()
