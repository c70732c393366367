import type { ContactSearchQuery } from '@switchboard/contracts';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { type ApiRequest, api } from '../../lib/api-client';

export const contactKeys = {
  all: ['contacts'] as const,
  searches: () => [...contactKeys.all, 'search'] as const,
  search: (query: ContactSearchQuery) => [...contactKeys.searches(), query] as const,
  detail: (contactId: number) => [...contactKeys.all, 'detail', contactId] as const,
};

export function contactSearchQuery(query: ContactSearchQuery) {
  return queryOptions({
    queryKey: contactKeys.search(query),
    queryFn: ({ signal }) => api('contacts.search', { query, signal }),
  });
}

/** One contact with their recent calls. */
export function contactQuery(contactId: number) {
  return queryOptions({
    queryKey: contactKeys.detail(contactId),
    queryFn: ({ signal }) => api('contacts.get', { params: { contactId }, signal }),
  });
}

/** A contact changed: searches refetch, and call pages (which embed contacts) too. */
function useInvalidateContacts() {
  const queryClient = useQueryClient();
  return (contactId?: number) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: contactKeys.searches() }),
      contactId === undefined ? null : queryClient.invalidateQueries({ queryKey: contactKeys.detail(contactId) }),
      queryClient.invalidateQueries({ queryKey: ['calls'] }),
    ]);
}

export function useCreateContact() {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: (body: ApiRequest<'contacts.create'>['body']) => api('contacts.create', { body }),
    onSuccess: ({ contact }) => invalidate(contact.id),
  });
}

export function useUpdateContact(contactId: number) {
  const invalidate = useInvalidateContacts();
  return useMutation({
    mutationFn: (body: ApiRequest<'contacts.update'>['body']) =>
      api('contacts.update', { params: { contactId }, body }),
    onSuccess: () => invalidate(contactId),
  });
}

export type DetailKind = 'phoneNumbers' | 'emails';

/** Add, replace or remove one phone number or email of a contact (Aircall has an endpoint for each). */
export function useContactDetail(contactId: number, kind: DetailKind) {
  const invalidate = useInvalidateContacts();
  const onSuccess = () => invalidate(contactId);
  const add = useMutation({
    mutationFn: (body: { label?: string | undefined; value: string }) =>
      kind === 'phoneNumbers'
        ? api('contacts.phoneNumbers.add', { params: { contactId }, body })
        : api('contacts.emails.add', { params: { contactId }, body }),
    onSuccess,
  });
  const update = useMutation({
    mutationFn: ({ id, ...body }: { id: number; label?: string | undefined; value: string }) =>
      kind === 'phoneNumbers'
        ? api('contacts.phoneNumbers.update', { params: { contactId, phoneNumberId: id }, body })
        : api('contacts.emails.update', { params: { contactId, emailId: id }, body }),
    onSuccess,
  });
  const remove = useMutation({
    mutationFn: (id: number) =>
      kind === 'phoneNumbers'
        ? api('contacts.phoneNumbers.delete', { params: { contactId, phoneNumberId: id } })
        : api('contacts.emails.delete', { params: { contactId, emailId: id } }),
    onSuccess,
  });
  return { add, update, remove };
}
