import numpy as np

y_true = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1]
y_pred = [0, 0, 0, 0, 0, 0, 0, 1, 1, 0]

t, p = np.array(y_true), np.array(y_pred)
tp = np.sum((t == 1) & (p == 1))
tn = np.sum((t == 0) & (p == 0))
fp = np.sum((t == 0) & (p == 1))
fn = np.sum((t == 1) & (p == 0))
accuracy = (tp + tn) / len(t)
balanced = (tp / (tp + fn) + tn / (tn + fp)) / 2
mcc = (tp * tn - fp * fn) / np.sqrt(float((tp + fp) * (tp + fn) * (tn + fp) * (tn + fn)))
