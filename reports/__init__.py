"""The monthly bulletin (调度通报): narrative, tables and the Word / PDF / Excel files.

No database access here: everything is built from a `data_access.dispatch.MonthlyDispatch`.
Dependencies run one way: `formats` (format name → writer, suffix, MIME type) imports the
writers `word`, `pdf` and `excel`; each writer imports the model `bulletin` (with
`narrative`) and its own helper (`fonts`, `xlsx_stream`), never another writer.
"""
