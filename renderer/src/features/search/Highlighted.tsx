/** Snippet segments from the search service: text is rendered as text (React escapes it), hits inside <mark>. */
import type { SnippetSegment } from '../../../../electron/common/domain/search';

export function Highlighted({ segments }: { segments: readonly SnippetSegment[] }) {
  return (
    <>
      {segments.map((segment, i) =>
        segment.hit ? (
          <mark key={i} className="ent-search-hit">
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}
