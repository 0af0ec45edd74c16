from sklearn import feature_extraction, linear_model, pipeline

model = pipeline.Pipeline(
    [
        ("tfidf", feature_extraction.text.TfidfVectorizer()),
        ("clf", linear_model.LogisticRegression()),
    ]
).fit(docs, labels)
new_reviews = [
    "Works great, really happy with it.",
    "Broke after a week, asked for a refund.",
]
proba = model.predict_proba(new_reviews)
positive_proba = proba[:, list(model.classes_).index(1)]
