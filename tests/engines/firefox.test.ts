import { startFirefox } from './firefox';
import { smoke } from './smoke';

const base = Number(process.env.ENGINES_PORT ?? 4310);
smoke({ label: 'Firefox ESR', serverPort: base, start: () => startFirefox(base + 1) });
