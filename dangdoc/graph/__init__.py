"""The citation graph: building it and its queries (:mod:`.core`), keeping it (:mod:`.files`,
the SQLite :mod:`.store`) and building it on a Dask cluster (:mod:`.cluster`)."""
