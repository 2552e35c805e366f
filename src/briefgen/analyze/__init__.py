"""Analysis: sentences, themes, figures, actors, quotes and timeline; ``pipeline.analyze`` runs them all."""
