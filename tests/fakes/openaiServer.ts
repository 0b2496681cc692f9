import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real local HTTP server speaking the OpenAI chat completions API, scripted per test: each
 * request takes the next behaviour from a queue (or the standing one when the queue is empty),
 * and every request is recorded so a test can assert what reached "the model".
 */

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The raw body as received: search it for PHI. */
  raw: string;
  body: ChatBody | undefined;
}

export interface ChatBody {
  model?: string;
  stream?: boolean;
  messages?: Array<{ role: string; content: string }>;
  [key: string]: unknown;
}

/** The reply text, fixed or computed from the request (e.g. echo the document back). */
export type ReplyText = string | ((request: RecordedRequest) => string);

export type Behaviour =
  /** A finished reply: streamed in small chunks when the request asks for a stream, else one JSON body. */
  | { kind: 'reply'; text: ReplyText; chunkSize?: number }
  /** A stream of exactly these content deltas, then a finish and [DONE]. */
  | { kind: 'chunks'; chunks: string[] }
  /** An HTTP error, with Retry-After (seconds or a date) and OpenAI's retry-after-ms when given. */
  | { kind: 'status'; status: number; retryAfter?: string; retryAfterMs?: string }
  /** Takes the request and never answers (until the client gives up or the server closes). */
  | { kind: 'hang' }
  /** Starts a stream, sends these deltas, then goes silent without ending. */
  | { kind: 'stall'; chunks: string[] }
  /** Answers like `reply`, but only after `delayMs`. */
  | { kind: 'slow'; text: ReplyText; delayMs: number }
  /** Sends `before` deltas, then a chunk that is not JSON. */
  | { kind: 'malformed'; before?: string[] }
  /** Sends `before` deltas, then destroys the connection. */
  | { kind: 'drop'; before?: string[] }
  /** A stream that ends with this finish reason instead of `stop`. */
  | { kind: 'finish'; text: string; finishReason: 'length' | 'content_filter' };

export interface FakeOpenAIServer {
  /** Pass as OPENAI_BASE_URL: `http://127.0.0.1:<port>/v1`. */
  baseUrl: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Adds behaviours for the next requests, in order. */
  enqueue(...behaviours: Behaviour[]): void;
  /** The behaviour used once the queue is empty (default: HTTP 500 "nothing scripted"). */
  otherwise(behaviour: Behaviour): void;
  /** The chat requests' full message texts, for asserting prompts. */
  prompts(): string[];
  close(): Promise<void>;
}

const NOTHING_SCRIPTED: Behaviour = { kind: 'status', status: 500 };

/** The document a simplify prompt carries, handy for `reply: echoDocument`. */
export function lastUserMessage(request: RecordedRequest): string {
  const messages = request.body?.messages ?? [];
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index];
    if (message?.role === 'user') return message.content;
  }
  return '';
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(raw: string): ChatBody | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'object' && value !== null ? (value as ChatBody) : undefined;
  } catch {
    return undefined;
  }
}

function splitText(text: string, size: number): string[] {
  const chars = Array.from(text);
  const pieces: string[] = [];
  for (let start = 0; start < chars.length; start += size)
    pieces.push(chars.slice(start, start + size).join(''));
  return pieces;
}

let completionCounter = 0;

function chunkJson(id: string, model: string, delta: Record<string, string>, finish: string | null): string {
  return JSON.stringify({
    id,
    object: 'chat.completion.chunk',
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, delta, finish_reason: finish }],
  });
}

function sse(res: ServerResponse, data: string): void {
  res.write(`data: ${data}\n\n`);
}

function startStream(res: ServerResponse, id: string, model: string): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
  });
  sse(res, chunkJson(id, model, { role: 'assistant', content: '' }, null));
}

function sendDeltas(res: ServerResponse, id: string, model: string, deltas: string[]): void {
  for (const delta of deltas) sse(res, chunkJson(id, model, { content: delta }, null));
}

function endStream(res: ServerResponse, id: string, model: string, finish: string): void {
  sse(res, chunkJson(id, model, {}, finish));
  sse(res, '[DONE]');
  res.end();
}

function sendReply(
  res: ServerResponse,
  request: RecordedRequest,
  id: string,
  text: string,
  chunkSize: number,
): void {
  const model = request.body?.model ?? 'fake-model';
  if (request.body?.stream === true) {
    startStream(res, id, model);
    sendDeltas(res, id, model, splitText(text, chunkSize));
    endStream(res, id, model, 'stop');
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(
    JSON.stringify({
      id,
      object: 'chat.completion',
      created: 1_700_000_000,
      model,
      choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
    }),
  );
}

function resolveText(text: ReplyText, request: RecordedRequest): string {
  return typeof text === 'function' ? text(request) : text;
}

function perform(behaviour: Behaviour, request: RecordedRequest, res: ServerResponse): void {
  const id = `chatcmpl-fake-${(completionCounter += 1)}`;
  const model = request.body?.model ?? 'fake-model';
  switch (behaviour.kind) {
    case 'reply':
      sendReply(res, request, id, resolveText(behaviour.text, request), behaviour.chunkSize ?? 7);
      return;
    case 'chunks':
      startStream(res, id, model);
      sendDeltas(res, id, model, behaviour.chunks);
      endStream(res, id, model, 'stop');
      return;
    case 'status': {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (behaviour.retryAfter !== undefined) headers['retry-after'] = behaviour.retryAfter;
      if (behaviour.retryAfterMs !== undefined) headers['retry-after-ms'] = behaviour.retryAfterMs;
      res.writeHead(behaviour.status, headers);
      res.end(
        JSON.stringify({
          error: { message: `fake status ${behaviour.status}`, type: 'fake_error', code: null },
        }),
      );
      return;
    }
    case 'hang':
      return;
    case 'stall':
      startStream(res, id, model);
      sendDeltas(res, id, model, behaviour.chunks);
      return;
    case 'slow': {
      const timer = setTimeout(() => {
        if (!res.destroyed) sendReply(res, request, id, resolveText(behaviour.text, request), 7);
      }, behaviour.delayMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    case 'malformed':
      startStream(res, id, model);
      sendDeltas(res, id, model, behaviour.before ?? []);
      res.write('data: {"id":"broken","choices":[{"delta":{"content":"oops"\n\n');
      endStream(res, id, model, 'stop');
      return;
    case 'drop':
      startStream(res, id, model);
      sendDeltas(res, id, model, behaviour.before ?? []);
      res.socket?.destroy();
      return;
    case 'finish':
      startStream(res, id, model);
      sendDeltas(res, id, model, splitText(behaviour.text, 7));
      endStream(res, id, model, behaviour.finishReason);
      return;
  }
}

export async function startFakeOpenAI(): Promise<FakeOpenAIServer> {
  const queue: Behaviour[] = [];
  let standing: Behaviour = NOTHING_SCRIPTED;
  const requests: RecordedRequest[] = [];

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const request: RecordedRequest = {
        method: req.method ?? 'GET',
        path,
        headers: req.headers,
        raw,
        body: parseBody(raw),
      };
      requests.push(request);
      if (request.method === 'GET' && path.endsWith('/models')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            object: 'list',
            data: [{ id: 'fake-model', object: 'model', owned_by: 'tests' }],
          }),
        );
        return;
      }
      if (request.method !== 'POST' || !path.endsWith('/chat/completions')) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({ error: { message: 'not found', type: 'invalid_request_error', code: null } }),
        );
        return;
      }
      perform(queue.shift() ?? standing, request, res);
    })();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    enqueue: (...behaviours) => {
      queue.push(...behaviours);
    },
    otherwise: (behaviour) => {
      standing = behaviour;
    },
    prompts: () =>
      requests
        .filter((request) => request.body?.messages !== undefined)
        .map((request) => (request.body?.messages ?? []).map((message) => message.content).join('\n')),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
