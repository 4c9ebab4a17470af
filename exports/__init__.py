"""File exports (Excel, …) built from frames the pages show. No database access here."""
