sparse = sensor.iloc[::3]

# asfreq inserts the missing calendar days as NaN rows; ffill(limit=1) then fills
# only the first day of each gap, leaving the second one missing
daily = sparse.asfreq(freq="D")
daily = daily.ffill(limit=1)
