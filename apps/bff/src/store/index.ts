export { InvalidCursorError } from '../cursor';
export type { Account, AccountRole, AccountsRepository, CredentialsCheck } from './accounts';
export { DuplicateEmailError } from './accounts';
export type {
  AgentCalls,
  AnalyticsQuery,
  CallAnalytics,
  LiveFigures,
  LiveQuery,
  Outcomes,
  Performance,
  TalkTime,
  Volume,
} from './analytics';
export { InvalidTimeZoneError, noLiveFigures } from './analytics';
export type {
  AuditEntry,
  AuditEntryInput,
  AuditListOptions,
  AuditPage,
  AuditRepository,
  AuditResult,
} from './audit';
export { createSqlBudgetStore } from './budget';
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
export { callStatusRank, deriveCallType, InvalidSortError, talkTimeOf } from './calls';
export type { CompanyRepository, StoredCompanySettings } from './company';
export type { Driver } from './db';
export type { CampaignRecord, DialerCampaignsRepository } from './dialer-campaigns';
export type {
  ContactsRepository,
  NumbersRepository,
  TagsRepository,
  TeamRecord,
  TeamsRepository,
  UserRecord,
  UsersRepository,
} from './directory';
export type { EventBus, LiveEvent, LiveEventListener } from './events';
export type { CallInsights, InsightPart, InsightsRepository } from './insights';
export { snippetMarks, textSearchConfig } from './insights';
export type { Job, JobItemResult, JobStatus, JobsRepository } from './jobs';
export type { Lease, LeasesRepository } from './leases';
export { delayAfter, type LoginThrottleRepository, type ThrottlePolicy } from './login-throttle';
export type { MirrorBatch, MirrorBatchState, MirrorBatchWrites } from './mirror-batch';
export type { MirrorRepair, MirrorRepairsRepository } from './mirror-repairs';
export {
  hashPassword,
  type PasswordCheckLimits,
  PasswordChecksBusyError,
  type ScryptCost,
  testScryptCost,
  verifyPassword,
} from './passwords';
export type { InsightKind, ParticipantSentiment, SentimentValue, Speaker, StoredUtterance } from './schema';
export { insightKinds } from './schema';
export { type Session, type SessionPolicy, type SessionsRepository, sessionKey, type ValidSession } from './sessions';
export { createStore, type Store, type StoreOptions } from './store';
export type {
  SyncCheckpoint,
  SyncCheckpointChanges,
  SyncCheckpointsRepository,
} from './sync-checkpoints';
export { insertSyntheticCalls, type SyntheticCallsOptions, seededRandom, syntheticCall } from './synthetic';
export type { ClaimOptions, InboxEntry, WebhookInboxRepository } from './webhook-inbox';
export type { WebhookRegistration, WebhookRegistrationRepository } from './webhook-registration';
