import { type CompanySettings, defaultCompanySettings } from '@switchboard/contracts';
import { screen } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { sessionAccount } from './support/fixtures';
import { renderRoute } from './support/render-route';
import { server } from './support/server';

describe('/admin/settings', () => {
  it('saves the time zone, the service level and thresholds, shares typed as percentages', async () => {
    const sent: CompanySettings[] = [];
    server.use(
      http.put('/api/company', async ({ request }) => {
        const body = (await request.json()) as CompanySettings;
        sent.push(body);
        return HttpResponse.json({ company: { ...body, updatedAt: 1_760_000_000 } });
      }),
    );
    const { user } = renderRoute('/admin/settings', { account: sessionAccount('admin') });

    const zone = await screen.findByRole('combobox', { name: 'Time zone' });
    expect(zone).toHaveValue('Europe/Paris');
    await user.selectOptions(zone, 'America/New_York');
    const seconds = screen.getByRole('spinbutton', { name: 'Service-level threshold (seconds)' });
    await user.clear(seconds);
    await user.type(seconds, '30');
    const serviceWarn = screen.getByRole('spinbutton', { name: 'Service level (lower is worse): warning' });
    expect(serviceWarn).toHaveValue(80);
    await user.clear(serviceWarn);
    await user.type(serviceWarn, '85');
    await user.click(screen.getByRole('checkbox', { name: /Leave short abandons out/ }));
    await user.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(await screen.findByText('Company settings saved.')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        ...defaultCompanySettings,
        timeZone: 'America/New_York',
        serviceLevelSeconds: 30,
        excludeShortAbandons: false,
        thresholds: { ...defaultCompanySettings.thresholds, serviceLevel: { warn: 0.85, alert: 0.6 } },
      },
    ]);
    expect(await screen.findByText(/Last saved/)).toBeInTheDocument();
  });

  it('puts the BFF’s rule beside the threshold it refused', async () => {
    server.use(
      http.put('/api/company', () =>
        HttpResponse.json(
          {
            error: {
              code: 'bad_request',
              message: 'Invalid request — body.thresholds.asa.alert: must be at least warn',
              details: { fields: [{ field: 'body.thresholds.asa.alert', rule: 'must be at least warn' }] },
            },
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = renderRoute('/admin/settings', { account: sessionAccount('admin') });
    await user.click(await screen.findByRole('button', { name: 'Save settings' }));
    const alert = screen.getByRole('spinbutton', { name: 'Average speed of answer: alert' });
    expect(await screen.findByText('must be at least warn')).toBeInTheDocument();
    expect(alert).toHaveAttribute('aria-invalid', 'true');
  });

  it('is for admins only', async () => {
    renderRoute('/admin/settings', { account: sessionAccount('supervisor') });
    expect(await screen.findByRole('heading', { name: 'You don’t have access to this page' })).toBeInTheDocument();
  });
});
