/** The presenter's strings, loaded with this mode's chunks (not in the app's first chunk). */
import { addNamespace } from '../../i18n';
import en from '../../i18n/locales/en/presenter.json';
import zh from '../../i18n/locales/zh-CN/presenter.json';

addNamespace('presenter', { zh, en });
