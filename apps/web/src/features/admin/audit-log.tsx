import type { AuditEntry, AuditQuery } from '@switchboard/contracts';
import { ScrollText } from 'lucide-react';
import { useMemo, useState } from 'react';
import { StateMessage } from '../../components/state-message';
import { Badge } from '../../components/ui/badge';
import { Button } from '../../components/ui/button';
import { Input, Select } from '../../components/ui/input';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '../../components/ui/table';
import { useContracts } from '../../lib/api-client';
import { formatTimestamp } from '../../lib/format';

export type AuditFilters = Pick<AuditQuery, 'action' | 'result'>;

const resultTones = { success: 'success', failure: 'danger', denied: 'warning' } as const;

/** What was asked, compactly: `teamId=3, name=Night shift` (the BFF has already masked secrets and numbers). */
function describeDetails(details: AuditEntry['details']): string {
  if (!details) return '';
  return Object.entries(details)
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
}

export function AuditFiltersBar({
  filters,
  onChange,
}: {
  filters: AuditFilters;
  onChange: (filters: AuditFilters) => void;
}) {
  const [action, setAction] = useState(filters.action ?? '');
  const { apiEndpoints } = useContracts();
  // The audited endpoints, each under its resource ("calls" then "calls.transfer"): what the filter can match.
  const auditedActions = useMemo(() => {
    const ids = apiEndpoints.filter((endpoint) => endpoint.audit).map((endpoint) => endpoint.id as string);
    const resources = ids.map((id) => id.slice(0, id.indexOf('.')));
    return [...new Set([...resources, ...ids])].sort();
  }, [apiEndpoints]);
  return (
    <search aria-label="Filter the audit log">
      <form
        className="flex flex-wrap items-center gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ ...filters, action: action.trim() || undefined });
        }}
      >
        <Input
          aria-label="Action"
          placeholder="Action, e.g. teams or teams.create"
          title="An action, or the start of one: “calls” finds every action on calls"
          className="max-w-64"
          list="audit-actions"
          value={action}
          onChange={(event) => setAction(event.target.value)}
        />
        <datalist id="audit-actions">
          {auditedActions.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <Select
          aria-label="Result"
          className="max-w-36"
          value={filters.result ?? ''}
          onChange={(event) =>
            onChange({ ...filters, result: (event.target.value || undefined) as AuditFilters['result'] })
          }
        >
          <option value="">Any result</option>
          <option value="success">Success</option>
          <option value="failure">Failure</option>
          <option value="denied">Denied</option>
        </Select>
        <Button type="submit">Apply</Button>
      </form>
    </search>
  );
}

export function AuditTable({ entries, filtered }: { entries: readonly AuditEntry[]; filtered: boolean }) {
  if (entries.length === 0) {
    return (
      <StateMessage
        role="status"
        icon={<ScrollText />}
        title={filtered ? 'No entries match these filters' : 'Nothing audited yet'}
      >
        {filtered ? 'Try another action or result.' : 'Every change made through Switchboard is listed here.'}
      </StateMessage>
    );
  }
  return (
    <Table aria-label="Audit log">
      <TableHeader>
        <TableRow>
          <TableHead>When</TableHead>
          <TableHead>Who</TableHead>
          <TableHead>Action</TableHead>
          <TableHead>Result</TableHead>
          <TableHead className="max-lg:hidden">Details</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.id}>
            <TableCell className="whitespace-nowrap">{formatTimestamp(entry.at)}</TableCell>
            <TableCell>
              {entry.account ? (
                <>
                  {entry.account.email}
                  <span className="text-xs text-muted-foreground"> · {entry.account.role}</span>
                </>
              ) : (
                <span className="text-muted-foreground">Unknown account</span>
              )}
            </TableCell>
            <TableCell>
              <code className="text-xs">{entry.action}</code>
              <p className="text-xs text-muted-foreground">{entry.path}</p>
            </TableCell>
            <TableCell>
              <Badge tone={resultTones[entry.result]}>
                {entry.result} · {entry.status}
              </Badge>
              {entry.errorCode && <p className="text-xs text-muted-foreground">{entry.errorCode}</p>}
            </TableCell>
            <TableCell
              className="max-w-80 truncate text-xs text-muted-foreground max-lg:hidden"
              title={describeDetails(entry.details)}
            >
              {describeDetails(entry.details)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
