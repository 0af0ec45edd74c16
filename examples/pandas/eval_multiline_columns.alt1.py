expression = """
temp_k = temperature + 273.15
pressure_per_humidity = pressure / humidity
"""
# each line is one assignment; eval returns a new frame with both columns added
derived = measurements.eval(expression)
