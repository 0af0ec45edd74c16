import pandas as pd

scores = pd.Series([82, 95, 82, 70, 95, 95, 60])
avg_rank = scores.rank(method="average").to_numpy()
min_rank = scores.rank(method="min").astype(int).to_numpy()
