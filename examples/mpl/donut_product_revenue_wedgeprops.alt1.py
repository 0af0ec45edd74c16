import matplotlib.pyplot as plt

lines = orders.assign(amount=orders["quantity"] * orders["unit_price"])
revenue = lines.pivot_table(index="product", values="amount", aggfunc="sum")["amount"]

fig, ax = plt.subplots(figsize=(4, 4))
wedges, labels = ax.pie(revenue.to_numpy(), labels=list(revenue.index))
for wedge in wedges:
    wedge.set_width(0.4)
ax.set_title("Product revenue share")
