-- Migration 6: inspections (rules.md F, alkoholforskriften chapter 9): the municipality's register
-- of inspectors and the inspections they carry out, with checklist and findings.
-- Dates are ISO 8601 text (YYYY-MM-DD), times HH:MM text, timestamps ISO 8601 UTC text,
-- enumerations their stable keys (InspectionTexts). "date", "start", "end" and "key" are SQL
-- keywords, hence inspection_date, start_time, end_time and item_key.

CREATE TABLE inspector (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    knowledge_test_passed TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE inspection (
    id INTEGER PRIMARY KEY,
    licence_id INTEGER NOT NULL REFERENCES licence (id),
    number TEXT NOT NULL UNIQUE,
    inspection_date TEXT NOT NULL,
    start_time TEXT NOT NULL,
    end_time TEXT NOT NULL,
    inspection_type TEXT NOT NULL,
    mode TEXT NOT NULL,
    confirmed_single_inspector INTEGER NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    report_sent TEXT,
    comments_received TEXT,
    comments TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX inspection_licence_idx ON inspection (licence_id);
CREATE INDEX inspection_date_idx ON inspection (inspection_date);

CREATE TABLE inspection_inspector (
    inspection_id INTEGER NOT NULL REFERENCES inspection (id) ON DELETE CASCADE,
    inspector_id INTEGER NOT NULL REFERENCES inspector (id),
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (inspection_id, inspector_id)
);
CREATE INDEX inspection_inspector_inspector_idx ON inspection_inspector (inspector_id);

CREATE TABLE inspection_checklist (
    inspection_id INTEGER NOT NULL REFERENCES inspection (id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    checked INTEGER NOT NULL DEFAULT 0,
    in_order INTEGER NOT NULL DEFAULT 1,
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (inspection_id, item_key)
);

-- Sanction cases (migration 7) refer to a finding by its id: keep the table name and the key.
CREATE TABLE inspection_finding (
    id INTEGER PRIMARY KEY,
    inspection_id INTEGER NOT NULL REFERENCES inspection (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    code TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    -- Intoxication signs: has_signs is 1 when they were recorded.
    has_signs INTEGER NOT NULL DEFAULT 0,
    speech TEXT NOT NULL DEFAULT '',
    balance TEXT NOT NULL DEFAULT '',
    behaviour TEXT NOT NULL DEFAULT '',
    served TEXT NOT NULL DEFAULT '',
    served_at TEXT
);
CREATE INDEX inspection_finding_inspection_idx ON inspection_finding (inspection_id);
