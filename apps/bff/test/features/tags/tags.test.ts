import type { Role, Tag } from '@switchboard/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import { sixDigitColour } from '../../../src/features/tags/service';
import { accountsByRole, type FloorTestApp, floorTestApp, itChecksRoles, type SignedIn, send } from '../users/support';

let app: FloorTestApp;
let accounts: Record<Role, SignedIn>;

beforeAll(async () => {
  app = await floorTestApp();
  accounts = await accountsByRole(app);
});

const createTag = async (name: string, color = '#00B388'): Promise<Tag> =>
  (await send(accounts.admin, 'POST', '/api/tags', { name, color }).expect(201)).body.tag;

describe('tags.list and tags.get', () => {
  it('lists every tag by name with the number of mirrored calls carrying it', async () => {
    const res = await send(accounts.agent, 'GET', '/api/tags').expect(200);
    const tags = res.body.tags as Tag[];
    expect(tags.length).toBe((await app.store.tags.list()).length);
    expect(tags.map((tag) => tag.name)).toEqual((await app.store.tags.list()).map((tag) => tag.name));
    for (const tag of tags) {
      const carrying = app.calls.filter((call) => call.tags.some((callTag) => callTag.id === tag.id));
      expect(tag.usageCount, tag.name).toBe(carrying.length);
    }
    expect(tags.some((tag) => tag.usageCount > 0)).toBe(true);
  });

  it('answers one tag, 404 for an unknown one and 400 for a malformed id', async () => {
    const first = (await app.store.tags.list())[0];
    const res = await send(accounts.agent, 'GET', `/api/tags/${first?.id}`).expect(200);
    expect(res.body.tag).toMatchObject({ id: first?.id, name: first?.name, color: first?.color });
    await send(accounts.agent, 'GET', '/api/tags/999999').expect(404);
    const malformed = await send(accounts.agent, 'GET', '/api/tags/-3').expect(400);
    expect(malformed.body.error.details.fields[0].field).toBe('params.tagId');
  });

  describe('list roles', () => itChecksRoles('tags.list', () => ({ app, accounts })));
  describe('get roles', () => itChecksRoles('tags.get', () => ({ app, accounts, params: { tagId: 1 } })));
});

describe('tags.create, update and delete', () => {
  it('creates a tag in Aircall and in the mirror; a short colour is sent in full', async () => {
    const tag = await createTag('VIP Customer', '#1aB');
    expect(tag).toMatchObject({ name: 'VIP Customer', color: '#11aaBB', usageCount: 0, description: null });
    expect(await app.aircall.tags.get(tag.id)).toMatchObject({ name: 'VIP Customer', color: '#11aaBB' });
    expect(await app.store.tags.get(tag.id)).toMatchObject({ name: 'VIP Customer' });
    const { entries } = await app.store.audit.list({ action: 'tags.create', limit: 1 });
    expect(entries[0]).toMatchObject({ result: 'success', inputSummary: { name: 'VIP Customer', color: '#1aB' } });
  });

  it('renames and recolours, keeping the usage count', async () => {
    const used = (await send(accounts.agent, 'GET', '/api/tags')).body.tags.find((tag: Tag) => tag.usageCount > 0);
    const res = await send(accounts.admin, 'PATCH', `/api/tags/${used.id}`, { name: 'Renamed' }).expect(200);
    expect(res.body.tag).toMatchObject({
      id: used.id,
      name: 'Renamed',
      color: used.color,
      usageCount: used.usageCount,
    });
    const recoloured = await send(accounts.admin, 'PATCH', `/api/tags/${used.id}`, { color: '#000' }).expect(200);
    expect(recoloured.body.tag).toMatchObject({ name: 'Renamed', color: '#000000' });
    expect(await app.store.tags.get(used.id)).toMatchObject({ name: 'Renamed', color: '#000000' });
  });

  it('deletes a used tag in Aircall, in the mirror and from the mirrored calls', async () => {
    const used = (await send(accounts.agent, 'GET', '/api/tags')).body.tags.find((tag: Tag) => tag.usageCount > 0);
    const tagged = (await app.store.calls.list({ tagIds: [used.id], perPage: 1 })).calls[0];
    await send(accounts.admin, 'DELETE', `/api/tags/${used.id}`).expect(204);
    expect((await app.store.calls.list({ tagIds: [used.id], perPage: 1 })).total).toBe(0);
    const mirrored = await app.store.calls.get(tagged?.id as number);
    expect(mirrored?.tags.map((tag) => tag.id)).toEqual(
      tagged?.tags.map((tag) => tag.id).filter((id) => id !== used.id),
    );
    const upstream = await app.aircall.calls.get(tagged?.id as number);
    expect(upstream.tags.map((tag) => tag.id)).not.toContain(used.id);
  });

  it('deletes a tag in Aircall and in the mirror', async () => {
    const tag = await createTag('Spam');
    await send(accounts.admin, 'DELETE', `/api/tags/${tag.id}`).expect(204);
    await expect(app.aircall.tags.get(tag.id)).rejects.toMatchObject({ status: 404 });
    expect(await app.store.tags.get(tag.id)).toBeUndefined();
    await send(accounts.admin, 'DELETE', '/api/tags/999999').expect(404);
  });

  it('refuses invalid names and colours, and an empty change (400)', async () => {
    const bad = await send(accounts.admin, 'POST', '/api/tags', { name: 'Hot 🔥', color: 'red' }).expect(400);
    const fields = bad.body.error.details.fields.map((problem: { field: string }) => problem.field);
    expect(fields).toEqual(['body.name', 'body.color']);
    await send(accounts.admin, 'PATCH', '/api/tags/1', {}).expect(400);
  });

  it('maps Aircall outages to 502 and changes nothing in the mirror', async () => {
    const tag = await createTag('Stable');
    app.failNext({ route: `/v1/tags/${tag.id}`, method: 'PUT', errorStatus: 500 });
    await send(accounts.admin, 'PATCH', `/api/tags/${tag.id}`, { name: 'Changed' }).expect(502);
    app.failNext({ route: `/v1/tags/${tag.id}`, method: 'DELETE', errorStatus: 503 });
    await send(accounts.admin, 'DELETE', `/api/tags/${tag.id}`).expect(502);
    expect(await app.store.tags.get(tag.id)).toMatchObject({ name: 'Stable' });
    app.failNext({ route: '/v1/tags', method: 'POST', errorStatus: 500 });
    await send(accounts.admin, 'POST', '/api/tags', { name: 'Lost', color: '#123456' }).expect(502);
  });

  describe('create roles', () =>
    itChecksRoles('tags.create', () => ({ app, accounts, body: { name: 'Roles', color: '#123456' } })));
  describe('update roles', () =>
    itChecksRoles('tags.update', () => ({ app, accounts, params: { tagId: 999_999 }, body: { name: 'X' } })));
  describe('delete roles', () => itChecksRoles('tags.delete', () => ({ app, accounts, params: { tagId: 999_999 } })));
});

describe('sixDigitColour', () => {
  it('doubles each digit of the short form and leaves the long form alone', () => {
    expect(sixDigitColour('#abc')).toBe('#aabbcc');
    expect(sixDigitColour('#A1B2C3')).toBe('#A1B2C3');
  });
});
