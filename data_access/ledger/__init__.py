"""The Excel ledger (台账): template download, export, and import with preview.

Import runs in three steps, all in `data_access`:
1. read the file (`intake.ledger_sheets.read_file`) and parse every cell, collecting a
   Problem (file, sheet, row, column, Chinese message) for each cell or reference that is wrong;
2. plan (`planner`): match each row against the database and work out what would be added,
   changed or left alone, field by field (`plan`); rows outside the user's region are
   problems (`scope`);
3. apply (`apply`) the plan in one transaction, with an audit entry per row, refreshed finding
   state and a new data version — or nothing at all when there is any problem (`importing`).

Rows that are not in the file are left alone: the import never deletes. A column that is
absent from a sheet leaves that field alone; an empty cell clears it, except in columns
marked keep-if-empty (status, label, registration day). Importing the same file twice
changes nothing the second time.

Export (`export`) writes the same sheets (`workbook`), so export → import reports no change.
"""

from data_access.ledger.export import export_ledger, ledger_template
from data_access.ledger.importing import ImportRejected, LedgerConflict, apply_import, preview_import
from data_access.ledger.plan import ImportPlan
from intake.ledger_sheets import LedgerFileError

__all__ = [
    "ImportPlan",
    "ImportRejected",
    "LedgerConflict",
    "LedgerFileError",
    "apply_import",
    "export_ledger",
    "ledger_template",
    "preview_import",
]
