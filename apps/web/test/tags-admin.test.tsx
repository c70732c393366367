import type { Tag } from '@switchboard/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { sessionAccount } from './support/fixtures';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

const admin = sessionAccount('admin');

function tag(overrides: Partial<Tag> = {}): Tag {
  return { id: 1, name: 'Billing', color: '#1A2B3C', description: null, usageCount: 1234, ...overrides };
}

/** A tiny tag store answering like the BFF. */
function serveTags(initial: Tag[]) {
  let tags = initial;
  const requests: { method: string; path: string; body: unknown }[] = [];
  server.use(
    http.get('/api/tags', () => HttpResponse.json({ tags })),
    http.post('/api/tags', async ({ request }) => {
      const body = (await request.json()) as { name: string; color: string };
      requests.push({ method: 'POST', path: '/api/tags', body });
      const created = tag({ id: 99, ...body, usageCount: 0 });
      tags = [...tags, created];
      return HttpResponse.json({ tag: created }, { status: 201 });
    }),
    http.patch('/api/tags/:tagId', async ({ request, params }) => {
      const body = (await request.json()) as Partial<Tag>;
      requests.push({ method: 'PATCH', path: `/api/tags/${params.tagId}`, body });
      tags = tags.map((candidate) => (String(candidate.id) === params.tagId ? { ...candidate, ...body } : candidate));
      return HttpResponse.json({ tag: tags.find((candidate) => String(candidate.id) === params.tagId) });
    }),
    http.delete('/api/tags/:tagId', ({ params }) => {
      requests.push({ method: 'DELETE', path: `/api/tags/${params.tagId}`, body: null });
      tags = tags.filter((candidate) => String(candidate.id) !== params.tagId);
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return requests;
}

describe('/tags', () => {
  it('lists tags with how many calls carry them', async () => {
    serveTags([tag(), tag({ id: 2, name: 'Follow-up', usageCount: 3 })]);
    renderRoute('/tags', { account: admin });
    const table = await screen.findByRole('table', { name: 'Tags' });
    expect(within(table).getByRole('row', { name: /Billing/ })).toHaveTextContent('1,234');
    expect(within(table).getByRole('row', { name: /Follow-up/ })).toHaveTextContent('3');
  });

  it('creates a tag with a name and a hex colour', async () => {
    const requests = serveTags([tag()]);
    const { user } = renderRoute('/tags', { account: admin });
    await user.click(await screen.findByRole('button', { name: 'New tag' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create a tag' });
    const name = within(dialog).getByLabelText('Tag name');
    const colour = within(dialog).getByLabelText('Hex colour');

    await user.type(name, 'billing');
    await user.clear(colour);
    await user.type(colour, 'red');
    await user.click(within(dialog).getByRole('button', { name: 'Create tag' }));
    expect(name).toHaveAccessibleDescription(expect.stringContaining('A tag named “billing” already exists.'));
    expect(colour).toHaveAccessibleDescription('A hex colour like #1A2B3C.');

    await user.clear(name);
    await user.type(name, 'VIP');
    await user.clear(colour);
    await user.type(colour, '#F5A623');
    expect(within(dialog).getByLabelText('Pick a colour')).toHaveValue('#f5a623');
    await user.click(within(dialog).getByRole('button', { name: 'Create tag' }));

    expect(await screen.findByRole('row', { name: /VIP/ })).toBeInTheDocument();
    expect(requests).toEqual([{ method: 'POST', path: '/api/tags', body: { name: 'VIP', color: '#F5A623' } }]);
  });

  it('sends only what changed when editing, and explains deleting', async () => {
    const requests = serveTags([tag()]);
    const { user } = renderRoute('/tags', { account: admin });
    await user.click(await screen.findByRole('button', { name: 'Edit tag Billing' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit the tag “Billing”' });
    await user.clear(within(dialog).getByLabelText('Tag name'));
    await user.type(within(dialog).getByLabelText('Tag name'), 'Invoices');
    await user.click(within(dialog).getByRole('button', { name: 'Save tag' }));
    expect(await screen.findByRole('row', { name: /Invoices/ })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete tag Invoices' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Delete the tag “Invoices”?' });
    expect(confirm).toHaveTextContent('removes it from every call that carries it (1,234 calls)');
    await user.click(within(confirm).getByRole('button', { name: 'Delete tag' }));
    expect(await screen.findByRole('heading', { name: 'No tags yet' })).toBeInTheDocument();
    expect(requests).toEqual([
      { method: 'PATCH', path: '/api/tags/1', body: { name: 'Invoices' } },
      { method: 'DELETE', path: '/api/tags/1', body: null },
    ]);
  });

  it('is for admins only', async () => {
    renderRoute('/tags', { account: sessionAccount('supervisor') });
    expect(await screen.findByRole('heading', { name: 'You don’t have access to this page' })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Tags' })).not.toBeInTheDocument());
  });
});
