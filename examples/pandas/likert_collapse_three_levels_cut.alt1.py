import pandas as pd

three_levels = pd.CategoricalDtype(["disagree", "neutral", "agree"], ordered=True)
answer_to_level = {1: "disagree", 2: "disagree", 3: "neutral", 4: "agree", 5: "agree"}
q1_3level = likert["q1"].astype(float).map(answer_to_level).astype(three_levels)
q1_3level_counts = q1_3level.value_counts().reindex(three_levels.categories, fill_value=0)
