// Runs in every e2e test file before it loads: quiet logs unless asked for.
process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL ??= 'warn';
