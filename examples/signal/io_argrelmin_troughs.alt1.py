levels = [5, 3, 4, 2, 6, 7, 1, 8, 3, 4]
troughs = []
for i, value in enumerate(levels):
    neighbours = levels[max(0, i - 2) : i] + levels[i + 1 : i + 3]
    if all(value < other for other in neighbours):
        troughs.append(i)
