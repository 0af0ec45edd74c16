import pandas as pd


def zscore(values: pd.Series) -> pd.Series:
    # a month with a single day or identical temperatures has no spread: score it 0
    if values.max() == values.min():
        return pd.Series(0.0, index=values.index)
    return (values - values.mean()) / values.std()


weather["temperature_z"] = weather.groupby(weather.index.month)["temperature"].transform(zscore)
