/**
 * The bottom drawer with its two tabs' content: the feature list and the cross-table. Loaded when
 * the drawer is first opened (or prefetched when the browser is idle), not with the first chunk.
 */

import type { ModeProps } from '../../types';
import { CrossTable } from '../crossTable/CrossTable';
import { FeatureTable } from '../tools/FeatureTable';
import { BottomDrawer, type DrawerTab } from './BottomDrawer';

export interface PlannerDrawerProps extends ModeProps {
  tab: DrawerTab;
  onTab: (t: DrawerTab) => void;
  onClose: () => void;
}

export function PlannerDrawer({ dataset, tab, onTab, onClose }: PlannerDrawerProps) {
  return (
    <BottomDrawer tab={tab} onTab={onTab} onClose={onClose}>
      {tab === 'list' ? (
        <FeatureTable dataset={dataset} />
      ) : (
        <CrossTable dataset={dataset} onShowList={() => onTab('list')} />
      )}
    </BottomDrawer>
  );
}
