-- Statistics of routing (issue 6): per department and per person, per period (assigned_on), and the
-- deadline check (open assignments by deadline).
CREATE INDEX ix_routing_assignment_period ON routing_assignment (agency_id, assigned_on);
CREATE INDEX ix_routing_assignment_department ON routing_assignment (assignee_department_id, state);
CREATE INDEX ix_routing_assignment_deadline ON routing_assignment (state, deadline);
