import pandas as pd

grid = pd.date_range(sensor.index[0], sensor.index[-1], freq="6h")
# method="time" weights by the distance in time, which is linear on an evenly spaced grid
sensor_6h = sensor.reindex(grid).interpolate(method="time")
