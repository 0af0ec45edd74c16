# /// example
# task = """
# Build `customers` from the table below: the CRM holds several partial records per \
# `customer_id`. Resolve them into one row per customer in `resolved` (indexed by `customer_id`, \
# sorted): for each field (`email`, `phone`, `city`) take the most recent non-missing value by \
# `updated` (parsed as dates), and keep the latest `updated` date. Store in `n_merged` how many \
# rows were folded away.
#
# | customer_id | email        | phone    | city   | updated    |
# |-------------|--------------|----------|--------|------------|
# | 101         | ana@x.org    |          | Lisbon | 2024-01-05 |
# | 102         | bo@y.com     | 555-0102 | Oslo   | 2024-02-01 |
# | 101         |              | 555-0101 | Porto  | 2024-03-10 |
# | 103         | cy@z.net     | 555-0103 | Turin  | 2024-01-20 |
# | 102         | bo@new.com   |          |        | 2024-04-02 |
# | 101         | ana@old.org  | 555-0000 |        | 2023-12-01 |
# (blank cells are missing)"""
# prompt = """
# Our CRM export has several partial records for the same `customer_id` (table below, blanks are \
# missing). Put it in a DataFrame `customers` and merge the duplicates into one row per customer \
# in `resolved`, indexed by sorted `customer_id`: for `email`, `phone` and `city` use the newest \
# value that is actually filled in (newest by the `updated` date), and keep the latest `updated`. \
# Also tell me in `n_merged` how many rows disappeared.
#
# customer_id | email | phone | city | updated
# 101 | ana@x.org | | Lisbon | 2024-01-05
# 102 | bo@y.com | 555-0102 | Oslo | 2024-02-01
# 101 | | 555-0101 | Porto | 2024-03-10
# 103 | cy@z.net | 555-0103 | Turin | 2024-01-20
# 102 | bo@new.com | | | 2024-04-02
# 101 | ana@old.org | 555-0000 | | 2023-12-01"""
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'customers["customer_id"].tolist() == [101, 102, 101, 103, 102, 101]',
#     'resolved.index.tolist() == [101, 102, 103]',
#     'n_merged == len(customers) - customers["customer_id"].nunique()',
#     'resolved.loc[101, ["email", "phone", "city"]].tolist() == ["ana@x.org", "555-0101", "Porto"]',
#     'resolved.loc[102, ["email", "phone", "city"]].tolist() == ["bo@new.com", "555-0102", "Oslo"]',
#     'resolved.loc[103, ["email", "phone", "city"]].tolist() == ["cy@z.net", "555-0103", "Turin"]',
#     'pd.to_datetime(resolved["updated"]).dt.strftime("%Y-%m-%d").tolist() == ["2024-03-10", "2024-04-02", "2024-01-20"]',
# ]
# difficulty = 'intermediate'
# tags = ['data-cleaning', 'groupby', 'missing-data']
# ///
import pandas as pd

customers = pd.DataFrame(
    {
        "customer_id": [101, 102, 101, 103, 102, 101],
        "email": ["ana@x.org", "bo@y.com", None, "cy@z.net", "bo@new.com", "ana@old.org"],
        "phone": [None, "555-0102", "555-0101", "555-0103", None, "555-0000"],
        "city": ["Lisbon", "Oslo", "Porto", "Turin", None, None],
        "updated": pd.to_datetime(
            ["2024-01-05", "2024-02-01", "2024-03-10", "2024-01-20", "2024-04-02", "2023-12-01"]
        ),
    }
)

# GroupBy.last skips missing values per column, so each field gets its newest filled-in value
resolved = customers.sort_values("updated").groupby("customer_id").last()
n_merged = len(customers) - len(resolved)
