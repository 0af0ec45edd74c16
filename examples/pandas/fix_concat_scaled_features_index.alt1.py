from sklearn.preprocessing import StandardScaler

train = measurements.sample(frac=0.8, random_state=0)
scaler = StandardScaler().set_output(transform="pandas")
train_scaled = train.join(scaler.fit_transform(train).add_suffix("_scaled"))
