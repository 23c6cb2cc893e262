/**
 * The fields every record kind has, kept in shared tables (migration 10): typed links to other records
 * (record_links) and titles in other languages (record_titles). `withShared` wraps a kind's codec so that its
 * load, save, references, detach, dependents and search parts include them; the kind's own codec never sees them.
 */
import type { LinkKind, RecordKind } from '../../../electron/common/domain/vocab';
import { LINK_INVERSES, LINK_RELATION, RECORD_KINDS } from '../../../electron/common/domain/vocab';
import type { IncomingLink } from '../../../electron/common/domain/types';
import type { Db } from '../sql';
import { all, replaceChildren } from '../sql';
import type { Body, KindCodec } from './codec';
import { lines } from './search-parts';

export interface StoredLink {
  targetId: string;
  kind: LinkKind;
}

function loadLinks(db: Db, id: string): StoredLink[] {
  return all<StoredLink>(
    db,
    'SELECT target_id AS targetId, kind FROM record_links WHERE source_id = ? ORDER BY position',
    id,
  );
}

function loadAlternateTitles(db: Db, id: string): { language: string; title: string }[] {
  return all(db, 'SELECT language, title FROM record_titles WHERE record_id = ? ORDER BY position', id);
}

/**
 * Links other records make to `id`, seen from its side: `{ sourceId, kind, inverse }` where `inverse` is the
 * vocabulary key of the inverse wording ("merged_into" → "absorbed"), in the sources' entry order.
 */
export function incomingLinks(db: Db, id: string): IncomingLink[] {
  return all<{ sourceId: string; kind: LinkKind }>(
    db,
    'SELECT source_id AS sourceId, kind FROM record_links WHERE target_id = ? ORDER BY source_id, position',
    id,
  ).map((l) => ({ ...l, inverse: LINK_INVERSES[l.kind] }));
}

export function withShared<K extends RecordKind>(codec: KindCodec<K>): KindCodec<K> {
  return {
    ...codec,
    load(db, id) {
      const own = codec.load(db, id);
      if (!own) return undefined;
      return { ...own, links: loadLinks(db, id), alternateTitles: loadAlternateTitles(db, id) } as Body<K>;
    },
    save(db, id, body, isNew) {
      codec.save(db, id, body, isNew);
      const { links, alternateTitles } = body as {
        links: StoredLink[];
        alternateTitles: { language: string; title: string }[];
      };
      replaceChildren(
        db,
        'record_links',
        'source_id',
        id,
        links.map((l) => ({ target_id: l.targetId, kind: l.kind })),
      );
      replaceChildren(db, 'record_titles', 'record_id', id, alternateTitles);
    },
    references(body) {
      const { links } = body as { links: StoredLink[] };
      return [
        ...codec.references(body),
        ...links.map((l, i) => ({ id: l.targetId, kinds: RECORD_KINDS, field: `links.${i}.targetId` })),
      ];
    },
    detach(body, removedId) {
      const detached = codec.detach(body, removedId) as Body<K> & { links: StoredLink[] };
      return { ...detached, links: detached.links.filter((l) => l.targetId !== removedId) };
    },
    sql: {
      ...codec.sql,
      dependents: [
        ...codec.sql.dependents,
        `SELECT source_id, '${LINK_RELATION}: ' || kind FROM record_links WHERE target_id = @id`,
      ],
    },
    searchParts(lookup, record) {
      const parts = codec.searchParts(lookup, record);
      const titles = (record as { alternateTitles: { language: string; title: string }[] }).alternateTitles;
      if (titles.length === 0) return parts;
      return { ...parts, title: [...parts.title, ['alternateTitles', lines(titles.map((t) => t.title))]] };
    },
  };
}
