"""The API's own OpenAPI description, exercised by a property-based fuzzer (schemathesis): no 5xx, every status
code documented, every response matching the schema."""
from __future__ import annotations

import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings

from khabar.store.db import connect
from khabar.store.ingest import ingest
from khabar.web.app import create_app

_DB = Path(tempfile.mkdtemp()) / "k.db"
ingest(connect(_DB), [str(Path(__file__).resolve().parents[1] / "samples")])
schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(str(_DB)))


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_api(case):
    case.call_and_validate()
