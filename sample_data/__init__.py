"""Development data: the sample loader (five real plans), the demonstration history and the
national generator. Used by manage.py, tests and benchmarks; no page imports it."""
