export type { Account, AccountRole, AccountsRepository, CredentialsCheck } from './accounts';
export { DuplicateEmailError } from './accounts';
export type { AuditEntry, AuditEntryInput, AuditListOptions, AuditRepository } from './audit';
export type {
  CallEvent,
  CallEventInput,
  CallEventsRepository,
  CallListPage,
  CallListQuery,
  CallSort,
  CallsRepository,
  CallType,
} from './calls';
export { CALL_TYPES, deriveCallType, InvalidCursorError } from './calls';
export type { Driver } from './db';
export type { LoginAttemptsRepository } from './login-attempts';
export { hashPassword, type ScryptCost, testScryptCost, verifyPassword } from './passwords';
export type { Session, SessionPolicy, SessionsRepository, ValidSession } from './sessions';
export { createStore, type Store, type StoreOptions } from './store';
