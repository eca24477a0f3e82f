-- Issue 4's admin-agents: employee id and department (optional), and whether the agent's account is
-- still active (a removed agent is deactivated, its history stays).
ALTER TABLE agents ADD COLUMN employee_id VARCHAR(20);
ALTER TABLE agents ADD COLUMN department VARCHAR(100);
ALTER TABLE agents ADD COLUMN is_active BOOLEAN NOT NULL DEFAULT TRUE;
UPDATE agents SET is_active = FALSE WHERE user_id IN (SELECT id FROM users WHERE NOT active);
