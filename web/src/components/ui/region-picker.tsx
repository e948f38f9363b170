import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { Region } from '@targetboard/shared/api/regions.schema';
import { api, unwrap } from '../../lib/api-client';
import { defineMessages, useMessages } from '../../lib/i18n';
import './region-picker.css';
import { useErrorText } from './error-message';

const messages = defineMessages(
  {
    placeholder: '输入地区名称、代码或拼音',
    searching: '搜索中…',
    none: '没有匹配的地区',
    failed: '搜索失败：{message}',
    clear: '清除',
    hint: '↑↓ 选择，Enter 确认，Esc 取消',
  },
  {
    placeholder: 'Region name, code or pinyin',
    searching: 'Searching…',
    none: 'No matching region',
    failed: 'Search failed: {message}',
    clear: 'Clear',
    hint: '↑↓ to move, Enter to pick, Esc to cancel',
  },
);

const LEVELS = ['', '省', '市', '县', '乡', '村'];

/** The chosen region as the picker reports it. */
export interface PickedRegion {
  id: number;
  code: string;
  name: string;
  level: number;
}

/** Debounces a changing value so a search waits for the typing to pause. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * A search-as-you-type region chooser over GET /api/regions?q= (name, code or pinyin), a
 * combobox in the ARIA sense: arrows move, Enter picks, Escape restores the current choice.
 */
export function RegionPicker({
  value,
  onChange,
  label,
  id,
  allowClear = false,
  autoFocus = false,
}: {
  /** The chosen region's id; its name is read from the API when not known yet. */
  value: number | null;
  onChange(region: PickedRegion | null): void;
  /** Accessible name of the input. */
  label: string;
  id?: string;
  allowClear?: boolean;
  autoFocus?: boolean;
}) {
  const m = useMessages(messages);
  const errText = useErrorText();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [picked, setPicked] = useState<Region | null>(null);
  const query = useDebounced(text?.trim() ?? '', 200);

  const current = useQuery({
    queryKey: ['regions', 'detail', value],
    queryFn: async () =>
      (await unwrap(await api.api.regions[':id'].$get({ param: { id: String(value) } }))).region,
    enabled: value !== null,
    staleTime: 5 * 60_000,
  });
  const results = useQuery({
    queryKey: ['regions', 'search', query, 'in-scope'],
    // Only regions the user may work on: offering others would end in a refusal.
    queryFn: async () =>
      (
        await unwrap(
          await api.api.regions.$get({ query: { q: query, limit: '20', inScope: 'true' } }),
        )
      ).regions,
    enabled: open && query.length > 0,
    staleTime: 60_000,
  });
  const options: Region[] = results.data ?? [];
  // The picked name shows at once; the detail read (for a value from outside) may still be on its way.
  const currentName =
    value === null ? '' : (current.data?.name ?? (picked?.id === value ? picked.name : ''));
  const shown = text ?? currentName;
  // Focus selects the field so typing replaces it; the current name may arrive only after that
  // (a slow detail read), and writing it in puts the caret after it: the first keys would be
  // added to the name ('成都市510104') and match nothing. While untouched and focused, a name
  // that comes in stays selected. A layout effect, so no key can land between the two.
  const lastShown = useRef(shown);
  useLayoutEffect(() => {
    const input = inputRef.current;
    if (text === null && shown !== lastShown.current && input === document.activeElement)
      input?.select();
    lastShown.current = shown;
  });

  const pick = (region: Region | undefined) => {
    if (!region) return;
    setPicked(region);
    onChange({ id: region.id, code: region.code, name: region.name, level: region.level });
    setText(null);
    setOpen(false);
  };
  const cancel = () => {
    setText(null);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === 'Enter' && open && options.length > 0) {
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === 'Escape' && (open || text !== null)) {
      event.preventDefault();
      cancel();
    }
  };
  const path = current.data?.path
    .slice(1)
    .map((r) => r.name)
    .join(' / ');

  return (
    <div className="region-picker">
      <input
        ref={inputRef}
        id={id}
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options[active] ? `${listId}-${active}` : undefined}
        autoFocus={autoFocus}
        autoComplete="off"
        placeholder={value !== null && current.isPending ? m('searching') : m('placeholder')}
        title={path ? `${path} / ${currentName}` : m('hint')}
        value={shown}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={(e) => e.target.select()}
        onBlur={() => setTimeout(cancel, 150)}
        onKeyDown={onKeyDown}
      />
      {allowClear && value !== null && (
        <button
          type="button"
          className="region-picker__clear"
          aria-label={m('clear')}
          onClick={() => {
            onChange(null);
            inputRef.current?.focus();
          }}
        >
          ×
        </button>
      )}
      {open && query.length > 0 && (
        <ul className="region-picker__list" id={listId} role="listbox">
          {results.isPending && <li className="region-picker__note">{m('searching')}</li>}
          {results.isError && (
            <li className="region-picker__note">
              {m('failed', { message: errText(results.error) })}
            </li>
          )}
          {results.isSuccess && options.length === 0 && (
            <li className="region-picker__note">{m('none')}</li>
          )}
          {options.map((region, i) => (
            <li
              key={region.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={
                i === active
                  ? 'region-picker__option region-picker__option--active'
                  : 'region-picker__option'
              }
              onMouseDown={(e) => {
                e.preventDefault();
                pick(region);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <span>{region.name}</span>
              <small>
                {region.code}
                {LEVELS[region.level] ? ` · ${LEVELS[region.level]}` : ''}
              </small>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
