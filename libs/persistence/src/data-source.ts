import 'reflect-metadata';
import { loadConfig } from '@candor/platform';
import { DataSource } from 'typeorm';
import { migrationDataSourceOptions } from './database/data-source-options.js';

/** The TypeORM CLI's data source (schema owner), e.g. for `typeorm migration:generate`. */
export default new DataSource(migrationDataSourceOptions(loadConfig().config.databaseMigrationUrl));
