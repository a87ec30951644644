import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DRIVERS, startTestServer, type TestServer } from '../testing/test-server';
import { DEMO } from './demo-organisation';
import { ensureDemoOnboarded } from './demo-onboarding';

const OWNER = DEMO.users.find((u) => u.role === 'owner')!;

describe.each(DRIVERS)('the demo organisation in the back office on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(kind, { auth: { secret: 'a test signing key that is long enough' } });
  });
  afterAll(() => server.close());

  test('its set-up wizard is done, pointing at the seeded store, and stays so on the next start', async () => {
    await ensureDemoOnboarded(server.database.db);
    const login = await server.app.request('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: OWNER.email, password: OWNER.password }),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const res = await server.app.request(`/api/v1/organisations/${DEMO.tenant.id}/onboarding`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(res.status).toBe(200);
    const view = (await res.json()) as { nextStep: string | null; steps: { step: string; done: boolean; channel?: { id: string } | null }[] };
    expect(view.nextStep).toBeNull();
    expect(view.steps.every((s) => s.done)).toBe(true);
    expect(view.steps.find((s) => s.step === 'channel')?.channel?.id).toBe(DEMO.store.channel.id);
  });
});
