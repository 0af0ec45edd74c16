# /// example
# task = """
# Label every patient of `trial` in a new column `response_class`: `"strong"` when `response` is \
# above 10, `"weak"` when above 5, otherwise `"none"`, using vectorised `np.select` instead of a \
# row-wise `apply`; count the labels into `class_counts`."""
# prompt = """
# Label every patient of `trial` in a new column `response_class`: "strong" when `response` is \
# above 10, "weak" when it is above 5, otherwise "none", vectorised with np.select instead of a \
# row-wise apply. Then count the labels into `class_counts`."""
# domain = 'data_processing'
# libraries = ['pandas', 'numpy']
# inputs = { trial = 'trial' }
# checks = [
#     'class_counts.sum() == len(trial)',
#     'class_counts.get("strong", 0) == (trial["response"] > 10).sum()',
#     'class_counts.get("weak", 0) == trial["response"].between(5, 10, inclusive="right").sum()',
#     '(trial.loc[trial["response"] <= 5, "response_class"] == "none").all()',
# ]
# difficulty = 'intermediate'
# tags = ['vectorization', 'recoding', 'derived-columns']
# edge_cases = true
# ///
import numpy as np

conditions = [trial["response"] > 10, trial["response"] > 5]
# np.select takes the first true condition, so "> 5" only labels responses of 10 or less
trial["response_class"] = np.select(conditions, ["strong", "weak"], default="none")
class_counts = trial["response_class"].value_counts()
