-- eventwire PostgreSQL store, migration 0001: the tables of schema.sql (schema version 1),
-- clusters.sql and near_dup.py, in PostgreSQL types. Applied by eventwire.store.pg.migrate
-- inside one transaction and recorded in schema_migrations; never edit a shipped migration,
-- add pg_0002_....sql instead.
-- Codes, ids and hashes use the "C" collation so that ORDER BY sorts them by code point, as
-- DuckDB does, whatever the database's locale; names and text keep the database's collation.
CREATE TABLE meta (key text COLLATE "C" PRIMARY KEY, value text);
INSERT INTO meta VALUES ('schema_version', '1');

CREATE TABLE articles (
    content_hash text COLLATE "C" PRIMARY KEY,
    id text COLLATE "C" NOT NULL,
    url text,
    title text,
    published date,
    source text,
    text text NOT NULL,
    coded_at timestamp NOT NULL,
    eventwire_version text NOT NULL,
    doc json NOT NULL
);
CREATE INDEX articles_id ON articles (id);
CREATE TABLE places (
    content_hash text COLLATE "C" NOT NULL, idx integer NOT NULL,
    text text, start_char integer, end_char integer, name text, geonameid bigint,
    lat double precision, lon double precision, country text COLLATE "C", admin1 text, feature text, method text,
    PRIMARY KEY (content_hash, idx)
);
CREATE TABLE times (
    content_hash text COLLATE "C" NOT NULL, idx integer NOT NULL,
    text text, start_char integer, end_char integer, value text COLLATE "C", precision text, rule text,
    PRIMARY KEY (content_hash, idx)
);
CREATE TABLE events (
    content_hash text COLLATE "C" NOT NULL, id text COLLATE "C" NOT NULL,
    type text COLLATE "C", mode text COLLATE "C", cameo text COLLATE "C", acled text, modality text COLLATE "C",
    actor_name text, actor_country text COLLATE "C", target_name text, target_country text COLLATE "C",
    place_name text, geonameid bigint, lat double precision, lon double precision, country text COLLATE "C",
    date_value text COLLATE "C", confidence double precision, sentence text, doc json,
    PRIMARY KEY (content_hash, id)
);
CREATE INDEX events_id ON events (id);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_country ON events (country);
CREATE TABLE quotes (
    content_hash text COLLATE "C" NOT NULL, idx integer NOT NULL,
    kind text, content text, speaker_name text, speaker_country text COLLATE "C", doc json,
    PRIMARY KEY (content_hash, idx)
);

-- cross-article event clusters (eventwire.store.clusters): derived data, rebuilt when events or rules change
CREATE TABLE event_clusters (
    cluster_id text COLLATE "C" PRIMARY KEY,
    type text COLLATE "C", mode text COLLATE "C", actor text, actor_country text COLLATE "C", target text,
    target_country text COLLATE "C", place text, country text COLLATE "C", lat double precision, lon double precision,
    first_date date, last_date date, first_report date, last_report date,
    n_events integer NOT NULL, n_articles integer NOT NULL, n_sources integer NOT NULL
);
CREATE TABLE event_cluster_members (
    cluster_id text COLLATE "C" NOT NULL, content_hash text COLLATE "C" NOT NULL, event_id text COLLATE "C" NOT NULL,
    PRIMARY KEY (content_hash, event_id)
);
CREATE INDEX event_cluster_members_cluster ON event_cluster_members (cluster_id);
CREATE TABLE event_cluster_state (key text COLLATE "C" PRIMARY KEY, value text);

-- MinHash signatures for near-duplicate detection (eventwire.store.near_dup)
CREATE TABLE near_dup_signatures (
    content_hash text COLLATE "C" PRIMARY KEY,
    num_perm integer NOT NULL,
    signature bytea NOT NULL
);

-- DuckDB's TRY_CAST(x AS DATE): the text as a date, NULL when it is not a valid calendar date
CREATE FUNCTION eventwire_try_date(value text) RETURNS date
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
BEGIN
    RETURN value::date;
EXCEPTION WHEN others THEN
    RETURN NULL;
END
$$;

-- DuckDB's json_extract / json_extract_string for the simple paths eventwire uses ('$', '$.a', '$.a.b'),
-- so that SQL written for the DuckDB store (exports, users' own queries) runs here unchanged
CREATE FUNCTION json_extract(doc json, path text) RETURNS json
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN doc #> string_to_array(substr(path, 3), '.');
CREATE FUNCTION json_extract_string(doc json, path text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN doc #>> string_to_array(substr(path, 3), '.');
