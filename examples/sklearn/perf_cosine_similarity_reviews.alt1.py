from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import linear_kernel

tfidf = TfidfVectorizer().fit_transform(docs)
# rows are already L2-normalised, so the plain dot product is the cosine similarity
similarity = linear_kernel(tfidf)
