import io

import pandas as pd
import seaborn as sns

pasted = """lab assay value
L1 ALT 31.0
L1 ALT 35.0
L2 ALT 40.0
L3 ALT 22.0
L3 ALT 26.0
L1 AST 18.0
L2 AST 25.0
L2 AST 29.0
L3 AST 30.0
"""
assays = pd.read_csv(io.StringIO(pasted), sep=" ")
assays["lab"] = pd.Categorical(assays["lab"], categories=["L1", "L2", "L3"])
g = sns.catplot(
    assays, x="lab", y="value", col="assay", kind="bar", estimator="mean", errorbar=None, height=2
)
g.set_titles(col_template="{col_name}")
