/**
 * Resident mode: "what is planned near me", phone first. A place is chosen by name, by a tap on
 * the map (MapView puts it in the store) or by the device's location; the answer follows the
 * store's `at` and `r`: one sentence of figures first, then "my community", the groups (each
 * folded to one line), and when works may disturb. On a phone it sits in a bottom sheet with three
 * heights; the walking circle is fitted into the map the sheet leaves free.
 */
import './locale';
import './resident.css';
import './nearMeList.css';
import './answer/answer.css';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildNearMeIndex, nearMe } from '../../data/nearMe';
import { buildSearchIndex } from '../../data/search';
import { useMapController } from '../../map/MapContext';
import { store, useAppState } from '../../state/store';
import type { ModeProps } from '../types';
import { AnswerSummary } from './answer/AnswerSummary';
import { contactsFor } from './answer/ContactLinks';
import { DisturbTimeline } from './answer/DisturbTimeline';
import { groupAnswer } from './answer/grouping';
import { NearMeGroups } from './answer/NearMeGroups';
import { OutsideNotice } from './answer/OutsideNotice';
import { placeStanding } from './answer/outside';
import { ResidentLegend } from './answer/ResidentLegend';
import { CommunityCard } from './CommunityCard';
import { EmptyState } from './EmptyState';
import { LocateButton } from './LocateButton';
import { nearMeFigures } from './nearMeFigures';
import { PlaceSearch } from './PlaceSearch';
import { RadiusChoice } from './RadiusChoice';
import { ShareButton } from './ShareButton';
import { SheetHandle, type Snap } from './SheetHandle';
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
  const [snap, setSnap] = useState<Snap>('peek');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const controlsRef = useRef<HTMLDivElement>(null);
  const sheetRef = useRef<HTMLElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  useLayoutVars(rootRef);
  const { catalogue, site } = dataset;

  const nearIndex = useMemo(() => buildNearMeIndex(dataset.layers, catalogue), [dataset, catalogue]);
  const searchIndex = useMemo(() => buildSearchIndex(dataset), [dataset]);
  const result = useMemo(() => (at ? nearMe(nearIndex, at, r) : null), [nearIndex, at, r]);
  const figures = useMemo(() => (at ? nearMeFigures(dataset, at, r) : null), [dataset, at, r]);
  const answer = useMemo(
    () => (result ? groupAnswer(result, catalogue, dataset.layers) : null),
    [result, catalogue, dataset],
  );
  const standing = useMemo(() => (result ? placeStanding(dataset, result) : null), [dataset, result]);
  // one number per row, in the order shown: the same numbers on the map
  const firsts = useMemo(() => {
    const out: number[] = [];
    let n = 1;
    for (const g of answer?.groups ?? []) {
      out.push(n);
      n += g.rows.length;
    }
    return out;
  }, [answer]);
  useMapPlace({ map, at, r, sel, result, answer, open, controlsRef, sheetRef, snap });

  const choose = (place: [number, number], id: string | null) => store.set({ at: place, sel: id });
  const select = (id: string) => store.set({ sel: id });

  return (
    <div ref={rootRef} className={`resident snap-${snap}`} data-testid="resident">
      <div className="resident-controls" ref={controlsRef}>
        <h2 className="visually-hidden">{t('resident.heading')}</h2>
        <PlaceSearch entries={searchIndex} catalogue={catalogue} lang={lang} at={at} onChoose={choose} />
        <LocateButton bounds={site.bounds} onLocated={(p) => choose(p, null)} />
      </div>
      <section
        className="resident-sheet"
        ref={sheetRef}
        aria-labelledby="near-me-title"
        data-snap={snap}
        data-testid="resident-sheet"
      >
        <SheetHandle snap={snap} onSnap={setSnap} sheetRef={sheetRef} />
        <div className="sheet-head">
          <h2 id="near-me-title" className="sheet-title">
            {!figures
              ? t('resident.empty.title')
              : figures.items === 0
                ? t('resident.list.titleNone')
                : t('resident.list.title', { count: figures.items })}
          </h2>
          {result && <ShareButton key={`${at}-${r}`} />}
        </div>
        <div className="sheet-body" id="near-me-body">
          {result && answer && figures ? (
            <>
              {standing && (
                <OutsideNotice
                  standing={standing}
                  district={site.district}
                  lang={lang}
                  onGo={(p) => choose(p, null)}
                />
              )}
              <AnswerSummary figures={figures.works} catalogue={catalogue} lang={lang} r={r} />
              <RadiusChoice value={r} onChange={(m) => store.set({ r: m })} />
              {answer.home && (
                <CommunityCard
                  community={answer.home}
                  elevators={worksNaming(dataset, answer.home.layer)}
                  lang={lang}
                  contacts={contactsFor(site.contacts, 'home')}
                />
              )}
              {answer.groups.length === 0 && !answer.home && (
                <p className="near-me-none" data-testid="near-me-none">
                  {t('resident.list.none')}
                </p>
              )}
              <NearMeGroups
                groups={answer.groups}
                firstNumber={(g) => firsts[g] ?? 1}
                catalogue={catalogue}
                selected={sel}
                lang={lang}
                onSelect={select}
                contacts={site.contacts}
                open={open}
                setOpen={setOpen}
              />
              <DisturbTimeline
                items={result.items}
                catalogue={catalogue}
                lang={lang}
                asOf={site.as_of}
                onSelect={select}
              />
              <ResidentLegend catalogue={catalogue} lang={lang} />
            </>
          ) : (
            <>
              <RadiusChoice value={r} onChange={(m) => store.set({ r: m })} />
              <EmptyState />
            </>
          )}
        </div>
      </section>
    </div>
  );
}
