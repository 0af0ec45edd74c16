# /// example
# task = """
# Drop from the survey table `survey` every column in which more than 10% of the values are \
# missing (a column with exactly 10% missing is kept), into `kept`, and store the names of the \
# dropped columns, in their original order, in `dropped`. Use `DataFrame.dropna` along the \
# columns with a `thresh`."""
# prompt = """
# Columns of my `survey` with too many gaps are useless: drop every column where more than 10% \
# of the values are missing (exactly 10% may stay) and give me the rest as `kept`, plus the \
# list of dropped column names as `dropped`, in column order. I'd like to do it with `dropna` \
# and its `thresh` argument."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { survey = 'survey' }
# checks = [
#     'list(kept.columns) == [c for c in survey.columns if 10 * int(survey[c].isna().sum()) <= len(survey)]',
#     'list(dropped) == [c for c in survey.columns if 10 * int(survey[c].isna().sum()) > len(survey)]',
#     'kept.index.equals(survey.index) and np.allclose(kept.to_numpy(dtype=float), survey[list(kept.columns)].to_numpy(dtype=float), equal_nan=True)',
# ]
# difficulty = 'basic'
# tags = ['missing-data', 'data-cleaning']
# edge_cases = true
# ///
n_rows = len(survey)
# thresh is the minimum number of non-missing values a column needs; n // 10 missing are allowed
kept = survey.dropna(axis=1, thresh=n_rows - n_rows // 10)
dropped = [column for column in survey.columns if column not in kept.columns]
