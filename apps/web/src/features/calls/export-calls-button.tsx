import type { CallListQuery } from '@switchboard/contracts';
import { Download } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../../components/ui/button';
import { describeError } from '../../lib/api-client';
import { downloadCsv, toCsv } from '../../lib/csv';
import { formatCount } from '../../lib/format';
import { notify } from '../../lib/notify';
import { exportCallRows, maxExportedCalls } from './export-calls';

/** Downloads every call the filters match (not only the page shown) as CSV, saying how far it got meanwhile. */
export function ExportCallsButton({ query, total }: { query: CallListQuery; total: number }) {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const exportAll = async () => {
    setProgress({ done: 0, total: Math.min(total, maxExportedCalls) });
    try {
      const rows = await exportCallRows(query, (done, of) => setProgress({ done, total: of }));
      downloadCsv(`calls-${new Date().toISOString().slice(0, 10)}.csv`, toCsv(rows));
      const capped = total > maxExportedCalls ? ` (the first ${formatCount(maxExportedCalls)})` : '';
      notify.success(`Exported ${formatCount(rows.length - 1)} calls${capped}.`);
    } catch (error) {
      notify.error(`The export stopped: ${describeError(error)}`);
    } finally {
      setProgress(null);
    }
  };
  return (
    <Button size="sm" onClick={() => void exportAll()} disabled={progress !== null || total === 0}>
      <Download aria-hidden />
      {progress ? `Exporting ${formatCount(progress.done)} of ${formatCount(progress.total)}…` : 'Export CSV'}
    </Button>
  );
}
