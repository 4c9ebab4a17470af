"""All database access of the dashboard: models, migrations, loaders and queries.

Pages and charts never import SQLAlchemy; they call the typed functions in this package.
"""
