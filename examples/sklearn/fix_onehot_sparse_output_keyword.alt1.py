from sklearn import preprocessing

encoder = preprocessing.OneHotEncoder()
encoded = encoder.fit_transform(df[["site", "treatment"]]).toarray()
