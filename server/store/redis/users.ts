import type { StaffUser } from '../staffRecords.js';
import type { UserCreateResult, UserStore } from '../types.js';
import type { RedisClient } from './client.js';
import { parseJson, StaffUserSchema } from './staffSchemas.js';

/** The email is reserved and the account written in one step, so two creations of one email cannot both succeed. */
const CREATE = `
if redis.call('HSETNX', KEYS[1], ARGV[1], ARGV[2]) == 0 then return 0 end
redis.call('SET', KEYS[2], ARGV[3])
redis.call('SADD', KEYS[3], ARGV[2])
return 1
`;

/** Layout: `user:{id}` JSON; `users:email` hash email → id; `users:all` set of ids; `setup:{hash}` with a TTL. */
export class RedisUserStore implements UserStore {
  constructor(
    private readonly client: RedisClient,
    private readonly prefix: string,
  ) {}

  private userKey(id: string): string {
    return `${this.prefix}user:${id}`;
  }

  private setupKey(hash: string): string {
    return `${this.prefix}setup:${hash}`;
  }

  async create(user: StaffUser): Promise<UserCreateResult> {
    const reply = await this.client.eval(CREATE, {
      keys: [`${this.prefix}users:email`, this.userKey(user.id), `${this.prefix}users:all`],
      arguments: [user.email, user.id, JSON.stringify(user)],
    });
    return Number(reply) === 1 ? { created: true } : { created: false, reason: 'email_taken' };
  }

  async get(id: string): Promise<StaffUser | undefined> {
    const json = await this.client.get(this.userKey(id));
    return json === null ? undefined : parseJson(StaffUserSchema, json);
  }

  async byEmail(email: string): Promise<StaffUser | undefined> {
    const id = await this.client.hGet(`${this.prefix}users:email`, email);
    return id === null ? undefined : this.get(id);
  }

  async list(): Promise<StaffUser[]> {
    const ids = await this.client.sMembers(`${this.prefix}users:all`);
    const users = await Promise.all(ids.map((id) => this.get(id)));
    return users.filter((u): u is StaffUser => u !== undefined).sort((a, b) => a.createdAt - b.createdAt);
  }

  async update(user: StaffUser): Promise<void> {
    const current = await this.get(user.id);
    if (!current) throw new Error(`user ${user.id} does not exist`);
    await this.client.set(this.userKey(user.id), JSON.stringify({ ...user, email: current.email }));
  }

  async addSetupToken(hash: string, ttlMs: number): Promise<void> {
    await this.client.set(this.setupKey(hash), '1', { expiration: { type: 'PX', value: ttlMs } });
  }

  async hasSetupToken(hash: string): Promise<boolean> {
    return (await this.client.exists(this.setupKey(hash))) === 1;
  }

  async consumeSetupToken(hash: string): Promise<boolean> {
    // DEL answers 1 to exactly one caller, however many race for the same link.
    return (await this.client.del(this.setupKey(hash))) === 1;
  }
}
