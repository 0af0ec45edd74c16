import pandas as pd

summary = orders.groupby("customer").agg(
    mean_price=pd.NamedAgg(column="unit_price", aggfunc="mean"),
    n_lines=pd.NamedAgg(column="order_id", aggfunc="size"),
    max_quantity=pd.NamedAgg(column="quantity", aggfunc="max"),
)
