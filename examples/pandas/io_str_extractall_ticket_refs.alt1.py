import pandas as pd

orders = pd.DataFrame(
    {
        "order_id": [101, 102, 103, 104],
        "note": ["refund #A12, see #B7", "no issues", "dup of #A12", "#C301 #C302 #A12"],
    }
)
tickets = (
    orders.assign(ticket=orders["note"].str.findall(r"#([A-Z]\d+)"))
    .explode("ticket")
    .dropna(subset=["ticket"])[["order_id", "ticket"]]
    .reset_index(drop=True)
)
