def index_by_patient(df):
    """Index `df` by its `patient_id` column; refuse ids that occur more than once."""
    indexed = df.set_index("patient_id")
    if not indexed.index.is_unique:
        repeated = sorted(indexed.index[indexed.index.duplicated()].unique())
        raise ValueError(f"duplicated patient ids: {', '.join(repeated)}")
    return indexed


with_ids = trial.assign(patient_id=trial["site"].astype(str) + "-" + trial["age"].astype(str))

id_error = None
try:
    index_by_patient(with_ids)
except ValueError as error:
    id_error = error

# north-44 -> north-44-0, north-44-1, ... for each repeat of the same id
occurrence = with_ids.groupby("patient_id").cumcount()
by_patient = index_by_patient(
    with_ids.assign(patient_id=with_ids["patient_id"] + "-" + occurrence.astype(str))
)
