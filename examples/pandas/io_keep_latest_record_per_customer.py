# /// example
# task = """
# Build the table `records` below (the same customer may appear several times with different \
# `updated` dates) and keep only each customer's most recently updated row in `latest`, sorted by \
# `customer_id`, with a fresh 0..n-1 index.
#
# ```text
#    customer_id      email    updated
# 0            3  c@old.org 2024-01-05
# 1            1    a@x.org 2024-02-01
# 2            3  c@new.org 2024-03-10
# 3            2    b@x.org 2024-01-20
# 4            1    a@y.org 2024-01-15
# ```
#
# Wanted `latest`:
#
# ```text
#    customer_id      email    updated
# 0            1    a@x.org 2024-02-01
# 1            2    b@x.org 2024-01-20
# 2            3  c@new.org 2024-03-10
# ```"""
# prompt = """
# `records` has duplicate customers from several CRM syncs. I want one row per `customer_id`, the \
# one with the latest `updated` date, in `latest` ordered by id:
#
# ```text
#    customer_id      email    updated
# 0            3  c@old.org 2024-01-05
# 1            1    a@x.org 2024-02-01
# 2            3  c@new.org 2024-03-10
# 3            2    b@x.org 2024-01-20
# 4            1    a@y.org 2024-01-15
# ```
#
# Expected:
#
# ```text
#    customer_id      email    updated
# 0            1    a@x.org 2024-02-01
# 1            2    b@x.org 2024-01-20
# 2            3  c@new.org 2024-03-10
# ```"""
# task_type = 'input-output'
# domain = 'data_processing'
# libraries = ['pandas']
# inputs = {}
# checks = [
#     'latest["customer_id"].tolist() == [1, 2, 3]',
#     'latest["email"].tolist() == ["a@x.org", "b@x.org", "c@new.org"]',
#     'list(latest.index) == [0, 1, 2]',
# ]
# difficulty = 'intermediate'
# tags = ['data-cleaning', 'sorting']
# ///
import pandas as pd

records = pd.DataFrame(
    {
        "customer_id": [3, 1, 3, 2, 1],
        "email": ["c@old.org", "a@x.org", "c@new.org", "b@x.org", "a@y.org"],
        "updated": pd.to_datetime(
            ["2024-01-05", "2024-02-01", "2024-03-10", "2024-01-20", "2024-01-15"]
        ),
    }
)
# after sorting by date the last row of each customer is the newest one
latest = (
    records.sort_values("updated")
    .drop_duplicates(subset="customer_id", keep="last")
    .sort_values("customer_id", ignore_index=True)
)
