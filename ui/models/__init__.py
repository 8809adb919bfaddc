"""Table models of the client: one QAbstractTableModel per list."""
