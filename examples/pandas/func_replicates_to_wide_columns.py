# /// example
# task = '''
# Write a function `replicates_wide` with the signature and docstring below, then reshape
# `dose_response` (`concentration`, `response`, several rows per concentration) so each
# concentration has one row with its responses in columns `rep1`, `rep2`, ...; store it in
# `wide_reps`.
#
# ```python
# def replicates_wide(df, key, value, prefix="rep"):
#     """One row per `key` with its `value`s spread over numbered columns.
#
#     The i-th row of a key (in df's row order) goes to column f"{prefix}{i}",
#     i = 1, 2, ...; keys with fewer rows get NaN in the later columns. The
#     result is indexed by the sorted keys (index name = key) and its columns
#     are ordered rep1, rep2, ...
#     """
# ```'''
# prompt = """
# My plate reader gives long data, several rows per concentration. Please write \
# `replicates_wide(df, key, value, prefix="rep")` that numbers each key's rows 1, 2, ... in row \
# order and spreads `value` into columns like `rep1`, `rep2` (NaN where a key has fewer rows), \
# one row per sorted key with the key's name as the index name. Then apply it to \
# `dose_response` (key `concentration`, value `response`) and keep the result as `wide_reps`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { dose_response = 'dose_response' }
# checks = [
#     'np.allclose(replicates_wide(pd.DataFrame({"dose": [2.0, 1.0, 2.0, 1.0, 2.0], "y": [5.0, 1.0, 6.0, 2.0, 7.0]}), "dose", "y").to_numpy(dtype=float), [[1.0, 2.0, np.nan], [5.0, 6.0, 7.0]], equal_nan=True)',
#     'list(replicates_wide(pd.DataFrame({"dose": [2.0, 1.0, 2.0, 1.0, 2.0], "y": [5.0, 1.0, 6.0, 2.0, 7.0]}), "dose", "y").columns) == ["rep1", "rep2", "rep3"] and replicates_wide(pd.DataFrame({"dose": [2.0, 1.0, 2.0, 1.0, 2.0], "y": [5.0, 1.0, 6.0, 2.0, 7.0]}), "dose", "y").index.name == "dose"',
#     'list(replicates_wide(pd.DataFrame({"well": ["b", "a"], "od": [0.3, 0.1]}), "well", "od", prefix="run").columns) == ["run1"] and replicates_wide(pd.DataFrame({"well": ["b", "a"], "od": [0.3, 0.1]}), "well", "od", prefix="run")["run1"].tolist() == [0.1, 0.3]',
#     # replicates keep their row order, not their value order
#     'np.allclose(replicates_wide(pd.DataFrame({"k": [3, 3, 1], "v": [0.7, 0.5, 0.9]}), "k", "v").to_numpy(dtype=float), [[0.9, np.nan], [0.7, 0.5]], equal_nan=True)',
#     'wide_reps.index.name == "concentration" and np.allclose(wide_reps.index.to_numpy(dtype=float), np.sort(dose_response["concentration"].unique()))',
#     'all(np.allclose(wide_reps.loc[c].dropna().to_numpy(dtype=float), dose_response.loc[dose_response["concentration"] == c, "response"].to_numpy(dtype=float)) for c in wide_reps.index)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'reshaping', 'groupby']
# edge_cases = true
# ///


def replicates_wide(df, key, value, prefix="rep"):
    """One row per `key` with its `value`s spread over numbered columns.

    The i-th row of a key (in df's row order) goes to column f"{prefix}{i}",
    i = 1, 2, ...; keys with fewer rows get NaN in the later columns. The
    result is indexed by the sorted keys (index name = key) and its columns
    are ordered rep1, rep2, ...
    """
    # cumcount numbers each key's rows 0, 1, 2, ... in row order
    replicate = df.groupby(key).cumcount() + 1
    wide = df.assign(replicate=replicate).pivot(index=key, columns="replicate", values=value)
    wide.columns = [f"{prefix}{number}" for number in wide.columns]
    return wide


wide_reps = replicates_wide(dose_response, "concentration", "response")
