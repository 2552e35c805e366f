"""``briefgen verify``: read an edited brief (DOCX, PDF, HTML) back and check what no longer matches its sources."""
