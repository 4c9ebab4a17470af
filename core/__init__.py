"""Plain-Python definitions every layer may import: settings, the vocabulary of stored codes
and their Chinese labels, coordinates. No database, no Streamlit."""
