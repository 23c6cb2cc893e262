/**
 * Links that put records in an order — merged into, supersedes, succeeds — cannot go round in a circle: "Tempest
 * merged into GCAP" and "GCAP merged into Tempest" cannot both be true, nor A → B → C → A. Checked inside the
 * write's own transaction after the record's links are saved, so a refused write leaves nothing behind.
 */
import { AppError } from '../../electron/common/domain/errors';
import { labelOf, type LinkKind } from '../../electron/common/domain/vocab';
import { RECORD_TITLES_SQL } from './kinds';
import type { Db } from './sql';
import { all, get } from './sql';

/** Link kinds that order their records (one replaces or continues the other): a circle of them is a contradiction. */
export const ORDERING_LINKS: readonly LinkKind[] = ['merged_into', 'supersedes', 'succeeds'];

/**
 * Throws VALIDATION when a link of `id` closes a circle of one ordering kind, naming the records of the circle in
 * order ("“Tempest” merged into “GCAP”, “GCAP” merged into “Tempest”") and the field of the link that closes it
 * (`links.N.targetId`). Follows only that kind's links; a record already visited is not walked again.
 */
export function refuseLinkCycles(db: Db, id: string): void {
  const found = get<{ kind: LinkKind; path: string }>(
    db,
    `WITH RECURSIVE walk(node, kind, path) AS (
       SELECT target_id, kind, json_array(source_id, target_id) FROM record_links
       WHERE source_id = @id AND kind IN (SELECT value FROM json_each(@kinds))
       UNION ALL
       SELECT l.target_id, w.kind, json_insert(w.path, '$[#]', l.target_id)
       FROM walk w JOIN record_links l ON l.source_id = w.node AND l.kind = w.kind
       WHERE w.node <> @id
         AND (l.target_id = @id OR l.target_id NOT IN (SELECT value FROM json_each(w.path)))
     )
     SELECT kind, path FROM walk WHERE node = @id LIMIT 1`,
    { id, kinds: JSON.stringify(ORDERING_LINKS) },
  );
  if (!found) return;
  const path = JSON.parse(found.path) as string[];
  const titles = new Map(
    all<{ id: string; title: string }>(
      db,
      `SELECT t.id, t.title FROM (${RECORD_TITLES_SQL}) t WHERE t.id IN (SELECT value FROM json_each(?))`,
      JSON.stringify(path),
    ).map((t) => [t.id, t.title]),
  );
  const words = labelOf(found.kind).toLowerCase();
  const steps = path.slice(1).map((to, i) => `“${titles.get(path[i]!)}” ${words} “${titles.get(to)}”`);
  const position = get<{ position: number }>(
    db,
    'SELECT position FROM record_links WHERE source_id = ? AND target_id = ? AND kind = ?',
    id,
    path[1],
    found.kind,
  )!.position;
  const message =
    `These links would go round in a circle: ${steps.join(', ')}. ` +
    `A record cannot be ${words} one that is, directly or through others, ${words} it; remove one of the links.`;
  const wording = {
    key: 'store.linkCycle',
    values: { link: found.kind, chain: path.map((p) => `“${titles.get(p)}”`).join(' → ') },
  };
  throw new AppError('VALIDATION', message, {
    fields: [{ path: `links.${position}.targetId`, message, ...wording }],
    ...wording,
  });
}
