from sklearn.preprocessing import PolynomialFeatures

poly = PolynomialFeatures(degree=2, include_bias=False)
# fit on the bare array and pass the column names explicitly when asking for the output names
expanded = poly.fit_transform(measurements.to_numpy())
feature_names = poly.get_feature_names_out(measurements.columns.to_list())
