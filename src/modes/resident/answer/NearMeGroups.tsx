/**
 * The groups of the answer, each folded to one line — its name, how many, how many done — and
 * opened with a tap. Rows are numbered in one sequence across the groups, the numbers the map
 * shows. A selection made on the map opens its group and scrolls to its row.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Catalogue } from '../../../catalogue/catalogue';
import type { Contact } from '../../../data/types';
import { localized, localizedText } from '../../../i18n';
import type { Lang } from '../../../state/url';
import { ContactLinks, contactsFor } from './ContactLinks';
import type { NearGroup } from './grouping';
import { NearRowView } from './NearRowView';

export interface NearMeGroupsProps {
  groups: NearGroup[];
  /** the first row's number of each group */
  firstNumber: (group: number) => number;
  catalogue: Catalogue;
  selected: string | null;
  lang: Lang;
  onSelect: (id: string) => void;
  /** site.json's contacts: each group shows those for it */
  contacts?: readonly Contact[];
  /** the ids of the open groups (their rows' numbers are on the map) */
  open: ReadonlySet<string>;
  setOpen: (f: (open: ReadonlySet<string>) => ReadonlySet<string>) => void;
}

/** "2 个口袋公园 · 1 处滨江空间" and how many of them are done, counted over the group's items. */
function groupCounts(
  t: ReturnType<typeof useTranslation>['t'],
  g: NearGroup,
  catalogue: Catalogue,
  lang: Lang,
) {
  const items = g.rows.flatMap((r) => r.items);
  // zones the place lies in: their names say more than a count
  if (g.layers.every((l) => catalogue.get(l)?.near_me?.container))
    return {
      text: t('resident.group.youAreIn', {
        names: items
          .map((i) => localized(i.feature.properties ?? {}, 'name', lang))
          .join(t('resident.group.and')),
      }),
      done: null,
    };
  const parts = g.layers
    .map((layer) => {
      const n = items.filter((i) => i.layer === layer).length;
      if (n === 0) return null;
      const unit = catalogue.get(layer)?.measures.find((m) => m.kind === 'count' && !m.where)?.unit;
      return g.layers.length > 1
        ? t('resident.group.countOf', {
            n,
            unit: localizedText(unit, lang) || t('resident.group.items'),
            what: localizedText(catalogue.get(layer)?.name, lang),
          })
        : t('resident.group.count', { n, unit: localizedText(unit, lang) || t('resident.group.items') });
    })
    .filter(Boolean);
  const done = items.filter((i) => i.feature.properties?.status === 'completed').length;
  const withStatus = g.layers.some((l) => catalogue.get(l)?.status);
  return { text: parts.join(' · '), done: withStatus ? t('resident.group.done', { n: done }) : null };
}

export function NearMeGroups({
  groups,
  firstNumber,
  catalogue,
  selected,
  lang,
  onSelect,
  contacts,
  open,
  setOpen,
}: NearMeGroupsProps) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!selected) return;
    const g = groups.find((x) => x.rows.some((r) => r.items.some((i) => i.id === selected)));
    if (g) setOpen((o) => (o.has(g.id) ? o : new Set([...o, g.id])));
  }, [selected, groups, setOpen]);
  const toggle = (id: string) =>
    setOpen((o) => {
      const next = new Set(o);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <div className="near-groups" data-testid="near-me-groups">
      {groups.map((g, gi) => {
        const isOpen = open.has(g.id);
        const counts = groupCounts(t, g, catalogue, lang);
        const bodyId = `near-group-${g.id}`;
        return (
          <section key={g.id} className={`near-group ${isOpen ? 'is-open' : ''}`} data-group={g.id}>
            <h3 className="near-group-title">
              <button
                type="button"
                className="near-group-toggle"
                aria-expanded={isOpen}
                aria-controls={bodyId}
                onClick={() => toggle(g.id)}
                data-count={g.count}
              >
                <span className="near-group-name">{localizedText(g.name, lang)}</span>
                <span className="near-group-count">{counts.text}</span>
                {counts.done && <span className="near-group-done">{counts.done}</span>}
                <span className="near-group-chevron" aria-hidden="true">
                  {isOpen ? '▾' : '▸'}
                </span>
              </button>
            </h3>
            <div id={bodyId} className="near-group-body" hidden={!isOpen}>
              <ol className="near-me-list" aria-label={localizedText(g.name, lang)}>
                {g.rows.map((row, ri) => (
                  <li key={row.key}>
                    <NearRowView
                      row={row}
                      n={firstNumber(gi) + ri}
                      catalogue={catalogue}
                      selected={selected}
                      lang={lang}
                      onSelect={onSelect}
                    />
                  </li>
                ))}
              </ol>
              <ContactLinks contacts={contactsFor(contacts, g.id)} lang={lang} />
            </div>
          </section>
        );
      })}
    </div>
  );
}
