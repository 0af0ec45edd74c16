import pandas as pd


def zscore(values: pd.Series) -> pd.Series:
    # a site with a single patient or identical responses has no spread: score it 0
    if values.max() == values.min():
        return pd.Series(0.0, index=values.index)
    return (values - values.mean()) / values.std()


trial["response_z"] = trial.groupby("site", observed=True)["response"].transform(zscore)
