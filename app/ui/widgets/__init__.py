"""Dashboard widgets: they show what screens send them and never touch the database."""
