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

  test('empty values count as unset', () => {
    expect(loadConfig({ PORT: '', REDIS_URL: '' })).toMatchObject({ ok: true, config: { port: 3000 } });
  });
});
