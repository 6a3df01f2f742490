"""The per-record work, the same whatever engine runs it: analyze one record's bytes into a row of the output
table, or say why it failed. A row holds the Article's fields: scalars as columns, nested fields as JSON text."""
from __future__ import annotations

import json

from ..article import Article
from ..errors import KhabarError
from ..pipeline import analyze_bytes
from .readers import Record

SCALARS = [name for name, f in Article.model_fields.items() if f.annotation in (str, str | None, int, float, bool)
           or name in ("input_format", "page_type")]
NESTED = [name for name in Article.model_fields if name not in SCALARS]
# Every column is text (nested fields as JSON), so each shard's Parquet schema is the same and known in advance.
COLUMNS = ["url", "fetched", *SCALARS, *NESTED]


def process(record: Record) -> tuple[dict | None, dict | None]:
    """(row, None) for an analyzed page, (None, dead letter) for a failure, (None, None) for a skipped record."""
    if record.data is None:
        letter = {"url": record.url, "fetched": record.fetched, "error": record.why}
        return None, letter if record.failed else None
    try:
        article = analyze_bytes(record.data, record.url, html=record.html)
    except KhabarError as err:
        return None, {"url": record.url, "fetched": record.fetched, "error": str(err)}
    except Exception as err:  # one bad record never stops a shard
        return None, {"url": record.url, "fetched": record.fetched, "error": f"internal error: {type(err).__name__}: {err}"}
    data = article.model_dump(mode="json")
    row = {"url": record.url, "fetched": record.fetched}
    row.update({k: data[k] for k in SCALARS})
    row.update({k: json.dumps(data[k], ensure_ascii=False) for k in NESTED})
    return row, None
