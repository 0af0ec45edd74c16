import numpy as np

weekly = weather.take(np.arange(0, len(weather), 7))
last_rain = weather["rainfall"].tail(10)
