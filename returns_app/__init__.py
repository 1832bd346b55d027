"""Returns Desk: the desktop returns station for EU web shops."""
