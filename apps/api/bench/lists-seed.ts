import { Client } from 'pg';
import { OFFICES, SC_SUBJECTS, TOPICS } from './synthetic/vocabulary';

/**
 * Seeds the list benchmark's volume in a few server-side statements
 * (INSERT ... SELECT over generate_series, seeded random()): `resolutions`
 * resolutions over GA sessions 50-80 (one in twelve from the Security Council)
 * and `obligations` obligations spread over them, with the kinds, statuses,
 * review states, due sessions and offices of a tracker in use: settled work in
 * past sessions, pending and overdue work around the current one; and the
 * report issued for each submitted or fulfilled report, linked as its proof.
 */
export async function seedListVolume(url: string, counts: { resolutions: number; obligations: number }): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT setseed(0.2026)');
    const titles = TOPICS.map((topic) => topic.title);
    await client.query(
      `INSERT INTO resolution (symbol, body, session_number, resolution_number, title, adopted_on, meeting, source_text, source_format, checksum)
       SELECT CASE WHEN sc THEN format('S/RES/%s (%s)', 1000 + i, 1945 + s) ELSE format('A/RES/%s/%s', s, i) END,
              (CASE WHEN sc THEN 'SECURITY_COUNCIL' ELSE 'GENERAL_ASSEMBLY' END)::body,
              CASE WHEN sc THEN NULL ELSE s END,
              CASE WHEN sc THEN (1000 + i)::text ELSE i::text END,
              CASE WHEN sc THEN format('Resolution %s (%s) on %s', 1000 + i, 1945 + s, ($2::text[])[1 + i % cardinality($2::text[])]) ELSE ($1::text[])[1 + i % cardinality($1::text[])] END,
              make_date(1945 + s, 12, 1 + i % 28),
              format('%sth plenary meeting', 40 + i % 40),
              'synthetic resolution text for the list benchmark',
              'PLAIN'::source_format,
              encode(sha256(convert_to('resolution ' || i, 'UTF8')), 'hex')
         FROM (SELECT i, 50 + i % 31 AS s, i % 12 = 0 AS sc FROM generate_series(1, $3::int) AS i) AS g`,
      [titles, SC_SUBJECTS, counts.resolutions],
    );
    // Offices are a managed list (ADR 0008): obligations name them by label.
    await client.query(
      `INSERT INTO office (name) SELECT o FROM unnest($1::text[]) AS o WHERE NOT EXISTS (SELECT 1 FROM office WHERE lower(name) = lower(o))`,
      [OFFICES],
    );
    await client.query(
      `INSERT INTO obligation (resolution_id, e_id, paragraph_ref, kind, strength, actor, recipient, due_body, due_session, due_date,
                               agenda_item_title, status, status_reason, review_state, quote, confidence, responsible_office, focal_point)
       SELECT r.id, format('para_%s__obligation_1', p), p::text, k.kind::obligation_kind,
              (CASE WHEN k.kind = 'STATE_ACTION' OR (k.kind = 'TASK' AND g.b < 0.2) THEN 'HORTATORY' ELSE 'MANDATORY' END)::obligation_strength,
              CASE WHEN k.kind = 'STATE_ACTION' THEN 'Member States' WHEN k.kind = 'AGENDA_ITEM' THEN 'General Assembly'
                   WHEN g.b < 0.7 THEN 'Secretary-General' ELSE ($1::text[])[1 + g.j % cardinality($1::text[])] END,
              CASE WHEN k.kind = 'REPORT' THEN CASE WHEN r.body = 'SECURITY_COUNCIL' THEN 'Security Council' ELSE 'General Assembly' END END,
              d.session_body::body, d.session, d.due_date,
              CASE WHEN k.kind = 'AGENDA_ITEM' THEN r.title END,
              st.status::obligation_status,
              CASE WHEN st.status = 'CANCELLED' THEN 'Superseded by a later resolution' END,
              (CASE WHEN g.d < 0.45 THEN 'NEEDS_REVIEW' WHEN g.d < 0.95 THEN 'CONFIRMED' ELSE 'REJECTED' END)::review_state,
              CASE k.kind
                WHEN 'REPORT' THEN format('Requests the Secretary-General to submit to the General Assembly at its session %s a report on the implementation of the present resolution, including on %s', coalesce(d.session, r.session_number), lower(r.title))
                WHEN 'AGENDA_ITEM' THEN format('Decides to include in the provisional agenda of its session %s the item entitled "%s"', d.session, r.title)
                WHEN 'TASK' THEN format('Requests the Secretary-General to continue to provide technical assistance to Member States in the field of %s', lower(r.title))
                WHEN 'MEETING' THEN format('Decides to convene a high-level meeting on %s, to be held at United Nations Headquarters', lower(r.title))
                ELSE format('Urges all Member States to provide technical and financial assistance to the countries concerned in the field of %s', lower(r.title)) END,
              round((0.6 + 0.39 * g.c)::numeric, 2)::float8,
              CASE WHEN g.e < 0.7 THEN (SELECT o.label FROM office o WHERE o.name = ($1::text[])[1 + floor(g.e / 0.7 * cardinality($1::text[]))::int]) END,
              CASE WHEN g.e < 0.3 THEN 'Focal point ' || (g.j % 97) END
         FROM (SELECT j, random() AS a, random() AS b, random() AS c, random() AS d, random() AS e FROM generate_series(1, $2::int) AS j) AS g
         JOIN resolution r ON r.id = 1 + g.j % $3::int
         CROSS JOIN LATERAL (SELECT 1 + g.j / $3::int AS p) AS para
         CROSS JOIN LATERAL (SELECT CASE WHEN g.a < 0.35 THEN 'REPORT' WHEN g.a < 0.5 AND r.body = 'GENERAL_ASSEMBLY' THEN 'AGENDA_ITEM' WHEN g.a < 0.75 THEN 'TASK'
                                         WHEN g.a < 0.8 THEN 'MEETING' ELSE 'STATE_ACTION' END AS kind) AS k
         CROSS JOIN LATERAL (
           SELECT CASE WHEN r.body = 'GENERAL_ASSEMBLY' AND (k.kind IN ('REPORT', 'AGENDA_ITEM') OR g.c < 0.3) THEN r.session_number + 1 + (g.b < 0.2)::int END AS session,
                  CASE WHEN r.body = 'GENERAL_ASSEMBLY' AND (k.kind IN ('REPORT', 'AGENDA_ITEM') OR g.c < 0.3) THEN 'GENERAL_ASSEMBLY' END AS session_body,
                  CASE WHEN r.body = 'SECURITY_COUNCIL' AND k.kind = 'REPORT' THEN r.adopted_on + 90 END AS due_date) AS d
         CROSS JOIN LATERAL (
           SELECT CASE WHEN coalesce(d.session, 0) < 79 AND d.due_date IS NULL OR d.due_date < DATE '2025-01-01'
                       THEN CASE WHEN g.c < 0.6 THEN 'FULFILLED' WHEN g.c < 0.7 THEN 'SUBMITTED' WHEN g.c < 0.73 THEN 'CANCELLED' ELSE 'PENDING' END
                       ELSE CASE WHEN g.c < 0.6 THEN 'PENDING' WHEN g.c < 0.8 THEN 'IN_PROGRESS' WHEN g.c < 0.9 THEN 'SUBMITTED' WHEN g.c < 0.95 THEN 'DEFERRED' ELSE 'FULFILLED' END
                  END AS status) AS st`,
      [OFFICES, counts.obligations, counts.resolutions],
    );
    // The reports that were issued: one document per submitted or fulfilled report with a due session, linked as its proof.
    await client.query(
      `INSERT INTO document (symbol, kind, title, issued_on)
       SELECT format('A/%s/%s', o.due_session, 100 + o.id), 'REPORT'::document_kind, format('Report of the Secretary-General: %s', r.title),
              make_date(1945 + o.due_session, 8, 1 + o.id % 28)
         FROM obligation o JOIN resolution r ON r.id = o.resolution_id
        WHERE o.kind = 'REPORT' AND o.status IN ('SUBMITTED', 'FULFILLED') AND o.due_session IS NOT NULL`,
    );
    await client.query(
      `INSERT INTO obligation_document (obligation_id, document_id, relation, review_state, origin)
       SELECT o.id, d.id, 'FULFILS'::link_relation, 'CONFIRMED'::review_state, 'MANUAL'::link_origin
         FROM obligation o JOIN document d ON d.symbol = format('A/%s/%s', o.due_session, 100 + o.id)`,
    );
    await client.query('COMMIT');
    // What autovacuum does to a table in use: statistics, and the visibility map that index-only scans need
    // (a database-wide VACUUM right after the load left relallvisible at 0; per table it is set).
    for (const table of ['resolution', 'obligation', 'document', 'obligation_document']) await client.query(`VACUUM (ANALYZE) ${table}`);
  } finally {
    await client.end();
  }
}
