# /// example
# task = """
# This code standardises `lat`, `lon` and `elevation_m` of the weather stations `stations`, fits \
# a 5-nearest-neighbour regressor of `temperature`, saves the model with joblib, and later loads \
# it to predict the temperature at the sites `new_sites` (raw latitude, longitude, elevation) into \
# `predicted`. It runs, but the predictions are wrong: the loaded model gets raw values while it \
# was trained on standardised ones, so elevation in metres swamps the distances:
#
# ```python
# import joblib
# import numpy as np
# from sklearn.neighbors import KNeighborsRegressor
# from sklearn.preprocessing import StandardScaler
#
# features = ["lat", "lon", "elevation_m"]
# scaler = StandardScaler().fit(stations[features])
# model = KNeighborsRegressor(n_neighbors=5).fit(scaler.transform(stations[features]), stations["temperature"])
# joblib.dump(model, "station_model.joblib")
#
# loaded = joblib.load("station_model.joblib")
# new_sites = np.array([[47.4, 8.5, 420.0], [-33.9, 18.4, 15.0], [64.1, -21.9, 30.0]])
# predicted = loaded.predict(new_sites)
# ```
#
# Fix it so the saved file holds everything needed to predict from raw values."""
# prompt = """
# I fit a k-NN regressor (5 neighbours) for `temperature` on standardised `lat`, `lon`, \
# `elevation_m` of my `stations`, save it with joblib, and in another script load it and predict \
# for `new_sites` into `predicted`:
#
# ```python
# import joblib
# import numpy as np
# from sklearn.neighbors import KNeighborsRegressor
# from sklearn.preprocessing import StandardScaler
#
# features = ["lat", "lon", "elevation_m"]
# scaler = StandardScaler().fit(stations[features])
# model = KNeighborsRegressor(n_neighbors=5).fit(scaler.transform(stations[features]), stations["temperature"])
# joblib.dump(model, "station_model.joblib")
#
# loaded = joblib.load("station_model.joblib")
# new_sites = np.array([[47.4, 8.5, 420.0], [-33.9, 18.4, 15.0], [64.1, -21.9, 30.0]])
# predicted = loaded.predict(new_sites)
# ```
#
# The predictions after loading make no sense. How should I save the model so that loading it \
# and predicting on raw coordinates just works?"""
# task_type = 'fix'
# domain = 'machine_learning'
# libraries = ['scikit-learn', 'numpy']
# inputs = { stations = 'stations' }
# checks = [
#     'np.shape(predicted) == (len(new_sites),)',
#     # 5-NN on z-scores (population standard deviation, as StandardScaler uses) of the three features
#     '(lambda F: np.allclose(predicted, sklearn.neighbors.KNeighborsRegressor(n_neighbors=5).fit((F - F.mean(axis=0)) / np.where(F.std(axis=0) > 0, F.std(axis=0), 1.0), stations["temperature"].to_numpy()).predict((new_sites - F.mean(axis=0)) / np.where(F.std(axis=0) > 0, F.std(axis=0), 1.0))))(stations[["lat", "lon", "elevation_m"]].to_numpy(dtype=float))',
# ]
# difficulty = 'intermediate'
# tags = ['debugging', 'pipeline', 'standardization', 'nearest-neighbors', 'file-io']
# [edge_cases]
# min_size = 5
# why = 'five neighbours need at least five stations'
# ///
import joblib
import numpy as np
from sklearn.neighbors import KNeighborsRegressor
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

features = ["lat", "lon", "elevation_m"]
# save scaler and regressor together: the loaded pipeline standardises new data itself
model = make_pipeline(StandardScaler(), KNeighborsRegressor(n_neighbors=5))
model.fit(stations[features].to_numpy(), stations["temperature"])
joblib.dump(model, "station_model.joblib")

loaded = joblib.load("station_model.joblib")
new_sites = np.array([[47.4, 8.5, 420.0], [-33.9, 18.4, 15.0], [64.1, -21.9, 30.0]])
predicted = loaded.predict(new_sites)
