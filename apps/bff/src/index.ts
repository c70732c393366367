export { type AppDeps, createApp } from './app';
export { type Env, parseEnv } from './env';
export { createLogger } from './logger';
export { listen, type RunningServer } from './server';
export { createStore, type Store } from './store';
export { startBackgroundWork } from './sync/background';
export { aircallBudgetOptions } from './sync/budget';
