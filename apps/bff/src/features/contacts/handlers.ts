import type { AppContext } from '../../context';
import type { HandlerMap } from '../../http/endpoints';
import { HttpError } from '../../http/errors';
import { toContact, toDetail } from '../../mirror/contact-view';
import { maskPhone } from '../../privacy';
import { contactService } from './service';

type ContactEndpoint = Extract<keyof HandlerMap, `contacts.${string}`>;

export function contactHandlers(context: AppContext): Pick<HandlerMap, ContactEndpoint> {
  const contacts = contactService(context);

  return {
    'contacts.search': async ({ query }) => {
      if (query.cursor !== undefined) {
        throw new HttpError(400, 'bad_request', 'Invalid request — query.cursor: contacts are paged by page number', {
          fields: [{ field: 'query.cursor', rule: 'contacts are paged by page number' }],
        });
      }
      const { contacts: found, meta } = await contacts.search(query);
      return { contacts: found.map(toContact), meta: { ...meta, nextCursor: null } };
    },

    'contacts.get': async ({ params, signal }) => {
      const { contact, calls } = await contacts.get(params.contactId, signal);
      return { contact: toContact(contact), calls };
    },

    'contacts.create': async ({ body, audit, signal, res }) => {
      audit.details = {
        phoneNumbers: body.phoneNumbers.map((phone) => maskPhone(phone.value)),
        emails: body.emails.length,
      };
      const contact = await contacts.create({ endpoint: 'contacts.create', signal, res }, body);
      audit.details = { ...audit.details, contactId: contact.id };
      return { contact: toContact(contact) };
    },

    'contacts.update': async ({ params, body, audit, signal, res }) => {
      audit.details = { contactId: params.contactId, fields: Object.keys(body).filter((key) => key in body) };
      const request = { endpoint: 'contacts.update', signal, res } as const;
      return { contact: toContact(await contacts.update(request, params.contactId, body)) };
    },

    'contacts.phoneNumbers.add': async ({ params, body, audit, signal, res }) => {
      audit.details = { contactId: params.contactId, value: maskPhone(body.value) };
      const request = { endpoint: 'contacts.phoneNumbers.add', signal, res } as const;
      return { detail: toDetail(await contacts.phoneNumbers.add(request, params.contactId, body)) };
    },

    'contacts.phoneNumbers.update': async ({ params, body, audit, signal, res }) => {
      const { contactId, phoneNumberId } = params;
      audit.details = { contactId, phoneNumberId, value: maskPhone(body.value) };
      const request = { endpoint: 'contacts.phoneNumbers.update', signal, res } as const;
      return { detail: toDetail(await contacts.phoneNumbers.update(request, contactId, phoneNumberId, body)) };
    },

    'contacts.phoneNumbers.delete': async ({ params, audit, signal, res }) => {
      audit.details = { ...params };
      const request = { endpoint: 'contacts.phoneNumbers.delete', signal, res } as const;
      await contacts.phoneNumbers.remove(request, params.contactId, params.phoneNumberId);
      return undefined;
    },

    // Email addresses stay out of the audit row: the ids say which one changed.
    'contacts.emails.add': async ({ params, body, audit, signal, res }) => {
      audit.details = { contactId: params.contactId };
      const request = { endpoint: 'contacts.emails.add', signal, res } as const;
      return { detail: toDetail(await contacts.emails.add(request, params.contactId, body)) };
    },

    'contacts.emails.update': async ({ params, body, audit, signal, res }) => {
      audit.details = { ...params };
      const request = { endpoint: 'contacts.emails.update', signal, res } as const;
      return { detail: toDetail(await contacts.emails.update(request, params.contactId, params.emailId, body)) };
    },

    'contacts.emails.delete': async ({ params, audit, signal, res }) => {
      audit.details = { ...params };
      const request = { endpoint: 'contacts.emails.delete', signal, res } as const;
      await contacts.emails.remove(request, params.contactId, params.emailId);
      return undefined;
    },
  };
}
