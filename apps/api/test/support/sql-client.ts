import { Client, type QueryResult, type QueryResultRow } from 'pg';

export interface SqlClient {
  query<R extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
}

/**
 * A plain connection to the file's database for the whole file, for what the app's Prisma client cannot show or
 * do: triggers made by the test, row locks held across requests, pg_stat_activity, SQL the API must refuse.
 * Declare it after useTestApp() / useTestDatabase(), whose database it connects to.
 */
export function useSqlClient(url: () => string): SqlClient {
  let client: Client | undefined;
  beforeAll(async () => {
    client = new Client({ connectionString: url() });
    // The database is dropped WITH (FORCE) by its own fixture, whose hook may run first and end this connection.
    client.on('error', () => undefined);
    await client.connect();
  });
  afterAll(async () => {
    await client?.end().catch(() => undefined);
    client = undefined;
  });
  return {
    query: <R extends QueryResultRow>(text: string, values?: unknown[]) => {
      if (!client) throw new Error('the SQL client is read outside the tests and hooks that have it (declare it at the top of the file)');
      return client.query<R>(text, values);
    },
  };
}
