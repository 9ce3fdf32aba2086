"""The poller: feed sources, fetching, parsing, relevance matching and storing."""
