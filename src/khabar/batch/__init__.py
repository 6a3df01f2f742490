"""Crawls bigger than one page at a time: streaming readers for WARC and JSONL (``readers``), the per-record work
(``work``) and the engines that run it over shards (``engines``: local processes; the steps never know which)."""
