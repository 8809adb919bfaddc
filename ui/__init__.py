"""The Qt (PySide6) client. It imports the core; the core never imports it."""
