import type { Dashboard } from '@targetboard/shared/api/dashboard-resolve';
import { useQuery } from '@tanstack/react-query';
import { useMessages } from '../../../lib/i18n';
import { getTargetYearsQueryOptions } from '../api/get-target-years';
import { dashboardMessages } from '../messages';
import { dashboardXlsxHref, type DashboardView } from '../view-state';

export interface DashboardFiltersProps {
  view: DashboardView;
  data: Dashboard;
  onChange(next: Partial<DashboardView>): void;
}

/** Year, quarter, category, missed-only, sort and own/sub-region view; each writes the URL. */
export function DashboardFilters({ view, data, onChange }: DashboardFiltersProps) {
  const t = useMessages(dashboardMessages);
  const quarter = Number(data.quarter.slice(5));
  const thisYear = new Date().getFullYear();
  // Recent years, plus every year some plan set targets for (older plans stay reachable).
  const targetYears = useQuery(getTargetYearsQueryOptions());
  const years = new Set<number>([data.year, ...(targetYears.data ?? [])]);
  for (let y = thisYear + 1; y >= thisYear - 5; y--) years.add(y);
  const xlsx = dashboardXlsxHref(data);
  return (
    <form className="dash-filters" onSubmit={(e) => e.preventDefault()} data-testid="filters">
      <label>
        {t('year')}
        <select value={data.year} onChange={(e) => onChange({ year: Number(e.target.value) })}>
          {[...years]
            .sort((a, b) => b - a)
            .map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
        </select>
      </label>
      <label>
        {t('quarter')}
        <select value={quarter} onChange={(e) => onChange({ quarter: Number(e.target.value) })}>
          {[1, 2, 3, 4].map((q) => (
            <option key={q} value={q}>
              {t('quarterN', { n: q })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('category')}
        <select
          value={view.category ?? ''}
          onChange={(e) => onChange({ category: e.target.value || undefined })}
        >
          <option value="">{t('allCategories')}</option>
          {data.categories.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('sort')}
        <select
          value={view.sort}
          onChange={(e) => onChange({ sort: e.target.value === 'worst' ? 'worst' : 'code' })}
        >
          <option value="code">{t('sortCode')}</option>
          <option value="worst">{t('sortWorst')}</option>
        </select>
      </label>
      <fieldset className="dash-toggle">
        <legend>{t('view')}</legend>
        {(['own', 'children'] as const).map((v) => (
          <label key={v}>
            <input
              type="radio"
              name="view"
              value={v}
              checked={view.view === v}
              onChange={() => onChange({ view: v })}
            />
            {t(v === 'own' ? 'viewOwn' : 'viewChildren')}
          </label>
        ))}
      </fieldset>
      <label className="dash-check">
        <input
          type="checkbox"
          checked={view.onlyRed}
          onChange={(e) => onChange({ onlyRed: e.target.checked })}
          data-testid="only-red"
        />
        {t('onlyRed')}
      </label>
      <span className="dash-filters__spacer" />
      <a className="button" href={xlsx} download data-testid="export-xlsx">
        {t('exportXlsx')}
      </a>
      <button type="button" className="button" onClick={() => window.print()}>
        {t('print')}
      </button>
    </form>
  );
}
