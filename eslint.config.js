// Type-aware linting over apps, libs, tests and benchmarks; zero warnings is the bar (npm run lint).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Drivers and clients the domain reaches only through adapters in persistence or platform. */
const DOMAIN_ADAPTERS = ['typeorm', 'pg', 'ioredis', 'nodemailer', 'sharp'];

function restrictedInDomain(names) {
  return names.map((name) => ({
    name,
    message: 'libs/domain does not use drivers: put the adapter in persistence or platform.',
  }));
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'var/**', 'coverage/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.js', 'scripts/*.js', 'test/support/*.mjs', 'bench/*.js'],
        },
      },
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        fetch: 'readonly',
        FormData: 'readonly',
        Blob: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Nest classes and modules are decorated, often with empty bodies.
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      // supertest bodies are untyped JSON; assertions on them are the point of the tests.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    // The domain says what it needs; drivers and clients are adapters in libs/persistence or
    // libs/platform behind small interfaces; TypeORM is persistence's (TransactionalConnection, the
    // repositories).
    // Unit specs may still make test images with sharp: a fixture, not a dependency of the domain.
    files: ['libs/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: restrictedInDomain(DOMAIN_ADAPTERS) }] },
  },
  {
    files: ['libs/domain/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: restrictedInDomain(DOMAIN_ADAPTERS.filter((name) => name !== 'sharp')) },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
