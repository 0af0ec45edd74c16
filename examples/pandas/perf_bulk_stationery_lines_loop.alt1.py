bulk_stationery = orders.query('product in ["pen", "notebook"] and quantity >= 3')
