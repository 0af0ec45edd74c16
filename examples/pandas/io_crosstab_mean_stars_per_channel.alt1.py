import pandas as pd

ratings = pd.DataFrame(
    {
        "product": ["mug", "mug", "lamp", "lamp", "mug", "lamp", "pen", "lamp"],
        "channel": ["web", "store", "web", "web", "web", "store", "store", "web"],
        "stars": [4, 5, 1, 1, 5, 4, 1, 4],
    }
)
mean_stars = ratings.groupby(["product", "channel"])["stars"].mean().unstack("channel")
