import numpy as np
import pandas as pd

customers = pd.DataFrame(
    [
        (101, "ana@x.org", np.nan, "Lisbon", "2024-01-05"),
        (102, "bo@y.com", "555-0102", "Oslo", "2024-02-01"),
        (101, np.nan, "555-0101", "Porto", "2024-03-10"),
        (103, "cy@z.net", "555-0103", "Turin", "2024-01-20"),
        (102, "bo@new.com", np.nan, np.nan, "2024-04-02"),
        (101, "ana@old.org", "555-0000", np.nan, "2023-12-01"),
    ],
    columns=["customer_id", "email", "phone", "city", "updated"],
)
customers["updated"] = pd.to_datetime(customers["updated"])

fields = ["email", "phone", "city"]
newest_first = customers.sort_values("updated", ascending=False)
# back-fill within each customer so the newest row borrows older values only where it is empty
newest_first[fields] = newest_first.groupby("customer_id")[fields].bfill()
resolved = (
    newest_first.drop_duplicates("customer_id", keep="first").set_index("customer_id").sort_index()
)
n_merged = int(customers["customer_id"].duplicated().sum())
