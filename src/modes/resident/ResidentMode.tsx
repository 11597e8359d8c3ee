/**
 * Resident mode: "what is planned near me", phone first. A place is chosen by name, by a tap on
 * the map (MapView puts it in the store) or by the device's location; the near-me list, the
 * "my community" card and the walking circle on the map follow the store's `at` and `r`.
 */
import './resident.css';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildNearMeIndex, nearMe } from '../../data/nearMe';
import { buildSearchIndex } from '../../data/search';
import { useMapController } from '../../map/MapContext';
import { store, useAppState } from '../../state/store';
import type { ModeProps } from '../types';
import { CommunityCard } from './CommunityCard';
import { EmptyState } from './EmptyState';
import { LocateButton } from './LocateButton';
import { NearMeList } from './NearMeList';
import { NearMeSummary } from './NearMeSummary';
import { nearMeFigures } from './nearMeFigures';
import { PlaceSearch } from './PlaceSearch';
import { RadiusChoice } from './RadiusChoice';
import { ShareButton } from './ShareButton';
import { useLayoutVars } from './useLayoutVars';
import { useMapPlace } from './useMapPlace';

/** Works of the layers whose ref field names features of `layer` (the lifts of a community). */
function worksNaming(dataset: ModeProps['dataset'], layer: string) {
  const { catalogue } = dataset;
  return catalogue.sites
    .filter((l) =>
      catalogue.fields(l.id).some((f) => f.type === 'ref' && f.layer === layer && f.key !== 'area'),
    )
    .flatMap((l) => dataset.layers.get(l.id)?.features ?? []);
}

export function ResidentMode({ dataset }: ModeProps) {
  const map = useMapController();
  const { t } = useTranslation();
  const at = useAppState((s) => s.at);
  const r = useAppState((s) => s.r);
  const sel = useAppState((s) => s.sel);
  const lang = useAppState((s) => s.lang);
  const [expanded, setExpanded] = useState(false);
  const controlsRef = useRef<HTMLDivElement>(null);
  const sheetRef = useRef<HTMLElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  useLayoutVars(rootRef);

  const nearIndex = useMemo(() => buildNearMeIndex(dataset.layers, dataset.catalogue), [dataset]);
  const searchIndex = useMemo(() => buildSearchIndex(dataset), [dataset]);
  const result = useMemo(() => (at ? nearMe(nearIndex, at, r) : null), [nearIndex, at, r]);
  const figures = useMemo(() => (at ? nearMeFigures(dataset, at, r) : null), [dataset, at, r]);
  useMapPlace({ map, at, r, sel, result, controlsRef, sheetRef, expanded });

  const choose = (place: [number, number], id: string | null) => store.set({ at: place, sel: id });
  const select = (id: string) => store.set({ sel: id });

  return (
    <div ref={rootRef} className={`resident ${expanded ? 'is-expanded' : ''}`} data-testid="resident">
      <div className="resident-controls" ref={controlsRef}>
        <h2 className="visually-hidden">{t('resident.heading')}</h2>
        <PlaceSearch
          entries={searchIndex}
          catalogue={dataset.catalogue}
          lang={lang}
          at={at}
          onChoose={choose}
        />
        <LocateButton bounds={dataset.site.bounds} onLocated={(p) => choose(p, null)} />
      </div>
      <section className="resident-sheet" ref={sheetRef} aria-labelledby="near-me-title">
        <div className="sheet-head">
          <h2 id="near-me-title" className="sheet-title">
            {figures ? t('resident.list.title', { count: figures.items }) : t('resident.empty.title')}
          </h2>
          {result && <ShareButton key={`${at}-${r}`} />}
          <button
            type="button"
            className="sheet-toggle"
            aria-expanded={expanded}
            aria-controls="near-me-body"
            onClick={() => setExpanded(!expanded)}
            data-testid="sheet-toggle"
          >
            <span aria-hidden="true">{expanded ? '▾' : '▴'}</span>
            <span className="visually-hidden">
              {expanded ? t('resident.list.collapse') : t('resident.list.expand')}
            </span>
          </button>
        </div>
        <div className="sheet-body" id="near-me-body">
          <RadiusChoice value={r} onChange={(m) => store.set({ r: m })} />
          {result ? (
            <>
              {figures && <NearMeSummary figures={figures.works} catalogue={dataset.catalogue} lang={lang} />}
              {result.community && (
                <CommunityCard
                  community={result.community}
                  elevators={worksNaming(dataset, result.community.layer)}
                  lang={lang}
                />
              )}
              <NearMeList
                items={result.items}
                catalogue={dataset.catalogue}
                selected={sel}
                lang={lang}
                onSelect={select}
              />
            </>
          ) : (
            <EmptyState />
          )}
        </div>
      </section>
    </div>
  );
}
