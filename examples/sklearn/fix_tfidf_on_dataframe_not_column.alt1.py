import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

reviews_df = pd.DataFrame({"text": docs, "label": labels})
# a column given as a string (not a list) hands the vectoriser a 1-D column of texts
features = ColumnTransformer([("tfidf", TfidfVectorizer(), "text")])
model = Pipeline([("features", features), ("clf", LogisticRegression())])
model.fit(reviews_df[["text"]], reviews_df["label"])
proba = model.predict_proba(reviews_df[["text"]])[:, 1]
