# /// example
# task = """
# `long_counts` should be the count matrix `expression` (genes as the index named `gene`, one \
# column per sample) in long form with the columns `gene`, `sample` and `count`, one row per gene \
# and sample. This code raises an error:
#
# ```python
# long_counts = expression.melt(id_vars="gene", var_name="sample", value_name="count")
# ```
#
# ```text
# KeyError: "The following id_vars or value_vars are not present in the DataFrame: ['gene']"
# ```
#
# Fix it."""
# prompt = """
# I want my `expression` matrix (gene names as the row index called `gene`, samples as columns) \
# as a long table `long_counts` with columns `gene`, `sample`, `count`. This
#
# ```python
# long_counts = expression.melt(id_vars="gene", var_name="sample", value_name="count")
# ```
#
# says
#
# ```text
# KeyError: "The following id_vars or value_vars are not present in the DataFrame: ['gene']"
# ```
#
# although `gene` is right there."""
# task_type = 'fix'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { expression = 'expression' }
# checks = [
#     'len(long_counts) == expression.size and set(["gene", "sample", "count"]) <= set(long_counts.columns)',
#     'sorted(zip(long_counts["gene"], long_counts["sample"], long_counts["count"])) == sorted((gene, sample, value) for gene, row in zip(expression.index, expression.to_numpy().tolist()) for sample, value in zip(expression.columns, row))',
# ]
# difficulty = 'basic'
# tags = ['debugging', 'reshaping']
# edge_cases = true
# ///
# `gene` is the index, not a column: melt only sees columns, so move it into one first
long_counts = expression.reset_index().melt(id_vars="gene", var_name="sample", value_name="count")
