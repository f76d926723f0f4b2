import 'reflect-metadata';
import { createStderrLogger, loadConfig } from '@candor/platform';
import { DataSource } from 'typeorm';
import { migrationDataSourceOptions } from './database/data-source-options.js';

/** The TypeORM CLI's data source (schema owner), e.g. for `typeorm migration:generate`. */
const { config } = loadConfig();
export default new DataSource(
  migrationDataSourceOptions(config.databaseMigrationUrl, createStderrLogger(config.logLevel)),
);
