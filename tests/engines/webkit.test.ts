import { smoke } from './smoke';
import { startWebKit } from './webkit';

const base = Number(process.env.ENGINES_PORT ?? 4310);
smoke({ label: 'WebKitGTK', serverPort: base + 2, start: () => startWebKit(base + 3) });
