# /// example
# task = """
# The count matrix `expression` has genes as rows and one column per sample, named \
# "<condition>_<replicate>" (`ctrl_1` ... `treat_3`). Average the replicate columns of each \
# condition per gene: store in `condition_means` a frame with the genes as rows (same index as \
# `expression`) and one column per condition (`ctrl`, `treat`)."""
# prompt = """
# My `expression` table has genes as rows and replicate columns `ctrl_1`, `ctrl_2`, `ctrl_3`, \
# `treat_1`, ... I'd like the mean count per gene for each condition, i.e. columns `ctrl` and \
# `treat`, same gene index, in `condition_means`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { expression = 'expression' }
# checks = [
#     'sorted(condition_means.columns) == ["ctrl", "treat"] and condition_means.index.equals(expression.index)',
#     'np.allclose(condition_means["ctrl"].to_numpy(dtype=float), expression[["ctrl_1", "ctrl_2", "ctrl_3"]].to_numpy(dtype=float).mean(axis=1)) and np.allclose(condition_means["treat"].to_numpy(dtype=float), expression[["treat_1", "treat_2", "treat_3"]].to_numpy(dtype=float).mean(axis=1))',
# ]
# difficulty = 'intermediate'
# tags = ['groupby', 'aggregation', 'column-wise']
# edge_cases = { extra_columns = false, why = "every column is a sample named <condition>_<replicate>; an unrelated column has no condition" }
# ///
condition = expression.columns.str.split("_").str[0]
# group the columns by condition: transpose so samples become rows, average, transpose back
condition_means = expression.T.groupby(condition).mean().T
