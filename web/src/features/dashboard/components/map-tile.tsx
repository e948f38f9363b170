import type { CSSProperties, KeyboardEvent, MouseEvent } from 'react';
import { STATUS_LEGEND } from '@targetboard/shared/targets/status-legend';
import type { TileStatus } from '@targetboard/shared/targets/region-standing';
import { useI18n, useMessages } from '../../../lib/i18n';
import { mapMessages } from '../map-messages';

export interface MapTileProps {
  name: string;
  /** The name written in the tile (short on the map, full in a strip). */
  label: string;
  text: string;
  status: TileStatus;
  /** Null: nothing below to open (台湾/香港/澳门, or a unit outside the reader's scope). */
  href: string | null;
  /** Its place in the roving-tabindex order, for the keyboard to find it. */
  index: number;
  tabIndex: 0 | -1;
  className?: string;
  style?: CSSProperties;
  onDrill(): void;
  onFocus(): void;
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
}

/** One square: status glyph, name and figure on the status tint; a link when it can drill down. */
export function MapTile(props: MapTileProps) {
  const m = useMessages(mapMessages);
  const { lang } = useI18n();
  const na = props.status === 'not_applicable';
  const legend = na ? null : STATUS_LEGEND[props.status as Exclude<TileStatus, 'not_applicable'>];
  const statusText = legend ? (lang === 'zh' ? legend.zh : legend.en) : m('notApplicable');
  const text = na ? m('notApplicable') : props.text;
  // The name is the visible text first (label in name, WCAG 2.5.3), then what only the colour
  // and glyph say: the full name, the status, and that Enter drills down.
  const spoken = m('tileSpoken', {
    name: props.name === props.label ? '' : m('tileName', { name: props.name }),
    status: legend ? statusText : '',
    drill: props.href ? m('tileDrill') : '',
  });
  const content = (
    <>
      <span className="map-tile__icon" aria-hidden="true">
        {legend?.icon ?? ''}
      </span>
      <span className="map-tile__name">{props.label}</span>
      <span className="map-tile__text">{text}</span>
      <span className="visually-hidden">{spoken}</span>
    </>
  );
  const common = {
    className: `map-tile map-tile--${props.status}${props.className ? ` ${props.className}` : ''}`,
    style: props.style,
    'data-status': props.status,
    'data-tile': props.name,
    'data-tile-index': props.index,
    tabIndex: props.tabIndex,
    onFocus: props.onFocus,
    onKeyDown: props.onKeyDown,
  };
  if (!props.href)
    return (
      <button type="button" aria-disabled="true" {...common}>
        {content}
      </button>
    );
  return (
    <a
      href={props.href}
      {...common}
      onClick={(e: MouseEvent) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        props.onDrill();
      }}
    >
      {content}
    </a>
  );
}
