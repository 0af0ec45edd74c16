import sklearn.preprocessing as skp

# pandas output carries the generated names as columns
poly = skp.PolynomialFeatures(degree=2, include_bias=False).set_output(transform="pandas")
expanded_frame = poly.fit_transform(measurements)
expanded = expanded_frame.to_numpy()
feature_names = expanded_frame.columns.to_numpy()
