import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

const emptyPage = { contacts: [], meta: { page: 1, perPage: 50, total: 0, hasNextPage: false } };

describe('/contacts', () => {
  it('searches by email when the text holds an @, and says when nothing matches', async () => {
    const searches: string[] = [];
    server.use(
      http.get('/api/contacts', ({ request }) => {
        searches.push(new URL(request.url).search);
        return HttpResponse.json(emptyPage);
      }),
    );
    const { user, router } = renderRoute('/contacts');
    expect(await screen.findByText('No contacts yet')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search contacts' }), 'jane@example.com{Enter}');
    expect(await screen.findByText('No contact matches “jane@example.com”')).toBeInTheDocument();
    expect(router.state.location.search).toEqual({ email: 'jane@example.com' });
    expect(searches.at(-1)).toContain('email=jane%40example.com');
  });

  it('sends new numbers in E.164 and shows the BFF’s rule beside the field it concerns', async () => {
    server.use(http.get('/api/contacts', () => HttpResponse.json(emptyPage)));
    const bodies: unknown[] = [];
    server.use(
      http.post('/api/contacts', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(
          {
            error: {
              code: 'bad_request',
              message: 'Invalid request',
              details: { fields: [{ field: 'body.lastName', rule: 'must not contain emojis (Aircall removes them)' }] },
            },
          },
          { status: 400 },
        );
      }),
    );
    const { user } = renderRoute('/contacts');
    await user.click(await screen.findByRole('button', { name: 'New contact' }));
    const dialog = await screen.findByRole('dialog', { name: /New contact/ });
    await user.type(within(dialog).getByLabelText('Last name'), 'Doe');
    await user.type(within(dialog).getByLabelText('phone number 1'), '+33 6 12 34 56 78');
    await user.click(within(dialog).getByRole('button', { name: 'Create contact' }));

    expect(await within(dialog).findByText('must not contain emojis (Aircall removes them)')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Last name')).toHaveAttribute('aria-invalid', 'true');
    expect(bodies).toEqual([{ lastName: 'Doe', phoneNumbers: [{ value: '+33612345678' }], emails: [] }]);
  });
});
