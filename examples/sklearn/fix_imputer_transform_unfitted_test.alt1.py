from sklearn.model_selection import train_test_split

train, test = train_test_split(survey, test_size=0.2, random_state=0)
train_medians = train.median()
train_filled = train.fillna(train_medians).to_numpy()
test_filled = test.fillna(train_medians).to_numpy()
