import numpy as np

labels = ["strong", "weak", "none"]
conditions = [trial["response"].gt(10), trial["response"].gt(5)]
trial["response_class"] = np.select(conditions, labels[:2], default=labels[2])

# every label in a fixed order, 0 for a label nobody got
class_counts = trial["response_class"].value_counts().reindex(labels, fill_value=0)
