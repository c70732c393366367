import { screen, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { liveCall } from './support/agent-fixtures';
import { callPage } from './support/fixtures';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

const call = liveCall({
  status: 'answered',
  rawDigits: '+33 6 12 34 56 78',
  contact: { id: 501, name: 'Jane Doe' },
  agent: { id: 7, name: 'Ada Lovelace' },
});

/** Opens the composer for the live call on /live; returns the dialog. */
async function openComposer() {
  server.use(http.get('/api/calls', () => HttpResponse.json(callPage([call]))));
  const view = renderRoute('/live');
  const item = await screen.findByRole('listitem', { name: 'Ongoing call with Jane Doe' });
  await view.user.click(within(item).getByRole('button', { name: 'Insight card' }));
  const dialog = await screen.findByRole('dialog', { name: 'Send an insight card' });
  await within(dialog).findByRole('list', { name: 'Card lines' });
  return { ...view, dialog };
}

const previewLines = (dialog: HTMLElement) =>
  [...within(dialog).getByRole('figure', { name: 'Preview' }).querySelectorAll('p, span')]
    .map((node) => node.textContent)
    .filter((text) => text !== 'Insight card');

const lineNames = (dialog: HTMLElement) =>
  within(within(dialog).getByRole('list', { name: 'Card lines' }))
    .getAllByRole('group')
    .map((group) => group.querySelector('legend')?.textContent);

describe('the insight card composer', () => {
  it('starts from a template filled from the call, switches templates, and previews every keystroke', async () => {
    const { user, dialog } = await openComposer();

    expect(previewLines(dialog)).toEqual([
      'Caller: Jane Doe',
      'Number',
      '+33 6 12 34 56 78',
      'Taken by',
      'Ada Lovelace',
    ]);

    await user.selectOptions(within(dialog).getByLabelText('Template'), 'Call back promised');
    expect(previewLines(dialog)).toEqual(['Call-back promised to Jane Doe', 'Number', '+33 6 12 34 56 78']);

    const title = within(dialog).getAllByLabelText('Text')[0] as HTMLElement;
    await user.clear(title);
    await user.type(title, 'Call Jane back at 5');
    expect(previewLines(dialog)[0]).toBe('Call Jane back at 5');
  });

  it('adds, moves and removes lines, with one title at most', async () => {
    const { user, dialog } = await openComposer();
    expect(within(dialog).getByRole('button', { name: 'Add title' })).toBeDisabled();

    await user.click(within(dialog).getByRole('button', { name: 'Add agent line' }));
    expect(lineNames(dialog)).toEqual(['Title line 1', 'Text line 2', 'Text line 3', 'Agent line 4']);

    await user.click(within(dialog).getByRole('button', { name: 'Move Agent line 4 up' }));
    expect(lineNames(dialog)).toEqual(['Title line 1', 'Text line 2', 'Agent line 3', 'Text line 4']);
    expect(previewLines(dialog)).toEqual([
      'Caller: Jane Doe',
      'Number',
      '+33 6 12 34 56 78',
      'Pick an agent',
      'Taken by',
      'Ada Lovelace',
    ]);

    await user.click(within(dialog).getByRole('button', { name: 'Remove Title line 1' }));
    expect(lineNames(dialog)).toEqual(['Text line 1', 'Agent line 2', 'Text line 3']);
    expect(within(dialog).getByRole('button', { name: 'Add title' })).toBeEnabled();
    expect(within(dialog).getByRole('button', { name: 'Move Text line 1 up' })).toBeDisabled();
    expect(within(dialog).getByRole('button', { name: 'Move Text line 3 down' })).toBeDisabled();
  });

  it('shows what is wrong beside the line before sending, then sends the card and closes', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post(`/api/calls/${call.id}/insight-cards`, async ({ request }) => {
        bodies.push(await request.json());
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { user, dialog } = await openComposer();
    await user.click(within(dialog).getByRole('button', { name: 'Add agent line' }));
    await user.click(within(dialog).getByRole('button', { name: 'Send to the call' }));

    expect(within(dialog).getByText('Some lines need fixing.')).toBeInTheDocument();
    const agentLabel = within(dialog).getAllByLabelText('Label')[2] as HTMLElement;
    expect(agentLabel).toHaveAttribute('aria-invalid', 'true');
    expect(agentLabel).toHaveAccessibleDescription("can't be blank");
    expect(within(dialog).getByLabelText('Agent')).toHaveAttribute('aria-invalid', 'true');
    expect(bodies).toEqual([]);

    await user.type(agentLabel, 'Escalate to');
    await user.selectOptions(within(dialog).getByLabelText('Agent'), 'Grace Hopper');
    await user.click(within(dialog).getByRole('button', { name: 'Send to the call' }));

    expect(await screen.findByText('Insight card sent: it shows on the agent’s phone now.')).toBeInTheDocument();
    expect(bodies).toEqual([
      {
        lines: [
          { type: 'title', text: 'Caller: Jane Doe' },
          { type: 'shortText', label: 'Number', text: '+33 6 12 34 56 78' },
          { type: 'shortText', label: 'Taken by', text: 'Ada Lovelace' },
          { type: 'user', label: 'Escalate to', userId: 8 },
        ],
      },
    ]);
    expect(screen.queryByRole('dialog', { name: 'Send an insight card' })).not.toBeInTheDocument();
  });

  it('puts the BFF’s refusal beside the line it concerns', async () => {
    server.use(
      http.post(`/api/calls/${call.id}/insight-cards`, () =>
        HttpResponse.json(
          {
            error: {
              code: 'bad_request',
              message: 'Invalid request',
              details: { fields: [{ field: 'body.lines.1.text', rule: 'must be at most 255 characters' }] },
            },
          },
          { status: 400 },
        ),
      ),
    );
    const { user, dialog } = await openComposer();
    await user.click(within(dialog).getByRole('button', { name: 'Send to the call' }));

    expect(await within(dialog).findByText(/Aircall did not take the card/)).toBeInTheDocument();
    expect(within(dialog).getAllByLabelText('Text')[1]).toHaveAccessibleDescription('must be at most 255 characters');
    expect(screen.getByRole('dialog', { name: 'Send an insight card' })).toBeInTheDocument();
  });
});
