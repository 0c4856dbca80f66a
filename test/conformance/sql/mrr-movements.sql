-- An independent SQL model of the report contract's MRR definitions, written
-- the way a data team would, over the dbt MRR playbook's subscription periods.
-- Every date is on the 1st and amounts are monthly, so a period is active at
-- the end of month M when start_date < B(M) and end_date >= B(M).
WITH periods AS (
  SELECT customer_id, start_date::DATE AS start_date, end_date::DATE AS end_date,
         monthly_amount::DECIMAL(18, 2) AS monthly_amount
  FROM read_csv('{{CSV}}', header = true, all_varchar = true)
),
months AS (
  SELECT CAST(m AS DATE) AS month_start
  FROM generate_series(
    (SELECT date_trunc('month', MIN(start_date)) - INTERVAL 1 MONTH FROM periods),
    DATE '{{TO}}', INTERVAL 1 MONTH) AS t(m)
),
customer_months AS (
  SELECT c.customer_id, m.month_start,
         COALESCE(SUM(p.monthly_amount), 0) AS mrr
  FROM (SELECT DISTINCT customer_id FROM periods) c
  CROSS JOIN months m
  LEFT JOIN periods p
    ON p.customer_id = c.customer_id
   AND p.start_date < m.month_start + INTERVAL 1 MONTH
   AND (p.end_date IS NULL OR p.end_date >= m.month_start + INTERVAL 1 MONTH)
  GROUP BY 1, 2
),
with_history AS (
  SELECT *,
         LAG(mrr, 1, 0) OVER w AS previous_mrr,
         COALESCE(MAX(CASE WHEN mrr > 0 THEN 1 ELSE 0 END) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 2 PRECEDING), 0) AS paid_before
  FROM customer_months
  WINDOW w AS (PARTITION BY customer_id ORDER BY month_start)
),
classified AS (
  SELECT *,
    CASE
      WHEN previous_mrr = 0 AND mrr > 0 AND paid_before = 0 THEN 'new'
      WHEN previous_mrr = 0 AND mrr > 0 THEN 'reactivation'
      WHEN previous_mrr > 0 AND mrr = 0 THEN 'churn'
      WHEN previous_mrr > 0 AND mrr > previous_mrr THEN 'expansion'
      WHEN mrr > 0 AND mrr < previous_mrr THEN 'contraction'
    END AS movement
  FROM with_history
)
SELECT strftime(month_start, '%Y-%m') AS month,
       SUM(mrr)::DOUBLE AS mrr,
       COUNT(*) FILTER (WHERE mrr > 0)::INTEGER AS customers,
       COALESCE(SUM(mrr) FILTER (WHERE movement = 'new'), 0)::DOUBLE AS new,
       COALESCE(SUM(mrr - previous_mrr) FILTER (WHERE movement = 'expansion'), 0)::DOUBLE AS expansion,
       COALESCE(SUM(mrr) FILTER (WHERE movement = 'reactivation'), 0)::DOUBLE AS reactivation,
       COALESCE(SUM(mrr - previous_mrr) FILTER (WHERE movement = 'contraction'), 0)::DOUBLE AS contraction,
       COALESCE(SUM(-previous_mrr) FILTER (WHERE movement = 'churn'), 0)::DOUBLE AS churn,
       COUNT(*) FILTER (WHERE movement = 'new')::INTEGER AS "newCustomers",
       COUNT(*) FILTER (WHERE movement = 'reactivation')::INTEGER AS "reactivatedCustomers",
       COUNT(*) FILTER (WHERE movement = 'churn')::INTEGER AS "churnedCustomers"
FROM classified
WHERE month_start BETWEEN DATE '{{FROM}}' AND DATE '{{TO}}'
GROUP BY 1
ORDER BY 1
