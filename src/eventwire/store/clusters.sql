-- eventwire cross-article event clusters (eventwire.store.clusters). Derived data:
-- rebuilt from the events table whenever the events or the clustering rules change.
CREATE TABLE IF NOT EXISTS event_clusters (
    cluster_id VARCHAR PRIMARY KEY,
    type VARCHAR, mode VARCHAR, actor VARCHAR, actor_country VARCHAR, target VARCHAR, target_country VARCHAR,
    place VARCHAR, country VARCHAR, lat DOUBLE, lon DOUBLE,
    first_date DATE, last_date DATE, first_report DATE, last_report DATE,
    n_events INTEGER NOT NULL, n_articles INTEGER NOT NULL, n_sources INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS event_cluster_members (
    cluster_id VARCHAR NOT NULL, content_hash VARCHAR NOT NULL, event_id VARCHAR NOT NULL,
    PRIMARY KEY (content_hash, event_id)
);
-- what the stored clusters were computed from: event count, event-set fingerprint, rules
CREATE TABLE IF NOT EXISTS event_cluster_state (key VARCHAR PRIMARY KEY, value VARCHAR);
