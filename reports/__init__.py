"""The monthly bulletin (调度通报): narrative, tables and the Word / PDF / Excel files.

No database access here: everything is built from a `data_access.dispatch.MonthlyDispatch`.
"""
