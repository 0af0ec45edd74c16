import pandas as pd

prices = pd.DataFrame(
    {
        "item": ["tea", "cola", "water", "juice", "soda", "milk"],
        "price": [1.2, 0.9, 0.5, 1.5, 0.9, 0.9],
    }
)
cutoff = prices["price"].sort_values().iloc[2]
cheapest = prices[prices["price"] <= cutoff].sort_values("price", kind="stable")
