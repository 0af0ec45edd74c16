from sklearn import metrics

y_true = ["spam", "ham", "spam", "spam", "ham", "ham", "spam", "ham", "ham", "spam"]
y_pred = ["spam", "ham", "ham", "spam", "spam", "ham", "spam", "ham", "ham", "ham"]

precision, recall, f1, _ = metrics.precision_recall_fscore_support(
    y_true, y_pred, pos_label="spam", average="binary"
)
