-- Trigram indexes serve "contains" searches (phone digits, comments, contact names) on PostgreSQL and PGlite alike.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
