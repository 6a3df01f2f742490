"""HTML pages: the DOM becomes blocks (``blocks``), the main content is found (``content``), metadata is read with its
evidence (``meta``). The blocks then go through the same cleaner as flattened text."""
