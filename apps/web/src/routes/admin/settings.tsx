import { useSuspenseQuery } from '@tanstack/react-query';
import { createFileRoute } from '@tanstack/react-router';
import { CompanySettingsForm } from '../../features/admin/company-settings-form';
import { RouteError } from '../../features/shell/route-error';
import { companyQuery } from '../../lib/directory-queries';

export const Route = createFileRoute('/admin/settings')({
  component: SettingsPage,
  errorComponent: RouteError,
});

function SettingsPage() {
  const { company } = useSuspenseQuery(companyQuery()).data;
  return <CompanySettingsForm company={company} />;
}
