"""Actors: people, organisations and countries a source names, with roles, mentions and cross-source merging.

Entry point: ``find.actor_findings``. Finders: ``people``, ``orgs``, ``countries``; grouping into
entities: ``groups``; every later mention: ``mentions``; across sources: ``merge``. Transcripts:
``turns`` finds the speaker labels that open paragraphs ("MR. PRICE:", "MODERATOR:", "Q"), ``labels``
makes people of them, joined to the full names the text gives ("our spokesperson, Ned Price").
"""
