/**
 * Every property of a feature in readable form and units, as rows of a definition list: the
 * measures of its geometry (area, length, position), then each field of its layer in the catalogue,
 * labelled and formatted from there, the works that name it (a community's lifts), and any
 * property the catalogue does not know, as plain text.
 */
import { area, length } from '@turf/turf';
import type { Feature } from 'geojson';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatArea, formatLength, formatYearMonth } from '../../data/format';
import type { LayerId } from '../../data/types';
import { localizedText } from '../../i18n';
import type { Lang } from '../../state/url';
import { FeatureLink, factValue, Items } from './factValue';
import type { PlannerData } from './plannerData';
import { featureName } from './plannerFormat';

/** Shown in the panel's head (name, status, summary) or as one "works" row (start, end). */
const IN_HEAD = new Set(['name', 'name_en', 'status', 'summary', 'summary_en', 'start', 'end', 'id']);

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

export function FeatureFacts({ layer, feature, data, lang, onSelect }: FeatureFactsProps) {
  const { t } = useTranslation();
  const { catalogue } = data;
  const p = (feature.properties ?? {}) as Record<string, unknown>;
  const entry = catalogue.get(layer);
  const fields = catalogue.fields(layer);
  const facts: Fact[] = [];
  const g = feature.geometry;
  const ctx = {
    catalogue,
    data,
    lang,
    onSelect,
    year: (y: number) => t('planner.unit.year', { year: y }),
    decade: (d: number) => t('planner.unit.decade', { decade: d }),
  };

  if (entry?.role !== 'zone' && (g?.type === 'Polygon' || g?.type === 'MultiPolygon'))
    facts.push({ key: 'size', label: t('planner.fact.size'), value: formatArea(area(feature), lang) });
  if (g?.type === 'LineString' || g?.type === 'MultiLineString')
    facts.push({
      key: 'length',
      label: t('planner.fact.length'),
      value: formatLength(length(feature, { units: 'kilometers' }) * 1000, lang),
    });
  if (g?.type === 'Point') {
    const [lon, lat] = g.coordinates;
    facts.push({
      key: 'location',
      label: t('planner.fact.location'),
      value: t('planner.fact.lonLat', { lat: lat.toFixed(5), lon: lon.toFixed(5) }),
    });
  }
  const keys = new Set(fields.map((f) => f.key));
  for (const f of fields) {
    // A `_en` twin is shown with its field in English; the head shows names and the summary.
    if (IN_HEAD.has(f.key) || (f.key.endsWith('_en') && keys.has(f.key.slice(0, -3)))) continue;
    const raw = lang === 'en' && typeof p[`${f.key}_en`] === 'string' ? p[`${f.key}_en`] : p[f.key];
    const value = factValue(f, raw, ctx);
    if (value !== null) facts.push({ key: f.key, label: localizedText(f.label, lang), value });
  }
  if (typeof p.start === 'string' || typeof p.end === 'string')
    facts.push({
      key: 'works',
      label: t('planner.fact.works'),
      value: `${formatYearMonth(typeof p.start === 'string' ? p.start : undefined, lang) || '…'} – ${
        formatYearMonth(typeof p.end === 'string' ? p.end : undefined, lang) || '…'
      }`,
    });
  // Works that name this feature (an elevator names its community): listed with their status.
  const refs = data.referencedBy.get(String(p.id)) ?? [];
  for (const other of catalogue.sites.filter((l) => refs.some((r) => r.layer === l.id))) {
    const mine = refs.filter((r) => r.layer === other.id);
    facts.push({
      key: `refs-${other.id}`,
      label: localizedText(other.name, lang),
      value: (
        <Items
          items={mine.map(({ feature: f }) => {
            const q = f.properties ?? {};
            const label = [q.building, featureName(f, lang)].find(
              (x) => typeof x === 'string' && x,
            ) as string;
            return (
              <FeatureLink
                key={String(q.id)}
                id={String(q.id)}
                label={`${label ?? q.id}${other.status ? ` · ${t(`status.${q.status}`)}` : ''}`}
                onSelect={onSelect}
              />
            );
          })}
        />
      ),
    });
  }
  for (const [k, v] of Object.entries(p)) {
    if (keys.has(k) || IN_HEAD.has(k) || v === null || v === undefined) continue;
    facts.push({ key: `x-${k}`, label: k, value: typeof v === 'object' ? JSON.stringify(v) : String(v) });
  }
  facts.push({ key: 'id', label: t('planner.fact.id'), value: <code>{String(p.id ?? '')}</code> });

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
