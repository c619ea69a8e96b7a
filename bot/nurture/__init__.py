"""Nurture sequences: the data (sequences.toml) and the pure rules of when and what to send."""
