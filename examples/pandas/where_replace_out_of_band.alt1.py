readings = sensor["sensor_a"]
low = readings.quantile(0.10)
high = readings.quantile(0.90)

inside = readings.between(low, high)  # inclusive at both ends
# where keeps values where the condition holds and puts `other` elsewhere
tamed = readings.where(inside, other=readings.median())
