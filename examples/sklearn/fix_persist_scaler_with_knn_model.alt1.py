import pickle

import numpy as np
from sklearn.neighbors import KNeighborsRegressor
from sklearn.preprocessing import StandardScaler

columns = ["lat", "lon", "elevation_m"]
scaler = StandardScaler().fit(stations[columns].to_numpy())
knn = KNeighborsRegressor(n_neighbors=5).fit(
    scaler.transform(stations[columns].to_numpy()), stations["temperature"]
)
with open("station_model.pkl", "wb") as fh:
    pickle.dump({"scaler": scaler, "model": knn}, fh)

with open("station_model.pkl", "rb") as fh:
    saved = pickle.load(fh)
new_sites = np.array([[47.4, 8.5, 420.0], [-33.9, 18.4, 15.0], [64.1, -21.9, 30.0]])
predicted = saved["model"].predict(saved["scaler"].transform(new_sites))
