"""The pages a build is read on: the network page (:mod:`.viz`) and one province's report (:mod:`.report`,
its data gathered by :mod:`.report_data`), each a self-contained HTML file."""
