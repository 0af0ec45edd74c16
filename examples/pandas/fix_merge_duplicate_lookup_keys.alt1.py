import pandas as pd

categories = pd.DataFrame(
    {
        "product": ["pen", "notebook", "stapler", "desk lamp", "monitor", "mouse", "mouse"],
        "category": [
            "stationery",
            "stationery",
            "stationery",
            "furniture",
            "electronics",
            "electronics",
            "electronics",
        ],
    }
)
category_of = categories.drop_duplicates("product").set_index("product")["category"]
labelled = orders.assign(category=orders["product"].map(category_of))
