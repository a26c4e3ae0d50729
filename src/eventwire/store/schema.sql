-- eventwire store, schema version 1. Articles are keyed by the hash of their cleaned text,
-- so re-coding the same article never duplicates it. `doc` keeps the full output JSON.
CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR);
CREATE TABLE IF NOT EXISTS articles (
    content_hash VARCHAR PRIMARY KEY,
    id VARCHAR NOT NULL,
    url VARCHAR,
    title VARCHAR,
    published DATE,
    source VARCHAR,
    text VARCHAR NOT NULL,
    coded_at TIMESTAMP NOT NULL,
    eventwire_version VARCHAR NOT NULL,
    doc JSON NOT NULL
);
CREATE TABLE IF NOT EXISTS places (
    content_hash VARCHAR NOT NULL, idx INTEGER NOT NULL,
    text VARCHAR, start_char INTEGER, end_char INTEGER, name VARCHAR, geonameid BIGINT,
    lat DOUBLE, lon DOUBLE, country VARCHAR, admin1 VARCHAR, feature VARCHAR, method VARCHAR,
    PRIMARY KEY (content_hash, idx)
);
CREATE TABLE IF NOT EXISTS times (
    content_hash VARCHAR NOT NULL, idx INTEGER NOT NULL,
    text VARCHAR, start_char INTEGER, end_char INTEGER, value VARCHAR, precision VARCHAR, rule VARCHAR,
    PRIMARY KEY (content_hash, idx)
);
CREATE TABLE IF NOT EXISTS events (
    content_hash VARCHAR NOT NULL, id VARCHAR NOT NULL,
    type VARCHAR, mode VARCHAR, cameo VARCHAR, acled VARCHAR, modality VARCHAR,
    actor_name VARCHAR, actor_country VARCHAR, target_name VARCHAR, target_country VARCHAR,
    place_name VARCHAR, geonameid BIGINT, lat DOUBLE, lon DOUBLE, country VARCHAR,
    date_value VARCHAR, confidence DOUBLE, sentence VARCHAR, doc JSON,
    PRIMARY KEY (content_hash, id)
);
CREATE TABLE IF NOT EXISTS quotes (
    content_hash VARCHAR NOT NULL, idx INTEGER NOT NULL,
    kind VARCHAR, content VARCHAR, speaker_name VARCHAR, speaker_country VARCHAR, doc JSON,
    PRIMARY KEY (content_hash, idx)
);
-- GET /v1/events/{id} and `events --format json` lookups by event id (bench/service_load.py: 15 -> 6 ms of CPU)
CREATE INDEX IF NOT EXISTS events_id ON events (id);
INSERT INTO meta VALUES ('schema_version', '1') ON CONFLICT DO NOTHING;
