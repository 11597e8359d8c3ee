/**
 * Every property of a feature in readable form and units, as rows of a definition list: the
 * common site properties, the layer's own, the measures from the geometry (area, length), and any
 * property the schema does not know, as plain text. Data text is always React text, never HTML.
 */
import { area, length } from '@turf/turf';
import type { Feature } from 'geojson';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  formatArea,
  formatHouseholds,
  formatLength,
  formatMoneyWan,
  formatYearMonth,
} from '../../data/format';
import type { LayerId } from '../../data/types';
import { localized } from '../../i18n';
import type { Lang } from '../../state/url';
import type { PlannerData } from './plannerData';
import { featureName } from './plannerFormat';

/** Properties shown by a rule of their own (or in the panel's head); the rest are listed as they are. */
const HANDLED = new Set([
  'id',
  'name',
  'name_en',
  'area',
  'status',
  'year',
  'start',
  'end',
  'summary',
  'summary_en',
  'investment_wan',
  'theme',
  'theme_en',
  'households',
  'investment_yi',
  'measures',
  'declared_mu',
  'buildings',
  'built',
  'facilities',
  'community',
  'building',
  'units',
  'floors',
  'households_served',
  'kind',
  'method',
  'use',
]);

interface Fact {
  key: string;
  label: string;
  value: ReactNode;
}

export interface FeatureFactsProps {
  layer: LayerId;
  feature: Feature;
  data: PlannerData;
  lang: Lang;
  onSelect: (id: string) => void;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

function FeatureLink({ id, label, onSelect }: { id: string; label: string; onSelect: (id: string) => void }) {
  return (
    <button type="button" className="link-button" onClick={() => onSelect(id)} data-testid={`link-${id}`}>
      {label}
    </button>
  );
}

function Items({ items }: { items: ReactNode[] }) {
  return (
    <ul className="fact-list">
      {items.map((item, i) => (
        // Items are positional (a measure may repeat), so the index is the identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: positional list
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

export function FeatureFacts({ layer, feature, data, lang, onSelect }: FeatureFactsProps) {
  const { t } = useTranslation();
  const p = (feature.properties ?? {}) as Record<string, unknown>;
  const facts: Fact[] = [];
  const add = (key: string, value: ReactNode) => facts.push({ key, label: t(`planner.fact.${key}`), value });
  const g = feature.geometry;
  const isZone = layer === 'areas' || layer === 'pilot-zone';

  if (typeof p.area === 'string') {
    const a = data.byId.get(p.area);
    add(
      'area',
      a ? <FeatureLink id={p.area} label={featureName(a.feature, lang)} onSelect={onSelect} /> : p.area,
    );
  }
  if (!isZone && (g?.type === 'Polygon' || g?.type === 'MultiPolygon'))
    add('size', formatArea(area(feature), lang));
  if (g?.type === 'LineString' || g?.type === 'MultiLineString')
    add('length', formatLength(length(feature, { units: 'kilometers' }) * 1000, lang));
  if (g?.type === 'Point') {
    const [lon, lat] = g.coordinates;
    add('location', t('planner.fact.lonLat', { lat: lat.toFixed(5), lon: lon.toFixed(5) }));
  }
  if (typeof p.theme === 'string') add('theme', localized(p, 'theme', lang));
  if (num(p.declared_mu) !== null) add('declared', t('planner.unit.mu', { n: p.declared_mu }));
  if (num(p.households) !== null) add('households', formatHouseholds(num(p.households) ?? 0, lang));
  if (num(p.buildings) !== null) add('buildings', t('planner.unit.buildings', { n: num(p.buildings) ?? 0 }));
  if (num(p.built) !== null) add('built', t('planner.unit.decade', { decade: p.built }));
  if (typeof p.community === 'string') {
    const c = data.byId.get(p.community);
    add(
      'community',
      c ? (
        <FeatureLink id={p.community} label={featureName(c.feature, lang)} onSelect={onSelect} />
      ) : (
        p.community
      ),
    );
  }
  if (p.building !== undefined && p.building !== null) add('building', String(p.building));
  if (num(p.units) !== null) add('units', t('planner.unit.lifts', { n: num(p.units) ?? 0 }));
  if (num(p.floors) !== null) add('floors', t('planner.unit.floors', { n: num(p.floors) ?? 0 }));
  if (num(p.households_served) !== null) add('served', formatHouseholds(num(p.households_served) ?? 0, lang));
  if (typeof p.kind === 'string') add('kind', t(`kind.${p.kind}`, { defaultValue: p.kind }));
  if (typeof p.method === 'string')
    add('method', t(`planner.method.${p.method}`, { defaultValue: p.method }));
  if (typeof p.use === 'string') add('use', t(`use.${p.use}`, { defaultValue: p.use }));
  if (typeof p.year === 'number') add('year', t('planner.unit.year', { year: p.year }));
  if (typeof p.start === 'string' || typeof p.end === 'string')
    add(
      'works',
      `${formatYearMonth(typeof p.start === 'string' ? p.start : undefined, lang) || '…'} – ${
        formatYearMonth(typeof p.end === 'string' ? p.end : undefined, lang) || '…'
      }`,
    );
  if (layer === 'areas') {
    const yi = num(p.investment_yi);
    add('investment', formatMoneyWan(yi === null ? null : yi * 10000, lang));
  } else if (layer !== 'context') {
    add('investment', formatMoneyWan(num(p.investment_wan), lang));
  }
  if (list(p.measures).length) add('measures', <Items items={list(p.measures)} />);
  if (list(p.facilities).length) add('facilities', <Items items={list(p.facilities)} />);
  if (layer === 'communities') {
    const lifts = data.elevatorsByCommunity.get(String(p.id)) ?? [];
    if (lifts.length)
      add(
        'elevators',
        <Items
          items={lifts.map((f) => (
            <FeatureLink
              key={String(f.properties?.id)}
              id={String(f.properties?.id)}
              label={`${String(f.properties?.building ?? '')} · ${t(`status.${f.properties?.status}`)}`}
              onSelect={onSelect}
            />
          ))}
        />,
      );
  }
  for (const [k, v] of Object.entries(p)) {
    if (HANDLED.has(k) || v === null || v === undefined) continue;
    facts.push({ key: `x-${k}`, label: k, value: typeof v === 'object' ? JSON.stringify(v) : String(v) });
  }
  add('id', <code>{String(p.id ?? '')}</code>);

  return (
    <dl className="facts" data-testid="feature-facts">
      {facts.map((f) => (
        <div key={f.key} className="fact" data-fact={f.key}>
          <dt>{f.label}</dt>
          <dd>{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
