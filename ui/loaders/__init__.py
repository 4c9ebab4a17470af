"""Cached loaders between the pages and `data_access`, one module per feature.

A page imports the loaders of its own feature (`from ui.loaders import overdue as data`);
`shared` holds what every page needs (the database URL, today, the data version) and
`filters` what the sidebar offers.

Every cached function takes the database URL and the data version: any write bumps the
version, so the next run misses the cache and shows the new data at once. The TTL only
bounds memory.
"""
