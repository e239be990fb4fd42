"""The new-request wizard, its steps and the controller picker."""
