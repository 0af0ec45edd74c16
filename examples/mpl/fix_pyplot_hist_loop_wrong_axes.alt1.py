import matplotlib.pyplot as plt

fig = plt.figure(figsize=(10, 3), layout="constrained")
for position, column in enumerate(["income", "score", "hours"], start=1):
    plt.subplot(1, 3, position)
    plt.hist(survey[column].dropna(), bins=15)
    plt.title(column)
    plt.xlabel(column)
    if position == 1:
        plt.ylabel("respondents")
