-- Migration 1: the licence register and the audit log.
-- Dates are ISO 8601 text (YYYY-MM-DD), timestamps ISO 8601 UTC text.
-- Keep statements portable (a PostgreSQL variant lives beside this one when that backend lands).

CREATE TABLE licensee (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    org_number TEXT,
    address TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT ''
);
CREATE INDEX licensee_org_number_idx ON licensee (org_number);

CREATE TABLE premises (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    postal_place TEXT NOT NULL DEFAULT '',
    premises_type TEXT NOT NULL,
    capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0)
);

CREATE TABLE licence (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('sale', 'serving', 'single_occasion', 'travelling')),
    closed_party INTEGER NOT NULL DEFAULT 0,
    event_name TEXT NOT NULL DEFAULT '',
    licensee_id INTEGER NOT NULL REFERENCES licensee (id),
    premises_id INTEGER REFERENCES premises (id),
    alcohol_groups INTEGER NOT NULL CHECK (alcohol_groups BETWEEN 1 AND 7),
    indoor INTEGER NOT NULL DEFAULT 1,
    indoor_description TEXT NOT NULL DEFAULT '',
    outdoor INTEGER NOT NULL DEFAULT 0,
    outdoor_description TEXT NOT NULL DEFAULT '',
    valid_from TEXT NOT NULL,
    valid_to TEXT NOT NULL,
    conditions TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    ended_on TEXT,
    end_reason TEXT,
    end_note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (valid_to >= valid_from)
);
CREATE INDEX licence_licensee_idx ON licence (licensee_id);
CREATE INDEX licence_premises_idx ON licence (premises_id);

CREATE TABLE licence_person (
    id INTEGER PRIMARY KEY,
    licence_id INTEGER NOT NULL REFERENCES licence (id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('manager', 'deputy')),
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    birth_date TEXT,
    knowledge_test_passed TEXT
);
CREATE INDEX licence_person_licence_idx ON licence_person (licence_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    os_user TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX audit_log_entity_idx ON audit_log (entity, entity_id);
