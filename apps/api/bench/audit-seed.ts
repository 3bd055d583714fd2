import { Client } from 'pg';

/**
 * A trail of `events` audit events over the seeded obligations, as years of use would leave it: each obligation's
 * creation (its row as the importer records it), then updates moving its status along and back, spread over
 * 2015-2026 in time order, so an as-of date falls in the middle of each obligation's history.
 */
export async function seedAuditTrail(url: string, events: number): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT setseed(0.1129)');
    const state = `jsonb_build_object('id', o.id, 'resolutionId', o.resolution_id, 'paragraphRef', o.paragraph_ref, 'kind', o.kind,
      'actor', o.actor, 'dueBody', o.due_body, 'dueSession', o.due_session, 'dueDate', o.due_date, 'statusReason', o.status_reason,
      'responsibleOffice', o.responsible_office, 'focalPoint', o.focal_point, 'quote', o.quote, 'createdAt', o.created_at)`;
    await client.query(
      `INSERT INTO audit_event (occurred_at, actor, action, entity_type, entity_id, after)
       SELECT timestamptz '2015-01-01' + (o.id % 1000) * interval '1 hour', 'importer', 'CREATE', 'Obligation', o.id::text,
              ${state} || jsonb_build_object('status', 'PENDING')
         FROM obligation o`,
    );
    const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM obligation');
    const obligations = Number(rows[0]?.count ?? 0);
    const perObligation = Math.max(0, Math.floor((events - obligations) / Math.max(obligations, 1)));
    // Step k of obligation o moves it between statuses; the last step leaves today's status.
    await client.query(
      `INSERT INTO audit_event (occurred_at, actor, action, entity_type, entity_id, before, after)
       SELECT timestamptz '2015-06-01' + (k * interval '400 days') + (o.id % 1000) * interval '1 hour',
              format('editor %s', (o.id + k) % 40), 'UPDATE', 'Obligation', o.id::text,
              ${state} || jsonb_build_object('status', (ARRAY['PENDING','IN_PROGRESS','SUBMITTED','IN_PROGRESS','DEFERRED'])[1 + (k - 1 + o.id) % 5]),
              ${state} || jsonb_build_object('status', CASE WHEN k = $1::int THEN o.status::text
                                                              ELSE (ARRAY['PENDING','IN_PROGRESS','SUBMITTED','IN_PROGRESS','DEFERRED'])[1 + (k + o.id) % 5] END)
         FROM obligation o CROSS JOIN generate_series(1, $1::int) AS k`,
      [perObligation],
    );
    await client.query('COMMIT');
    await client.query('VACUUM (ANALYZE) audit_event');
  } finally {
    await client.end();
  }
}
