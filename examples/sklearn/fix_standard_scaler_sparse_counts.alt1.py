from sklearn.feature_extraction.text import CountVectorizer
from sklearn.preprocessing import scale

counts = CountVectorizer().fit_transform(docs)
# the scale() function also refuses to centre sparse input; only dividing keeps the zeros
scaled = scale(counts, with_mean=False)
