"""Pure chart builders: DataFrame in, Plotly figure (or pydeck deck) out. No Streamlit, no I/O."""
