"""The graph: writing RDF (:mod:`.rdf`), the store (:mod:`.store`), what is worked out over the whole graph
(:mod:`.derive`), saved queries (:mod:`.queries`) and names in them (:mod:`.names`), export, SHACL validation,
remote stores (:mod:`.remote`), linking to Wikidata (:mod:`.link`) and the SPARQL server (:mod:`.serve`, with :mod:`.endpoint`, :mod:`.query_pool` and :mod:`.query_pages`)."""
