target = measurements["temperature"]
features = measurements.drop(columns="temperature")

temp_corr = features.corrwith(target)
# a constant column or a constant target has no correlation
constant = (features.max() == features.min()) | (target.max() == target.min())
temp_corr = temp_corr.mask(constant)
# sort by |r|, strongest first; NaN goes last
temp_corr = temp_corr.sort_values(key=lambda r: r.abs(), ascending=False, na_position="last")
