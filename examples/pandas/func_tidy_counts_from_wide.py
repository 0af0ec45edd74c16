# /// example
# task = '''
# Write a function `tidy_counts` with the signature and docstring below, then turn the count
# matrix `expression` (genes as rows, index `gene`, columns like `ctrl_1` or `treat_3`) into long
# form, storing the result in `tidy`.
#
# ```python
# def tidy_counts(counts):
#     """Long table of a genes x samples count matrix whose columns are
#     named "<condition>_<replicate>".
#
#     Returns a DataFrame with the columns gene, condition, replicate, count
#     (replicate as int), one row per (gene, sample), ordered by gene in the
#     matrix's row order and then by the matrix's column order, with a fresh
#     0..n-1 index. The gene column takes the index values whatever the
#     index's name. A column name without "_" raises ValueError.
#     """
# ```'''
# prompt = """
# Plotting libraries want my count matrix in long form. Please write `tidy_counts(counts)` for a \
# genes-by-samples frame with columns named like `ctrl_1`, `treat_2`: return columns `gene`, \
# `condition`, `replicate` (an int) and `count`, one row per gene and sample, ordered by the \
# matrix rows and then its columns, index 0..n-1, with the gene taken from the index whatever \
# it's called, and a ValueError for a column name without "_". Then convert my `expression` \
# matrix into `tidy`."""
# task_type = 'function'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { expression = 'expression' }
# checks = [
#     'tidy_counts(pd.DataFrame({"ctrl_1": [5, 0], "treat_12": [7, 3]}, index=["g2", "g1"])).to_dict("list") == {"gene": ["g2", "g2", "g1", "g1"], "condition": ["ctrl", "treat", "ctrl", "treat"], "replicate": [1, 12, 1, 12], "count": [5, 7, 0, 3]}',
#     'tidy_counts(pd.DataFrame({"heat_shock_2": [4]}, index=pd.Index(["x"], name="id")))[["gene", "condition", "replicate", "count"]].values.tolist() == [["x", "heat_shock", 2, 4]]',
#     'tidy_counts(pd.DataFrame({"a_1": [1, 2, 3]}, index=["p", "q", "r"])).index.tolist() == [0, 1, 2]',
#     '__import__("unittest").TestCase().assertRaises(ValueError, tidy_counts, pd.DataFrame({"ctrl1": [1]}, index=["g"])) is None',
#     'len(tidy) == expression.size and list(tidy.columns[:4]) == ["gene", "condition", "replicate", "count"]',
#     'tidy["count"].tolist() == expression.to_numpy().ravel().tolist() and tidy["gene"].tolist() == list(np.repeat(expression.index.to_numpy(), expression.shape[1]))',
#     'tidy["condition"].tolist() == [c.split("_")[0] for c in expression.columns] * len(expression) and tidy["replicate"].tolist() == [int(c.split("_")[1]) for c in expression.columns] * len(expression)',
# ]
# difficulty = 'intermediate'
# tags = ['reusable-function', 'reshaping', 'text-processing', 'validation']
# edge_cases = { extra_columns = false, why = "every column of the matrix is a sample named <condition>_<replicate>; another column breaks that naming, which the function rejects" }
# ///


def tidy_counts(counts):
    """Long table of a genes x samples count matrix whose columns are
    named "<condition>_<replicate>".

    Returns a DataFrame with the columns gene, condition, replicate, count
    (replicate as int), one row per (gene, sample), ordered by gene in the
    matrix's row order and then by the matrix's column order, with a fresh
    0..n-1 index. The gene column takes the index values whatever the
    index's name. A column name without "_" raises ValueError.
    """
    bad = [name for name in counts.columns if "_" not in name]
    if bad:
        raise ValueError(f"column names need a '_<replicate>' suffix: {bad}")
    # number the rows so melt's column-by-column stacking can be re-sorted into row order
    numbered = counts.set_axis(range(len(counts))).rename_axis("row").reset_index()
    long = numbered.melt(id_vars="row", var_name="sample", value_name="count")
    long = long.sort_values("row", kind="stable")
    long["gene"] = counts.index.to_numpy()[long["row"].to_numpy()]
    # the last "_" separates the replicate, so condition names may contain "_"
    parts = long["sample"].str.rsplit("_", n=1, expand=True)
    long["condition"] = parts[0]
    long["replicate"] = parts[1].astype(int)
    return long[["gene", "condition", "replicate", "count"]].reset_index(drop=True)


tidy = tidy_counts(expression)
