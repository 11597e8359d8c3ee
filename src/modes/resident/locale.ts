/** The resident's strings, loaded with this mode's chunk (not in the app's first chunk). */
import { addNamespace } from '../../i18n';
import en from '../../i18n/locales/en/resident.json';
import zh from '../../i18n/locales/zh-CN/resident.json';

addNamespace('resident', { zh, en });
