import pandas as pd

days = pd.DataFrame({"day": [1, 2, 3, 4, 5, 6, 7], "rain_mm": [2.0, 3.5, 0.0, 1.0, 4.0, 0.5, 0.0]})
totals = []
running = 0.0
for rain in days["rain_mm"]:
    running = 0.0 if rain == 0 else running + rain
    totals.append(running)
days["streak"] = totals
