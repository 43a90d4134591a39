-- Migration 2: settings that belong to the register (municipality, demo marker, local choices).
CREATE TABLE register_setting (
    setting_key TEXT PRIMARY KEY,
    setting_value TEXT NOT NULL
);
