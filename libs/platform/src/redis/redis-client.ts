/** The injection token of the one shared Redis client (RedisModule). */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');
