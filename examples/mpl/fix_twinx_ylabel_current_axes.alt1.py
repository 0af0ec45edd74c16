import matplotlib.pyplot as plt

fig, left = plt.subplots(figsize=(9, 4))
left.plot(weather.index, weather["temperature"], color="tab:red")
left.set_xlabel("date")
left.set_ylabel("temperature (deg C)", color="tab:red")
left.set_title("Daily weather")

right = left.twinx()
right.bar(weather.index, weather["rainfall"], color="tab:blue", alpha=0.4)
right.set_ylabel("rainfall (mm)", color="tab:blue")
