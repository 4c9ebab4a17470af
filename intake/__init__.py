"""Files into rows, without the database: document and sheet readers and the one vocabulary
of Chinese deadline, unit and status wording they share."""
