import { type CompanySettings, companySettingsSchema, defaultCompanySettings } from '@switchboard/contracts';
import type { Store } from '../../store';

export interface CompanySettingsView extends CompanySettings {
  /** UNIX seconds; null while the defaults apply. */
  updatedAt: number | null;
}

/**
 * The saved settings, else the defaults with the time zone most numbers use (UTC without numbers). A saved row
 * the current contract no longer reads (a field renamed since) counts as not saved rather than failing every page.
 */
export async function companySettings(store: Store): Promise<CompanySettingsView> {
  const stored = await store.company.get();
  const parsed = stored && companySettingsSchema.safeParse(stored.settings);
  if (stored && parsed?.success) return { ...parsed.data, updatedAt: Math.floor(stored.updatedAt.getTime() / 1000) };
  const timeZone = (await store.company.commonNumberTimeZone()) ?? 'UTC';
  return { ...defaultCompanySettings, timeZone: validZone(timeZone), updatedAt: null };
}

/** A number's zone comes from Aircall: one Intl does not know falls back to UTC. */
function validZone(timeZone: string): string {
  return companySettingsSchema.shape.timeZone.safeParse(timeZone).success ? timeZone : 'UTC';
}
