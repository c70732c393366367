import type {
  Contact as AircallContact,
  ContactDetail as AircallDetail,
  ContactDetailInput,
  RequestOptions,
} from '@switchboard/aircall';
import { type CallRow, type ContactSearchQuery, limits } from '@switchboard/contracts';
import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { HttpError } from '../../http/errors';
import { publishEvent } from '../../live/publish';
import { toCallRow } from '../../mirror/call-view';
import { onlyDigits, toContact, toDetail } from '../../mirror/contact-view';
import { maskPhone } from '../../privacy';
import { callMirror } from '../calls/mirror';
import { upstreamOptions } from '../calls/upstream';

type DetailKind = 'phone_numbers' | 'emails';

/** Aircall requires a label on every phone number and email of a new contact. */
const defaultLabel = 'Work';
/** The contact page lists this many recent calls; the calls list filters by phone number for more. */
const recentCallsShown = 50;

function matchesName(contact: AircallContact, text: string): boolean {
  const needle = text.toLowerCase();
  return [contact.first_name, contact.last_name, contact.company_name].some((field) =>
    field?.toLowerCase().includes(needle),
  );
}

export function contactHandlers(context: AppContext): Partial<HandlerMap> {
  const { aircall, store, clock } = context;
  const mirror = callMirror(context);

  /** Write-through: Aircall's answer goes into the mirror and every console hears the contact changed. */
  async function saved(contact: AircallContact): Promise<AircallContact> {
    await store.contacts.upsertMany([contact], clock.now());
    await publishEvent(context, {
      type: 'resource.changed',
      at: Math.floor(clock.now() / 1000),
      resource: 'contacts',
      id: contact.id,
    });
    return contact;
  }

  /** Applies a phone/email change Aircall confirmed to the mirrored contact (when the mirror has it). */
  async function patchDetails(
    contactId: number,
    kind: DetailKind,
    change: (details: AircallDetail[]) => AircallDetail[],
  ) {
    const contact = await store.contacts.get(contactId);
    if (contact) {
      await saved({ ...contact, [kind]: change(contact[kind]), updated_at: Math.floor(clock.now() / 1000) });
    }
  }

  /** Aircall's limit of 20 per contact, checked on the mirror before spending a request (Aircall answers 409 too). */
  async function assertRoomFor(contactId: number, kind: DetailKind): Promise<void> {
    const contact = await store.contacts.get(contactId);
    if (contact && contact[kind].length >= limits.contactDetails) {
      const what = kind === 'emails' ? 'emails' : 'phone numbers';
      throw new HttpError(
        409,
        'conflict',
        `Contact ${contactId} already has ${limits.contactDetails} ${what}, the most Aircall allows.`,
      );
    }
  }

  /**
   * A contact's phone numbers or emails, edited one by one in Aircall; each confirmed change is applied to the
   * mirrored contact.
   */
  function contactDetails(kind: DetailKind) {
    const upstream = kind === 'phone_numbers' ? aircall.contacts.phoneDetails : aircall.contacts.emailDetails;
    return {
      async add(contactId: number, body: ContactDetailInput, options: RequestOptions) {
        await assertRoomFor(contactId, kind);
        const detail = await upstream.add(contactId, body, options);
        await patchDetails(contactId, kind, (details) => [...details, detail]);
        return toDetail(detail);
      },
      async update(contactId: number, detailId: number, body: ContactDetailInput, options: RequestOptions) {
        const detail = await upstream.update(contactId, detailId, body, options);
        await patchDetails(contactId, kind, (details) => details.map((old) => (old.id === detailId ? detail : old)));
        return toDetail(detail);
      },
      async remove(contactId: number, detailId: number, options: RequestOptions): Promise<undefined> {
        await upstream.delete(contactId, detailId, options);
        await patchDetails(contactId, kind, (details) => details.filter((old) => old.id !== detailId));
        return undefined;
      },
    };
  }
  const phones = contactDetails('phone_numbers');
  const emails = contactDetails('emails');

  /** The contact's calls: the mirror matches calls on the external party's digits, one query per number. */
  async function recentCalls(contact: AircallContact): Promise<CallRow[]> {
    const numbers = [...new Set(contact.phone_numbers.map((phone) => onlyDigits(phone.value)).filter(Boolean))];
    const [pages, tags] = await Promise.all([
      Promise.all(numbers.map((phone) => store.calls.list({ phone, perPage: recentCallsShown, withTotal: false }))),
      mirror.tagLookup(),
    ]);
    const byId = new Map(pages.flatMap((page) => page.calls).map((call) => [call.id, call]));
    return [...byId.values()]
      .sort((a, b) => b.started_at - a.started_at || b.id - a.id)
      .slice(0, recentCallsShown)
      .map((call) => toCallRow(call, tags));
  }

  /** Exact phone/email search in Aircall; the mirror's partial matches lead the first page. */
  async function searchAircall(query: ContactSearchQuery, signal: AbortSignal) {
    const { contacts, meta } = await aircall.contacts.search(
      { phone_number: query.phoneNumber, email: query.email, page: query.page, per_page: Math.min(query.perPage, 50) },
      upstreamOptions('contacts.search', signal),
    );
    await store.contacts.upsertMany(contacts, clock.now());
    const needle = query.phoneNumber ?? query.email ?? '';
    const partial = query.page === 1 ? await store.contacts.search(needle, query.perPage) : [];
    const found = new Set(contacts.map((contact) => contact.id));
    const extra = partial.filter((contact) => !found.has(contact.id));
    const all = [...extra, ...contacts].filter((contact) => query.q === undefined || matchesName(contact, query.q));
    return {
      contacts: all,
      meta: {
        page: meta.current_page,
        perPage: meta.per_page,
        total: meta.total + extra.length,
        hasNextPage: meta.next_page_link !== null,
      },
    };
  }

  /** Names and companies: the mirror only (Aircall cannot search them). */
  async function searchMirror(query: ContactSearchQuery & { q: string }) {
    const upTo = query.page * query.perPage;
    const matches = await store.contacts.search(query.q, upTo + 1);
    return {
      contacts: matches.slice(upTo - query.perPage, upTo),
      meta: { page: query.page, perPage: query.perPage, total: matches.length, hasNextPage: matches.length > upTo },
    };
  }

  async function listAircall(query: ContactSearchQuery, signal: AbortSignal) {
    const { contacts, meta } = await aircall.contacts.list(
      { page: query.page, per_page: Math.min(query.perPage, 50), order: 'desc' },
      upstreamOptions('contacts.search', signal),
    );
    await store.contacts.upsertMany(contacts, clock.now());
    return {
      contacts,
      meta: {
        page: meta.current_page,
        perPage: meta.per_page,
        total: meta.total,
        hasNextPage: meta.next_page_link !== null,
      },
    };
  }

  return {
    'contacts.search': async ({ query, signal }) => {
      if (query.cursor !== undefined) {
        throw new HttpError(400, 'bad_request', 'Invalid request — query.cursor: contacts are paged by page number', {
          fields: [{ field: 'query.cursor', rule: 'contacts are paged by page number' }],
        });
      }
      const { contacts, meta } =
        query.phoneNumber !== undefined || query.email !== undefined
          ? await searchAircall(query, signal)
          : query.q !== undefined
            ? await searchMirror({ ...query, q: query.q })
            : await listAircall(query, signal);
      return { contacts: contacts.map(toContact), meta: { ...meta, nextCursor: null } };
    },

    'contacts.get': async ({ params, signal }) => {
      const contact = await saved(
        await aircall.contacts.get(params.contactId, upstreamOptions('contacts.get', signal)),
      );
      return { contact: toContact(contact), calls: await recentCalls(contact) };
    },

    'contacts.create': async ({ body, audit, signal }) => {
      audit.details = {
        phoneNumbers: body.phoneNumbers.map((phone) => maskPhone(phone.value)),
        emails: body.emails.length,
      };
      const contact = await aircall.contacts.create(
        {
          first_name: body.firstName,
          last_name: body.lastName,
          company_name: body.companyName,
          information: body.information,
          phone_numbers: body.phoneNumbers.map((phone) => ({ label: phone.label ?? defaultLabel, value: phone.value })),
          emails: body.emails.map((email) => ({ label: email.label ?? defaultLabel, value: email.value })),
        },
        upstreamOptions('contacts.create', signal),
      );
      audit.details = { ...audit.details, contactId: contact.id };
      return { contact: toContact(await saved(contact)) };
    },

    'contacts.update': async ({ params, body, audit, signal }) => {
      audit.details = { contactId: params.contactId, fields: Object.keys(body).filter((key) => key in body) };
      const contact = await aircall.contacts.update(
        params.contactId,
        {
          first_name: body.firstName,
          last_name: body.lastName,
          company_name: body.companyName,
          information: body.information,
        },
        upstreamOptions('contacts.update', signal),
      );
      return { contact: toContact(await saved(contact)) };
    },

    'contacts.phoneNumbers.add': async ({ params, body, audit, signal }) => {
      audit.details = { contactId: params.contactId, value: maskPhone(body.value) };
      return { detail: await phones.add(params.contactId, body, upstreamOptions('contacts.phoneNumbers.add', signal)) };
    },

    'contacts.phoneNumbers.update': async ({ params, body, audit, signal }) => {
      const { contactId, phoneNumberId } = params;
      audit.details = { contactId, phoneNumberId, value: maskPhone(body.value) };
      const options = upstreamOptions('contacts.phoneNumbers.update', signal);
      return { detail: await phones.update(contactId, phoneNumberId, body, options) };
    },

    'contacts.phoneNumbers.delete': async ({ params, audit, signal }) => {
      audit.details = { ...params };
      const options = upstreamOptions('contacts.phoneNumbers.delete', signal);
      return phones.remove(params.contactId, params.phoneNumberId, options);
    },

    // Email addresses stay out of the audit row: the ids say which one changed.
    'contacts.emails.add': async ({ params, body, audit, signal }) => {
      audit.details = { contactId: params.contactId };
      return { detail: await emails.add(params.contactId, body, upstreamOptions('contacts.emails.add', signal)) };
    },

    'contacts.emails.update': async ({ params, body, audit, signal }) => {
      audit.details = { ...params };
      const options = upstreamOptions('contacts.emails.update', signal);
      return { detail: await emails.update(params.contactId, params.emailId, body, options) };
    },

    'contacts.emails.delete': async ({ params, audit, signal }) => {
      audit.details = { ...params };
      return emails.remove(params.contactId, params.emailId, upstreamOptions('contacts.emails.delete', signal));
    },
  };
}
