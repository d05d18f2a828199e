import pg from 'pg';

/** One query on a journey's own database, on a connection of its own. */
export async function queryJourney(databaseUrl, text, values = []) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}
