import type { Sql } from "postgres";

export type CapturedQuery = { query: string; params: unknown[] };

/**
 * Records the SQL a query function sends (drizzle's logger hook), so the benchmark can
 * EXPLAIN exactly what the code runs, whatever shape the query takes.
 */
export class QueryCapture {
  private recording: CapturedQuery[] | null = null;

  readonly logger = {
    logQuery: (query: string, params: unknown[]) => {
      this.recording?.push({ query, params });
    },
  };

  async during(work: () => Promise<unknown>): Promise<CapturedQuery[]> {
    this.recording = [];
    try {
      await work();
      return this.recording;
    } finally {
      this.recording = null;
    }
  }
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of each captured query, as text. The statements are replayed in
 * order in one transaction, and settings (SET LOCAL …) are applied rather than explained, so
 * each query is planned under the settings the code gave it.
 */
export async function explain(client: Sql, queries: readonly CapturedQuery[]): Promise<string> {
  const parts: string[] = [];
  await client.begin(async (tx) => {
    for (const { query, params } of queries) {
      if (/^\s*(set|reset)\b/i.test(query)) {
        await tx.unsafe(query, params as never[]);
        parts.push(`(ran: ${query.trim()})`);
        continue;
      }
      if (!/^\s*(select|with)\b/i.test(query)) {
        parts.push(`(not replayed: ${query.trim().slice(0, 80)})`);
        continue;
      }
      const rows = await tx.unsafe(`explain (analyze, buffers) ${query}`, params as never[]);
      parts.push(rows.map((r) => String(r["QUERY PLAN"])).join("\n"));
    }
  });
  return parts.join("\n\n");
}
