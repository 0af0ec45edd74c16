import pandas as pd

patients = pd.DataFrame(
    [
        [1, "Ana", 61.0, 62.5, 165, 165],
        [2, "Bilal", 80.2, 78.9, 180, 181],
        [3, "Chen", 55.4, 57.0, 158, 159],
    ],
    columns=["id", "name", "weight_2022", "weight_2023", "height_2022", "height_2023"],
)

long = patients.melt(id_vars=["id", "name"], var_name="column", value_name="value")
long[["measure", "year"]] = long["column"].str.split("_", expand=True)
long["year"] = long["year"].astype(int)
visits = long.pivot_table(
    index=["id", "year"], columns="measure", values="value", aggfunc="first"
).join(patients.set_index("id")["name"], on="id")
visits.columns.name = None
