"""The one write layer: every change to the dashboard's data goes through these commands, which
check, write, audit and keep the derived counts and the data version in step."""
