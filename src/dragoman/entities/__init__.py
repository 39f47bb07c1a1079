"""Named entities: recognition (ner) and linking across languages and scripts."""
