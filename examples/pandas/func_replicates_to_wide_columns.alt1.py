import pandas as pd


def replicates_wide(df, key, value, prefix="rep"):
    """One row per `key` with its `value`s spread over numbered columns."""
    rows = {k: list(group[value]) for k, group in df.groupby(key, sort=True)}
    width = max((len(values) for values in rows.values()), default=0)
    wide = pd.DataFrame.from_dict(
        {k: values + [float("nan")] * (width - len(values)) for k, values in rows.items()},
        orient="index",
        columns=[f"{prefix}{i}" for i in range(1, width + 1)],
    )
    wide.index.name = key
    return wide


wide_reps = replicates_wide(dose_response, "concentration", "response")
