import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

/**
 * drizzle's migrator applies, on a database that has migrations already, only those whose `when`
 * is later than the last one applied: a migration listed after another but dated before it would
 * be skipped on every existing database. Branches that add migrations side by side must keep the
 * journal in date order when they merge.
 */
const journal = JSON.parse(readFileSync(new URL('../../drizzle/meta/_journal.json', import.meta.url), 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };

describe('the migration journal', () => {
  test('lists its migrations in the order of their dates, numbered from 0', () => {
    const { entries } = journal;
    expect(entries.map((e) => e.idx)).toEqual(entries.map((_, i) => i));
    for (const [i, entry] of entries.entries()) {
      if (i > 0) expect(entry.when, `${entry.tag} is dated before ${entries[i - 1]!.tag}`).toBeGreaterThan(entries[i - 1]!.when);
    }
  });

  test('has a file for every migration it lists', () => {
    for (const { tag } of journal.entries) expect(() => readFileSync(new URL(`../../drizzle/${tag}.sql`, import.meta.url))).not.toThrow();
  });
});
