import pandas as pd

values = measurements.to_numpy()
shares = pd.DataFrame(
    values / values.sum(axis=1, keepdims=True),
    index=measurements.index,
    columns=measurements.columns,
)
