"""Reading input: article files and folders (:mod:`.reader`), and the page furniture dropped from HTML (:mod:`.furniture`)."""
