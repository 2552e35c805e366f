"""What changed between two builds of a brief: figures new, gone and changed, themes, actors and quotes."""
