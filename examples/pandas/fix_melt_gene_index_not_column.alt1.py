long_counts = expression.rename_axis(columns="sample").stack().rename("count").reset_index()
