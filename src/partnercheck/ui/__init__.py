"""The desktop window: PySide6 only here. It reads and writes through the store and scores
through the domain; it holds no SQL and no scoring rules of its own."""
