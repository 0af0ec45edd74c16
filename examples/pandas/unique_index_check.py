# /// example
# task = """
# Index `trial` by a `patient_id` made of site and age (e.g. `north-44`) in a function \
# `index_by_patient(df)` that raises a `ValueError` listing the duplicated ids when \
# `index.is_unique` is False. Catch that error in `id_error`, then make the ids unique by \
# appending a per-id counter (`groupby(...).cumcount()`) and index again into `by_patient`."""
# prompt = """
# I want to index `trial` by a `patient_id` made of site and age (e.g. "north-44") with a \
# function `index_by_patient(df)` that raises a `ValueError` listing the duplicated ids when the \
# index isn't unique. Catch that error in `id_error` (None if nothing was raised), then make the \
# ids unique by appending a per-id running counter (a cumulative count within each id) and index \
# again into `by_patient`."""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = { trial = 'trial' }
# checks = [
#     'by_patient.index.is_unique',
#     'len(by_patient) == len(trial)',
#     '(id_error is None) == (trial["site"].astype(str) + "-" + trial["age"].astype(str)).is_unique',
#     # the error is a ValueError that lists (at least one of) the duplicated ids
#     'id_error is None or (isinstance(id_error, ValueError) and (lambda ids: any(i in str(id_error) for i in ids[ids.duplicated()]))(trial["site"].astype(str) + "-" + trial["age"].astype(str)))',
# ]
# difficulty = 'advanced'
# tags = ['validation', 'indexing', 'error-handling']
# edge_cases = true
# ///
def index_by_patient(df):
    indexed = df.set_index("patient_id")
    if not indexed.index.is_unique:
        # duplicated() flags the repeats after the first, so unique() lists each duplicated id once
        duplicated = indexed.index[indexed.index.duplicated()].unique().tolist()
        raise ValueError(f"duplicate patient ids: {duplicated[:5]}")
    return indexed


patients = trial.assign(patient_id=trial["site"].astype(str) + "-" + trial["age"].astype(str))
try:
    by_patient = index_by_patient(patients)
    id_error = None
except ValueError as exc:
    id_error = exc
    # cumcount numbers the rows within each id from 0, so repeated ids get distinct suffixes
    counter = patients.groupby("patient_id").cumcount().astype(str)
    by_patient = index_by_patient(
        patients.assign(patient_id=patients["patient_id"] + "-" + counter)
    )
