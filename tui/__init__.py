"""The top layer: the command line and the Textual dashboard."""
