-- Migration 7: sanction (prikk) cases (alkoholforskriften §§ 10-2 to 10-6, rules.md E and G.4):
-- findings from inspections or other authorities' reports, advance notice, the decision on
-- prikker, the suspension and the appeal. The licence's prikk ledger is read from decided cases
-- (LicenceLedger). Dates are ISO 8601 text, timestamps ISO 8601 UTC text, statuses their stable
-- keys (SanctionTexts).

CREATE TABLE sanction_case (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    licence_id INTEGER NOT NULL REFERENCES licence (id),
    status TEXT NOT NULL,
    notice_sent TEXT,
    response_deadline TEXT,
    response TEXT NOT NULL DEFAULT '',
    decided_on TEXT,
    decided_by TEXT NOT NULL DEFAULT '',
    reference TEXT NOT NULL DEFAULT '',
    -- The suspension; suspension_days is NULL until one is proposed or decided.
    suspension_notice_sent TEXT,
    suspension_decided TEXT,
    suspension_days INTEGER CHECK (suspension_days IS NULL OR suspension_days >= 0),
    suspension_from TEXT,
    suspension_to TEXT,
    -- The appeal; appeal_received is NULL until one is registered. appeal_overturned: NULL pending,
    -- 1 overturned (the decision's prikker leave the ledger), 0 upheld.
    appeal_received TEXT,
    appeal_grounds TEXT NOT NULL DEFAULT '',
    appeal_outcome_on TEXT,
    appeal_overturned INTEGER,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX sanction_case_licence_idx ON sanction_case (licence_id);
CREATE INDEX sanction_case_status_idx ON sanction_case (status);

CREATE TABLE sanction_finding (
    id INTEGER PRIMARY KEY,
    sanction_case_id INTEGER NOT NULL REFERENCES sanction_case (id) ON DELETE CASCADE,
    inspection_finding_id INTEGER REFERENCES inspection_finding (id),
    code TEXT NOT NULL,
    offence_date TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    standard_prikker INTEGER NOT NULL CHECK (standard_prikker >= 0),
    decided_prikker INTEGER CHECK (decided_prikker IS NULL OR decided_prikker >= 0),
    reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sanction_finding_case_idx ON sanction_finding (sanction_case_id);
CREATE INDEX sanction_finding_inspection_idx ON sanction_finding (inspection_finding_id);
