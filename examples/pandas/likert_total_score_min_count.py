# /// example
# task = """
# In the survey table `likert`, the answers `q1` ... `q5` are ordered categoricals 1-5, some \
# possibly missing. Write `complete_total(answers)`: for a table of answer columns, each row's \
# total (the sum of its answers as numbers), missing for a row with any unanswered question (a \
# plain sum would count the gaps as 0), as a Series with the table's index. Apply it to the \
# five answer columns of `likert` into `total_score`."""
# prompt = """
# I need the total Likert score per respondent in `likert` (`q1` to `q5`, answers 1-5 stored \
# as ordered categories). Could you write `complete_total(answers)` that takes the answer \
# columns and returns each row's total, missing rather than a too-low number if someone \
# skipped a question, with the same index? Then store it for `likert` in `total_score`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { likert = 'likert' }
# checks = [
#     'total_score.index.equals(likert.index)',
#     'total_score.isna().tolist() == likert[["q1", "q2", "q3", "q4", "q5"]].isna().any(axis=1).tolist()',
#     'np.allclose(total_score.dropna().to_numpy(dtype=float), [sum(float(a) for a in row) for row in likert[["q1", "q2", "q3", "q4", "q5"]].itertuples(index=False) if not any(pd.isna(a) for a in row)])',
#     # one complete row (answers 1 to 5), one with a single gap, one with no answers
#     '[None if pd.isna(v) else float(v) for v in complete_total(pd.DataFrame({f"q{i}": pd.Categorical([i, 5, None] if i < 5 else [i, None, None], categories=[1, 2, 3, 4, 5], ordered=True) for i in range(1, 6)}))] == [float(sum(range(1, 6))), None, None]',
# ]
# difficulty = 'intermediate'
# tags = ['missing-data', 'categorical', 'data-types']
# edge_cases = true
# ///
def complete_total(answers):
    numbers = answers.apply(lambda column: column.astype("Int64"))
    # min_count=number of columns returns <NA> unless every answer of the row is present
    return numbers.sum(axis=1, min_count=answers.shape[1])


total_score = complete_total(likert[["q1", "q2", "q3", "q4", "q5"]])
