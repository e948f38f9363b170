import type { StoredTarget } from '@targetboard/shared/api/documents.schema';
import { memo, type RefObject, useMemo } from 'react';
import { useMessages } from '../../../lib/i18n';
import { offsetMap, segmentText } from '../lib/offsets';
import { documentMessages } from '../messages';

export type HighlightState = 'draft' | 'confirmed' | 'rejected' | 'needs';

/** A target's colour: drafts without a value are their own state, they cannot be confirmed. */
export const highlightState = (t: Pick<StoredTarget, 'state' | 'value'>): HighlightState =>
  t.state === 'draft' && t.value === null ? 'needs' : t.state;

/** The selected span as code-point offsets into the text, or null when nothing is selected in it. */
export function selectedSpan(
  container: HTMLElement,
  text: string,
): { start: number; end: number; text: string } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer))
    return null;
  // The container holds only the document text, so a range's string length from its start
  // is the UTF-16 offset, whatever marks the boundary falls in.
  const utf16 = (node: Node, offset: number) => {
    const probe = document.createRange();
    probe.setStart(container, 0);
    probe.setEnd(node, offset);
    return probe.toString().length;
  };
  const from = utf16(range.startContainer, range.startOffset);
  const to = utf16(range.endContainer, range.endOffset);
  if (to <= from) return null;
  const map = offsetMap(text);
  return { start: map.toCodePoint(from), end: map.toCodePoint(to), text: text.slice(from, to) };
}

interface Props {
  text: string;
  targets: StoredTarget[];
  selectedId: number | null;
  onSelect(id: number): void;
  containerRef: RefObject<HTMLDivElement | null>;
  onSelectionChange(): void;
}

/**
 * The document as React text (never HTML: a plan containing `<script>` shows the tag) with
 * each target's quote marked. Overlapping targets split into pieces that name all of them.
 */
export const HighlightedText = memo(function HighlightedText({
  text,
  targets,
  selectedId,
  onSelect,
  containerRef,
  onSelectionChange,
}: Props) {
  const msg = useMessages(documentMessages);
  const segments = useMemo(() => segmentText(text, targets), [text, targets]);
  const byId = useMemo(() => new Map(targets.map((t) => [t.id, t])), [targets]);
  return (
    <div
      ref={containerRef}
      className="doc-text"
      data-testid="document-text"
      // Scrolls on its own: a named region keyboard users can reach and scroll.
      role="region"
      tabIndex={0}
      aria-label={msg('review.text')}
      onMouseUp={onSelectionChange}
      onKeyUp={onSelectionChange}
    >
      {segments.map((s) => {
        const piece = text.slice(s.from, s.to);
        if (s.targetIds.length === 0) return piece;
        const shown =
          selectedId !== null && s.targetIds.includes(selectedId) ? selectedId : s.targetIds[0]!;
        const target = byId.get(shown)!;
        return (
          <mark
            key={s.from}
            className={`hl hl--${highlightState(target)}${shown === selectedId ? ' hl--selected' : ''}`}
            data-targets={s.targetIds.join(' ')}
            data-state={highlightState(target)}
            onClick={() => {
              if (window.getSelection()?.isCollapsed !== false) onSelect(shown);
            }}
          >
            {piece}
          </mark>
        );
      })}
    </div>
  );
});
