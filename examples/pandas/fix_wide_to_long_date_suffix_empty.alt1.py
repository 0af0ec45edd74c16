import pandas as pd

renamed = store_sales.rename(
    columns=lambda column: column if column == "store" else f"sales_{column}"
)
long_sales = pd.wide_to_long(
    renamed, stubnames="sales", i="store", j="month", sep="_", suffix=r"\d+-\d+"
)
