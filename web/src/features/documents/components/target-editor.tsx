import type { StoredTarget } from '@targetboard/shared/api/documents.schema';
import { COMPARATORS, DIRECTIONS, TARGET_KINDS } from '@targetboard/shared/targets/vocabulary';
import { MEASURES } from '@targetboard/shared/targets/measure';
import { type FormEvent, useState } from 'react';
import { comparatorSymbol, comparatorWords } from '@targetboard/shared/targets/format-target';
import { useI18n, useMessages } from '../../../lib/i18n';
import type { TargetChanges } from '../api/review-targets';
import { documentMessages } from '../messages';
import { IndicatorField } from './indicator-field';
import { type PickedRegion, RegionPicker } from './region-picker';

/** The editable fields of a target, numbers kept as typed until saved. */
export type EditableTarget = Pick<
  StoredTarget,
  'indicator' | 'indicatorId' | 'comparator' | 'unit' | 'kind' | 'direction' | 'measure' | 'scope'
> & {
  value: string;
  valueMax: string;
  year: string;
  tolerance: string;
  region: PickedRegion | null;
};

const text = (n: number | null) => (n === null ? '' : String(n));

export function toEditable(t: StoredTarget): EditableTarget {
  return {
    indicator: t.indicator,
    indicatorId: t.indicatorId,
    comparator: t.comparator,
    unit: t.unit,
    kind: t.kind,
    direction: t.direction,
    measure: t.measure,
    scope: t.scope,
    value: text(t.value),
    valueMax: text(t.valueMax),
    year: text(t.year),
    tolerance: text(t.tolerance),
    region: t.regionId === null ? null : { id: t.regionId, name: t.region ?? String(t.regionId) },
  };
}

const parse = (s: string): number | null | 'invalid' => {
  const trimmed = s.trim().replace(/,/g, '');
  if (!trimmed) return null;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : 'invalid';
};

/** The fields as the API takes them, or the names of the fields that are not numbers. */
export function fromEditable(e: EditableTarget): TargetChanges | { invalid: string[] } {
  const numbers = {
    value: parse(e.value),
    valueMax: parse(e.valueMax),
    year: parse(e.year),
    tolerance: parse(e.tolerance),
  };
  const invalid = Object.entries(numbers)
    .filter(([, v]) => v === 'invalid')
    .map(([k]) => k);
  if (invalid.length) return { invalid };
  const n = numbers as Record<keyof typeof numbers, number | null>;
  return {
    indicator: e.indicator.trim(),
    indicatorId: e.indicatorId,
    comparator: e.comparator,
    unit: e.unit.trim(),
    kind: e.kind,
    direction: e.direction,
    measure: e.measure,
    scope: e.scope?.trim() || null,
    value: n.value,
    valueMax: n.valueMax,
    year: n.year === null ? null : Math.trunc(n.year),
    tolerance: n.tolerance,
    regionId: e.region?.id ?? null,
  };
}

interface Props {
  initial: EditableTarget;
  busy: boolean;
  /** Create mode has one submit; edit mode also offers save-and-confirm. */
  mode: 'edit' | 'create';
  onSubmit(changes: TargetChanges, confirm: boolean): void;
  onCancel(): void;
}

export function TargetEditor({ initial, busy, mode, onSubmit, onCancel }: Props) {
  const t = useMessages(documentMessages);
  const { lang } = useI18n();
  const [draft, setDraft] = useState(initial);
  const [invalid, setInvalid] = useState<string[]>([]);
  const set = <K extends keyof EditableTarget>(key: K, value: EditableTarget[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent, confirm = false) => {
    event.preventDefault();
    const changes = fromEditable(draft);
    if ('invalid' in changes) return setInvalid(changes.invalid as string[]);
    onSubmit(changes, confirm);
  };
  const numberField = (
    key: 'value' | 'valueMax' | 'year' | 'tolerance',
    label: string,
    hint?: string,
  ) => (
    <label className={invalid.includes(key) ? 'field field--invalid' : 'field'}>
      <span>
        {label} {hint && <small className="muted">{hint}</small>}
      </span>
      <input
        inputMode="decimal"
        value={draft[key]}
        data-testid={`field-${key}`}
        aria-invalid={invalid.includes(key)}
        onChange={(e) => set(key, e.target.value)}
      />
      {invalid.includes(key) && <small className="form-error">{t('field.invalidNumber')}</small>}
    </label>
  );

  return (
    <form
      className="editor"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <label className="field field--wide">
        <span>{t('field.indicator')}</span>
        <IndicatorField
          name={draft.indicator}
          indicatorId={draft.indicatorId}
          onChange={(name, id) => setDraft((d) => ({ ...d, indicator: name, indicatorId: id }))}
        />
      </label>
      <label className="field">
        <span>{t('field.comparator')}</span>
        <select
          value={draft.comparator}
          data-testid="field-comparator"
          onChange={(e) => set('comparator', e.target.value as EditableTarget['comparator'])}
        >
          {COMPARATORS.map((c) => (
            <option key={c} value={c}>
              {comparatorSymbol(c, lang)} {comparatorWords(c, lang)}
            </option>
          ))}
        </select>
      </label>
      {numberField('value', t('field.value'))}
      {numberField('valueMax', t('field.valueMax'), t('field.optional'))}
      <label className="field">
        <span>{t('field.unit')}</span>
        <input
          value={draft.unit}
          maxLength={20}
          data-testid="field-unit"
          onChange={(e) => set('unit', e.target.value)}
        />
      </label>
      {numberField('year', t('field.year'))}
      {numberField('tolerance', t('field.tolerance'), t('field.optional'))}
      <label className="field">
        <span>{t('field.kind')}</span>
        <select
          value={draft.kind}
          onChange={(e) => set('kind', e.target.value as EditableTarget['kind'])}
        >
          {TARGET_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('field.direction')}</span>
        <select
          value={draft.direction}
          onChange={(e) => set('direction', e.target.value as EditableTarget['direction'])}
        >
          {DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {t(`direction.${d}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field field--wide">
        <span>{t('field.measure')}</span>
        <select
          value={draft.measure}
          data-testid="field-measure"
          onChange={(e) => set('measure', e.target.value as EditableTarget['measure'])}
        >
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {t(`measure.${m}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="field field--wide">
        <span>{t('field.region')}</span>
        <RegionPicker value={draft.region} onChange={(r) => set('region', r)} />
      </div>
      <label className="field field--wide">
        <span>
          {t('field.scope')} <small className="muted">{t('field.optional')}</small>
        </span>
        <input
          value={draft.scope ?? ''}
          maxLength={100}
          onChange={(e) => set('scope', e.target.value)}
        />
      </label>
      <div className="editor__actions field--wide">
        {mode === 'edit' && (
          <button
            type="button"
            className="button button--primary"
            disabled={busy}
            onClick={(e) => submit(e, true)}
          >
            {t('action.saveConfirm')}
          </button>
        )}
        <button
          type="submit"
          className={mode === 'create' ? 'button button--primary' : 'button'}
          disabled={busy}
        >
          {mode === 'create' ? t('action.add') : t('action.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
