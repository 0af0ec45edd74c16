import pandas as pd

condition_means = pd.DataFrame(
    {name: expression.filter(regex=f"^{name}_").mean(axis=1) for name in ["ctrl", "treat"]}
)
