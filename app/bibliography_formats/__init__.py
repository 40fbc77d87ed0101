"""Writers for formatted bibliographies (app/bibliography.py): one module per output format,
plus the CSL layer (csl.py) and safe file writing (files.py)."""
