import pandas as pd

long_values = pd.concat(
    {name: pd.Series(sample) for name, sample in zip("abc", (a, b, c), strict=True)}
)
