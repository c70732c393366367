import { lazy, Suspense } from 'react';
import { Skeleton } from '../../components/ui/skeleton';
import type { PhoneList } from './phone-list';

// libphonenumber-js with its metadata would take most of a route chunk's budget: the input loads after the page.
const PhoneListInput = lazy(() => import('./phone-list-input'));

/** The phone-list input (paste or CSV upload, normalised to E.164), loaded on first use. */
export function PhoneListField(props: { max: number; onChange: (list: PhoneList) => void }) {
  return (
    <Suspense fallback={<Skeleton className="h-44 w-full" />}>
      <PhoneListInput {...props} />
    </Suspense>
  );
}
