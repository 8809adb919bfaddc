"""Windows and widgets, one file each."""
