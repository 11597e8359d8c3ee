/**
 * Planner mode (the default): the layer panel with legend beside the map. On a phone the panel
 * folds into a button so the map is never hidden entirely.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LayerId } from '../../data/types';
import { REGISTRY } from '../../layers/registry';
import { store, useAppState } from '../../state/store';
import { LayerPanel } from '../../ui/LayerPanel';
import type { ModeProps } from '../types';

export function PlannerMode({ dataset }: ModeProps) {
  const { t } = useTranslation();
  const visible = useAppState((s) => s.layers);
  const [open, setOpen] = useState(() => window.matchMedia('(min-width: 720px)').matches);
  const counts = useMemo(
    () => new Map([...dataset.layers].map(([id, fc]) => [id, fc.features.length] as [LayerId, number])),
    [dataset],
  );
  const broken = useMemo(
    () => new Set(REGISTRY.filter((d) => !dataset.layers.has(d.id)).map((d) => d.id)),
    [dataset],
  );
  const toggle = (id: LayerId, on: boolean) =>
    store.set((s) => ({
      layers: REGISTRY.map((d) => d.id).filter((l) => (l === id ? on : s.layers.includes(l))),
    }));
  return (
    <aside className={`side-panel ${open ? 'is-open' : ''}`}>
      <button
        type="button"
        className="panel-toggle"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid="panel-toggle"
      >
        {open ? t('panel.close') : t('panel.open')}
      </button>
      {open && (
        <LayerPanel
          defs={REGISTRY}
          visible={visible}
          counts={counts}
          broken={broken}
          onToggle={toggle}
          asOf={dataset.site.as_of}
        />
      )}
    </aside>
  );
}
