"""The named pipeline steps an ``Article`` flows through. Each is a plain function ``(Article, Page) -> None``."""
