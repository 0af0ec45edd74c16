# /// example
# task = """
# Flag the missing values of the numeric table `survey` with `MissingIndicator`: store the \
# boolean mask for every column (`features="all"`) in `all_flags`, and, with the default \
# `features="missing-only"`, the names of the columns that have any missing value (in column \
# order) in `gap_columns`."""
# prompt = """
# Before imputing `survey` I want to keep track of where the gaps were: a boolean mask with one \
# column per variable (`all_flags`, `features="all"`) and the list of variables that have at least one \
# missing value (`gap_columns`, in table order), using scikit-learn's `MissingIndicator`."""
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'pandas', 'numpy']
# inputs = { survey = 'survey' }
# checks = [
#     'np.array_equal(np.asarray(all_flags), survey.isna().to_numpy())',
#     'list(gap_columns) == [c for c in survey.columns if survey[c].isna().any()]',
# ]
# difficulty = 'basic'
# tags = ['missing-data', 'feature-engineering']
# edge_cases = true
# ///
from sklearn.impute import MissingIndicator

all_flags = MissingIndicator(features="all").fit_transform(survey)
# the default "missing-only" keeps just the columns that had NaN during fit; features_ holds their positions
indicator = MissingIndicator().fit(survey)
gap_columns = survey.columns[indicator.features_].tolist()
