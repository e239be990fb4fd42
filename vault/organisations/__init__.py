"""Controllers (the organisations a person deals with) and the shipped directory of organisations."""
