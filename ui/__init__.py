"""Streamlit-side helpers shared by the pages: the shared filters, cached loaders, formats."""
