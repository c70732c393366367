import type {
  Contact as AircallContact,
  ContactDetail as AircallDetail,
  ContactDetailInput,
} from '@switchboard/aircall';
import {
  type CallRow,
  type ContactCreateBody,
  type ContactSearchQuery,
  type ContactUpdateBody,
  limits,
} from '@switchboard/contracts';
import type { AppContext } from '../../context';
import { HttpError } from '../../http/errors';
import { tagLookup, toCallRow } from '../../mirror/call-view';
import { onlyDigits } from '../../mirror/contact-view';
import {
  type ChangeRequest,
  createWriteThrough,
  resourceChanged,
  savedWhole,
  upstreamOptions,
} from '../../mirror/write-through';
import { nowSeconds } from '../../time';

type DetailKind = 'phone_numbers' | 'emails';

/** Aircall requires a label on every phone number and email of a new contact. */
const defaultLabel = 'Work';
/** The contact page lists this many recent calls; the calls list filters by phone number for more. */
const recentCallsShown = 50;

const names = (body: ContactUpdateBody) => ({
  first_name: body.firstName,
  last_name: body.lastName,
  company_name: body.companyName,
  information: body.information,
});

const contactNotFound = (contactId: number) => new HttpError(404, 'not_found', `No contact ${contactId}.`);

/**
 * Contacts: every read from the mirror (the sync lists every shared contact, webhooks keep them live); Aircall is
 * asked only for a contact the mirror does not have yet. Every change goes through the write-through.
 */
export function contactService(context: AppContext) {
  const { aircall, store, clock } = context;
  const change = createWriteThrough(context);

  const changed = (contactId: number) => resourceChanged(clock, 'contacts', contactId);
  /** Aircall's answer is the contact as it now is. */
  const savedContact = savedWhole(clock, 'contacts', (contact: AircallContact) =>
    store.contacts.upsertMany([contact], clock.now()),
  );

  async function mirrored(contactId: number): Promise<AircallContact> {
    const contact = await store.contacts.get(contactId);
    if (!contact) throw contactNotFound(contactId);
    return contact;
  }

  /** Aircall's limit of 20 per contact, checked on the mirror before spending a request (Aircall answers 409 too). */
  async function assertRoomFor(contactId: number, kind: DetailKind): Promise<void> {
    const contact = await mirrored(contactId);
    if (contact[kind].length >= limits.contactDetails) {
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
    const what = kind === 'emails' ? 'email' : 'phone number';

    async function assertHas(contactId: number, detailId: number): Promise<void> {
      if (!(await mirrored(contactId))[kind].some((detail) => detail.id === detailId)) {
        throw new HttpError(404, 'not_found', `Contact ${contactId} has no ${what} ${detailId}.`);
      }
    }

    async function patch(contactId: number, edit: (details: AircallDetail[]) => AircallDetail[]) {
      const contact = await mirrored(contactId);
      await store.contacts.upsertMany(
        [{ ...contact, [kind]: edit(contact[kind]), updated_at: nowSeconds(clock) }],
        clock.now(),
      );
      return changed(contactId);
    }

    const repair = (contactId: number) => () => ({ resource: 'contacts', id: contactId });

    return {
      add: (request: ChangeRequest, contactId: number, body: ContactDetailInput) =>
        change(request, {
          validate: () => assertRoomFor(contactId, kind),
          send: (options) => upstream.add(contactId, body, options),
          apply: (detail) => patch(contactId, (details) => [...details, detail]),
          repair: repair(contactId),
        }),
      update: (request: ChangeRequest, contactId: number, detailId: number, body: ContactDetailInput) =>
        change(request, {
          validate: () => assertHas(contactId, detailId),
          send: (options) => upstream.update(contactId, detailId, body, options),
          apply: (detail) => patch(contactId, (details) => details.map((old) => (old.id === detailId ? detail : old))),
          repair: repair(contactId),
        }),
      remove: (request: ChangeRequest, contactId: number, detailId: number) =>
        change(request, {
          validate: () => assertHas(contactId, detailId),
          send: (options) => upstream.delete(contactId, detailId, options),
          apply: () => patch(contactId, (details) => details.filter((old) => old.id !== detailId)),
          repair: repair(contactId),
        }),
    };
  }

  /** The contact's calls: the mirror matches calls on the external party's digits, one query per number. */
  async function recentCalls(contact: AircallContact): Promise<CallRow[]> {
    const numbers = [...new Set(contact.phone_numbers.map((phone) => onlyDigits(phone.value)).filter(Boolean))];
    const [pages, tags] = await Promise.all([
      Promise.all(numbers.map((phone) => store.calls.list({ phone, perPage: recentCallsShown, withTotal: false }))),
      tagLookup(store),
    ]);
    const byId = new Map(pages.flatMap((page) => page.calls).map((call) => [call.id, call]));
    return [...byId.values()]
      .sort((a, b) => b.started_at - a.started_at || b.id - a.id)
      .slice(0, recentCallsShown)
      .map((call) => toCallRow(call, tags));
  }

  return {
    phoneNumbers: contactDetails('phone_numbers'),
    emails: contactDetails('emails'),

    /** Name or company (`q`), partial phone digits and email, all from the mirror, newest first. */
    async search(query: ContactSearchQuery) {
      const { contacts, total } = await store.contacts.page({
        text: query.q,
        phoneDigits: query.phoneNumber,
        email: query.email,
        page: query.page,
        perPage: query.perPage,
      });
      const count = total ?? 0;
      return {
        contacts,
        meta: {
          page: query.page,
          perPage: query.perPage,
          total: count,
          hasNextPage: query.page * query.perPage < count,
        },
      };
    },

    /** From the mirror; a contact it does not have yet is read from Aircall once and kept. */
    async get(contactId: number, signal?: AbortSignal) {
      let contact = await store.contacts.get(contactId);
      if (!contact) {
        contact = await aircall.contacts.get(contactId, upstreamOptions('contacts.get', signal));
        await store.contacts.upsertMany([contact], clock.now());
      }
      return { contact, calls: await recentCalls(contact) };
    },

    create: (request: ChangeRequest, body: ContactCreateBody) =>
      change(request, {
        send: (options) =>
          aircall.contacts.create(
            {
              ...names(body),
              phone_numbers: body.phoneNumbers.map((phone) => ({
                label: phone.label ?? defaultLabel,
                value: phone.value,
              })),
              emails: body.emails.map((email) => ({ label: email.label ?? defaultLabel, value: email.value })),
            },
            options,
          ),
        ...savedContact,
      }),

    update: (request: ChangeRequest, contactId: number, body: ContactUpdateBody) =>
      change(request, {
        validate: () => mirrored(contactId).then(() => undefined),
        send: (options) => aircall.contacts.update(contactId, names(body), options),
        ...savedContact,
      }),
  };
}

export type ContactService = ReturnType<typeof contactService>;
