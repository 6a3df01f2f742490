"""``khabar serve``: a read-only JSON API (with its OpenAPI description) and a web UI rendered on the server."""
