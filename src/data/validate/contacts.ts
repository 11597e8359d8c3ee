/**
 * site.json `contacts`: who residents can ask — the community office, the 12345 hotline — shown as
 * `tel:` links in the resident's groups (`groups`: the catalogue's near_me_groups ids, `home` for
 * "my community"; without `groups`: everywhere). Nothing is sent anywhere: the phone dials.
 */
import { isObject } from './isObject';
import { at, type ProblemSink } from './problem';

/** Digits with an optional leading +, spaces or hyphens between: "12345", "+86 812 123 4567". */
export const TEL = /^\+?[0-9](?:[0-9 -]{0,18}[0-9])?$/;

const isText = (v: unknown) =>
  isObject(v) && typeof v.zh === 'string' && v.zh.trim() !== '' && typeof v.en === 'string';

export function checkContacts(v: unknown, sink: ProblemSink): void {
  if (v === undefined) return;
  if (!Array.isArray(v)) {
    sink.error('contacts', 'bad-type', '"contacts" must be a list', '"contacts" 必须是列表');
    return;
  }
  v.forEach((c, i) => {
    const loc = at('contacts', i);
    if (!isObject(c)) {
      sink.error(
        loc,
        'bad-type',
        'a contact must be {"name": {"zh","en"}, "tel": "12345"}',
        '联系方式必须是 {"name": {"zh","en"}, "tel": "12345"}',
      );
      return;
    }
    if (!isText(c.name))
      sink.error(
        at(loc, 'name'),
        'bad-type',
        '"name" must be {"zh": "…", "en": "…"}',
        '"name" 必须是 {"zh": "…", "en": "…"}',
      );
    if (typeof c.tel !== 'string' || !TEL.test(c.tel))
      sink.error(
        at(loc, 'tel'),
        'bad-value',
        `"tel" ${JSON.stringify(c.tel) ?? 'is missing'}: digits with an optional leading +, like "12345" or "+86 812 1234567"`,
        `"tel" ${JSON.stringify(c.tel) ?? '缺失'}：应为数字，可带开头的 +，如 "12345" 或 "+86 812 1234567"`,
      );
    if (c.groups !== undefined && !(Array.isArray(c.groups) && c.groups.every((g) => typeof g === 'string')))
      sink.error(
        at(loc, 'groups'),
        'bad-type',
        '"groups" must be a list of group ids',
        '"groups" 必须是分组 id 的列表',
      );
  });
}
