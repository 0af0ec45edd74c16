import numpy as np

response = trial["response"].to_numpy()

# np.select takes the first condition that holds, so "strong" must come before "weak"
trial["response_class"] = np.select(
    condlist=[response > 10, response > 5],
    choicelist=["strong", "weak"],
    default="none",
)
class_counts = trial.groupby("response_class").size()
