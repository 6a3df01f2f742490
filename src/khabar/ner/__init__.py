"""People, places and organisations: a CRF tagger trained on IL-NER and HiNER (``train``), shipped in the package
(``khabar/models``), with features from word shape, affixes, context and gazetteers (``features``)."""
