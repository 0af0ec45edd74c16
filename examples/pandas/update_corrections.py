# /// example
# task = """
# Apply a table of corrections `corrections` (new `dose` values 2.5, 7.0 and 4.0 for the first \
# three row labels of `trial`) to a copy `corrected` of `trial` with `DataFrame.update`, which \
# aligns on row and column labels."""
# prompt = """
# Apply a small table of corrections `corrections`, new `dose` values 2.5, 7.0 and 4.0 for the \
# first three row labels of `trial`, to a copy `corrected` of `trial`, aligning on row and column \
# labels in place (DataFrame.update) so nothing else changes."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'np.allclose(corrected.loc[trial.index[:3], "dose"], [2.5, 7.0, 4.0])',
#     'corrected.drop(trial.index[:3]).equals(trial.drop(trial.index[:3]))',
#     'corrected["response"].equals(trial["response"])',
#     'trial.equals(input_as_given("trial"))',
# ]
# difficulty = 'intermediate'
# tags = ['merging', 'index-alignment']
# [edge_cases]
# min_size = 3
# index = false
# why = 'update aligns the corrections on row labels, which must be unique, and the task corrects the first three rows'
# ///
import pandas as pd

corrected = trial.copy()
corrections = pd.DataFrame({"dose": [2.5, 7.0, 4.0]}, index=trial.index[:3])
# update modifies corrected in place (it returns None) and ignores NaN in corrections
corrected.update(corrections)
