"""Qt table models over vault/ queries."""
