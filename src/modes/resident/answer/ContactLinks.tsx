/** Who to ask: site.json's contacts for a group (or "my community") as `tel:` links. */
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../data/types';
import { localizedText } from '../../../i18n';
import type { Lang } from '../../../state/url';

/** The contacts shown with a group: those naming it, and those naming none. */
export const contactsFor = (contacts: readonly Contact[] | undefined, group: string) =>
  (contacts ?? []).filter((c) => !c.groups || c.groups.includes(group));

export function ContactLinks({ contacts, lang }: { contacts: readonly Contact[]; lang: Lang }) {
  const { t } = useTranslation();
  if (contacts.length === 0) return null;
  return (
    <p className="contact-links" data-testid="contacts">
      <span className="contact-links-lead">{t('resident.contacts.ask')}</span>
      {contacts.map((c) => (
        <a key={`${c.tel}-${c.name.zh}`} className="contact-link" href={`tel:${c.tel.replace(/[ -]/g, '')}`}>
          {localizedText(c.name, lang)} {c.tel}
        </a>
      ))}
    </p>
  );
}
