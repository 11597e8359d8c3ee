/**
 * The planner's toolbar, beside the title bar on a desk and under it on a phone: search, the list
 * (a table of what the map shows) and the cross-table, both in the bottom drawer, export, and copy link.
 */
import { Suspense, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModeProps } from '../types';
import type { DrawerTab } from './drawer/BottomDrawer';
import { PlannerDrawer } from './lazy';
import { CopyLink } from './tools/CopyLink';
import { ExportMenu } from './tools/ExportMenu';
import { MeasureTool } from './tools/MeasureTool';
import { SearchBox } from './tools/SearchBox';
import { ToolIcon } from './tools/ToolIcon';
import './tools/tools.css';

export function PlannerToolbar({ dataset }: ModeProps) {
  const { t } = useTranslation();
  const [drawer, setDrawer] = useState<DrawerTab | null>(null);
  const toggle = (tab: DrawerTab) => setDrawer((d) => (d === tab ? null : tab));
  const ref = useRef<HTMLElement>(null);
  // On a phone the title bar wraps to a height set by its text: the toolbar sits just under it.
  useLayoutEffect(() => {
    const bar = document.querySelector('.top-bar');
    const el = ref.current;
    if (!bar || !el) return;
    const place = () => el.style.setProperty('--top-bar-bottom', `${bar.getBoundingClientRect().bottom}px`);
    place();
    const observer = new ResizeObserver(place);
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
  return (
    <>
      <section
        ref={ref}
        className="planner-toolbar"
        aria-label={t('tools.toolbar.label')}
        data-testid="planner-toolbar"
      >
        <SearchBox dataset={dataset} />
        <div className="tool-buttons">
          <button
            type="button"
            className="tool-button"
            aria-expanded={drawer === 'list'}
            title={t('tools.table.toggleLabel')}
            onClick={() => toggle('list')}
            data-testid="list-toggle"
          >
            <ToolIcon name="list" />
            <span className="tool-label">{t('tools.table.toggle')}</span>
          </button>
          <button
            type="button"
            className="tool-button"
            aria-expanded={drawer === 'cross'}
            title={t('tools.cross.toggleLabel')}
            onClick={() => toggle('cross')}
            data-testid="cross-toggle"
            data-compact="true"
          >
            <ToolIcon name="grid" />
            <span className="tool-label">{t('tools.cross.toggle')}</span>
          </button>
          <MeasureTool />
          <ExportMenu dataset={dataset} />
          <CopyLink />
        </div>
      </section>
      {drawer && (
        <Suspense fallback={null}>
          <PlannerDrawer dataset={dataset} tab={drawer} onTab={setDrawer} onClose={() => setDrawer(null)} />
        </Suspense>
      )}
    </>
  );
}
