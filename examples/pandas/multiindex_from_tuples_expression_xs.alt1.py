sample_columns = [name for name in expression.columns if name.startswith(("ctrl_", "treat_"))]
counts = expression[sample_columns]
counts.columns = counts.columns.str.split("_", expand=True).set_names(["condition", "replicate"])
treated = counts.xs("treat", axis="columns", level=0)
