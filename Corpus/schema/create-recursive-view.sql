-- rules: schema-change
CREATE RECURSIVE VIEW org_chart (id, manager_id, depth) AS
  SELECT id, manager_id, 0 FROM employees WHERE manager_id IS NULL
  UNION ALL
  SELECT e.id, e.manager_id, o.depth + 1 FROM employees e JOIN org_chart o ON e.manager_id = o.id;
