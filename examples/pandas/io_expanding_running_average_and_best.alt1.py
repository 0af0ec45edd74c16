import pandas as pd

scores = pd.DataFrame({"game": [1, 2, 3, 4, 5, 6], "points": [12, 20, 7, 15, 30, 6]})
scores["avg_so_far"] = (scores["points"].cumsum() / scores["game"]).round(2)
scores["best_so_far"] = scores["points"].cummax()
