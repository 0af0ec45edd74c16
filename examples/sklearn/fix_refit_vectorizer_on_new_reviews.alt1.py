from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

vectorizer = CountVectorizer()
model = LogisticRegression()
clf = Pipeline([("bow", vectorizer), ("logreg", model)]).fit(docs, labels)
new_reviews = ["Terrible, it broke after two days.", "Excellent quality, love it."]
predicted = clf.predict(new_reviews)
