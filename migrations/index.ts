import * as migration_20261126_045144_initial from './20261126_045144_initial';

export const migrations = [
  {
    up: migration_20261126_045144_initial.up,
    down: migration_20261126_045144_initial.down,
    name: '20261126_045144_initial'
  },
];
