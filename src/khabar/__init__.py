"""khabar: Hindi news pages into clean, structured, searchable knowledge."""
from .article import SCHEMA_VERSION, Article
from .pipeline import analyze_bytes, analyze_file, analyze_text

__version__ = "0.1.0"
__all__ = ["Article", "SCHEMA_VERSION", "analyze_bytes", "analyze_file", "analyze_text", "__version__"]
