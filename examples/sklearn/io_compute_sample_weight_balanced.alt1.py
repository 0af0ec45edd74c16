import numpy as np
from sklearn.utils.class_weight import compute_class_weight

labels = np.array(["a", "a", "a", "b", "c", "c"])
classes = np.unique(labels)
class_weight = compute_class_weight("balanced", classes=classes, y=labels)
# look up each sample's class weight by its position in the sorted classes
sample_weight = class_weight[np.searchsorted(classes, labels)]
