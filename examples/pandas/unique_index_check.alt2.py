import pandas as pd


def patient_ids(df):
    return df["site"].astype(str).str.cat(df["age"].astype(str), sep="-")


def index_by_patient(df, ids=None):
    """Index `df` by patient id (site-age unless `ids` is given); duplicates raise ValueError."""
    ids = patient_ids(df) if ids is None else ids
    indexed = df.set_axis(pd.Index(ids, name="patient_id"), axis="index")
    if not indexed.index.is_unique:
        repeats = indexed.index[indexed.index.duplicated(keep=False)].unique().tolist()
        raise ValueError(f"patient ids are not unique: {repeats}")
    return indexed


try:
    by_patient = index_by_patient(trial)
    id_error = None
except ValueError as exc:
    id_error = exc

base_ids = patient_ids(trial)
counter = base_ids.groupby(base_ids).cumcount()
# only repeats get a suffix: north-44, north-44-1, north-44-2, ...
unique_ids = base_ids.where(counter == 0, base_ids + "-" + counter.astype(str))
by_patient = index_by_patient(trial, ids=unique_ids.to_numpy())
