import { describe, expect, test } from '@jest/globals';
import { formatConfigError, loadConfig } from '../../../server/config.js';

describe('configuration from the environment', () => {
  test('an empty environment gives the embedded defaults', () => {
    const result = loadConfig({});
    expect(result).toMatchObject({
      ok: true,
      config: {
        env: 'development',
        port: 3000,
        redisUrl: undefined,
        model: undefined,
        emergencyNumber: '911',
        crisisLine: '988',
        retentionDays: 30,
        retentionMs: 30 * 24 * 60 * 60 * 1000,
      },
    });
  });

  test.each([
    ['PORT', 'abc', /whole number/],
    ['PORT', '70000', /65535/],
    ['PORT', '-1', /whole number/],
    ['REDIS_URL', 'nope', /redis:\/\//],
    ['REDIS_URL', 'http://127.0.0.1:6379', /redis:\/\//],
    ['RETENTION_DAYS', '0', /1 to 3650/],
    ['RETENTION_DAYS', 'thirty', /whole number/],
    ['OPENAI_BASE_URL', 'localhost:11434', /http/],
    ['PUBLIC_URL', 'plaincare.example', /http/],
    ['EMERGENCY_NUMBER', 'call someone', /phone number/],
    ['CRISIS_LINE', '98x', /phone number/],
    ['SESSION_SECRET', 'short', /32 characters/],
    ['ALLOWED_ORIGINS', 'https://a.example/path', /origins/],
    ['LOG_LEVEL', 'loud', /one of/],
    ['NODE_ENV', 'staging', /development, production or test/],
    ['REDIS_PREFIX', 'has spaces', /letters, digits/],
    ['STAFF_IDLE_MINUTES', '0', /1 to 1440/],
    ['STAFF_IDLE_MINUTES', 'fifteen', /whole number/],
    ['SESSION_MAX_HOURS', '200', /at most 168/],
    ['STAFF_PRESENCE_SECONDS', '-5', /whole number/],
    ['SLA_EMERGENCY_REALERT_SECONDS', '0', /whole number/],
    ['SLA_EMERGENCY_SUPERVISOR_SECONDS', '2m', /whole number/],
    ['SLA_URGENT_REALERT_SECONDS', '100000', /at most 86400/],
    ['SLA_REQUEST_REALERT_SECONDS', 'never', /whole number/],
  ])('%s=%s is refused, naming the variable', (variable, value, problem) => {
    const result = loadConfig({ [variable]: value });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.variable).toBe(variable);
    expect(result.problem).toMatch(problem);
    const line = formatConfigError(result);
    expect(line).toContain(variable);
    expect(line).not.toContain('\n');
  });

  test('production without SESSION_SECRET refuses to start', () => {
    const result = loadConfig({ NODE_ENV: 'production' });
    expect(result).toMatchObject({ ok: false, variable: 'SESSION_SECRET' });
  });

  test('production with a SESSION_SECRET starts', () => {
    const result = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) });
    expect(result.ok).toBe(true);
  });

  test('an OpenAI-compatible base URL alone turns the model on', () => {
    const result = loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_MODEL: 'llama3.1' });
    expect(result).toMatchObject({
      ok: true,
      config: { model: { baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1' } },
    });
  });

  test('allowed origins are split and trimmed', () => {
    const result = loadConfig({ ALLOWED_ORIGINS: 'https://a.example, https://b.example:8443' });
    expect(result).toMatchObject({
      ok: true,
      config: { allowedOrigins: ['https://a.example', 'https://b.example:8443'] },
    });
  });

  test('staff sessions, presence and service levels default to the documented timings', () => {
    expect(loadConfig({})).toMatchObject({
      ok: true,
      config: {
        staff: {
          idleMs: 15 * 60_000,
          sessionMaxMs: 12 * 3_600_000,
          presenceTtlMs: 25_000,
          serviceLevels: {
            emergencyRealertMs: 30_000,
            emergencySupervisorMs: 120_000,
            urgentRealertMs: 300_000,
          },
        },
      },
    });
  });

  test('service levels are configurable, and a request re-alert can be switched on', () => {
    const result = loadConfig({
      SLA_EMERGENCY_REALERT_SECONDS: '10',
      SLA_REQUEST_REALERT_SECONDS: '600',
      STAFF_IDLE_MINUTES: '5',
    });
    expect(result).toMatchObject({
      ok: true,
      config: {
        staff: { idleMs: 300_000, serviceLevels: { emergencyRealertMs: 10_000, requestRealertMs: 600_000 } },
      },
    });
  });

  test('an idle timeout longer than the session lifetime is refused', () => {
    expect(loadConfig({ STAFF_IDLE_MINUTES: '120', SESSION_MAX_HOURS: '1' })).toMatchObject({
      ok: false,
      variable: 'STAFF_IDLE_MINUTES',
    });
  });

  test('empty values count as unset', () => {
    expect(loadConfig({ PORT: '', REDIS_URL: '' })).toMatchObject({ ok: true, config: { port: 3000 } });
  });
});
