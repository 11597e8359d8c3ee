/**
 * The planner's toolbar, beside the title bar on a desk and under it on a phone: search, the list
 * (a table of what the map shows), export, and copy link.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModeProps } from '../types';
import { CopyLink } from './tools/CopyLink';
import { ExportMenu } from './tools/ExportMenu';
import { FeatureTable } from './tools/FeatureTable';
import { SearchBox } from './tools/SearchBox';
import { ToolIcon } from './tools/ToolIcon';
import './tools/tools.css';

export function PlannerToolbar({ dataset }: ModeProps) {
  const { t } = useTranslation();
  const [listOpen, setListOpen] = useState(false);
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
            aria-expanded={listOpen}
            title={t('tools.table.toggleLabel')}
            onClick={() => setListOpen(!listOpen)}
            data-testid="list-toggle"
          >
            <ToolIcon name="list" />
            <span className="tool-label">{t('tools.table.toggle')}</span>
          </button>
          <ExportMenu dataset={dataset} />
          <CopyLink />
        </div>
      </section>
      {listOpen && <FeatureTable dataset={dataset} onClose={() => setListOpen(false)} />}
    </>
  );
}
