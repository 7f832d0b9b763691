-- Refresh tokens the sandbox identity provider issued. Only a SHA-256 hash of each token is kept,
-- never its text, so a copy of the database grants nothing; rows survive a restart, as Azure AD's grants do.
CREATE TABLE sandbox_refresh_token (
    id             VARCHAR(36)              NOT NULL PRIMARY KEY,
    token_hash     VARCHAR(64)              NOT NULL,
    tenant_id      VARCHAR(36)              NOT NULL,
    user_object_id VARCHAR(36)              NOT NULL,
    username       VARCHAR(255)             NOT NULL,
    client_id      VARCHAR(100)             NOT NULL,
    scope          VARCHAR(2000)            NOT NULL,
    issued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked        BOOLEAN                  NOT NULL,
    CONSTRAINT sandbox_refresh_token_hash UNIQUE (token_hash)
);

CREATE INDEX sandbox_refresh_token_user ON sandbox_refresh_token (user_object_id);
